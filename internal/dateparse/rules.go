package dateparse

import "time"

// spelled reads a spelled number up to thirty-one at p ("twenty-first",
// "twenty one"); ord reports an ordinal.
func (c *ctx) spelled(p int) (n, end int, ord, ok bool) {
	t := c.at(p)
	if t.kind != tWord || t.w.cls != clCard && t.w.cls != clOrd {
		return 0, 0, false, false
	}
	n, end, ord = t.w.val, p+1, t.w.cls == clOrd
	if t.w.cls == clCard && (n == 20 || n == 30) {
		q := end
		if c.isPunct(q, '-') && c.glued(q) {
			q++
		}
		if u := c.at(q); u.kind == tWord && (u.w.cls == clCard || u.w.cls == clOrd) && u.w.val >= 1 && u.w.val <= 9 {
			n, end, ord = n+u.w.val, q+1, u.w.cls == clOrd
		}
	}
	return n, end, ord, true
}

// dayNum reads a day of the month at p: "9", "9th", "ninth", "twenty-first".
func (c *ctx) dayNum(p int) (d, end int, ord, ok bool) {
	t := c.at(p)
	if t.kind == tNum {
		if t.nd > 2 || t.n < 1 || t.n > 31 || t.dec || c.partOfNumber(p) ||
			c.isPunct(p+1, ':') && c.glued(p+1) {
			return 0, 0, false, false
		}
		return t.n, p + 1, t.ord, true
	}
	n, end, ord, ok := c.spelled(p)
	if !ok || n < 1 || n > 31 {
		return 0, 0, false, false
	}
	return n, end, ord, true
}

// spelledNumber reads a spelled whole number below ten thousand at p:
// "twenty-one", "two thousand and eighteen", "one thousand seven hundred
// and eighty nine".
func (c *ctx) spelledNumber(p int) (n, end int, ok bool) {
	total, cur, q := 0, 0, p
	for {
		t := c.at(q)
		if c.isKw(q, kwAnd) && q > p && c.isCls(q+1, clCard) && c.at(q+1).w.val < 100 {
			q++
			continue
		}
		if t.kind != tWord || t.w.cls != clCard {
			break
		}
		v := t.w.val
		switch {
		case v == 100 && cur > 0 && cur < 10:
			cur *= 100
		case v == 1000 && total+cur > 0 && total == 0:
			total, cur = cur*1000, 0
		case v < 100 && (cur%100 == 0 || cur%100 >= 20 && cur%10 == 0 && v < 10 && v > 0):
			cur += v
		default:
			return total + cur, q, q > p
		}
		q++
		if c.isPunct(q, '-') && c.glued(q) && c.glued(q+1) && c.isCls(q+1, clCard) {
			q++
		}
	}
	return total + cur, q, q > p
}

// spelledYear reads a year in words: "two thousand and eighteen",
// "nineteen seventy eight", "nineteen zero one".
func (c *ctx) spelledYear(p int) (y, end int, ok bool) {
	n, e, ok := c.spelledNumber(p)
	if !ok {
		return 0, 0, false
	}
	if n >= 1000 && n <= 2999 {
		return n, e, true
	}
	if n < 10 || n > 99 {
		return 0, 0, false
	}
	lead := c.at(e).w.val == 0 && c.isCls(e, clCard)
	n2, e2, ok := c.spelledNumber(e)
	if !ok || n2 > 99 || n2 < 10 && !lead {
		return 0, 0, false
	}
	return n*100 + n2, e2, true
}

// dayWithYear is the day d of month m, written up to e, with the year that
// may follow it after a comma ("Aug. 6, 1994"); it returns where the date ends.
func (c *ctx) dayWithYear(m, d, e int) (int, val) {
	v := val{m: m, d: d, grain: GrainDay}
	y := e
	if c.isPunct(y, ',') {
		y++
	}
	if yr, ye, ok := c.yearAt(y); ok {
		v.y, e = yr, ye
	}
	return e, v
}

// yearAt reads a year in digits or words at p.
func (c *ctx) yearAt(p int) (y, end int, ok bool) {
	if y, ok := c.yearNum(p); ok {
		return y, p + 1, true
	}
	return c.spelledYear(p)
}

// yearNum reads a four-digit year at p.
func (c *ctx) yearNum(p int) (int, bool) {
	t := c.at(p)
	if t.kind != tNum || t.nd != 4 || t.n < 1000 || t.n > 2999 || t.ord || t.dec || c.partOfNumber(p) {
		return 0, false
	}
	return t.n, true
}

// monthWord reads a month name at p with the full stop of an abbreviation.
func (c *ctx) monthWord(p int) (m, end int, ok bool) {
	t := c.at(p)
	if t.kind != tWord || t.w.cls != clMonth {
		return 0, 0, false
	}
	end = p + 1
	if c.isPunct(end, '.') && c.glued(end) && (c.at(end+1).kind == tNum || t.w.abbr && c.isPunct(end+1, ',')) {
		end++
	}
	return t.w.val, end, true
}

// monthDay reads "August 9, 2025", "Aug. 9", "Sept. 11, 2001", "Oct-2",
// "September the twenty-first", "March 2020", "November , 2016".
func (c *ctx) monthDay(p int) (int, val, bool) {
	m, q, ok := c.monthWord(p)
	if !ok {
		return 0, val{}, false
	}
	if c.isKw(q, kwBetween) {
		// "November between 19 and 20"
		if d1, e1, _, ok := c.dayNum(q + 1); ok && (c.isKw(e1, kwAnd) || c.isPunct(e1, '-')) {
			if d2, e2, _, ok := c.dayNum(e1 + 1); ok && d1 < d2 {
				x, y := val{m: m, d: d1, grain: GrainDay}, val{m: m, d: d2, grain: GrainDay}
				if yr, ye, ok := c.yearAt(e2); ok {
					x.y, y.y, e2 = yr, yr, ye
				}
				if c.place(&x) {
					y.y = x.y
					if c.place(&y) {
						r := fixed(x.from, y.to, GrainDay)
						r.rel, r.rng = x.rel, true
						return e2, r, true
					}
				}
			}
		}
	}
	r := q
	if (c.isPunct(r, '-') || c.isPunct(r, '/')) && c.glued(r) && c.glued(r+1) {
		r++
	} else if c.isKw(r, kwThe) {
		r++
	}
	if d, e, _, ok := c.dayNum(r); ok && (r == q || c.at(r).kind == tWord || c.at(r).kind == tNum) {
		if r > q && c.isKw(q, kwThe) && c.at(r).kind == tNum && !c.at(r).ord {
			return 0, val{}, false
		}
		e, v := c.dayWithYear(m, d, e)
		return e, v, true
	}
	r = q
	if c.isPunct(r, ',') {
		r++
	}
	if c.isKw(r, kwOf) {
		r++
	}
	if yr, ye, ok := c.yearAt(r); ok {
		return ye, val{y: yr, m: m, grain: GrainMonth}, true
	}
	return 0, val{}, false
}

// dayMonth reads "9 August 2025", "1st Jan", "22 of Jan", "16. Nov. 2016",
// "twenty second of June".
func (c *ctx) dayMonth(p int) (int, val, bool) {
	d, q, ord, ok := c.dayNum(p)
	if !ok {
		return 0, val{}, false
	}
	spelledCard := c.at(p).kind == tWord && !ord
	if c.isPunct(q, '.') && c.glued(q) && c.at(p).kind == tNum {
		q++
	}
	of := c.isKw(q, kwOf)
	if of {
		q++
	}
	if spelledCard && !of || c.at(p).kind == tWord && !of && !ord {
		return 0, val{}, false
	}
	r := q
	if !of && c.isKw(r, kwIn) {
		r++
	}
	rangeEnd := c.isKw(p-1, kwTo) || c.isKw(p-1, kwAnd) || c.isKw(p-1, kwUntil)
	if u, ok := c.unitAt(r + 1); ok && u == uMonth && (r > q || of || c.at(p).ord || rangeEnd) {
		if k, ok := map[int]int{kwThis: 0, kwNext: 1, kwLast: -1, kwPrevious: -1}[c.at(r).w.val]; ok && c.at(r).w.cls == clKw {
			first := day(c.refDay.Year(), int(c.refDay.Month())+k, 1)
			return r + 2, val{y: first.Year(), m: int(first.Month()), d: d, grain: GrainDay, rel: true}, true
		}
	}
	m, e, ok := c.monthWord(q)
	if !ok || c.at(q).w.needCap && !c.at(q).cap {
		return 0, val{}, false
	}
	if _, _, _, ok := c.dayNum(e); ok && !of && c.at(e).kind == tNum {
		return 0, val{}, false // "1 Aug. 6, 1994" is read from "Aug."
	}
	e, v := c.dayWithYear(m, d, e)
	return e, v, true
}

// weekdayDate reads a weekday before a date: "Monday, Jan. 12, 2016",
// "Wed, 22 of Jan", "Friday the 22nd".
func (c *ctx) weekdayDate(p int) (int, val, bool) {
	t := c.at(p)
	if !c.weekdayOK(p) && (!t.w.abbr || !t.cap) {
		return 0, val{}, false
	}
	q := p + 1
	if c.isPunct(q, '.') && c.glued(q) && t.w.abbr {
		q++
	}
	if c.isPunct(q, ',') {
		q++
	}
	best, bv := 0, val{}
	for _, r := range []func(int) (int, val, bool){c.monthDay, c.dayMonth, c.numeric} {
		if e, v, ok := r(q); ok && e > best && v.d > 0 {
			best, bv = e, v
		}
	}
	if best == 0 && c.isKw(q, kwThe) {
		if d, e, ord, ok := c.dayNum(q + 1); ok && (ord || c.at(q+1).kind == tWord && c.endsClause(e)) {
			best, bv = e, val{d: d, grain: GrainDay}
		}
	}
	if best == 0 {
		return 0, val{}, false
	}
	if bv.y == 0 {
		bv.wd = t.w.val + 1
	}
	return best, bv, true
}

// endsClause reports that token p ends a clause: the end of the window or a
// stop, comma, colon or semicolon.
func (c *ctx) endsClause(p int) bool {
	t := c.at(p)
	return t.kind == 0 || t.kind == tPunct && (t.n == '.' || t.n == ',' || t.n == ';' || t.n == ':' || t.n == '!' || t.n == '?' || t.n == '\n')
}

// weekdayOK reports a full weekday name at p.
func (c *ctx) weekdayOK(p int) bool {
	t := c.at(p)
	return t.kind == tWord && t.w.cls == clWeekday && !t.w.abbr
}

// numeric reads dates written in digits: "2025-08-09", "8/9/2025",
// "21/04/16", "13.5.2015", "2019-sep-1", "4/22", "2016-11", "3/2015".
func (c *ctx) numeric(p int) (int, val, bool) {
	a := c.at(p)
	if a.kind != tNum || a.ord || a.dec || (c.glued(p) && (c.at(p-1).kind == tNum || c.isPunct(p-1, '/') || c.isPunct(p-1, '.') || c.isPunct(p-1, '-') || c.isPunct(p-1, '$'))) {
		return 0, val{}, false
	}
	sep1 := c.at(p + 1)
	if sep1.kind != tPunct || (sep1.n != '/' && sep1.n != '-' && sep1.n != '.') {
		return 0, val{}, false
	}
	b := c.at(p + 2)
	tight := c.glued(p+1) && c.glued(p+2)
	// Three parts.
	if tight && (b.kind == tNum || b.w.cls == clMonth) {
		sep2 := c.at(p + 3)
		y := c.at(p + 4)
		if (sep2.n == sep1.n || sep2.n == ',' && sep1.n == '/') && sep2.kind == tPunct && c.glued(p+3) && c.glued(p+4) && y.kind == tNum && !y.ord {
			if c.glued(p+5) && (c.at(p+5).kind == tNum || c.isPunct(p+5, byte(sep1.n)) && c.at(p+6).kind == tNum) {
				return 0, val{}, false
			}
			mb := b.n
			if b.kind == tWord {
				mb = b.w.val
			}
			var v val
			switch {
			case a.nd == 4 && y.nd <= 2:
				v = val{y: a.n, m: mb, d: y.n}
			case a.nd <= 2 && b.kind == tNum && b.nd <= 2 && (y.nd == 4 || y.nd == 2):
				yr := y.n
				if y.nd == 2 {
					yr += 1900
					if y.n < 50 {
						yr += 100
					}
				}
				m, d := a.n, b.n
				if c.dayFirst || sep1.n == '.' || m > 12 {
					m, d = d, m
				}
				if m > 12 {
					m, d = d, m
				}
				v = val{y: yr, m: m, d: d}
			default:
				return 0, val{}, false
			}
			v.grain = GrainDay
			if !validDay(v.y, v.m, v.d) {
				return 0, val{}, false
			}
			return p + 5, v, true
		}
	}
	if b.kind != tNum || b.ord || b.dec || sep1.n == '.' && !tight {
		return 0, val{}, false
	}
	if c.glued(p+3) && (c.isPunct(p+3, byte(sep1.n)) || c.isPunct(p+3, '.') && c.at(p+4).kind == tNum) {
		return 0, val{}, false
	}
	switch {
	case a.nd == 4 && b.nd <= 2 && b.n >= 1 && b.n <= 12 && sep1.n != '.':
		if c.seasonWord(p + 3) {
			return 0, val{}, false
		}
		return p + 3, val{y: a.n, m: b.n, grain: GrainMonth}, true
	case a.nd <= 2 && a.n >= 1 && a.n <= 12 && b.nd == 4 && sep1.n != '.':
		if _, ok := c.yearNum(p + 2); !ok {
			return 0, val{}, false
		}
		return p + 3, val{y: b.n, m: a.n, grain: GrainMonth}, true
	case a.nd <= 2 && b.nd <= 2 && tight:
		// "on 4-22" and "in 4.22" are dates only when nothing follows.
		prepOK := c.isKw(p-1, kwOn) || c.isKw(p-1, kwIn)
		if sep1.n != '/' && (!prepOK || c.at(p+3).kind == tWord || c.at(p+3).kind == tNum) {
			return 0, val{}, false
		}
		if c.isPunct(p-1, '(') || c.isPunct(p+3, ')') || fraction(a.n, b.n) && !c.inSet(p-1, yearCues) && !prepOK {
			return 0, val{}, false // "(14/7)" in a poll, "1/2 cup"
		}
		m, d := a.n, b.n
		if c.dayFirst || m > 12 {
			// Read day first only when the month is written with two
			// digits ("22/04"), not in "24/7".
			if !c.dayFirst && b.nd != 2 {
				return 0, val{}, false
			}
			m, d = d, m
		}
		if m < 1 || m > 12 || d < 1 || d > 31 || !validDay(2000, m, d) {
			return 0, val{}, false
		}
		return p + 3, val{m: m, d: d, grain: GrainDay}, true
	}
	return 0, val{}, false
}

// fraction reports a common fraction ("1/2", "3/4") that a numeric date
// without a year could be mistaken for.
func fraction(a, b int) bool {
	return a < b && (b == 2 || b == 3 || b == 4 || b == 8 || b == 16)
}

var seasonWords = map[string]bool{"season": true, "seasons": true, "school": true, "academic": true,
	"fiscal": true, "term": true, "session": true, "campaign": true}

// seasonWord reports a word after "2011-12" that makes it a span of years.
func (c *ctx) seasonWord(p int) bool {
	return c.inSet(p, seasonWords)
}

// timeOfDay reads "6:15 p.m. CDT", "7 p.m. ET", "1420 GMT", "noon".
func (c *ctx) timeOfDay(p int) (int, val, bool) {
	t := c.at(p)
	v := val{hasTime: true, grain: GrainMinute}
	e := p + 1
	switch {
	case c.isKw(p, kwNoon):
		v.hour, v.grain = 12, GrainHour
	case c.isKw(p, kwMidnight):
		v.grain = GrainHour
	case t.kind != tNum || t.ord || t.dec || c.glued(p) && c.at(p-1).kind == tPunct && c.at(p-1).n != '(':
		return 0, v, false
	case t.nd <= 2 && c.isPunct(p+1, ':') && c.glued(p+1) && c.glued(p+2) && c.at(p+2).kind == tNum && c.at(p+2).nd == 2:
		v.hour, v.minute = t.n, c.at(p+2).n
		e = p + 3
		if c.isPunct(e, ':') && c.glued(e) && c.at(e+1).kind == tNum && c.at(e+1).nd == 2 {
			e += 2
		}
		if v.hour > 24 || v.minute > 59 {
			return 0, v, false
		}
	case t.nd <= 2 && t.n >= 1 && t.n <= 12 && (c.isKw(e, kwAm) || c.isKw(e, kwPm)):
		v.hour, v.grain = t.n, GrainHour
	case t.nd == 4 && t.n%100 < 60 && t.n/100 < 24 && c.isCls(e, clZone) && c.at(e).cap:
		v.hour, v.minute = t.n/100, t.n%100
	default:
		return 0, v, false
	}
	meridian := false
	if c.isKw(e, kwAm) || c.isKw(e, kwPm) {
		if v.hour > 12 || v.hour == 0 {
			return 0, v, false
		}
		if c.isKw(e, kwPm) && v.hour < 12 {
			v.hour += 12
		} else if c.isKw(e, kwAm) && v.hour == 12 {
			v.hour = 0
		}
		meridian = true
		e++
	}
	z := e
	if c.isPunct(z, '(') {
		z++
	}
	if zt := c.at(z); zt.kind == tWord && zt.w.cls == clZone && zt.cap {
		v.hasZone, v.zone = true, zt.w.val
		e = z + 1
		if z > e-1 && c.isPunct(e, ')') {
			e++
		}
		if c.isPunct(z+1, ')') && z > p && c.isPunct(z-1, '(') {
			e = z + 2
		}
	}
	if !meridian && !v.hasZone && !c.isKw(p-1, kwAt) && t.kind == tNum {
		return 0, v, false
	}
	return e, v, true
}

// yearCues are the words before a bare number that make it a year.
var yearCues = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true, "by": true, "during": true,
	"before": true, "after": true, "between": true, "through": true, "of": true, "early": true, "late": true,
	"mid": true, "around": true, "circa": true, "year": true, "spring": true, "summer": true, "fall": true,
	"autumn": true, "winter": true, "throughout": true, "c": true, "ca": true,
}

// eventNouns follow a year in "the 2019 election".
var eventNouns = map[string]bool{
	"election": true, "elections": true, "season": true, "campaign": true, "attack": true, "attacks": true,
	"shooting": true, "shootings": true, "war": true, "census": true, "law": true, "act": true, "budget": true,
	"race": true, "championship": true, "olympics": true, "games": true, "survey": true, "report": true,
	"film": true, "movie": true, "book": true, "study": true, "crisis": true, "earthquake": true, "fire": true,
	"hurricane": true, "riots": true, "protests": true, "incident": true, "murder": true, "killing": true,
	"trial": true, "case": true, "midterms": true, "midterm": true, "primary": true, "vote": true,
	"referendum": true, "tournament": true, "cup": true, "final": true, "draft": true, "model": true,
	"edition": true, "storm": true, "pandemic": true, "outbreak": true, "deal": true, "agreement": true,
	"accord": true, "treaty": true, "plan": true, "ruling": true, "decision": true, "policy": true,
	"presidential": true, "general": true, "local": true, "federal": true, "state": true, "fiscal": true,
	"financial": true, "world": true, "annual": true, "invasion": true, "coup": true, "massacre": true,
	"bombing": true, "bombings": true, "flood": true, "floods": true, "recession": true, "uprising": true,
	"revolution": true, "summit": true, "conference": true, "meeting": true, "visit": true, "film's": true,
}

// year reads a bare year that its context marks as one: "in 2019",
// "since 2019", "the 2019 election", "2014-2018"; partial accepts any
// year, as the first date of a range.
func (c *ctx) year(p int, partial bool) (int, val, bool) {
	y, ok := c.yearNum(p)
	if !ok {
		y, e, ok := c.spelledYear(p)
		if !ok || c.at(e).kind == tWord && c.at(e).w.cls != clKw || !partial && !c.inSet(p-1, yearCues) {
			return 0, val{}, false
		}
		return e, val{y: y, grain: GrainYear}, true
	}
	v := val{y: y, grain: GrainYear}
	q := p + 1
	if c.isPunct(q, ',') {
		q++
	}
	if m, e, ok := c.monthWord(q); ok && (c.at(q).cap || !c.at(q).w.needCap) && (c.at(e).kind != tNum || c.at(e).nd > 2) {
		return e, val{y: y, m: m, grain: GrainMonth}, true
	}
	if e, hv, ok := c.half(p + 1); ok && hv.y == 0 {
		hv.y = y
		return e, hv, true
	}
	if e, qv, ok := c.quarter(p + 1); ok && qv.y == 0 && !qv.rel {
		qv.y = y
		return e, qv, true
	}
	if partial || c.isPunct(p+1, '-') && c.glued(p+1) && c.glued(p+2) && c.at(p+2).nd == 4 {
		return p + 1, v, true
	}
	if c.inSet(p-1, yearCues) || c.isPunct(p-1, '-') && c.glued(p) && c.isKw(p-2, kwMid) ||
		c.isPunct(p-1, '(') && c.isPunct(p+1, ')') {
		return p + 1, v, true
	}
	if _, ok := c.yearNum(p - 2); ok && (c.isKw(p-1, kwAnd) || c.is(p-1, "or") || c.isKw(p-1, kwTo)) {
		return p + 1, v, true
	}
	if c.isKw(p-1, kwThe) || c.isKw(p-1, kwA) {
		next := c.at(p + 1)
		if next.kind == tWord && (next.cap || c.inSet(p+1, eventNouns)) {
			return p + 1, v, true
		}
	}
	return 0, val{}, false
}

// decade reads "the 1990s", "the '40s", "70's", "the seventies".
func (c *ctx) decade(p int) (int, val, bool) {
	q := p
	the := c.isKw(q, kwThe)
	if the {
		q++
	}
	part := 0
	if c.isKw(q, kwEarly) || c.isKw(q, kwMid) || c.isKw(q, kwLate) {
		part = c.at(q).w.val
		q++
		if c.isPunct(q, '-') {
			q++
		}
	}
	apos := c.isPunct(q, '\'')
	if apos {
		q++
	}
	if the {
		// "the nineteen seventies", "the twenty-tens", "the two thousands"
		if c.is(q, "two") && c.is(q+1, "thousands") {
			return q + 2, val{y: 2000, grain: GrainDecade}, true
		}
		n, e, ok := c.spelledNumber(q)
		if c.isPunct(e, '-') && c.glued(e) || c.isKw(e, kwAnd) {
			e++
		}
		if ok && (n == 19 || n == 20 || n == 2000) && c.isCls(e, clDecade) {
			y := n*100 + c.at(e).w.val
			if n == 2000 {
				y = n + c.at(e).w.val
			}
			return e + 1, val{y: y, grain: GrainDecade}, true
		}
	}
	t := c.at(q)
	if t.kind == tWord && t.w.cls == clDecade && the && t.w.val != 10 {
		y := 1900 + t.w.val
		if t.w.val == 0 {
			y = 2000
		}
		return q + 1, val{y: y, grain: GrainDecade}, true
	}
	if t.kind != tNum || !t.dec {
		return 0, val{}, false
	}
	y := 0
	switch {
	case t.nd == 4 && t.n >= 1000:
		y = t.n
	case t.nd == 2 && (the || apos || c.isKw(p-1, kwIn)):
		y = 1900 + t.n
		if t.n == 0 || c.hasRef && 2000+t.n+10 <= c.refDay.Year() {
			y = 2000 + t.n
		}
	default:
		return 0, val{}, false
	}
	if part == 0 {
		return q + 1, val{y: y, grain: GrainDecade}, true
	}
	r := decadeParts[part]
	v := fixed(day(y+r[0], 1, 1), day(y+r[1], 1, 1), GrainYear)
	v.rel = false
	return q + 1, v, true
}

// decadeParts are the years of a decade that "early", "mid" and "late"
// name: "the early 1990s" is 1990 to 1993, "the mid-1990s" 1994 to 1996,
// "the late 1990s" 1997 to 1999.
var decadeParts = map[int][2]int{kwEarly: {0, 4}, kwMid: {4, 7}, kwLate: {7, 10}}

// century reads "the 21st century", "15th century".
func (c *ctx) century(p int) (int, val, bool) {
	n, q, ord := 0, 0, false
	if t := c.at(p); t.kind == tNum {
		n, q, ord = t.n, p+1, t.ord
	} else {
		var ok bool
		if n, q, ord, ok = c.spelled(p); !ok {
			return 0, val{}, false
		}
	}
	if !ord || n < 1 || n > 30 || !c.isCls(q, clUnit) || c.at(q).w.val != uCentury ||
		c.at(q).cap && c.at(q+1).kind == tWord && c.at(q+1).cap { // "20th Century Fox"
		return 0, val{}, false
	}
	return q + 1, val{y: (n - 1) * 100, grain: GrainCentury}, true
}

var seasonCues = map[string]bool{"in": true, "during": true, "over": true, "since": true, "until": true,
	"by": true, "through": true, "throughout": true}

// season reads "last summer", "spring 2024", "the summer of 2016",
// "in the fall".
func (c *ctx) season(p int) (int, val, bool) {
	q := p
	mod := 0
	if t := c.at(q); t.kind == tWord && t.w.cls == clKw {
		switch t.w.val {
		case kwThis, kwLast, kwNext, kwThe, kwEarly, kwLate, kwMid, kwPast, kwComing:
			mod = t.w.val
			q++
		default:
			return 0, val{}, false
		}
	}
	if c.isPunct(q, '-') && mod == kwMid {
		q++
	}
	t := c.at(q)
	if t.kind != tWord || t.w.cls != clSeason {
		return 0, val{}, false
	}
	s := t.w.val
	e := q + 1
	r := e
	if c.isKw(r, kwOf) {
		r++
	}
	if y, ye, ok := c.yearAt(r); ok {
		return ye, c.seasonPart(mod, val{y: y, season: s, grain: GrainSeason}), true
	}
	switch mod {
	case 0, kwThe:
		cue := c.inSet(p-1, seasonCues)
		// "summer" and "winter" name only seasons; "spring" and "fall" need a cue.
		plain := (s == sSummer || s == sWinter) && (c.at(e).kind != tWord || c.at(e).w.cls == clKw)
		if s == sFall && mod == 0 || !cue && !plain {
			return 0, val{}, false
		}
		return e, val{season: s, grain: GrainSeason}, true
	case kwThis, kwLast, kwNext, kwPast, kwComing:
		y := c.refDay.Year()
		cur := c.pickYear(func(y int) time.Time { return seasonStart(y, s) }, GrainSeason, false)
		switch mod {
		case kwThis:
			if s != sWinter || c.refDay.Month() > 2 {
				cur = y
			}
		case kwLast, kwPast:
			if !add(seasonStart(cur, s), GrainSeason, 1).After(c.refDay) {
				break
			}
			cur--
		default:
			cur++
		}
		from := seasonStart(cur, s)
		return e, fixed(from, add(from, GrainSeason, 1), GrainSeason), true
	}
	return e, c.seasonPart(mod, val{season: s, grain: GrainSeason}), mod != kwEarly && mod != kwLate && mod != kwMid || c.hasRef
}

// seasonPart narrows a season to its first, middle or last month.
func (c *ctx) seasonPart(mod int, v val) val {
	if mod != kwEarly && mod != kwLate && mod != kwMid {
		return v
	}
	if !c.place(&v) {
		v.rel = true
		return v
	}
	k := map[int]int{kwEarly: 0, kwMid: 1, kwLate: 2}[mod]
	from := v.from.AddDate(0, k, 0)
	r := fixed(from, from.AddDate(0, 1, 0), GrainMonth)
	r.rel = v.rel
	return r
}

// quarter reads "Q3 2016", "2016 Q3", "the third quarter of 2016",
// "Q3 this year".
func (c *ctx) quarter(p int) (int, val, bool) {
	q, n := p, 0
	the := c.isKw(q, kwThe)
	if the {
		q++
	}
	t := c.at(q)
	switch {
	case t.kind == tWord && c.s[t.s:t.e] == "Q" && c.glued(q+1) && c.at(q+1).kind == tNum && c.at(q+1).nd == 1:
		n = c.at(q + 1).n
		q += 2
	case t.kind == tWord && t.w.cls == clOrd && c.isCls(q+1, clUnit) && c.at(q+1).w.val == uQuarter:
		n = t.w.val
		q += 2
		if c.isKw(q, kwOf) || c.isKw(q, kwIn) {
			q++
		}
		if _, _, ok := c.yearAt(q); !ok && !c.isKw(q, kwThis) && !c.isKw(q, kwLast) && !c.isKw(q, kwNext) {
			return 0, val{}, false
		}
	default:
		return 0, val{}, false
	}
	if n < 1 || n > 4 {
		return 0, val{}, false
	}
	v := val{m: 3*n - 2, grain: GrainQuarter}
	if y, ye, ok := c.yearAt(q); ok {
		v.y = y
		return ye, v, true
	}
	if (c.isKw(q, kwThis) || c.isKw(q, kwLast) || c.isKw(q, kwNext)) && c.isCls(q+1, clUnit) && c.at(q+1).w.val == uYear {
		v.y = c.refDay.Year() + map[int]int{kwThis: 0, kwLast: -1, kwNext: 1}[c.at(q).w.val]
		v.rel = true
		return q + 2, v, true
	}
	return q, v, true
}

// monthAlone reads a month without a day: "in February", "this September",
// "last sept", "June next year", "early March".
func (c *ctx) monthAlone(p int) (int, val, bool) {
	q := p
	mod := 0
	if t := c.at(q); t.kind == tWord && t.w.cls == clKw {
		switch t.w.val {
		case kwThis, kwLast, kwNext, kwEarly, kwLate, kwMid, kwComing, kwPast:
			mod = t.w.val
			q++
		default:
			return 0, val{}, false
		}
		if mod == kwMid && c.isPunct(q, '-') {
			q++
		}
	}
	m, e, ok := c.monthWord(q)
	if !ok || mod != 0 && c.at(e).kind == tNum && c.at(e).nd <= 2 { // "this Dec. 2, 2019" is read from "Dec."
		return 0, val{}, false
	}
	// "in August and September 2016": the year of the month that follows
	if c.isKw(e, kwAnd) || c.is(e, "or") || c.isPunct(e, '-') || c.isKw(e, kwTo) || c.isKw(e, kwThrough) {
		if _, e2, ok := c.monthWord(e + 1); ok {
			if y, ok := c.yearNum(e2); ok && mod == 0 {
				return e, val{y: y, m: m, grain: GrainMonth}, true
			}
		}
	}
	t := c.at(q)
	if mod == 0 {
		cue := c.inSet(p-1, yearCues) || c.isKw(p-1, kwOn) || c.isKw(p-1, kwFor)
		yearAfter := (c.isKw(e, kwNext) || c.isKw(e, kwLast) || c.isKw(e, kwThis)) && c.isCls(e+1, clUnit) && c.at(e+1).w.val == uYear
		if !yearAfter && (!t.cap || (t.w.needCap || t.w.abbr) && !cue) {
			return 0, val{}, false
		}
		if !cue && c.at(e).kind == tWord && c.at(e).cap {
			return 0, val{}, false
		}
		if c.at(e).kind == tNum && !c.at(e).ord && c.at(e).nd <= 2 {
			return 0, val{}, false
		}
	}
	if (c.isKw(e, kwNext) || c.isKw(e, kwLast) || c.isKw(e, kwThis)) && c.isCls(e+1, clUnit) && c.at(e+1).w.val == uYear {
		y := c.refDay.Year() + map[int]int{kwThis: 0, kwLast: -1, kwNext: 1}[c.at(e).w.val]
		return e + 2, c.monthPart(mod, val{y: y, m: m, grain: GrainMonth, rel: true}), true
	}
	ry, rm := c.refDay.Year(), int(c.refDay.Month())
	switch mod {
	case kwThis:
		return e, val{y: ry, m: m, grain: GrainMonth, rel: true}, true
	case kwLast, kwPast:
		if m >= rm {
			ry--
		}
		return e, val{y: ry, m: m, grain: GrainMonth, rel: true}, true
	case kwNext, kwComing:
		if m <= rm {
			ry++
		}
		return e, val{y: ry, m: m, grain: GrainMonth, rel: true}, true
	}
	return e, c.monthPart(mod, val{m: m, grain: GrainMonth}), true
}

// monthPart narrows a month to its first or second half, or its middle.
func (c *ctx) monthPart(mod int, v val) val {
	if mod != kwEarly && mod != kwLate && mod != kwMid {
		return v
	}
	if !c.place(&v) {
		v.rel = true
		return v
	}
	from, to := v.from, v.from.AddDate(0, 0, 15)
	switch mod {
	case kwLate:
		from, to = to, v.to
	case kwMid:
		from, to = v.from.AddDate(0, 0, 9), v.from.AddDate(0, 0, 20)
	}
	r := fixed(from, to, GrainDay)
	r.rel = v.rel
	return r
}

// half reads "H1 2016", "H2": a half year.
func (c *ctx) half(p int) (int, val, bool) {
	t := c.at(p)
	if t.kind != tWord || c.s[t.s:t.e] != "H" || !c.glued(p+1) || c.at(p+1).kind != tNum || c.at(p+1).n < 1 || c.at(p+1).n > 2 || c.at(p+1).nd != 1 {
		return 0, val{}, false
	}
	v := val{m: 6*c.at(p+1).n - 5, grain: GrainHalf}
	if y, e, ok := c.yearAt(p + 2); ok {
		v.y = y
		return e, v, true
	}
	// A bare "H2" is a date only after its year ("2016 H2").
	_, prevYear := c.yearNum(p - 1)
	return p + 2, v, prevYear
}
