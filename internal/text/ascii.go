package text

import "math/bits"

// The scanners pass over every word of a text. Reading a run of letters
// eight bytes at a time spares them a mispredicted branch at the end of
// each word, which costs more than the arithmetic.

// LetterRunEnd returns where the run of ASCII letters at s[i:] ends.
func LetterRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := NonLetters(Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

// Load8 reads s[i:i+8] as a little-endian number: byte i is the lowest.
func Load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// HasPrefixLower reports whether s starts with prefix, which is in lower
// case, whatever the case of the ASCII letters of s.
func HasPrefixLower(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// Pack returns the bytes of a word of up to eight bytes as a number, its
// first byte lowest, and false for a longer word. Words hold no zero byte,
// so different words pack to different numbers, none of them 0.
func Pack(w string) (uint64, bool) {
	if len(w) > 8 {
		return 0, false
	}
	var p uint64
	for i := len(w) - 1; i >= 0; i-- {
		p = p<<8 | uint64(w[i])
	}
	return p, true
}

// NonLetters returns the high bit of each byte of w that is not an ASCII
// letter: lower-cased, a letter is a lower-case one.
func NonLetters(w uint64) uint64 {
	return NonLower(w | 0x20*Ones)
}

// NonLower returns the high bit of each byte of w that is no ASCII
// lower-case letter. Every byte is compared at once: without their top
// bits the bytes cannot carry into each other, adding 0x80-'a' sets the
// top bit of those from 'a' up, adding 0x80-'z'-1 that of those past 'z';
// bytes that had the top bit set are no ASCII letters.
func NonLower(w uint64) uint64 {
	low := w &^ Highs
	return ^((low + (0x80-'a')*Ones) &^ (low + (0x80-'z'-1)*Ones) &^ w) & Highs
}

// ZeroBytes returns the high bit of each byte of x that is zero: the low
// seven bits plus 0x7F reach the high bit unless all zero, without a carry
// into the next byte.
func ZeroBytes(x uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	return ^((x&low7 + low7) | x | low7)
}

// BytesOf returns the high bit of each byte of w that is c: w^c*Ones has a
// zero byte wherever w has the byte c.
func BytesOf(w uint64, c byte) uint64 { return ZeroBytes(w ^ uint64(c)*Ones) }

// ControlBytes returns the high bit of each byte of w that is a control
// character, below 0x20: the only bytes without any of their top three bits.
func ControlBytes(w uint64) uint64 { return ZeroBytes(w & (0xE0 * Ones)) }

// Ones has a 1 in every byte of a word: c*Ones is a word of bytes c.
const Ones = 0x0101010101010101

// Highs has the top bit of every byte of a word: w&Highs is the top bits of
// w's bytes.
const Highs = 0x8080808080808080

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
