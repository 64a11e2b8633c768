package claims

import "strings"

// word is a run of letters (with inner hyphens and apostrophes) in a text.
type word struct {
	start, end  int
	lower       string
	spaceBefore bool // only spaces separate it from the word before
	punctAfter  bool // punctuation other than a space follows it
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// wordsFrom returns up to limit words of a.text[from:to]. The words are
// carved from one buffer the document's extractors share, and capped, so
// that appending to them copies: they stay valid while the document is
// extracted.
func (a *analysis) wordsFrom(from, to, limit int) []word {
	s := a.text
	if need := len(a.wordBuf) + max(min(limit, to-from), 0); need > cap(a.wordBuf) {
		// Earlier words keep the old buffer; a new one serves from here.
		a.wordBuf = make([]word, 0, max(need, 2*cap(a.wordBuf), 1024))
	}
	base := len(a.wordBuf)
	ws := a.wordBuf
	space := true
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
		if isMultiByteDash(s, i) {
			if len(ws) > base {
				ws[len(ws)-1].punctAfter = true
			}
			space = false
			i += 3
			continue
		}
		j := i
		for j < to && (isLetter(s[j]) && !isMultiByteDash(s, j) || (s[j] == '-' || s[j] == '\'' || s[j] == '.') && j+1 < to && isLetter(s[j+1])) {
			j++
		}
		ws = append(ws, word{start: i, end: j, lower: strings.ToLower(s[i:j]), spaceBefore: space && len(ws) > base})
		space = true
		i = j
	}
	a.wordBuf = ws
	return ws[base:len(ws):len(ws)]
}

// isMultiByteDash reports whether an en or em dash starts at s[i].
func isMultiByteDash(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94)
}
