// Package dateparse reads the dates and times of news text, absolute ones and
// ones relative to the publication date, each as an interval at a grain.
package dateparse

import "time"

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
// may start a date: enough for "between the first week of" before it and
// "January 12th, 2016 at 6:15 p.m. CDT" after it.
const (
	windowBack  = 40
	windowAhead = 72
)

// Scan finds the dates in s. ref is the publication date; zero when unknown.
func (sc Scanner) Scan(s string, ref time.Time) []Date {
	c := ctx{s: s, dayFirst: sc.DayFirst}
	c.setRef(ref)
	var buf [48]tok
	lastEnd := 0
	i := 0
	for i < len(s) {
		ch := s[i]
		var trigEnd int
		switch {
		case isDigit(ch):
			trigEnd = i + 1
			for trigEnd < len(s) && isDigit(s[trigEnd]) {
				trigEnd++
			}
			if !digitsMayDate(s, i, trigEnd) {
				i = trigEnd
				continue
			}
		case isLetter(ch):
			trigEnd = i + 1
			for trigEnd < len(s) && isLetter(s[trigEnd]) {
				trigEnd++
			}
			if trigEnd < len(s) && s[trigEnd] >= 0x80 || i > 0 && s[i-1] >= 0x80 ||
				trigEnd-i < 3 || !prefix3[prefixIndex(ch, s[i+1], s[i+2])] {
				i = trigEnd
				continue
			}
			if w, ok := lookupWord(s[i:trigEnd]); !ok || !w.anchor || w.needCap && !(ch >= 'A' && ch <= 'Z') {
				i = trigEnd
				continue
			}
		default:
			i++
			continue
		}
		d, ok := c.matchAround(i, lastEnd, buf[:0])
		if !ok {
			i = trigEnd
			continue
		}
		c.out = append(c.out, d)
		if d.Resolved {
			c.anchor = d.From
		}
		lastEnd, i = d.End, d.End
	}
	return c.out
}

// matchAround tokenizes a window around the word at s[i:] that may belong
// to a date and returns the leftmost longest date that covers it.
func (c *ctx) matchAround(i, lastEnd int, buf []tok) (Date, bool) {
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
	c.toks = tokenize(c.s, a, b, buf)
	c.future = -1
	c.pos = i
	for p := range c.toks {
		if c.toks[p].s > i {
			break
		}
		if !c.canStart(p) {
			continue
		}
		if e, v, ok := c.matchAt(p); ok && c.toks[e-1].e > i {
			return c.finish(p, e, v)
		}
	}
	return Date{}, false
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
	if j-i == 4 || i > 0 && (s[i-1] == 'Q' || s[i-1] == 'H' || s[i-1] == '\'') ||
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
