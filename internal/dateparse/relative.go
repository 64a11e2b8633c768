package dateparse

import "time"

// unitGrain is the grain of a unit word.
func unitGrain(u int) Grain {
	switch u {
	case uWeek, uWeekend, uFortnight:
		return GrainWeek
	case uMonth:
		return GrainMonth
	case uQuarter:
		return GrainQuarter
	case uYear:
		return GrainYear
	case uDecade:
		return GrainDecade
	case uCentury:
		return GrainCentury
	}
	return GrainDay
}

// period is the calendar period of a unit that contains t: its week
// (Monday first), weekend, month, year or decade.
func period(t time.Time, u int) (time.Time, time.Time) {
	switch u {
	case uWeek:
		ws := weekStart(t)
		return ws, ws.AddDate(0, 0, 7)
	case uWeekend:
		ws := weekStart(t)
		return ws.AddDate(0, 0, 5), ws.AddDate(0, 0, 7)
	case uMonth:
		m := day(t.Year(), int(t.Month()), 1)
		return m, m.AddDate(0, 1, 0)
	case uYear:
		y := day(t.Year(), 1, 1)
		return y, y.AddDate(1, 0, 0)
	case uDecade:
		y := day(t.Year()/10*10, 1, 1)
		return y, y.AddDate(10, 0, 0)
	}
	return t, t.AddDate(0, 0, 1)
}

// shift moves a calendar period by n of its units.
func shift(from, to time.Time, u, n int) (time.Time, time.Time) {
	switch u {
	case uWeek, uWeekend:
		return from.AddDate(0, 0, 7*n), to.AddDate(0, 0, 7*n)
	case uMonth:
		return from.AddDate(0, n, 0), to.AddDate(0, n, 0)
	case uYear:
		return from.AddDate(n, 0, 0), to.AddDate(n, 0, 0)
	case uDecade:
		return from.AddDate(10*n, 0, 0), to.AddDate(10*n, 0, 0)
	}
	return from.AddDate(0, 0, n), to.AddDate(0, 0, n)
}

// amount reads a count of units: "two", "3", "a", "a few", "few",
// "a couple of", "twenty-one".
func (c *ctx) amount(p int) (n, end int, ok bool) {
	t := c.at(p)
	switch {
	case t.kind == tNum && !t.ord && !t.dec && t.n > 0 && t.n < 1000 && !c.partOfNumber(p):
		return t.n, p + 1, true
	case c.isKw(p, kwA) && c.isKw(p+1, kwFew), c.isKw(p, kwFew):
		return 3, p + 1 + b2i(c.isKw(p, kwA)), true
	case c.isKw(p, kwA) && c.isKw(p+1, kwCouple):
		if c.isKw(p+2, kwOf) {
			return 2, p + 3, true
		}
		return 2, p + 2, true
	case c.isKw(p, kwA):
		return 1, p + 1, true
	case t.kind == tWord && t.w.cls == clCard:
		n, e, ord, ok := c.spelled(p)
		return n, e, ok && !ord && n > 0
	}
	return 0, 0, false
}

// b2i counts a token that is there.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unitAt reads a unit word of an amount ("days", "weeks").
func (c *ctx) unitAt(p int) (int, bool) {
	t := c.at(p)
	if t.kind != tWord || t.w.cls != clUnit {
		return 0, false
	}
	switch t.w.val {
	case uDay, uWeek, uFortnight, uMonth, uYear, uDecade:
		return t.w.val, true
	}
	return 0, false
}

// offset moves a day by n units.
func offset(t time.Time, u, n int) time.Time {
	switch u {
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}

// dayWord is the day named by "today", "tonight", "tomorrow", "yesterday".
func (c *ctx) dayWord(p int) (time.Time, bool) {
	switch {
	case c.isKw(p, kwToday), c.isKw(p, kwTonight), c.isKw(p, kwNow):
		return c.refDay, true
	case c.isKw(p, kwTomorrow):
		return c.refDay.AddDate(0, 0, 1), true
	case c.isKw(p, kwYesterday):
		return c.refDay.AddDate(0, 0, -1), true
	}
	return time.Time{}, false
}

// dayVal is the day t, read against the publication date.
func (c *ctx) dayVal(t time.Time) val { return fixed(t, t.AddDate(0, 0, 1), GrainDay) }

// partOfDay skips "morning", "afternoon", "evening" or "night" after a day.
func (c *ctx) partOfDay(p int) int {
	if t := c.at(p); t.kind == tWord && t.w.cls == clUnit && t.w.val >= uNight {
		return p + 1
	}
	return p
}

// relative reads dates counted from the publication date: "yesterday",
// "last night", "last week", "earlier this year", "two days ago",
// "next 3 days", "the day before", "the week after next".
func (c *ctx) relative(p int) (int, val, bool) {
	if c.at(p).kind == tNum {
		return c.agoOrLater(p) // "two days ago", "3 weeks from tomorrow"
	}
	if t, ok := c.dayWord(p); ok && !c.isKw(p, kwNow) {
		return c.partOfDay(p + 1), c.dayVal(t), true
	}
	the := c.isKw(p, kwThe)
	q := p + b2i(the)
	// "last night", "this morning"
	if c.isCls(q+1, clUnit) && c.at(q+1).w.val >= uNight && !the {
		switch {
		case c.isKw(q, kwLast) && c.at(q+1).w.val == uNight:
			return q + 2, c.dayVal(c.refDay.AddDate(0, 0, -1)), true
		case c.isKw(q, kwThis):
			return q + 2, c.dayVal(c.refDay), true
		}
	}
	// "the day before yesterday", "the day before", "the next day"
	if e, v, ok := c.nextDay(p); ok {
		return e, v, true
	}
	if e, v, ok := c.countedPeriod(p); ok {
		return e, v, true
	}
	best, bv := 0, val{}
	try := func(e int, v val, ok bool) {
		if ok && e > best {
			best, bv = e, v
		}
	}
	t := c.at(p)
	kw := 0
	if t.kind == tWord && t.w.cls == clKw {
		kw = t.w.val
	}
	if t.w.cls == clCard || kw == kwA || kw == kwFew || kw == kwIn || kw == kwFor || t.w.cls == clNone {
		try(c.agoOrLater(p))
	}
	if kw != 0 || t.w.cls == clUnit {
		try(c.namedPeriod(p))
		try(c.partOfPeriod(p))
		try(c.restOf(p))
	}
	if kw == kwThe || kw == kwLast || t.w.cls == clOrd {
		try(c.nthWeek(p))
	}
	if kw == kwThe || t.w.cls == clUnit || t.w.cls == clNone {
		try(c.weekOf(p))
	}
	return best, bv, best > 0
}

// nextDay reads days counted from the date last written (or the
// publication date): "the next day", "the day before", "the following
// day", and from today: "the day after tomorrow".
func (c *ctx) nextDay(p int) (int, val, bool) {
	q := p + b2i(c.isKw(p, kwThe))
	switch {
	case c.isCls(q, clUnit) && c.at(q).w.val == uDay && (c.isKw(q+1, kwBefore) || c.isKw(q+1, kwAfter)) && q > p:
		n := 1
		if c.isKw(q+1, kwBefore) {
			n = -1
		}
		if t, ok := c.dayWord(q + 2); ok {
			return q + 3, c.dayVal(t.AddDate(0, 0, n)), true
		}
		return q + 2, c.dayVal(c.anchor.AddDate(0, 0, n)), true
	case (c.isKw(q, kwNext) || c.is(q, "following") || c.isKw(q, kwPrevious)) && c.isCls(q+1, clUnit) && c.at(q+1).w.val == uDay:
		n := 1
		if c.isKw(q, kwPrevious) {
			n = -1
		}
		return q + 2, c.dayVal(c.anchor.AddDate(0, 0, n)), true
	}
	return 0, val{}, false
}

// countedPeriod reads spans of a number of units: "the past 3 weeks",
// "next 3 days", "within 5 days", "within the next 3 years".
func (c *ctx) countedPeriod(p int) (int, val, bool) {
	q := p
	within := c.isKw(q, kwWithin)
	if within {
		q++
	}
	if c.isKw(q, kwThe) {
		q++
	}
	dir := 0
	switch {
	case c.isKw(q, kwLast), c.isKw(q, kwPast), c.isKw(q, kwPrevious):
		dir = -1
	case c.isKw(q, kwNext), c.isKw(q, kwComing):
		dir = 1
	}
	if dir != 0 {
		q++
	} else if !within {
		return 0, val{}, false
	}
	if within {
		// "within 5 years 1 month 12 days", "within 2 weeks from today"
		parts, k, e := c.duration(q)
		if k == 0 {
			return 0, val{}, false
		}
		if c.isKw(e, kwFrom) && c.isKw(e+1, kwToday) {
			e += 2
		}
		return e, fixed(c.refDay, parts.apply(c.refDay, k, 1), unitGrain(parts[k-1].u)), true
	}
	n, r, ok := c.amount(q)
	if !ok || c.isKw(q, kwA) && !c.isKw(q+1, kwFew) && !c.isKw(q+1, kwCouple) {
		return 0, val{}, false
	}
	u, ok := c.unitAt(r)
	if !ok {
		return 0, val{}, false
	}
	g := unitGrain(u)
	if u == uDecade {
		from, _ := period(c.refDay, uDecade)
		if dir < 0 {
			return r + 1, fixed(from.AddDate(-10*n, 0, 0), from, g), true
		}
		return r + 1, fixed(from.AddDate(10, 0, 0), from.AddDate(10+10*n, 0, 0), g), true
	}
	if dir < 0 {
		return r + 1, fixed(offset(c.refDay, u, -n), c.refDay, g), true
	}
	start := c.refDay.AddDate(0, 0, 1)
	return r + 1, fixed(start, offset(start, u, n), g), true
}

// durationParts are the amounts of a duration: "2 years 1 month 21 days".
type durationParts [4]struct{ n, u int }

func (d *durationParts) apply(t time.Time, k, sign int) time.Time {
	for _, pt := range d[:k] {
		t = offset(t, pt.u, sign*pt.n)
	}
	return t
}

// duration reads amounts of units at q: "two days", "1 month and 21 days".
func (c *ctx) duration(q int) (durationParts, int, int) {
	var parts durationParts
	k := 0
	for k < len(parts) {
		n, r, ok := c.amount(q)
		if !ok {
			break
		}
		u, ok := c.unitAt(r)
		if !ok {
			break
		}
		parts[k].n, parts[k].u = n, u
		k++
		q = r + 1
		if c.isKw(q, kwAnd) || c.isPunct(q, ',') {
			if _, r2, ok := c.amount(q + 1); ok {
				if _, ok := c.unitAt(r2); ok {
					q++
				}
			}
		}
	}
	return parts, k, q
}

// agoOrLater reads "two days ago", "1 month 21 days ago", "three weeks
// from tomorrow", "in 3 weeks", "two days later".
func (c *ctx) agoOrLater(p int) (int, val, bool) {
	in := c.isKw(p, kwIn)
	forSpan := c.isKw(p, kwFor)
	q := p + b2i(in || forSpan)
	lessThan := c.is(p, "less") && c.is(p+1, "than")
	if lessThan {
		q += 2
	}
	parts, k, q := c.duration(q)
	if k == 0 {
		return 0, val{}, false
	}
	apply := func(t time.Time, sign int) time.Time { return parts.apply(t, k, sign) }
	// "a week starting tomorrow", "for 3 days, from today"
	r := q
	if forSpan && c.isPunct(r, ',') {
		r++
	}
	starting := c.is(r, "starting")
	if starting {
		r++
	}
	if k == 1 && (starting && !forSpan || forSpan && !starting && c.isKw(r, kwFrom)) {
		if c.isKw(r, kwFrom) {
			r++
		}
		if e, d, ok := c.dayOnly(r); ok {
			if !c.place(&d) {
				if d.rel {
					return e, val{rel: true, fixed: true, grain: GrainDay}, true
				}
				return 0, val{}, false
			}
			v := fixed(d.from, offset(d.from, parts[0].u, parts[0].n), GrainDay)
			v.rel = d.rel
			return e, v, true
		}
	}
	if forSpan {
		return 0, val{}, false
	}
	if lessThan {
		// "less than 2 weeks from today": the span up to that day
		t, ok := c.dayWord(q + 1)
		if !ok || !c.isKw(q, kwFrom) && !c.isKw(q, kwAfter) {
			return 0, val{}, false
		}
		return q + 2, fixed(t, apply(t, 1), GrainDay), true
	}
	switch {
	case in:
		if k > 1 || !c.isFuture() {
			return 0, val{}, false
		}
		return q, c.dayVal(apply(c.refDay, 1)), true
	case c.isKw(q, kwAgo):
		return q + 1, c.dayVal(apply(c.refDay, -1)), true
	case c.isKw(q, kwHence) || c.isKw(q, kwIn) && c.isKw(q+1, kwThe) && c.is(q+2, "future"):
		// "2 days hence": the span of days to come
		start := c.refDay.AddDate(0, 0, 1)
		e := q + 1
		if !c.isKw(q, kwHence) {
			e = q + 3
		}
		return e, fixed(start, apply(start, 1), unitGrain(parts[k-1].u)), true
	case c.isKw(q, kwFrom) && c.isKw(q+1, kwNow):
		return q + 2, c.dayVal(apply(c.refDay, 1)), true
	case c.isKw(q, kwLater):
		return q + 1, c.dayVal(apply(c.anchor, 1)), true
	case c.isKw(q, kwFrom), c.isKw(q, kwAfter), c.isKw(q, kwBefore):
		t, ok := c.dayWord(q + 1)
		if !ok {
			return 0, val{}, false
		}
		sign := 1
		if c.isKw(q, kwBefore) {
			sign = -1
		}
		return q + 2, c.dayVal(apply(t, sign)), true
	}
	return 0, val{}, false
}

// namedPeriod reads "this week", "last month", "next year", "this
// weekend", "the coming week", "earlier this year", "later this month",
// "earlier in the week", "the week after next", "next week Friday".
func (c *ctx) namedPeriod(p int) (int, val, bool) {
	q := p
	if c.isKw(q, kwThe) && c.isCls(q+2, clUnit) && c.at(q+2).w.val == uDecade {
		// "the next decade" is read with its article, "the coming week" without.
		q++
	}
	edge := 0
	if c.isKw(q, kwEarlier) || c.isKw(q, kwLater) {
		edge = c.at(q).w.val
		q++
		if c.isKw(q, kwIn) && c.isKw(q+1, kwThe) {
			q++
			edge = -edge
		}
	}
	n := 0
	switch {
	case c.isKw(q, kwThis), c.isKw(q, kwCurrent), edge < 0 && c.isKw(q, kwThe):
	case c.isKw(q, kwLast), c.isKw(q, kwPrevious), c.isKw(q, kwPast):
		n = -1
	case c.isKw(q, kwNext), c.isKw(q, kwComing):
		n = 1
	case c.isKw(q, kwThe) && c.isCls(q+1, clUnit) && c.isKw(q+2, kwAfter):
		n = 2
	case c.isKw(q-1, kwOn) && c.isCls(q, clUnit) && c.at(q).w.val == uWeekend:
		// "on weekend": this weekend
		from, to := period(c.refDay, uWeekend)
		return q + 1, fixed(from, to, GrainWeek), true
	case c.isKw(q, kwThe) && c.isCls(q+1, clUnit) && c.at(q+1).w.val == uWeekend:
		// "over the weekend": the last one begun, or the next one for the future
		from, to := period(c.refDay, uWeekend)
		if c.isFuture() {
			if !to.After(c.refDay) {
				from, to = shift(from, to, uWeekend, 1)
			}
		} else if from.After(c.refDay) {
			from, to = shift(from, to, uWeekend, -1)
		}
		return q + 2, fixed(from, to, GrainWeek), true
	default:
		return 0, val{}, false
	}
	if edge != 0 && n != 0 {
		return 0, val{}, false
	}
	q++
	if c.isKw(p, kwThe) && n != 2 && c.at(q).w.val != uDecade {
		return 0, val{}, false
	}
	t := c.at(q)
	if t.kind != tWord || t.w.cls != clUnit || t.w.plural {
		return 0, val{}, false
	}
	u := t.w.val
	switch u {
	case uWeek, uWeekend, uMonth, uYear, uDecade:
	default:
		return 0, val{}, false
	}
	e := q + 1
	if n == 2 {
		// "the week after next", "the month after the next"
		r := e + 1
		if c.isKw(r, kwThe) {
			r++
		}
		if !c.isKw(r, kwNext) {
			return 0, val{}, false
		}
		e = r + 1
	}
	from, to := period(c.refDay, u)
	from, to = shift(from, to, u, n)
	g := unitGrain(u)
	switch edge {
	case kwEarlier, -kwEarlier:
		if !from.Before(c.refDay) {
			return 0, val{}, false
		}
		return e, fixed(from, c.refDay, GrainDay), true
	case kwLater, -kwLater:
		return e, fixed(c.refDay, to, GrainDay), true
	}
	if u == uWeek {
		// "next week Friday", "this week on Friday"
		r := e
		if c.isKw(r, kwOn) {
			r++
		}
		if c.weekdayOK(r) {
			d := from.AddDate(0, 0, (c.at(r).w.val+6)%7)
			return r + 1, c.dayVal(d), true
		}
	}
	return e, fixed(from, to, g), true
}

// partOfPeriod reads "early next year", "late last week", "the end of
// March", "beginning of next week", "mid next week", "end of 2000",
// "early 2019", "mid-2019".
func (c *ctx) partOfPeriod(p int) (int, val, bool) {
	q := p
	part := 0
	switch {
	case c.isKw(q, kwEarly), c.isKw(q, kwLate), c.isKw(q, kwMid):
		part = c.at(q).w.val
		q++
		if c.isPunct(q, '-') && part == kwMid {
			q++
		}
	case c.isKw(q, kwBeginning), c.isKw(q, kwEnd), c.isKw(q, kwMiddle):
		part = c.at(q).w.val
		q++
		if !c.isKw(q, kwOf) {
			return 0, val{}, false
		}
		q++
		if c.isKw(q, kwThe) && c.isCls(q+1, clUnit) {
			q++
		}
	default:
		return 0, val{}, false
	}
	var whole val
	e := 0
	u := 0
	switch {
	case c.isCls(q, clUnit) && c.at(q).w.val == uYear && c.isKw(q-1, kwThe):
		// "the end of the year"
		whole, e, u = val{y: c.refDay.Year(), grain: GrainYear, rel: true}, q+1, uYear
	case c.isKw(q, kwThis) || c.isKw(q, kwNext) || c.isKw(q, kwLast):
		ut := c.at(q + 1)
		if ut.kind != tWord || ut.w.cls != clUnit {
			return 0, val{}, false
		}
		u = ut.w.val
		if u != uWeek && u != uMonth && u != uYear {
			return 0, val{}, false
		}
		n := map[int]int{kwThis: 0, kwNext: 1, kwLast: -1}[c.at(q).w.val]
		from, to := period(c.refDay, u)
		from, to = shift(from, to, u, n)
		whole, e = fixed(from, to, unitGrain(u)), q+2
	default:
		if y, ye, ok := c.yearAt(q); ok {
			whole, e, u = val{y: y, grain: GrainYear}, ye, uYear
		} else if m, me, ok := c.monthWord(q); ok && (c.at(q).cap || !c.at(q).w.needCap) {
			if _, _, _, day := c.dayNum(me); day {
				return 0, val{}, false // "early June 22" is June 22
			}
			whole, e, u = val{m: m, grain: GrainMonth}, me, uMonth
			if y, ok := c.yearNum(me); ok {
				whole.y, e = y, me+1
			}
		} else {
			return 0, val{}, false
		}
	}
	if whole.rel && !c.hasRef {
		return e, whole, true
	}
	if !c.place(&whole) {
		if whole.rel {
			return e, whole, true
		}
		return 0, val{}, false
	}
	from, to := partOf(whole.from, whole.to, u, part)
	r := fixed(from, to, GrainDay)
	if u == uYear {
		r.grain = GrainMonth
	}
	r.rel = whole.rel
	return e, r, true
}

// partOf narrows a week, month or year: early and late are halves
// (Monday to Wednesday and Thursday to Sunday for weeks), beginning,
// middle and end are thirds of a year.
func partOf(from, to time.Time, u, part int) (time.Time, time.Time) {
	switch u {
	case uWeek:
		switch part {
		case kwEarly, kwBeginning:
			return from, from.AddDate(0, 0, 3)
		case kwMid, kwMiddle:
			return from.AddDate(0, 0, 1), from.AddDate(0, 0, 5)
		}
		return from.AddDate(0, 0, 3), to
	case uMonth:
		switch part {
		case kwEarly, kwBeginning:
			return from, from.AddDate(0, 0, 15)
		case kwMid, kwMiddle:
			return from.AddDate(0, 0, 9), from.AddDate(0, 0, 20)
		}
		return from.AddDate(0, 0, 15), to
	}
	switch part {
	case kwEarly:
		return from, from.AddDate(0, 6, 0)
	case kwLate:
		return from.AddDate(0, 6, 0), to
	case kwBeginning:
		return from, from.AddDate(0, 4, 0)
	case kwEnd:
		return from.AddDate(0, 8, 0), to
	}
	return from.AddDate(0, 4, 0), from.AddDate(0, 8, 0)
}

// weekday reads a weekday: "Friday", "last Sunday", "next Sunday", "this
// Friday", "Friday night", "Friday next week", "on Sunday of next week".
func (c *ctx) weekday(p int) (int, val, bool) {
	q := p
	on := c.isKw(q, kwOn)
	if on {
		q++
	}
	mod := 0
	if t := c.at(q); t.kind == tWord && t.w.cls == clKw {
		switch t.w.val {
		case kwThis, kwLast, kwNext, kwPast, kwComing:
			mod = t.w.val
			q++
		}
	}
	if !c.weekdayOK(q) {
		return 0, val{}, false
	}
	wd := c.at(q).w.val
	e := c.partOfDay(q + 1)
	// "Friday next week", "Sunday of next week"
	r := e
	if c.isKw(r, kwOf) {
		r++
	}
	if mod == 0 && (c.isKw(r, kwNext) || c.isKw(r, kwLast) || c.isKw(r, kwThis)) && c.isCls(r+1, clUnit) && c.at(r+1).w.val == uWeek {
		n := map[int]int{kwThis: 0, kwNext: 1, kwLast: -1}[c.at(r).w.val]
		d := weekStart(c.refDay).AddDate(0, 0, 7*n+(wd+6)%7)
		return r + 2, c.dayVal(d), true
	}
	if on {
		return 0, val{}, false
	}
	refWd := int(c.refDay.Weekday())
	var d time.Time
	switch mod {
	case kwThis:
		d = weekStart(c.refDay).AddDate(0, 0, (wd+6)%7)
	case kwNext, kwComing:
		d = weekStart(c.refDay).AddDate(0, 0, 7+(wd+6)%7)
	case kwLast, kwPast:
		back := (refWd - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		d = c.refDay.AddDate(0, 0, -back)
	default:
		if c.isFuture() {
			d = c.refDay.AddDate(0, 0, (wd-refWd+7)%7)
		} else {
			d = c.refDay.AddDate(0, 0, -((refWd - wd + 7) % 7))
		}
	}
	return e, c.dayVal(d), true
}

// ordWeekday reads "the first Friday of July", "second Sunday", "the
// third Wednesday of previous month".
func (c *ctx) ordWeekday(p int) (int, val, bool) {
	q := p + b2i(c.isKw(p, kwThe))
	t := c.at(q)
	if t.kind != tWord || t.w.cls != clOrd || t.w.val > 5 || !c.weekdayOK(q+1) || c.isKw(q-1, kwThe) && q == p {
		return 0, val{}, false
	}
	n, wd := t.w.val, c.at(q+1).w.val
	e := q + 2
	month := val{y: c.refDay.Year(), m: int(c.refDay.Month()), grain: GrainMonth, rel: true}
	if c.isKw(e, kwOf) || c.isKw(e, kwIn) {
		r := e + 1
		if m, me, ok := c.monthWord(r); ok {
			month = val{m: m, grain: GrainMonth}
			e = me
			if y, ok := c.yearNum(me); ok {
				month.y, e = y, me+1
			}
		} else if c.isCls(r+1, clUnit) && c.at(r+1).w.val == uMonth {
			k := map[int]int{kwThis: 0, kwNext: 1, kwLast: -1, kwPrevious: -1}
			d, ok := k[c.at(r).w.val]
			if !ok || c.at(r).w.cls != clKw {
				return 0, val{}, false
			}
			first := day(c.refDay.Year(), int(c.refDay.Month())+d, 1)
			month = val{y: first.Year(), m: int(first.Month()), grain: GrainMonth, rel: true}
			e = r + 2
		}
	}
	if month.rel && !c.hasRef {
		return e, val{rel: true, fixed: true, grain: GrainDay}, true
	}
	if !c.place(&month) {
		return 0, val{}, false
	}
	first := month.from
	d := first.AddDate(0, 0, (wd-int(first.Weekday())+7)%7+7*(n-1))
	if d.Month() != first.Month() {
		// "the fifth Sunday" of a month with four: no date at all.
		return e, val{fixed: true, from: d, to: d}, true
	}
	v := c.dayVal(d)
	v.rel = month.rel
	return e, v, true
}

// restOf reads "rest of the week", "rest of the month", "rest of the year":
// from the publication date to the end of the period, which it includes.
func (c *ctx) restOf(p int) (int, val, bool) {
	if !c.isKw(p, kwRest) {
		return 0, val{}, false
	}
	q := p + 1
	if c.isKw(q, kwOf) {
		q++
	}
	if c.isKw(q, kwThe) || c.isKw(q, kwThis) || c.isKw(q, kwCurrent) || c.is(q, "my") {
		q++
	}
	t := c.at(q)
	if t.kind != tWord || t.w.cls != clUnit || t.w.val != uWeek && t.w.val != uMonth && t.w.val != uYear {
		return 0, val{}, false
	}
	_, to := period(c.refDay, t.w.val)
	v := fixed(c.refDay, to, GrainDay)
	v.rng = true
	return q + 1, v, true
}

// nthWeek reads "the first week of Oct", "the third week of this month",
// "the last week of 2015", "first week of this year". A week belongs to
// the month or year that holds its Thursday, as ISO weeks do.
func (c *ctx) nthWeek(p int) (int, val, bool) {
	q := p + b2i(c.isKw(p, kwThe))
	n := 0
	switch t := c.at(q); {
	case t.kind == tWord && t.w.cls == clOrd && t.w.val <= 5:
		n = t.w.val
	case c.isKw(q, kwLast):
		n = -1
	default:
		return 0, val{}, false
	}
	if !c.isCls(q+1, clUnit) || c.at(q+1).w.val != uWeek {
		return 0, val{}, false
	}
	r := q + 2
	if c.isKw(r, kwOf) || c.isKw(r, kwIn) {
		r++
	} else if !c.isKw(r, kwThis) && !c.isKw(r, kwNext) && !c.isKw(r, kwLast) {
		return 0, val{}, false
	}
	var whole val
	e := 0
	switch {
	case c.isKw(r, kwThis) || c.isKw(r, kwNext) || c.isKw(r, kwLast):
		u, ok := c.unitAt(r + 1)
		if !ok || u != uMonth && u != uYear {
			return 0, val{}, false
		}
		from, to := period(c.refDay, u)
		from, to = shift(from, to, u, map[int]int{kwThis: 0, kwNext: 1, kwLast: -1}[c.at(r).w.val])
		whole, e = fixed(from, to, unitGrain(u)), r+2
	default:
		if y, ye, ok := c.yearAt(r); ok {
			whole, e = val{y: y, grain: GrainYear}, ye
		} else if m, me, ok := c.monthWord(r); ok {
			whole, e = val{m: m, grain: GrainMonth}, me
			if y, ok := c.yearNum(me); ok {
				whole.y, e = y, me+1
			}
		} else {
			return 0, val{}, false
		}
	}
	if !c.place(&whole) {
		if whole.rel {
			return e, val{rel: true, fixed: true, grain: GrainWeek}, true
		}
		return 0, val{}, false
	}
	// Monday of the first week whose Thursday falls in the period.
	first := weekStart(whole.from.AddDate(0, 0, 3))
	if first.AddDate(0, 0, 3).Before(whole.from) {
		first = first.AddDate(0, 0, 7)
	}
	var ws time.Time
	if n > 0 {
		ws = first.AddDate(0, 0, 7*(n-1))
	} else {
		ws = weekStart(whole.to.AddDate(0, 0, -1))
		if !ws.AddDate(0, 0, 3).Before(whole.to) {
			ws = ws.AddDate(0, 0, -7)
		}
	}
	if !ws.AddDate(0, 0, 3).Before(whole.to) {
		return 0, val{}, false
	}
	v := fixed(ws, ws.AddDate(0, 0, 7), GrainWeek)
	v.rel = whole.rel
	return e, v, true
}

// weekOf reads "the week of the 18th", "the week beginning February 4",
// "w/c Feb 4": the week, Monday first, that holds the date.
func (c *ctx) weekOf(p int) (int, val, bool) {
	q := p + b2i(c.isKw(p, kwThe))
	switch {
	case c.is(q, "w") && c.isPunct(q+1, '/') && c.is(q+2, "c"):
		q += 3
	case c.isCls(q, clUnit) && c.at(q).w.val == uWeek:
		switch {
		case c.isKw(q+1, kwOf), c.is(q+1, "commencing"), c.is(q+1, "starting"), c.isKw(q+1, kwBeginning):
			q += 2
			if c.isKw(q, kwOn) {
				q++
			}
		default:
			return 0, val{}, false
		}
	default:
		return 0, val{}, false
	}
	var e int
	var d val
	var ok bool
	if c.isKw(q, kwThe) {
		var n int
		if n, e, _, ok = c.dayNum(q + 1); ok {
			d = val{d: n, grain: GrainDay}
		}
	} else {
		e, d, ok = c.dayOnly(q)
	}
	if !ok {
		return 0, val{}, false
	}
	if !c.place(&d) {
		if d.rel {
			return e, val{rel: true, fixed: true, grain: GrainWeek}, true
		}
		return 0, val{}, false
	}
	ws := weekStart(d.from)
	v := fixed(ws, ws.AddDate(0, 0, 7), GrainWeek)
	v.rel = d.rel
	return e, v, true
}

// theDay reads a day of the month alone: "the 27th", "the 22nd", and at
// the end of a sentence "the 27", "the second".
func (c *ctx) theDay(p int) (int, val, bool) {
	if !c.isKw(p, kwThe) {
		return 0, val{}, false
	}
	d, e, ord, ok := c.dayNum(p + 1)
	if !ok {
		return 0, val{}, false
	}
	if e2, v, ok := c.dayMonth(p + 1); ok {
		if !v.rel {
			// "the tenth of September" is read from its day.
			return 0, val{}, false
		}
		return e2, v, true
	}
	next := c.at(e)
	atEnd := next.kind == 0 || next.kind == tPunct && (next.n == '.' || next.n == '!' || next.n == '?' || next.n == '\n')
	if !atEnd && (!ord || c.at(p+1).kind == tWord || next.kind == tWord && next.w.cls != clKw) {
		return 0, val{}, false
	}
	return e, val{d: d, grain: GrainDay}, true
}
