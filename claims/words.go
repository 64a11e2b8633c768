package claims

import (
	"math/bits"
	"strings"

	"github.com/claimlint/claimlint/internal/text"
)

// word is a run of letters (with inner hyphens and apostrophes) in a text.
type word struct {
	start, end  int
	lower       string
	spaceBefore bool // only spaces separate it from the word before
	punctAfter  bool // punctuation other than a space follows it
}

// wordBufMax is the size, in words, at which word buffers stop growing.
const wordBufMax = 1 << 14

// asciiLower is c in lower case when it is an ASCII capital.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// wordsFrom returns up to limit words of a.text[from:to]. The words are
// carved from one buffer the document's extractors share, and capped, so
// that appending to them copies: they stay valid while the document is
// extracted.
func (a *analysis) wordsFrom(from, to, limit int) []word {
	if need := len(a.wordBuf) + max(min(limit, to-from), 0); need > cap(a.wordBuf) {
		// Earlier words keep the old buffer; a new one serves from here.
		// Buffers stop growing at wordBufMax words, so that a long
		// document's spent words are freed with the buffers that hold them.
		a.wordBuf = make([]word, 0, max(need-len(a.wordBuf), min(2*cap(a.wordBuf), wordBufMax), 1024))
	}
	base := len(a.wordBuf)
	a.wordBuf = appendWords(a.wordBuf, a.text, from, to, limit)
	return a.wordBuf[base:len(a.wordBuf):len(a.wordBuf)]
}

// appendWords appends up to limit words of s[from:to] to ws. Callers that
// read the words only for a while pass a buffer of their own to reuse.
func appendWords(ws []word, s string, from, to, limit int) []word {
	base := len(ws)
	space := true
	var buf [256]byte
	lowered := buf[:0] // the ASCII words with capitals, lower-cased one after another
	for i := from; i < to && len(ws)-base < limit; {
		b := s[i]
		if !isLetter(b) {
			if len(ws) > base && b != ' ' {
				ws[len(ws)-1].punctAfter = true
			}
			space = space && b == ' '
			i++
			continue
		}
		if isMultiBytePunct(s, i) {
			if len(ws) > base {
				ws[len(ws)-1].punctAfter = true
			}
			space = false
			i += 3
			continue
		}
		j, upper, ascii := wordEndAt(s, i, to)
		w := word{start: i, end: j, lower: s[i:j], spaceBefore: space && len(ws) > base}
		switch {
		case !ascii:
			w.lower = strings.ToLower(w.lower)
		case upper:
			w.lower = "" // filled from lowered below
			for k := i; k < j; k++ {
				lowered = append(lowered, asciiLower(s[k]))
			}
		}
		ws = append(ws, w)
		space = true
		i = j
	}
	if len(lowered) > 0 {
		// One string for all the words that needed lower-casing, sliced
		// in the order they were appended: words are never empty.
		all := string(lowered)
		for k := base; k < len(ws); k++ {
			if ws[k].lower == "" {
				n := ws[k].end - ws[k].start
				ws[k].lower, all = all[:n], all[n:]
			}
		}
	}
	return ws
}

// wordEndAt returns the end of the word at s[i:to], which starts with a
// letter, and whether the word has an ASCII capital and is all ASCII. Runs
// of ASCII letters are read eight bytes at a time.
func wordEndAt(s string, i, to int) (end int, upper, ascii bool) {
	j := i
	upper, ascii = false, true
	for j < to {
		if j+8 <= to {
			w := text.Load8(s, j)
			m := text.NonLetters(w)
			if m == 0 {
				upper = upper || text.NonLower(w) != 0
				j += 8
				continue
			}
			n := bits.TrailingZeros64(m) / 8
			upper = upper || text.NonLower(w)&(1<<(8*n)-1) != 0
			j += n
		}
		if !inWord(s, j, to) {
			break
		}
		c := s[j]
		upper = upper || 'A' <= c && c <= 'Z'
		ascii = ascii && c < 0x80
		j++
	}
	return j, upper, ascii
}

// inWord reports whether s[j] belongs to a word that ends before to: a
// letter, or a hyphen, apostrophe or full stop before a letter.
func inWord(s string, j, to int) bool {
	c := s[j]
	if isMultiBytePunct(s, j) {
		// The right single quotation mark is an apostrophe inside a word: "O’Brien".
		return s[j+1] == 0x80 && s[j+2] == 0x99 && j+3 < to && isLetter(s[j+3]) && !isMultiBytePunct(s, j+3)
	}
	return isLetter(c) || (c == '-' || c == '\'' || c == '.') && j+1 < to && isLetter(s[j+1]) && !isMultiBytePunct(s, j+1)
}

// isMultiBytePunct reports whether a character of the General Punctuation
// block starts at s[i]: a dash, a curly quotation mark or apostrophe, an
// ellipsis, a bullet or a space of some width, none of them a letter.
func isMultiBytePunct(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && (s[i+1] == 0x80 || s[i+1] == 0x81)
}

// isMultiByteDash reports whether an en or em dash starts at s[i].
func isMultiByteDash(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94)
}

// isPossessive reports whether w ends in 's, with a straight or a curly
// apostrophe.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
