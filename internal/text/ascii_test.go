package text

import "testing"

// eachByteAt calls check on the word fill with each byte b put in each of
// its eight places pos.
func eachByteAt(fill uint64, check func(w uint64, pos int, b byte)) {
	for pos := range 8 {
		for b := range 256 {
			check(fill&^(0xFF<<(8*pos))|uint64(b)<<(8*pos), pos, byte(b))
		}
	}
}

func TestNonLetters(t *testing.T) {
	eachByteAt(' '*Ones, func(w uint64, pos int, b byte) {
		got := NonLetters(w)&(0x80<<(8*pos)) != 0
		if want := !isASCIILetter(b); got != want {
			t.Errorf("byte %#x at %d: non-letter %v, want %v", b, pos, got, want)
		}
	})
}

func TestNonLower(t *testing.T) {
	eachByteAt('a'*Ones, func(w uint64, pos int, b byte) {
		got := NonLower(w)&(0x80<<(8*pos)) != 0
		if want := b < 'a' || b > 'z'; got != want {
			t.Errorf("byte %#x at %d: not lower-case %v, want %v", b, pos, got, want)
		}
	})
}

func TestZeroBytes(t *testing.T) {
	eachByteAt(Ones, func(x uint64, pos int, b byte) {
		if got, want := ZeroBytes(x) != 0, b == 0; got != want {
			t.Errorf("byte %#x at %d: zero %v, want %v", b, pos, got, want)
		}
	})
}

// letterRunEndByBytes is LetterRunEnd one byte at a time.
func letterRunEndByBytes(s string, i int) int {
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

// TestLetterRunEnd checks the eight-byte reading against a byte loop at
// every position of texts with letters of both cases, the bytes next to
// them ('@', '[', '`', '{'), digits and UTF-8.
func TestLetterRunEnd(t *testing.T) {
	for _, s := range []string{
		"", "a", "Zebra", "abc def", "abcdefgh", "abcdefghi", "abcdefgh ijk", "seventeen", "twenty-five thousand",
		"@AZ[az`{", "ÄbcdefghijÜ", "ab\u00e9cd", "x1", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0",
		"x\x7fy\x80z\xffw", "He said 12 were hurt.",
	} {
		for i := range len(s) + 1 {
			if got, want := LetterRunEnd(s, i), letterRunEndByBytes(s, i); got != want {
				t.Errorf("LetterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func FuzzLetterRunEnd(f *testing.F) {
	f.Add("Seven people were injured", 0)
	f.Add("@AZ[az`{ÄÜ", 2)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		if got, want := LetterRunEnd(s, i), letterRunEndByBytes(s, i); got != want {
			t.Errorf("LetterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

func TestPack(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want uint64
		ok   bool
	}{
		{"", 0, true}, {"a", 'a', true}, {"ab", 'a' | 'b'<<8, true},
		{"abcdefgh", 0x6867666564636261, true}, {"abcdefghi", 0, false},
	} {
		if got, ok := Pack(tc.w); got != tc.want || ok != tc.ok {
			t.Errorf("Pack(%q) = %#x, %v, want %#x, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}

func TestHasPrefixLower(t *testing.T) {
	for _, tc := range []struct {
		s, prefix string
		want      bool
	}{
		{"U.S. dollars", "u.s.", true}, {"u.s. dollars", "u.s.", true}, {"A.M.", "a.m", true},
		{"", "", true}, {"x", "", true}, {"", "a", false}, {"U.K.", "u.s.", false},
		{"O’CLOCK", "o’clock", true}, {"Über", "über", false},
	} {
		if got := HasPrefixLower(tc.s, tc.prefix); got != tc.want {
			t.Errorf("HasPrefixLower(%q, %q) = %v, want %v", tc.s, tc.prefix, got, tc.want)
		}
	}
}

func TestBytesOf(t *testing.T) {
	for _, c := range []byte{0, '"', '\\', '.', 0xE2, 0xFF} {
		other := uint64(^c&0x7F|1) * Ones // a byte that is not c
		eachByteAt(other, func(w uint64, pos int, b byte) {
			if got, want := BytesOf(w, c)&(0x80<<(8*pos)) != 0, b == c; got != want {
				t.Errorf("byte %#x at %d: is %#x %v, want %v", b, pos, c, got, want)
			}
		})
	}
}

func TestControlBytes(t *testing.T) {
	eachByteAt(' '*Ones, func(w uint64, pos int, b byte) {
		if got, want := ControlBytes(w)&(0x80<<(8*pos)) != 0, b < 0x20; got != want {
			t.Errorf("byte %#x at %d: control %v, want %v", b, pos, got, want)
		}
	})
}
