package dateparse

import "github.com/claimlint/claimlint/internal/text"

type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

// tok is one word, digit run or punctuation byte of a window of the text.
type tok struct {
	s, e int  // byte span in the scanned text
	n    int  // value of a number (-1 when too long), or the punctuation byte
	nd   int  // digits of a number
	w    word // for words in the lexicon; zero class otherwise
	kind tkind
	ord  bool // "21st"
	dec  bool // "1990s", "70's"
	cap  bool // starts with a capital letter
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// isWordByte reports bytes that continue a word: ASCII letters and digits
// and the bytes of non-ASCII letters.
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c >= 0x80 }

// isRightQuote reports a typographic apostrophe (U+2019) at s[i:].
func isRightQuote(s string, i int) bool {
	return i >= 0 && i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99
}

// isGeneralPunct reports a character of the General Punctuation block
// (U+2000 to U+203F: dashes, curly quotes, ellipsis, spaces) at s[i:].
func isGeneralPunct(s string, i int) bool {
	return i >= 0 && i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80
}

// tokenize appends the tokens of s[a:b] to buf; the last token may run past b.
func tokenize(s string, a, b int, buf []tok) []tok {
	i := a
	for i < b {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case isDigit(c):
			t, j := lexNumber(s, i)
			buf = append(buf, t)
			i = j
		case isNoBreakSpace(s, i):
			i += 2
		case isGeneralPunct(s, i):
			n := int(s[i+2]) + 0x100 // a code that no ASCII byte has
			switch s[i+2] {
			case 0x98, 0x99:
				n = '\''
			case 0x93, 0x94:
				n = '-'
			case 0x9C, 0x9D:
				n = '"'
			}
			buf = append(buf, tok{s: i, e: i + 3, kind: tPunct, n: n})
			i += 3
		case isLetter(c) || c >= 0x80:
			j := text.LetterRunEnd(s, i+1)
			for j < len(s) && letterAt(s, j) {
				j = text.LetterRunEnd(s, j+1)
			}
			t := tok{s: i, e: j, kind: tWord, cap: c >= 'A' && c <= 'Z'}
			if j == i+1 && (c|0x20 == 'a' || c|0x20 == 'p') && j+1 < len(s) && s[j] == '.' && s[j+1]|0x20 == 'm' {
				// "a.m." and "p.m."
				t.e = j + 2
				if t.e < len(s) && s[t.e] == '.' {
					t.e++
				}
				t.w = word{cls: clKw, val: kwAm}
				if c|0x20 == 'p' {
					t.w.val = kwPm
				}
			} else if w, ok := lookupWord(s[i:j]); ok {
				t.w = w
			}
			buf = append(buf, t)
			i = t.e
		default:
			buf = append(buf, tok{s: i, e: i + 1, kind: tPunct, n: int(c)})
			i++
		}
	}
	return buf
}

// lexNumber reads the digit run at s[i:] with an ordinal ("21st") or
// decade ("1990s", "70's") suffix.
func lexNumber(s string, i int) (tok, int) {
	j := i
	n := 0
	for j < len(s) && isDigit(s[j]) {
		if n >= 0 {
			n = n*10 + int(s[j]-'0')
			if n > 1e8 {
				n = -1
			}
		}
		j++
	}
	t := tok{s: i, kind: tNum, n: n, nd: j - i}
	k := j
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	switch suf := s[j:k]; {
	case len(suf) == 2 && ordSuffix(suf):
		t.ord = true
		j = k
	case len(suf) == 1 && suf[0]|0x20 == 's' && n%10 == 0:
		t.dec = true
		j = k
	case len(suf) == 0 && n%10 == 0 && (t.nd == 2 || t.nd == 4):
		q := j
		if q < len(s) && s[q] == '\'' {
			q++
		} else if isRightQuote(s, q) {
			q += 3
		}
		if q > j && q < len(s) && s[q] == 's' && (q+1 == len(s) || !isWordByte(s[q+1])) {
			t.dec = true
			j = q + 1
		}
	}
	t.e = j
	return t, j
}

func ordSuffix(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}
