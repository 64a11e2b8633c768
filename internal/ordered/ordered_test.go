package ordered

import (
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// TestStreamKeepsOrder: results come out in the order of the items however
// long each piece of work takes.
func TestStreamKeepsOrder(t *testing.T) {
	for _, n := range []int{0, 1, 7, 500} {
		i := 0
		next := func() (int, bool) { i++; return i - 1, i <= n }
		var got []int
		Stream(next, func(x int) int {
			time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
			return x * x
		}, func(r int) bool { got = append(got, r); return true })
		if len(got) != n {
			t.Fatalf("n=%d: %d results", n, len(got))
		}
		for k, r := range got {
			if r != k*k {
				t.Fatalf("n=%d: result %d is %d, want %d", n, k, r, k*k)
			}
		}
	}
}

// TestStreamStops: after emit says stop, next is asked for at most the
// items that fit in the window, and all work started has ended when Stream
// returns.
func TestStreamStops(t *testing.T) {
	var asked, running atomic.Int64
	next := func() (int, bool) { return int(asked.Add(1)), true } // endless
	emitted := 0
	Stream(next, func(x int) int {
		running.Add(1)
		defer running.Add(-1)
		time.Sleep(10 * time.Microsecond)
		return x
	}, func(int) bool { emitted++; return emitted < 3 })
	if emitted != 3 {
		t.Errorf("emitted %d results after asking to stop at the third", emitted)
	}
	if n, most := asked.Load(), int64(3+2*runtime.GOMAXPROCS(0)); n > most {
		t.Errorf("asked for %d items, want at most %d", n, most)
	}
	if r := running.Load(); r != 0 {
		t.Errorf("%d pieces of work still running after Stream returned", r)
	}
}

func TestRanges(t *testing.T) {
	var got [][2]int
	Ranges(10, 4, func(from, to int) [2]int { return [2]int{from, to} }, func(r [2]int) bool { got = append(got, r); return true })
	want := [][2]int{{0, 4}, {4, 8}, {8, 10}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}
