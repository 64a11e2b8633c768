package dateparse

import "strings"

// noTok stands for the tokens outside the window.
var noTok tok

// at is token p of the window, or an empty token outside it.
func (c *ctx) at(p int) *tok {
	if p < 0 || p >= len(c.toks) {
		return &noTok
	}
	return &c.toks[p]
}

// isKw reports that token p is the keyword k.
func (c *ctx) isKw(p, k int) bool {
	t := c.at(p)
	return t.kind == tWord && t.w.cls == clKw && t.w.val == k
}

// isCls reports that token p is a word of the class cl.
func (c *ctx) isCls(p int, cl class) bool {
	t := c.at(p)
	return t.kind == tWord && t.w.cls == cl
}

// isPunct reports that token p is the punctuation ch.
func (c *ctx) isPunct(p int, ch byte) bool {
	t := c.at(p)
	return t.kind == tPunct && t.n == int(ch)
}

// glued reports that token p touches the token before it.
func (c *ctx) glued(p int) bool {
	return p > 0 && p < len(c.toks) && c.toks[p-1].e == c.toks[p].s
}

// is reports that token p is the word w, in any case.
func (c *ctx) is(p int, w string) bool {
	t := c.at(p)
	return t.kind == tWord && t.e-t.s == len(w) && strings.EqualFold(c.s[t.s:t.e], w)
}

// inSet reports that token p is a word of a set of lower-case words.
func (c *ctx) inSet(p int, set map[string]bool) bool {
	t := c.at(p)
	return t.kind == tWord && inLowerSet(c.s[t.s:t.e], set)
}

// inLowerSet looks a word up in a set of lower-case words without allocating.
func inLowerSet(w string, set map[string]bool) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return set[string(buf[:len(w)])]
}

// partOfNumber reports a digit run that belongs to a larger number
// ("2,019", "4.5", "$2019", "2019%").
func (c *ctx) partOfNumber(p int) bool {
	t := c.at(p)
	prev, next := c.at(p-1), c.at(p+1)
	if c.glued(p) && prev.kind == tPunct && (prev.n == '$' || prev.n == ',' || prev.n == '.') {
		if prev.n == '$' || c.glued(p-1) && c.at(p-2).kind == tNum {
			return true
		}
	}
	if c.glued(p+1) && next.kind == tPunct {
		switch next.n {
		case '%':
			return true
		case ',', '.':
			n2 := c.at(p + 2)
			return c.glued(p+2) && n2.kind == tNum && (next.n == '.' || n2.nd == 3) && t.kind == tNum
		}
	}
	return false
}

// canStart reports a token that may begin a date, so that the others are
// passed over without trying every rule.
func (c *ctx) canStart(p int) bool {
	t := &c.toks[p]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.n == '\'' && c.at(p+1).dec
	}
	switch t.w.cls {
	case clNone:
		// "Q3", "H1", "w/c", "less than"
		if t.e-t.s == 1 {
			l := c.s[t.s]
			return l == 'Q' || l == 'H' || l|0x20 == 'w'
		}
		return t.e-t.s == 4 && c.s[t.s+1] == 'e'
	case clKw:
		switch t.w.val {
		case kwOf, kwAt, kwAnd, kwTo, kwUntil, kwThrough, kwAgo, kwBefore, kwAfter, kwHence,
			kwThat, kwSame, kwAm, kwPm, kwBy, kwDuring, kwSince, kwCouple:
			return false
		case kwThe:
			// Of the numbers after "the", only a day ("the 27th") or a
			// decade ("the 1990s") is read with it; of the units, only
			// "the day before", "the week of June 2", "the weekend" and
			// "the year after next".
			switch n := c.at(p + 1); {
			case n.kind == tNum:
				return n.nd <= 2 || n.dec
			case n.w.cls == clUnit:
				return n.w.val == uDay || n.w.val == uWeek || n.w.val == uWeekend || c.isKw(p+2, kwAfter)
			}
		case kwA, kwFew:
			// "a week ago", "a couple of days later", "few weeks from now"
			return c.isCls(p+1, clUnit) || c.isCls(p+2, clUnit) || c.isCls(p+3, clUnit)
		case kwOn:
			// "on Sunday of next week", "on Friday night next week": the
			// only dates read from "on"
			if !c.weekdayOK(p + 1) {
				return false
			}
			for r := p + 2; r <= p+4; r++ {
				if c.isCls(r+1, clUnit) && (c.isKw(r, kwNext) || c.isKw(r, kwLast) || c.isKw(r, kwThis)) {
					return true
				}
			}
			return false
		case kwIn, kwFor:
			// "in 3 weeks", "for a couple of days from Monday": an amount
			// of units follows
			n := c.at(p + 1)
			amount := n.kind == tNum || n.w.cls == clCard || n.w.cls == clKw && (n.w.val == kwA || n.w.val == kwFew)
			return amount && (c.isCls(p+2, clUnit) || c.isCls(p+3, clUnit) || c.isCls(p+4, clUnit))
		}
	}
	return true
}

// dateLike reports a token that may be part of a date: a number, a word of
// the lexicon, a word of one or two letters ("Q", "w", "my"), "less than" or joining
// punctuation.
func (c *ctx) dateLike(p int) bool {
	t := &c.toks[p]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.n == '-' || t.n == '/' || t.n == ',' || t.n == '.' || t.n == '\'' || t.n == ':'
	}
	return t.w.cls != clNone || t.e-t.s <= 2 || c.is(p, "less") || c.is(p, "than")
}

// matchAt reads the date that starts at token p: a range between two dates,
// or one date with its time of day.
func (c *ctx) matchAt(p int) (int, val, bool) {
	if c.isKw(p, kwFrom) || c.isKw(p, kwBetween) {
		if e, v, ok := c.rangeFrom(p); ok {
			return e, v, true
		}
	}
	e, v, ok := c.single(p, false)
	if !ok {
		// "4 to 23 next month", "19-20 November"
		if t := c.at(p); t.kind == tNum && t.nd <= 2 && !c.partOfNumber(p) && !c.isPunct(p-1, '-') {
			if e2, v2, ok := c.rangeTail(p, p+1, val{d: t.n, grain: GrainDay}, false); ok {
				return e2, v2, true
			}
		}
		return 0, v, false
	}
	if e2, v2, ok := c.rangeTail(p, e, v, false); ok {
		return e2, v2, true
	}
	return e, v, true
}

// rangeFrom reads "from X to Y" and "between X and Y".
func (c *ctx) rangeFrom(p int) (int, val, bool) {
	e, x, ok := c.single(p+1, true)
	if !ok {
		return 0, x, false
	}
	return c.rangeTail(p, e, x, c.isKw(p, kwBetween))
}

// rangeTail reads the separator and second date of a range whose first
// date x ends at token e.
func (c *ctx) rangeTail(p, e int, x val, between bool) (int, val, bool) {
	sepOK := c.isPunct(e, '-') || c.isKw(e, kwTo) || c.isKw(e, kwUntil) || c.isKw(e, kwThrough)
	if between {
		sepOK = sepOK || c.isKw(e, kwAnd)
	}
	if !sepOK || x.fixed && x.rng {
		return 0, x, false
	}
	fromOrBetween := c.isKw(p, kwFrom) || c.isKw(p, kwBetween)
	bareDay := x.d > 0 && x.m == 0 && x.wd == 0
	if !fromOrBetween && !c.isPunct(e, '-') && x.y == 0 && x.m == 0 && !x.fixed && !bareDay {
		return 0, x, false
	}
	e2, y, ok := c.single(e+1, true)
	if !ok {
		return 0, x, false
	}
	if !y.fixed && y.y == 0 && y.m == 0 && y.d > 0 {
		// "Nov. 19-20, 2024": a year after a bare day
		q := e2
		if c.isPunct(q, ',') {
			q++
		}
		if yr, ye, ok := c.yearAt(q); ok {
			y.y, e2 = yr, ye
		}
	}
	if !x.fixed && !y.fixed {
		if (x.d > 0 && x.m == 0 && y.m == 0 || y.d > 0 && y.m == 0 && x.m == 0) && (x.wd == 0 || y.wd == 0) {
			return 0, x, false
		}
		if x.m == 0 && x.d > 0 {
			x.m = y.m
		}
		if y.m == 0 && y.d > 0 {
			y.m = x.m
		}
		if x.y == 0 && y.y != 0 {
			x.y = y.y
			if x.m > y.m {
				x.y--
			}
		}
	}
	if !c.place(&x) {
		return 0, x, false
	}
	if !y.fixed && y.y == 0 && x.y != 0 && !x.fixed {
		y.y = x.y
		if y.m != 0 && y.m < x.m {
			y.y++
		}
	}
	if !c.place(&y) || y.to.Before(x.to) || !x.from.Before(y.to) {
		return 0, x, false
	}
	r := fixed(x.from, y.to, y.grain)
	r.rel = x.rel || y.rel
	r.rng = true
	return e2, r, true
}

// single reads one date at token p, the longest any rule finds, with a
// time of day written beside it. partial also accepts the bare day or
// year that begins a range ("from 4 to 22 January").
func (c *ctx) single(p int, partial bool) (int, val, bool) {
	best, bv := 0, val{}
	try := func(e int, v val, ok bool) {
		if ok && e > best {
			best, bv = e, v
		}
	}
	t := c.at(p)
	switch t.kind {
	case tNum:
		try(c.numeric(p))
		try(c.dayMonth(p))
		try(c.timeOfDay(p))
		try(c.year(p, partial))
		try(c.decade(p))
		try(c.century(p))
		try(c.relative(p))
		if partial && best == 0 && !c.partOfNumber(p) && !t.dec {
			if t.nd <= 2 && t.n >= 1 && t.n <= 31 {
				try(p+1, val{d: t.n, grain: GrainDay}, true)
			}
		}
	case tWord:
		switch t.w.cls {
		case clMonth:
			try(c.monthDay(p))
			try(c.monthAlone(p))
		case clWeekday:
			try(c.weekdayDate(p))
			try(c.weekday(p))
		case clCard, clOrd:
			try(c.year(p, partial))
			try(c.dayMonth(p))
			try(c.relative(p))
			try(c.century(p))
			try(c.ordWeekday(p))
		case clSeason:
			try(c.season(p))
		case clKw, clUnit:
			if partial && c.isKw(p, kwNow) {
				try(p+1, c.dayVal(c.refDay), true)
			}
			try(c.theDay(p))
			try(c.relative(p))
			try(c.weekday(p))
			try(c.monthAlone(p))
			try(c.season(p))
			try(c.decade(p))
			try(c.quarter(p))
			try(c.ordWeekday(p))
			if c.isKw(p, kwNoon) || c.isKw(p, kwMidnight) {
				try(c.timeOfDay(p))
			}
		default:
			if t.cap && c.s[t.s] == 'Q' {
				try(c.quarter(p))
			}
			if t.cap && c.s[t.s] == 'H' {
				try(c.half(p))
			}
			try(c.relative(p))
		}
	}
	if best == 0 {
		return 0, bv, false
	}
	return c.withTime(best, bv)
}

// withTime joins a day and a time of day written beside it: "Friday at
// 6:15 p.m.", "6:15 p.m. CDT on Aug. 8".
func (c *ctx) withTime(e int, v val) (int, val, bool) {
	if v.hasTime && !v.fixed && v.d == 0 {
		q := e
		if c.isPunct(q, ',') {
			q++
		}
		if c.isKw(q, kwOn) {
			q++
		}
		if e2, d, ok := c.dayOnly(q); ok {
			return e2, withClock(d, v), true
		}
		return e, v, true
	}
	if v.grain != GrainDay || v.rng || v.hasTime {
		return e, v, true
	}
	q := e
	if c.isPunct(q, ',') {
		q++
	}
	if c.isKw(q, kwAt) {
		q++
	}
	e2, t, ok := c.timeOfDay(q)
	if !ok {
		return e, v, true
	}
	return e2, withClock(v, t), true
}

// withClock sets the time of day of a day.
func withClock(d, t val) val {
	if d.fixed {
		d.fixed = false
		d.y, d.m, d.d = d.from.Year(), int(d.from.Month()), d.from.Day()
		d.rel = true
	}
	d.hasTime, d.hour, d.minute, d.hasZone, d.zone, d.grain = true, t.hour, t.minute, t.hasZone, t.zone, t.grain
	return d
}

// dayOnly reads a date of day grain at p, for a time written before it.
func (c *ctx) dayOnly(p int) (int, val, bool) {
	best, bv := 0, val{}
	for _, r := range []func(int) (int, val, bool){c.monthDay, c.dayMonth, c.weekdayDate, c.weekday, c.numeric, c.relative} {
		if e, v, ok := r(p); ok && e > best && v.grain == GrainDay && !v.hasTime {
			best, bv = e, v
		}
	}
	return best, bv, best > 0
}

// finish places a match on the calendar.
func (c *ctx) finish(p, e int, v val) (Date, bool) {
	d := Date{Start: c.toks[p].s, End: c.toks[e-1].e}
	if !v.fixed && v.y == 0 && v.m != 0 && !v.hasTime {
		v.y = c.sentenceYear(d.Start)
	}
	ok := c.place(&v)
	if v.rel && !c.hasRef {
		d.Grain, d.Relative, d.Range = v.grain, true, v.rng
		return d, true
	}
	if !ok || !v.from.Before(v.to) {
		return d, false
	}
	d.From, d.To, d.Grain, d.Relative, d.Resolved, d.Range = v.from, v.to, v.grain, v.rel, true, v.rng
	return d, true
}

// sentenceYear is the year of a year written just before a date without
// one ("In 2019, on March 3, ..."), or 0.
func (c *ctx) sentenceYear(start int) int {
	if len(c.out) == c.first {
		return 0
	}
	last := c.out[len(c.out)-1]
	if !last.Resolved || last.Relative || last.Range || last.Grain != GrainYear || start-last.End > len(", on ") {
		return 0
	}
	// "In 2019, on March 3", not "since 2010 in June"
	gap := c.s[last.End:start]
	if gap != ", " && gap != ", on " && gap != ", in " {
		return 0
	}
	return last.From.Year()
}
