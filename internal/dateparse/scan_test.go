package dateparse

import "testing"

func TestNonLetters(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			w := uint64(' ') * 0x0101010101010101
			w = w&^(0xFF<<(8*pos)) | uint64(b)<<(8*pos)
			got := nonLetters(w)&(0x80<<(8*pos)) != 0
			if want := !isLetter(byte(b)); got != want {
				t.Errorf("byte %#x at %d: non-letter %v, want %v", b, pos, got, want)
			}
		}
	}
}

func TestLetterRunEnd(t *testing.T) {
	for _, s := range []string{"", "a", "abc def", "abcdefgh", "abcdefghi", "abcdefgh ijk", "ab\u00e9cd", "Zz[", "x1", "@`{"} {
		for i := range len(s) + 1 {
			want := i
			for want < len(s) && isLetter(s[want]) {
				want++
			}
			if got := letterRunEnd(s, i); got != want {
				t.Errorf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
