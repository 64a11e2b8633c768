// Package quotediff compares quotations word by word: it splits a quote into
// words folded so that differences of typography vanish (curly or straight
// apostrophes, dashes and hyphens, case, accents, trailing punctuation,
// periods in initialisms, British or American spelling, "two" or "2"), marks
// the ellipses that stand for words left out, and computes word-level diffs.
package quotediff

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a quote, or an ellipsis.
type Token struct {
	// Word is the folded word that comparisons use: lower case, accents and
	// curly apostrophes folded, number words as digits; "" for an ellipsis.
	Word string
	// Start and End are the word's byte offsets in the quote's text.
	Start, End int
}

// Gap reports whether the token is an ellipsis, words the quoter left out.
func (t Token) Gap() bool { return t.Word == "" }

// Words splits a quote into its folded words and ellipses; a contraction is
// two words, each with its span ("won't": "will", "not").
func Words(text string) []Token {
	var out []Token
	if len(text) > 0 {
		out = make([]Token, 0, len(text)/6+1) // words of English average under six bytes with their space
	}
	s := scanner{text: text}
	for {
		start, end, gap, ok := s.next()
		if !ok {
			return out
		}
		if gap {
			out = append(out, Token{Start: start, End: end})
			continue
		}
		w := fold(text[start:end])
		if two, ok := contractions[w]; ok {
			out = append(out, Token{Word: two[0], Start: start, End: end})
			w = two[1]
		}
		out = append(out, Token{Word: w, Start: start, End: end})
	}
}

// scanner reads the words and ellipses of a text, in order.
type scanner struct {
	text string
	i    int
	gap  bool // the last token was an ellipsis
}

// next returns the span of the next word or ellipsis, and whether it is an
// ellipsis; ok is false at the end of the text. Ellipses that follow each
// other are one.
func (s *scanner) next() (start, end int, gap, ok bool) {
	text := s.text
	for s.i < len(text) {
		i := s.i
		c := text[i]
		if c < utf8.RuneSelf && c != '.' { // most bytes: no ellipsis starts here
			if asciiWord[c] {
				s.i, s.gap = compoundEnd(text, i, wordEnd(text, i)), false
				return i, s.i, false, true
			}
			s.i++
			continue
		}
		if n := ellipsisAt(text, i); n > 0 {
			s.i += n
			if !s.gap {
				s.gap = true
				return i, i + n, true, true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			s.i, s.gap = compoundEnd(text, i, wordEnd(text, i)), false
			return i, s.i, false, true
		}
		s.i += size
	}
	return 0, 0, false, false
}

// ellipsisAt returns the length of the ellipsis at text[i] ("…", "...",
// ". . ."), or 0.
func ellipsisAt(text string, i int) int {
	if strings.HasPrefix(text[i:], "…") {
		return len("…")
	}
	dots, j := 0, i
	for j < len(text) && (text[j] == '.' || text[j] == ' ' && dots > 0 && j+1 < len(text) && text[j+1] == '.') {
		if text[j] == '.' {
			dots++
		}
		j++
	}
	if dots >= 3 {
		return j - i
	}
	return 0
}

// wordEnd returns the end of the word that starts at text[i]: letters and
// digits, joined by apostrophes, and dots or commas followed by a letter or
// digit ("don’t", "U.S", "1,200"). A hyphen ends a word: "same-sex" and
// "same sex", "two-in-three" and "2 in 3" are the same words.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
			if !asciiJoiner[c] {
				break // most words: a space or a mark ends them
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if !isJoiner(r) || i+size >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		if !isWordRune(next) || r == '.' && ellipsisAt(text, i) > 0 {
			break
		}
		i += size
	}
	return i
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord tells the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// asciiJoiner tells the ASCII characters isJoiner accepts.
var asciiJoiner = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isJoiner(rune(c))
	}
	return t
}()

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '.', ',':
		return true
	}
	return false
}

// compoundEnd returns the end of the word text[start:end], which is past
// the hyphen and the word after it when the two are one word: a compound
// number ("twenty-four") or a prefix that is also written closed up
// ("co-operation", "re-election").
func compoundEnd(text string, start, end int) int {
	if end == len(text) || text[end] != '-' && text[end] != "‐"[0] {
		return end // most words
	}
	hyphen := hyphenAt(text, end)
	if hyphen == 0 {
		return end
	}
	first := strings.ToLower(text[start:end])
	after := end + hyphen
	next := wordEnd(text, after)
	if next == after {
		return end
	}
	if _, ok := tens[first]; ok {
		if _, ok := units[strings.ToLower(text[after:next])]; ok {
			return next
		}
	}
	if closedPrefixes[first] {
		return next
	}
	return end
}

// closedPrefixes are the prefixes written with a hyphen or closed up
// ("co-operate", "cooperate"), which fold drops the hyphen after.
var closedPrefixes = map[string]bool{"co": true, "re": true, "pre": true, "non": true, "anti": true, "multi": true, "semi": true}

// hyphenAt returns the length of the hyphen at text[i], or 0.
func hyphenAt(text string, i int) int {
	for _, h := range [...]string{"-", "‐", "‑"} {
		if strings.HasPrefix(text[i:], h) {
			return len(h)
		}
	}
	return 0
}

// fold returns the form of a word that comparisons use.
func fold(w string) string {
	switch w {
	case "1":
		return "one" // see numberWords
	case "cannot", "Cannot":
		return "can't" // and so "can not": see contractions
	}
	if plainLower(w) {
		if n, ok := numberWords[w]; ok {
			return n
		}
		if n, ok := compoundNumber(w); ok {
			return n
		}
		return americanSpelling(closedUp(w)) // most words: no copy
	}
	var b strings.Builder
	b.Grow(len(w))
	digits := true
	for _, r := range w {
		switch r {
		case '’', '‘', 'ʼ':
			r = '\''
		case '‐', '‑':
			r = '-'
		}
		if r == ',' {
			continue // a thousands separator: "1,200" is "1200"
		}
		digits = digits && (unicode.IsDigit(r) || r == '.')
		b.WriteRune(foldRune(unicode.ToLower(r)))
	}
	s := b.String()
	if isInitialism(s) {
		s = strings.ReplaceAll(s, ".", "") // "F.B.I." is "FBI"
	}
	if !digits {
		if n, ok := numberWords[s]; ok {
			return n
		}
		if n, ok := compoundNumber(s); ok {
			return n
		}
	}
	return americanSpelling(closedUp(s))
}

// isInitialism reports whether a word is single letters with a period after
// each but perhaps the last: "f.b.i", "u.s.".
func isInitialism(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if c := w[i]; c < 'a' || c > 'z' || i+1 < len(w) && w[i+1] != '.' {
			return false
		}
	}
	return true
}

// closedUp writes a word with a closed prefix without its hyphen:
// "co-operation" as "cooperation".
func closedUp(w string) string {
	if prefix, rest, ok := strings.Cut(w, "-"); ok && closedPrefixes[prefix] {
		return prefix + rest
	}
	return w
}

// americanSpelling writes a word as American English spells it, so that
// outlets on either side of the Atlantic print one quote alike: "realised",
// "organisation", "colour", "centre", "defence", "travelled". Words of under
// five letters keep their spelling ("rise", "hour", "our").
func americanSpelling(w string) string {
	if len(w) < 5 {
		return w
	}
	if stem, ok := strings.CutSuffix(w, "'s"); ok {
		return americanSpelling(stem) + "'s"
	}
	if a, ok := britishWords[w]; ok {
		return a
	}
	for _, s := range britishEndings {
		if len(w)-len(s.british) >= s.minStem && strings.HasSuffix(w, s.british) {
			return w[:len(w)-len(s.british)] + s.american
		}
	}
	return w
}

// britishEndings are the British endings of words, longest first, with the
// American ones and the letters a word must have before them.
var britishEndings = []struct {
	british, american string
	minStem           int
}{
	{"isations", "izations", 3}, {"isation", "ization", 3},
	{"ising", "izing", 4}, {"ised", "ized", 4}, {"ises", "izes", 4}, {"ise", "ize", 4},
	{"ysing", "yzing", 3}, {"ysed", "yzed", 3}, {"yses", "yzes", 3}, {"yse", "yze", 3},
	{"ouring", "oring", 3}, {"oured", "ored", 3}, {"ours", "ors", 3}, {"our", "or", 3},
	{"tres", "ters", 2}, {"tre", "ter", 2},
}

// britishWords are British spellings no ending gives: "cancelled" has the
// double l of "called" and "filled", which have none to lose.
var britishWords = map[string]string{
	"defence": "defense", "offence": "offense", "pretence": "pretense", "licence": "license",
	"programme": "program", "programmes": "programs", "catalogue": "catalog", "dialogue": "dialog",
	"travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
	"cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "modelled": "modeled",
	"fuelled": "fueled", "signalled": "signaled", "counsellor": "counselor", "jewellery": "jewelry",
	"sceptical": "skeptical", "aluminium": "aluminum", "fulfil": "fulfill", "enrol": "enroll",
}

// compoundNumber returns the figure of a number written in words with a
// hyphen, "twenty-four" for 24.
func compoundNumber(w string) (string, bool) {
	ten, unit, ok := strings.Cut(w, "-")
	if !ok {
		return "", false
	}
	t, ok := tens[ten]
	u, ok2 := units[unit]
	if !ok || !ok2 {
		return "", false
	}
	return strconv.Itoa(t + u), true
}

// tens and units are the number words that make a compound number.
var (
	tens  = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	units = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
)

// plainLower reports whether w is lower-case ASCII letters and hyphens only,
// already folded.
func plainLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// foldRune maps the accented Latin letters to their base letter.
func foldRune(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	if i := strings.IndexRune(accented, r); i >= 0 {
		return rune(unaccented[utf8.RuneCountInString(accented[:i])])
	}
	return r
}

const (
	accented   = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćčďđēěęğīıłńňōőřśşšťūůűźżž"
	unaccented = "aaaaaaceeeeiiiinoooooouuuuyyaaaccddeeegiilnnoorsssstuuuzzz"
)

// numberWords are the number words that quoters write as figures; "one" is
// not among them, as it is more often a pronoun ("no one", "the one"): the
// figure 1 is folded to the word instead, which is then no number.
var numberWords = map[string]string{
	"zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
	"eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
	"hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}

// IsNumber reports whether a folded word is a number.
func IsNumber(word string) bool {
	return word != "" && word[0] >= '0' && word[0] <= '9'
}

// IsNegation reports whether a folded word negates: "not", "never",
// "won't", "nothing"...
func IsNegation(word string) bool {
	switch word {
	case "not", "no", "never", "cannot", "nothing", "none", "nobody", "neither", "nor", "nowhere", "without":
		return true
	}
	return strings.HasSuffix(word, "n't")
}

// IsFunctionWord reports whether a folded word is one of the function words
// that every quote has ("the", "to", "we"...), too common to tell quotes
// apart.
func IsFunctionWord(word string) bool { return functionWords[word] }

var functionWords = map[string]bool{}

// contractions are the words that contract two ("they're", "won't"), by
// their folded form, and the two words folded: a quote's "they're" is
// compared as "they are", so that it agrees with another's "they are" and
// a part of it ("not reopen" of "won't reopen") is a partial quote. "He's"
// may be "he has" too, but is read as "he is".
var contractions = func() map[string][2]string {
	m := map[string][2]string{}
	add := func(second, firsts, tail string) {
		for _, f := range strings.Fields(firsts) {
			m[f+tail] = [2]string{f, second}
		}
	}
	add("am", `i`, "'m")
	add("are", `you we they who what`, "'re")
	add("is", `he she it that there what who where here how`, "'s")
	add("have", `i you we they could would should might must who`, "'ve")
	add("will", `i you he she it we they that there who`, "'ll")
	add("would", `i you he she we they`, "'d")
	add("not", `do does did is are was were has have had could should would must need`, "n't")
	add("us", `let`, "'s")
	m["can't"] = [2]string{"can", "not"} // and "cannot": see fold
	m["won't"] = [2]string{"will", "not"}
	m["shan't"] = [2]string{"shall", "not"}
	return m
}()

func init() {
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into about
		is are was were be been being am do does did have has had will would can could should may might must
		i me my we us our you your he him his she her it its they them their this that these those there
		what which who not no so than then just very all any some more most also it's that's we're i'm`) {
		functionWords[w] = true
	}
}
