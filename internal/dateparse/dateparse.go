// Package dateparse reads the dates and times of news text, absolute ones and
// ones relative to the publication date, each as an interval at a grain.
//
// A scan looks closer only at month and weekday names, a few relative words
// ("yesterday", "week" beside "last" or "ago") and numbers that may be dates,
// then reads the expression around them with hand-written rules over a
// small window of tokens. The conventions it follows:
//
//   - A bare weekday or month ("on Friday", "in February") is the latest one
//     on or before the publication date, or for a sentence about the future
//     ("will", "'ll", "going to", "plans to", "is scheduled") the first one on
//     or after it. A day or month written without its year is placed the
//     same way.
//   - "last Friday" is the latest Friday before the publication date; "this
//     Friday" and "next Friday" are the Friday of this and of next week,
//     weeks running Monday to Sunday.
//   - "the next day", "the day before" and "two days later" count from the
//     date written last, or the publication date.
//   - Seasons are northern: spring is March to May, winter runs from
//     December into the next year.
//   - A range ("from May 2 to May 9", "2014-2018") includes its last date:
//     To is the end of the second date.
//   - Times with a zone are instants in UTC ("6:15 p.m. CDT" and "7:15 p.m.
//     ET" agree); times without one are read in the zone of the publication
//     date.
package dateparse

import (
	"math/bits"
	"sync"
	"time"

	"github.com/claimlint/claimlint/internal/text"
)

// Grain is the precision a date was written at.
type Grain string

// The grains.
const (
	GrainMinute  Grain = "minute"
	GrainHour    Grain = "hour"
	GrainDay     Grain = "day"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainQuarter Grain = "quarter"
	GrainHalf    Grain = "half" // half year
	GrainSeason  Grain = "season"
	GrainYear    Grain = "year"
	GrainDecade  Grain = "decade"
	GrainCentury Grain = "century"
)

// Date is one date or time found in a text.
type Date struct {
	Start, End int // byte offsets into the scanned text, end exclusive
	// From and To bound the interval, To exclusive; both zero when Resolved is false.
	// Days, months and years are midnight UTC of their calendar dates; times
	// written with a zone are instants in UTC.
	From, To time.Time
	Grain    Grain
	// Relative marks dates read against the publication date ("on Friday").
	Relative bool
	// Resolved is false for a relative date in a text without a publication date.
	Resolved bool
	// Range marks a span between two written dates ("from May 2 to May 9",
	// "2014-2018"). To is the end of the second date, so the span includes
	// it, and Grain is the grain of the second date.
	Range bool
}

// Scanner reads dates with options; the zero Scanner reads numeric dates
// month first, as US news does ("8/9/2025" is 9 August).
type Scanner struct {
	// DayFirst reads "8/9/2025" as 8 September.
	DayFirst bool
}

// Scan finds the dates in s. ref is the publication date; zero when unknown.
func Scan(s string, ref time.Time) []Date {
	return Scanner{}.Scan(s, ref)
}

// windowBack and windowAhead bound the bytes tokenized around a word that
// may start a date: enough for "between 4 and 22 this" before it and
// "January 12th, 2016 at 6:15 p.m. CDT" after it.
const (
	windowBack  = 24
	windowAhead = 48
)

// tokBufs keeps the token buffers of finished scans for the next.
var tokBufs = sync.Pool{New: func() any { return new([]tok) }}

// Scan finds the dates in s. ref is the publication date; zero when unknown.
func (sc Scanner) Scan(s string, ref time.Time) []Date { return sc.AppendScan(nil, s, ref) }

// AppendScan appends the dates in s to dst, as Scan finds them, and returns
// the extended slice: a caller that reads them only for a while can scan
// text after text into one buffer.
func (sc Scanner) AppendScan(dst []Date, s string, ref time.Time) []Date {
	buf := tokBufs.Get().(*[]tok)
	defer tokBufs.Put(buf)
	c := ctx{s: s, dayFirst: sc.DayFirst, toks: (*buf)[:0], tried: -1, out: dst, first: len(dst)}
	c.setRef(ref)
	lastEnd := 0
	for i := 0; ; {
		var j int
		var k uint8
		if i, j, k = nextRun(s, i); i == len(s) {
			break
		}
		if !c.mayStart(i, j, k) {
			i = j
			continue
		}
		d, ok := c.matchAround(i, lastEnd)
		if !ok {
			i = j
			continue
		}
		if c.out == nil {
			// News text holds a date every 1,000 bytes or so: room for most
			// of them at once spares the allocations of doubling.
			c.out = make([]Date, 0, len(s)/1024+1)
		}
		c.out = append(c.out, d)
		if d.Resolved && !d.Range && (d.Grain == GrainDay || d.Grain == GrainHour || d.Grain == GrainMinute) {
			c.anchor = day(d.From.Year(), int(d.From.Month()), d.From.Day())
		}
		lastEnd, i = d.End, d.End
	}
	*buf = c.toks[:0]
	return c.out
}

// nextRun returns the next run of ASCII letters or digits from s[i:] that
// may start a date, and its kind: a word whose first three letters and
// length may be those of an anchor word, or a number. It returns len(s)
// when there is none.
//
// It passes over every word of the text, in a loop of its own: most words
// are read in one step of eight bytes, short words are not told apart by a
// branch, which would fail unpredictably, but by the lengths of the anchor
// words, none of which is shorter than three letters, and the space after a
// word is passed over with it.
func nextRun(s string, i int) (start, end int, kind uint8) {
	for i < len(s) {
		switch byteKind[s[i]] {
		case bOther:
			i++
			continue
		case bDigit:
			j := i + 1
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			return i, j, bDigit
		}
		var j int
		var may bool
		if i+8 > len(s) {
			j = text.LetterRunEnd(s, i+1)
			may = j-i >= 3 && prefixOf(s[i], s[i+1], s[i+2]).anchorLengths&(1<<min(j-i, 15)) != 0
		} else {
			w := text.Load8(s, i)
			if m := text.NonLetters(w); m != 0 {
				n := uint(bits.TrailingZeros64(m) / 8)
				j, may = i+int(n), prefixAt(uint32(w)).anchorLengths&(1<<n) != 0
			} else {
				j = text.LetterRunEnd(s, i+8)
				may = prefixAt(uint32(w)).anchorLengths&(1<<min(j-i, 15)) != 0
			}
		}
		if may {
			return i, j, bLetter
		}
		i = j
		if i < len(s) && byteKind[s[i]] == bOther {
			i++
		}
	}
	return len(s), len(s), bOther
}

// Kinds of bytes for the scan.
const (
	bOther = iota
	bLetter
	bDigit
)

var byteKind = func() (k [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		k[c], k[c-'a'+'A'] = bLetter, bLetter
	}
	for c := '0'; c <= '9'; c++ {
		k[c] = bDigit
	}
	return k
}()

// mayStart reports a word or digit run s[i:j] worth a closer look: an
// anchor word of the lexicon (a month, a weekday, "yesterday", a unit
// beside a word that makes it a date) or digits that may be a date.
func (c *ctx) mayStart(i, j int, k uint8) bool {
	s := c.s
	if k == bDigit {
		return digitsMayDate(s, i, j)
	}
	if letterAt(s, j) || i > 0 && s[i-1] >= 0x80 && !isGeneralPunct(s, i-3) && !isNoBreakSpace(s, i-2) {
		return false // part of a longer word with non-ASCII letters
	}
	w, ok := lookupWord(s[i:j])
	if !ok || !w.anchor || w.needCap && (s[i] < 'A' || s[i] > 'Z') {
		return false
	}
	return w.cls != clUnit || unitMayDate(s, i, j)
}

// matchAround tokenizes a window around the word at s[i:] that may belong
// to a date and returns the leftmost longest date that covers it.
func (c *ctx) matchAround(i, lastEnd int) (Date, bool) {
	a := max(i-windowBack, lastEnd)
	for a > lastEnd && a < i && isWordByte(s0(c.s, a-1)) && isWordByte(c.s[a]) {
		a++
	}
	for k := i - 1; k >= a; k-- {
		if c.s[k] == '\n' {
			a = k + 1
			break
		}
	}
	b := min(i+windowAhead, len(c.s))
	c.window(a, b)
	c.future = -1
	c.pos = i
	// A date may start only in the run of date-like tokens that leads up
	// to the word at i.
	trig := 0
	for trig+1 < len(c.toks) && c.toks[trig+1].s <= i {
		trig++
	}
	first := trig
	for first > 0 && c.dateLike(first-1) {
		first--
	}
	for p := first; p <= trig; p++ {
		// Starts up to the last word that failed were tried with it.
		if c.toks[p].s <= c.tried || !c.canStart(p) {
			continue
		}
		if e, v, ok := c.matchAt(p); ok && c.toks[e-1].e > i {
			return c.finish(p, e, v)
		}
	}
	c.tried = i
	return Date{}, false
}

// window tokenizes s[a:b], keeping the tokens of the last window that
// lie in it, so that dense numbers are not tokenized again and again.
func (c *ctx) window(a, b int) {
	n := len(c.toks)
	if n == 0 || a < c.toks[0].s || a >= c.toks[n-1].e {
		c.toks = tokenize(c.s, a, b, c.toks[:0])
		return
	}
	k := 0
	for k < n && c.toks[k].s < a {
		k++
	}
	// Moved to the front, the tokens kept leave the buffer its room.
	c.toks = c.toks[:copy(c.toks, c.toks[k:])]
	from := a
	if len(c.toks) > 0 {
		from = c.toks[len(c.toks)-1].e
	}
	c.toks = tokenize(c.s, from, b, c.toks)
}

// s0 is s[i], or 0 outside s.
func s0(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// digitsMayDate reports a digit run s[i:j] that may belong to a date by
// itself: a four-digit year or clock time, a numeric date or time ("8/9",
// "6:15"), an ordinal or decade ("21st", "1990s"), an hour ("7 p.m."), a
// quarter ("Q3") or "the 27". Other numbers are read only next to a month,
// weekday or unit word, which starts the closer look itself.
func digitsMayDate(s string, i, j int) bool {
	if j-i == 4 {
		return yearMayDate(s, i, j)
	}
	if i > 0 && (s[i-1] == 'Q' || s[i-1] == 'H' || s[i-1] == '\'') || isRightQuote(s, i-3) ||
		i >= 4 && s[i-1] == ' ' && s[i-4]|0x20 == 't' && s[i-3]|0x20 == 'h' && s[i-2]|0x20 == 'e' {
		return true
	}
	if j == len(s) {
		return false
	}
	switch c := s[j]; {
	case c == '/' || c == '-' || c == '.' || c == ':':
		return j+1 < len(s) && isDigit(s[j+1])
	case isLetter(c):
		return c|0x20 == 's' || c|0x20 == 'a' || c|0x20 == 'p' ||
			j+1 < len(s) && ordSuffix(s[j:j+2])
	case c == '\'' || c == 0xE2:
		return true
	case c == ' ':
		if j+1 < len(s) && (s[j+1]|0x20 == 'a' || s[j+1]|0x20 == 'p') && j+2 < len(s) && (s[j+2] == '.' || s[j+2]|0x20 == 'm') {
			return true
		}
	}
	return false
}

// unitNext and unitPrev are the words beside a unit word ("week", "years")
// that make it part of a date: "two years ago", "last week", "the next 3
// days". Without them a unit is a duration ("five years") or a compound
// ("13-year-old"), and is passed over.
var (
	unitNext = map[string]bool{"ago": true, "from": true, "later": true, "earlier": true, "hence": true,
		"before": true, "after": true, "starting": true, "in": true, "of": true, "commencing": true, "beginning": true}
	unitPrev = map[string]bool{"last": true, "this": true, "next": true, "past": true, "previous": true,
		"coming": true, "upcoming": true, "current": true, "the": true, "a": true, "an": true, "rest": true,
		"early": true, "late": true, "mid": true, "within": true, "on": true, "following": true, "few": true,
		"couple": true, "my": true, "in": true}
)

func unitMayDate(s string, i, j int) bool {
	if i > 0 && s[i-1] == '-' || j < len(s) && s[j] == '-' {
		return false
	}
	if inLowerSet(wordAfter(s, j), unitNext) {
		return true
	}
	w1, k := wordBefore(s, i)
	if inLowerSet(w1, unitPrev) {
		return true
	}
	w2, _ := wordBefore(s, k)
	return inLowerSet(w2, unitPrev)
}

// wordAfter is the word that follows s[:j] after spaces.
func wordAfter(s string, j int) string {
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && isLetter(s[k]) {
		k++
	}
	return s[j:k]
}

// wordBefore is the word or number before s[i:] after spaces, and where it starts.
func wordBefore(s string, i int) (string, int) {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	k := i
	for k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1])) {
		k--
	}
	return s[k:i], k
}

// yearWords are the words before a four-digit number that may make it a
// year, besides yearCues.
var yearWords = map[string]bool{"the": true, "a": true, "and": true, "or": true, "to": true, "mid": true}

// yearMayDate reports a four-digit number s[i:j] that may be a year or a
// clock time: after a cue word ("in 2019", "the 2019 election"), before or
// after punctuation that joins dates ("2014-2018", "(2019)", "Aug. 9,
// 2025"), or before a capitalised word ("1420 GMT", "2016 June").
func yearMayDate(s string, i, j int) bool {
	if i > 0 && (s[i-1] == '(' || s[i-1] == '.' || s[i-1] == '\'') {
		return true
	}
	b, a := i, j
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	for a < len(s) && s[a] == ' ' {
		a++
	}
	if b > 0 && (s[b-1] == '-' || s[b-1] == '/') || a < len(s) && (s[a] == '-' || s[a] == '/') {
		return true
	}
	if j < len(s) {
		switch s[j] {
		case '-', 's', '\'', ')', '/', '.', ':', 'H', 0xE2:
			return true
		case ' ', ',':
			k := j + 1
			for k < len(s) && (s[k] == ' ' || s[k] == ',') {
				k++
			}
			if k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
				return true
			}
		}
	}
	w, k := wordBefore(s, i)
	if w == "" && k > 0 && s[k-1] == ',' {
		return true
	}
	return inLowerSet(w, yearCues) || inLowerSet(w, yearWords) || isMonthWord(w)
}

func isMonthWord(w string) bool {
	x, ok := lookupWord(w)
	return ok && x.cls == clMonth
}

// letterAt reports a non-ASCII letter at s[j:]: a byte of a multi-byte
// character other than general punctuation and the no-break space.
func letterAt(s string, j int) bool {
	return j < len(s) && s[j] >= 0x80 && !isGeneralPunct(s, j) && !isNoBreakSpace(s, j)
}

// isNoBreakSpace reports U+00A0 at s[i:].
func isNoBreakSpace(s string, i int) bool {
	return i >= 0 && i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0
}
