package report

import (
	"sync"

	"github.com/claimlint/claimlint/internal/ordered"
)

// inBatches encodes items 0 to n-1 in batches of batch items, on all cores,
// and hands the encodings to emit in item order. Reports of thousands of
// findings, and extractions of millions of mentions, spend most of their
// writing time locating and escaping, which the items do independently of
// each other. The buffers of batches emitted are used again.
func inBatches(n, batch int, encode func(dst []byte, from, to int) []byte, emit func([]byte)) {
	var free sync.Pool // of *[]byte
	ordered.Ranges(n, batch, func(from, to int) []byte {
		var dst []byte
		if b, ok := free.Get().(*[]byte); ok {
			dst = (*b)[:0]
		}
		return encode(dst, from, to)
	}, func(b []byte) bool {
		emit(b)
		free.Put(&b)
		return true
	})
}
