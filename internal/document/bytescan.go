package document

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/text"
)

// A batch file is read twice from end to end: for its JSON strings and for
// the columns of its long lines. Both passes read eight bytes at a time or
// more, as most bytes of news text are plain ASCII.

// countRunes is utf8.RuneCount(b): each invalid byte counts as one code
// point, as there.
func countRunes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			w := binary.LittleEndian.Uint64(b[i:])
			if w&text.Highs == 0 {
				n, i = n+8, i+8
				continue
			}
			ascii := bits.TrailingZeros64(w&text.Highs) / 8
			n, i = n+ascii, i+ascii
		}
		if b[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		n, i = n+1, i+size
	}
	return n
}

// indexByteFrom returns the index of the first c in b[from:], or len(b).
func indexByteFrom(b []byte, from int, c byte) int {
	if k := bytes.IndexByte(b[from:], c); k >= 0 {
		return from + k
	}
	return len(b)
}

// controlIndex returns the index of the first control character in b, a
// byte below 0x20, or -1.
func controlIndex(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if m := text.ControlBytes(binary.LittleEndian.Uint64(b[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i] < ' ' {
			return i
		}
	}
	return -1
}
