package report

import "runtime"

// inBatches encodes items 0 to n-1 in batches of batch items, on all cores,
// and hands the encodings to emit in item order. Reports of thousands of
// findings, and extractions of millions of mentions, spend most of their
// writing time locating and escaping, which the items do independently of
// each other. At most two batches per core are held at once, so memory does
// not grow with the report.
func inBatches(n, batch int, encode func(dst []byte, from, to int) []byte, emit func([]byte)) {
	type part struct {
		buf  []byte
		done chan struct{}
	}
	window := 2 * runtime.GOMAXPROCS(0)
	free := make(chan []byte, window) // the buffers not in use, and the permits to start a batch
	for range window {
		free <- nil
	}
	parts := make(chan *part, window)
	go func() {
		for from := 0; from < n; from += batch {
			p := &part{buf: <-free, done: make(chan struct{})}
			parts <- p
			go func() {
				p.buf = encode(p.buf[:0], from, min(from+batch, n))
				close(p.done)
			}()
		}
		close(parts)
	}()
	for p := range parts {
		<-p.done
		emit(p.buf)
		free <- p.buf
	}
}
