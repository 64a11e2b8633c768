// Package ordered runs independent pieces of work on all cores and hands
// their results on in the order of the work: reports and claims files are
// written and read in parallel, and come out as one core would make them.
package ordered

import "runtime"

// Stream calls work on each item next yields, items in parallel, and emit on
// each result in the order of the items, on the calling goroutine. next runs
// on a goroutine of its own, one call at a time. At most two items per core
// are in work or waiting for emit, so memory does not grow with the input.
// Once emit returns false, Stream asks next for no more items, waits for the
// work under way and returns.
func Stream[T, R any](next func() (T, bool), work func(T) R, emit func(R) bool) {
	type job struct {
		result R
		done   chan struct{}
	}
	window := 2 * runtime.GOMAXPROCS(0)
	jobs := make(chan *job, window)
	permits := make(chan struct{}, window)
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for {
			select {
			case permits <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case <-stop: // select may have taken a permit freed after the stop
				return
			default:
			}
			item, ok := next()
			if !ok {
				return
			}
			j := &job{done: make(chan struct{})}
			jobs <- j // never blocks: a permit holds its place
			go func() {
				j.result = work(item)
				close(j.done)
			}()
		}
	}()
	stopped := false
	for j := range jobs {
		<-j.done
		if !stopped && !emit(j.result) {
			stopped = true
			close(stop)
		}
		<-permits
	}
}

// Ranges is Stream over the ranges [from, to) that split 0 to n-1 into runs
// of size items, the last shorter.
func Ranges[R any](n, size int, work func(from, to int) R, emit func(R) bool) {
	from := 0
	next := func() ([2]int, bool) {
		if from >= n {
			return [2]int{}, false
		}
		r := [2]int{from, min(from+size, n)}
		from = r[1]
		return r, true
	}
	Stream(next, func(r [2]int) R { return work(r[0], r[1]) }, emit)
}

// Batches encodes items 0 to n-1, size items at a time, on all cores, each
// batch by encode appending to dst, and hands the encodings to emit in item
// order, until emit returns false. The buffers of batches emitted are used
// again, so memory does not grow with the output.
func Batches(n, size int, encode func(dst []byte, from, to int) []byte, emit func([]byte) bool) {
	// The buffers of batches emitted, at most as many as are under way at
	// once. A sync.Pool would lose them to every collection, and a batch
	// would then grow a new one.
	free := make(chan []byte, 2*runtime.GOMAXPROCS(0)+1)
	Ranges(n, size, func(from, to int) []byte {
		var dst []byte
		select {
		case dst = <-free:
		default:
		}
		return encode(dst[:0], from, to)
	}, func(b []byte) bool {
		more := emit(b)
		select {
		case free <- b:
		default:
		}
		return more
	})
}
