package numparse

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/text"
)

// Byte-level helpers over the scanned text. Number words are ASCII letter
// runs; a letter or digit of any script next to a figure glues it into a
// word ("M5", "Ü2"), while punctuation outside ASCII (dashes, curly quotes)
// separates words as ASCII punctuation does.

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func isWordRune(r rune) bool {
	if r >= 0x2000 && r <= 0x206F || r == utf8.RuneError { // general punctuation: dashes, quotes, spaces
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordAt reports whether a letter, a digit or '_' starts at i.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isLetter(c) || isDigit(c) || c == '_'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// wordBefore reports whether a letter, a digit or '_' ends at i.
func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return isLetter(c) || isDigit(c) || c == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// alnumEnd returns the end of the run of letters and digits at i.
func alnumEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isLetter(c) && !isDigit(c) && c != '_' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// spaceLen returns the length of the horizontal space at i: blanks, tabs,
// and the no-break, narrow no-break and thin spaces.
func spaceLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x89) {
			return 3
		}
	}
	return 0
}

// skipSpace returns the first position at or after i that is not horizontal
// space; a single line break is crossed too, a blank line is not.
func skipSpace(s string, i int) int {
	breaks := 0
	for i < len(s) {
		if n := spaceLen(s, i); n > 0 {
			i += n
			continue
		}
		if s[i] == '\n' || s[i] == '\r' {
			if s[i] == '\n' {
				breaks++
				if breaks > 1 {
					return i
				}
			}
			i++
			continue
		}
		break
	}
	return i
}

// hashStep adds the letter c to the hash of a word; the hash ignores case.
func hashStep(h uint32, c byte) uint32 { return h*33 + uint32(c|0x20) }

// wordHash is the hash of the letters s[a:b].
func wordHash(s string, a, b int) uint32 {
	h := uint32(5381)
	for k := a; k < b; k++ {
		h = hashStep(h, s[k])
	}
	return h
}

// noWord is what lookup returns for a word outside the vocabulary; it is
// never written.
var noWord wordInfo

// lookup returns the vocabulary entry of s[a:b], ignoring case.
func lookup(s string, a, b int) *wordInfo {
	if b-a <= 0 || b-a > maxWordLen {
		return &noWord
	}
	return lookupHashed(s, a, b, wordHash(s, a, b))
}

// lookupHashed is lookup with the word's hash already known.
func lookupHashed(s string, a, b int, h uint32) *wordInfo {
	for slot := h & (vocabSlots - 1); ; slot = (slot + 1) & (vocabSlots - 1) {
		e := &vocabTable[slot]
		if e.key == "" {
			return &noWord
		}
		if wordIs(s, a, b, e.key) {
			return &vocabInfos[e.info]
		}
	}
}

// wordIs reports whether s[a:b] is w, ignoring case; w is lower case.
func wordIs(s string, a, b int, w string) bool {
	if b-a != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[a+k]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// wordIsAny reports whether s[a:b] is one of ws.
func wordIsAny(s string, a, b int, ws ...string) bool {
	for _, w := range ws {
		if wordIs(s, a, b, w) {
			return true
		}
	}
	return false
}

// nextWord returns the bounds of the letter word that starts after the
// space at i, or an empty span at the first other byte.
func nextWord(s string, i int) (start, end int) {
	i = skipSpace(s, i)
	return i, text.LetterRunEnd(s, i)
}

// prevWord returns the bounds of the letter word that ends before i,
// crossing space and one abbreviation dot ("Aug. 9"); empty when the byte
// before is anything else.
func prevWord(s string, i int) (start, end int) {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') {
		j--
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	end = j
	for j > 0 && isLetter(s[j-1]) {
		j--
	}
	if wordBefore(s, j) {
		return end, end
	}
	return j, end
}

// hasPrefixFold reports whether s[i:] starts with p, ignoring ASCII case;
// p is lower case.
func hasPrefixFold(s string, i int, p string) bool {
	return i <= len(s) && text.HasPrefixLower(s[i:], p)
}

// boundaryAt reports whether no word continues at i.
func boundaryAt(s string, i int) bool {
	return !wordAt(s, i)
}
