package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteToken is a word or a punctuation mark of the text around a quote.
type quoteToken struct {
	start, end int
	word       bool
}

func (t quoteToken) isSentenceEnd(s string) bool {
	return !t.word && (s[t.start] == '.' || s[t.start] == '!' || s[t.start] == '?' || s[t.start] == '\n')
}

func (t quoteToken) is(s, w string) bool { return s[t.start:t.end] == w }

// quoteAbbreviations keep their period inside the word, so "Mr. Smith" is no
// sentence end.
var quoteAbbreviations = setOf(`Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Jr Sr St Rev Prof
	Sens Reps Govs Adm Maj Mt Ft Inc Corp Co Ltd vs No Dept Jan Feb Aug Sept Sep Oct Nov Dec`)

// tokens splits text[from:to] into words and punctuation marks. Words keep
// inner hyphens, apostrophes and periods (Farfán-Méndez, O'Brien, U.S.).
// The slice lasts until the next releaseTokens.
func (x *quoteExtractor) tokens(from, to int) []quoteToken {
	return x.keepTokens(from, to, false)
}

// sentenceTokens is tokens up to the end of the first sentence.
func (x *quoteExtractor) sentenceTokens(from, to int) []quoteToken {
	return x.keepTokens(from, to, true)
}

// keepTokens appends the tokens to the buffer the tokens of one quote share
// and returns them, capped so that appending to them copies.
func (x *quoteExtractor) keepTokens(from, to int, oneSentence bool) []quoteToken {
	n := len(x.buf.tokens)
	x.buf.tokens = x.appendTokens(x.buf.tokens, from, to, oneSentence)
	return x.buf.tokens[n:len(x.buf.tokens):len(x.buf.tokens)]
}

// releaseTokens lets the slices returned by tokens be overwritten: each
// place that looks at a new quote (or at the gap between two parts) calls it
// first, when no earlier slice is in use.
func (x *quoteExtractor) releaseTokens() { x.buf.tokens = x.buf.tokens[:0] }

// appendTokens appends the tokens of text[from:to] to out; with oneSentence
// it stops after the first sentence end.
func (x *quoteExtractor) appendTokens(out []quoteToken, from, to int, oneSentence bool) []quoteToken {
	s := x.text
	for i := from; i < to; {
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case asciiWordByte[c]:
				out, i = appendWord(out, s, i, i+1, to)
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:to])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case isWordRune(r) || unicode.IsMark(r):
				out, i = appendWord(out, s, i, i+size, to)
				continue
			}
		}
		// A punctuation mark, or a line break, which ends names and
		// sentences.
		out = append(out, quoteToken{start: i, end: i + size})
		i += size
		if oneSentence && out[len(out)-1].isSentenceEnd(s) {
			break
		}
	}
	return out
}

// appendWord appends the word that starts at s[i] and goes on at s[j], not
// after to, and returns the offset after it.
func appendWord(out []quoteToken, s string, i, j, to int) ([]quoteToken, int) {
	j = wordEnd(s, j, to)
	// An abbreviation keeps its period, and so does a word whose period a
	// parenthesis or a comma follows: (D-Wash.), Inc.,
	if j < to && s[j] == '.' && (isQuoteAbbreviation(s[i:j]) || j+1 < to && (s[j+1] == ')' || s[j+1] == ',')) {
		j++
	}
	return append(out, quoteToken{start: i, end: j, word: true}), j
}

// wordEnd returns the end of the word that goes on at s[j], not after to.
func wordEnd(s string, j, to int) int {
	for j < to {
		for j < to && asciiWordByte[s[j]] {
			j++
		}
		if j == to {
			break
		}
		var r rune
		n := 1
		if c := s[j]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[j:to])
			if isWordRune(r) || unicode.IsMark(r) {
				j += n
				continue
			}
		}
		if !isWordJoiner(r) || j+n >= to {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[j+n : to]); !isWordRune(next) {
			break
		}
		j += n
	}
	return j
}

// asciiWordByte flags the ASCII letters and digits.
var asciiWordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '.' || r == '&'
}

func isQuoteAbbreviation(w string) bool {
	return (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') || strings.Contains(w, ".") || quoteAbbreviations[w]
}

func (x *quoteExtractor) word(t quoteToken) string { return x.text[t.start:t.end] }

// isCap reports whether t is a word that starts with a capital letter.
func (x *quoteExtractor) isCap(t quoteToken) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.text[t.start:])
	return unicode.IsUpper(r)
}

// verbIn returns the form of the speech verb toks[k], or 0; a participle
// after a determiner or a possessive is an adjective ("the reported plan").
func (x *quoteExtractor) verbIn(toks []quoteToken, k int) verbForm {
	f := x.verbOf(toks[k])
	if f == 0 || k == 0 || !toks[k-1].word {
		return f
	}
	if x.classOf(toks[k-1])&clsDeterminer != 0 || x.possessive(toks[k-1]) {
		return 0
	}
	return f
}

// possessive reports whether t ends in 's.
func (x *quoteExtractor) possessive(t quoteToken) bool {
	return isPossessive(x.word(t))
}

// lowerIs reports whether t is a word that reads lit, a lower-case word,
// in lower case.
func (x *quoteExtractor) lowerIs(t quoteToken, lit string) bool {
	return t.word && lowerIs(x.word(t), lit)
}

// sentenceStart returns the index of the first quoteToken of the last sentence of toks.
func (x *quoteExtractor) sentenceStart(toks []quoteToken) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].isSentenceEnd(x.text) {
			return i + 1
		}
	}
	return 0
}

// isDash reports whether t is a dash that introduces a name ("— Jane Doe").
func (x *quoteExtractor) isDash(t quoteToken) bool {
	if t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.text[t.start:])
	return r == '—' || r == '―' || r == '–' || r == '-' || r == '~'
}

// sentenceStartBefore returns the offset where the sentence that holds pos
// starts, not before lo: after the last full stop, question or exclamation
// mark that ends a word other than an abbreviation.
func (x *quoteExtractor) sentenceStartBefore(lo, pos int) int {
	s := x.text
	for j := pos - 2; j >= lo; j-- {
		switch s[j] {
		case '\n':
			return j + 1
		case '.', '!', '?':
			if next := s[j+1]; next != ' ' && next != '"' && next != 0xE2 {
				continue
			}
			w := j
			for w > lo && s[w-1] != ' ' && s[w-1] != '\n' {
				w--
			}
			if s[j] != '.' || !isQuoteAbbreviation(s[w:j]) {
				return j + 1
			}
		}
	}
	return lo
}
