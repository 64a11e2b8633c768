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

// NonLetters returns the high bit of each byte of w that is not an ASCII
// letter. Every byte is compared at once: its low seven bits, lower-cased,
// plus 0x80-'a' reach the high bit from 'a' up, plus 0x80-'z'-1 from past
// 'z', and no sum carries into the next byte.
func NonLetters(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := (w | 0x20*ones) &^ highs
	fromA := low + (0x80-'a')*ones
	pastZ := low + (0x80-'z'-1)*ones
	return ^(fromA &^ pastZ &^ w) & highs
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
