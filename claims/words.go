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

// wordsFrom returns up to limit words of s[from:to].
func wordsFrom(s string, from, to, limit int) []word {
	// Room for a word every five bytes, English's average with its space:
	// one allocation where growing the slice word by word takes several.
	ws := make([]word, 0, max(min(limit, (to-from)/5+1), 0))
	space := true
	for i := from; i < to && len(ws) < limit; {
		b := s[i]
		if !isLetter(b) {
			if len(ws) > 0 && b != ' ' {
				ws[len(ws)-1].punctAfter = true
			}
			space = space && b == ' '
			i++
			continue
		}
		if isMultiByteDash(s, i) {
			if len(ws) > 0 {
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
		ws = append(ws, word{start: i, end: j, lower: strings.ToLower(s[i:j]), spaceBefore: space && len(ws) > 0})
		space = true
		i = j
	}
	return ws
}

// isMultiByteDash reports whether an en or em dash starts at s[i].
func isMultiByteDash(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94)
}
