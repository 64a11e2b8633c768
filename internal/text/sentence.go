// Package text holds the text tools every extractor shares: sentence
// segmentation and folding of names for comparison.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Sentences splits plain text into sentences, each trimmed of surrounding
// whitespace. A newline always ends a sentence (paragraphs and headlines are
// lines of their own). A sentence ends after '.', '?', '!' or '…' (and any
// closing quotes or brackets after it) when whitespace and then something
// other than a lowercase letter follow, unless the period closes an
// abbreviation: a title ("Gov. Smith", "Dr."), a number label ("No. 5") or,
// when the next word does not usually start a sentence, an initial or an
// ambiguous abbreviation ("U.S. Secretary", "Mary J. Blige", "3 p.m.
// Friday", "Jan. 5").
//
// It is a single forward scan over the bytes, with a look back at the word
// before a period and a look ahead at the word after it.
func Sentences(s string) []Span { return AppendSentences(nil, s) }

// AppendSentences appends the sentences of s to dst, as Sentences finds
// them, and returns the extended slice: a caller that reads them only for a
// while can split text after text into one buffer.
func AppendSentences(dst []Span, s string) []Span {
	out := dst
	if out == nil {
		// News text has a sentence every 130 bytes or so: room for most of
		// them at once spares the copies of doubling.
		out = make([]Span, 0, len(s)/128+1)
	}
	start := 0
	ends := newEndFinder()
	for i := ends.from(s, 0); i < len(s); i = ends.from(s, i+1) {
		c := s[i]
		if c == '\n' {
			out = appendTrimmed(out, s, start, i)
			start = i + 1
			continue
		}
		if c == 0xE2 && !hasPrefixAt(s, i, ellipsis) || !isEndByte(c) {
			continue
		}
		if end, ok := sentenceEnd(s, i); ok {
			out = appendTrimmed(out, s, start, end)
			start = end
			i = end - 1
		}
	}
	return appendTrimmed(out, s, start, len(s))
}

// endFinder finds where a sentence may end: at a newline, '.', '?', '!' or
// '…'. Each of them is searched with strings.IndexByte, which reads many
// bytes at a time, and its next offset is kept until the scan passes it:
// most text holds none of them. '…' is searched by its last byte, far rarer
// in news text than its first, which also begins curly quotes and dashes.
type endFinder struct {
	next [len(endBytes)]int // where the next endBytes[k] may end a sentence; -1 before the first search
}

var endBytes = [...]byte{'\n', '.', '?', '!', ellipsis[len(ellipsis)-1]}

// endByteOffset is the offset of endBytes[k] in what it ends.
var endByteOffset = [len(endBytes)]int{4: len(ellipsis) - 1}

func isEndByte(c byte) bool { return c == '\n' || c == '.' || c == '?' || c == '!' || c == ellipsis[0] }

func newEndFinder() endFinder {
	var f endFinder
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from returns the first offset at or after i where a sentence may end,
// or len(s). Some of the offsets it returns end none: the caller checks.
func (f *endFinder) from(s string, i int) int {
	first := len(s)
	for k, c := range endBytes {
		if f.next[k] < i {
			f.next[k] = len(s)
			if at := i + endByteOffset[k]; at <= len(s) {
				if j := strings.IndexByte(s[at:], c); j >= 0 {
					f.next[k] = i + j
				}
			}
		}
		first = min(first, f.next[k])
	}
	return first
}

const ellipsis = "…"

// closerLen returns the length of the closing quote or bracket at s[j], or
// 0: what may follow the final punctuation inside a sentence (" ' ) ] ” ’ »).
func closerLen(s string, j int) int {
	switch s[j] {
	case '"', '\'', ')', ']':
		return 1
	case 0xC2: // »
		if hasPrefixAt(s, j, "»") {
			return len("»")
		}
	case 0xE2: // ” ’
		if hasPrefixAt(s, j, "”") || hasPrefixAt(s, j, "’") {
			return len("”")
		}
	}
	return 0
}

// sentenceEnd decides whether the punctuation at s[i] ends a sentence and, if
// so, returns the offset just past the sentence.
func sentenceEnd(s string, i int) (end int, ok bool) {
	j, onlyPeriod := skipTerminators(s, i)
	single := onlyPeriod && j == i+1
	for j < len(s) {
		n := closerLen(s, j)
		if n == 0 {
			break
		}
		j += n
		single = false
	}
	end = j
	k, spaced := skipSpace(s, j)
	if k == len(s) {
		return end, true
	}
	if !spaced {
		return 0, false
	}
	if s[k] == '\n' {
		return end, true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if unicode.IsLower(r) {
		return 0, false
	}
	if !single {
		return end, true
	}
	switch abbreviationBefore(s, i) {
	case title:
		return 0, false
	case numberLabel:
		return end, !isDigit(s[k])
	case ambiguous:
		return end, startsSentence(s, k)
	}
	return end, true
}

// skipTerminators returns the offset past the run of sentence-ending
// punctuation that starts at s[i], and whether the run is only periods.
func skipTerminators(s string, i int) (j int, onlyPeriod bool) {
	onlyPeriod = true
	for j = i; j < len(s); {
		switch {
		case s[j] == '.':
			j++
		case s[j] == '?' || s[j] == '!':
			onlyPeriod = false
			j++
		case hasPrefixAt(s, j, ellipsis):
			onlyPeriod = false
			j += len(ellipsis)
		default:
			return j, onlyPeriod
		}
	}
	return j, onlyPeriod
}

// skipSpace returns the offset of the first byte at or after j that is not
// a space or tab (a newline stops it), and whether it skipped any.
func skipSpace(s string, j int) (int, bool) {
	k := j
	for k < len(s) {
		switch {
		case s[k] == ' ' || s[k] == '\t' || s[k] == '\r':
			k++
		case hasPrefixAt(s, k, "\u00a0"):
			k += len("\u00a0")
		default:
			return k, k > j
		}
	}
	return k, k > j
}

// abbreviationKind says how the period after an abbreviation reads.
type abbreviationKind uint8

const (
	notAbbreviation abbreviationKind = iota
	// title comes before a name and never ends a sentence: "Gov. Smith".
	title
	// numberLabel comes before a number: "No. 5", "Vol. 3".
	numberLabel
	// ambiguous ends a sentence only before a word that usually starts
	// one: initials ("J.", "U.S.", "p.m."), months, "Inc.", "Jr.".
	ambiguous
)

// abbreviations are the words written with a period that rarely or only
// sometimes end a sentence, as written (case matters: "No." but not "no.").
var abbreviations = map[string]abbreviationKind{}

func init() {
	for kind, words := range map[abbreviationKind][]string{
		title: {"Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Prof", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
			"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Spc", "Rev", "Hon",
			"Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Msgr", "Fr", "Mt", "Ft", "Sec", "Treas",
			"Lieut", "Brig", "Cmdt", "Pfc", "SSgt", "Spec", "Ret", "v", "Gens", "Messrs", "Mmes", "Mme", "Mlle", "Sra", "Srta", "Dra"},
		numberLabel: {"No", "Nos", "Vol", "Vols", "Art", "Arts", "Fig", "Figs", "Ch", "Pt", "Pts", "Ex",
			"Op", "Para", "Apt", "Rm", "Ste", "Tel", "p", "pp", "vol"},
		ambiguous: {"Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Hwy", "Dept",
			"Univ", "Assn", "Intl", "Natl", "Gov't", "etc", "vs", "al", "approx", "est", "ca", "cf",
			"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
			"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
			"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
			"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
			"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"},
	} {
		for _, w := range words {
			abbreviations[w] = kind
		}
	}
}

// abbreviationBefore classifies the word that ends at the period s[i].
func abbreviationBefore(s string, i int) abbreviationKind {
	p := i
	for p > 0 && (isLetter(s[p-1]) || s[p-1] == '.' || s[p-1] == '\'') {
		p--
	}
	word := s[p:i]
	if word == "" || !isLetter(word[0]) {
		return notAbbreviation
	}
	if kind, ok := abbreviations[word]; ok {
		return kind
	}
	if isInitials(word) {
		return ambiguous
	}
	return notAbbreviation
}

// isInitials reports whether word (without its final period) is a capital
// initial ("J") or short runs of letters joined by periods ("U.S", "a.m",
// "Ph.D", "H.J.Res").
func isInitials(word string) bool {
	if len(word) == 1 {
		return 'A' <= word[0] && word[0] <= 'Z'
	}
	dotted := false
	run := 0
	for k := 0; k < len(word); k++ {
		switch {
		case word[k] == '.':
			if run == 0 {
				return false
			}
			dotted, run = true, 0
		case isLetter(word[k]):
			run++
			if run > 3 {
				return false
			}
		default:
			return false
		}
	}
	return dotted && run > 0
}

// sentenceStarters are the words that, after an ambiguous abbreviation, show
// that a new sentence has begun: "in the U.S. The next day".
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range []string{"The", "A", "An", "It", "Its", "It's", "He", "She", "They", "We", "I", "You",
		"His", "Her", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here",
		"But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "For", "From", "By", "With", "Without",
		"After", "Before", "When", "While", "If", "Although", "Though", "Because", "Since", "Until",
		"Meanwhile", "However", "Still", "Then", "Now", "Some", "Many", "Most", "Several", "Other",
		"Others", "What", "Who", "Why", "How", "Where", "Which", "Each", "Both", "All", "Not", "No",
		"During", "Under", "Over", "Despite", "According", "Also", "Last", "Earlier",
		"Later", "Today", "Yesterday", "Tomorrow", "More", "Such", "Neither", "Nor", "Even", "Only"} {
		sentenceStarters[w] = true
	}
}

// startsSentence reports whether the word at s[k:] usually starts a
// sentence, or is not a word at all (a quote, a dash).
func startsSentence(s string, k int) bool {
	m := k
	for m < len(s) && (isLetter(s[m]) || s[m] == '\'') {
		m++
	}
	if m == k {
		return !isDigit(s[k]) && s[k] < utf8.RuneSelf
	}
	return sentenceStarters[s[k:m]]
}

// appendTrimmed appends s[start:end] without its surrounding whitespace,
// unless nothing is left.
func appendTrimmed(out []Span, s string, start, end int) []Span {
	for start < end {
		if n := spaceLen(s, start); n > 0 {
			start += n
			continue
		}
		break
	}
	for end > start {
		if n := spaceLenBefore(s, end); n > 0 {
			end -= n
			continue
		}
		break
	}
	if start == end {
		return out
	}
	return append(out, Span{start, end})
}

// spaceLen returns the length of the whitespace character at s[i], or 0.
func spaceLen(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// spaceLenBefore returns the length of the whitespace character that ends
// at s[end], or 0.
func spaceLenBefore(s string, end int) int {
	if c := s[end-1]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(s[:end])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
