package dateparse

import "time"

// val is a date as read, before it is placed on the calendar.
type val struct {
	// Calendar fields as written; 0 when not written. A written date missing
	// its year (or month) is placed by the tense of its sentence.
	y, m, d int
	grain   Grain
	season  int
	wd      int // 1 + the weekday written beside a day of the month ("Friday the 22nd")

	hour, minute int
	zone         int
	hasTime      bool
	hasZone      bool

	// fixed is set by rules that compute the interval themselves.
	fixed bool
	// rel marks values that need the publication date.
	rel bool
	// rng marks a span between two written dates; see Date.Range.
	rng      bool
	from, to time.Time
}

// ctx is the state of one scan.
type ctx struct {
	s        string
	toks     []tok
	tried    int // byte offset of the last word whose look found no date
	dayFirst bool
	hasRef   bool
	ref      time.Time // publication date
	refDay   time.Time // its calendar day, midnight UTC
	anchor   time.Time // the last resolved date, for "the next day"
	pos      int       // byte offset of the word being read, for tense
	future   int       // tense of the current window: -1 unknown, 0 past, 1 future
	out      []Date
	first    int // the dates of out before s's, which play no part in reading s
}

func (c *ctx) setRef(ref time.Time) {
	if ref.IsZero() {
		return
	}
	c.hasRef = true
	c.ref = ref
	c.refDay = day(ref.Year(), int(ref.Month()), ref.Day())
	c.anchor = c.refDay
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

func validDay(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

// weekStart is the Monday of the week of t.
func weekStart(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }

// add moves t by n units of a grain.
func add(t time.Time, g Grain, n int) time.Time {
	switch g {
	case GrainMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case GrainHour:
		return t.Add(time.Duration(n) * time.Hour)
	case GrainDay:
		return t.AddDate(0, 0, n)
	case GrainWeek:
		return t.AddDate(0, 0, 7*n)
	case GrainMonth:
		return t.AddDate(0, n, 0)
	case GrainQuarter, GrainSeason:
		return t.AddDate(0, 3*n, 0)
	case GrainHalf:
		return t.AddDate(0, 6*n, 0)
	case GrainYear:
		return t.AddDate(n, 0, 0)
	case GrainDecade:
		return t.AddDate(10*n, 0, 0)
	case GrainCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// fixed is an interval a rule computed itself, from the publication date
// unless the rule clears rel.
func fixed(from, to time.Time, g Grain) val {
	return val{fixed: true, from: from, to: to, grain: g, rel: true}
}

// seasonStart is the first day of a season of year y; winter y runs from
// December y into the next year.
func seasonStart(y, season int) time.Time { return day(y, 3*season, 1) }

// place fills v.from and v.to, choosing a missing year or month by tense.
// It reports false for impossible dates (30 February) and for relative
// values without a publication date.
func (c *ctx) place(v *val) bool {
	if v.fixed {
		return c.hasRef || !v.rel
	}
	if v.y == 0 && v.grain != GrainDecade && v.grain != GrainCentury {
		v.rel = true
		if !c.hasRef {
			return false
		}
	}
	if v.hasTime && v.y == 0 && v.m == 0 && v.d == 0 {
		v.y, v.m, v.d = c.refDay.Year(), int(c.refDay.Month()), c.refDay.Day()
	}
	fut := v.y == 0 && c.isFuture()
	switch v.grain {
	case GrainYear:
		v.from = day(v.y, 1, 1)
	case GrainDecade, GrainCentury:
		v.from = day(v.y, 1, 1)
	case GrainQuarter, GrainHalf:
		if v.y == 0 {
			v.y = c.pickYear(func(y int) time.Time { return day(y, v.m, 1) }, v.grain, fut)
		}
		v.from = day(v.y, v.m, 1)
	case GrainSeason:
		if v.y == 0 {
			v.y = c.pickYear(func(y int) time.Time { return seasonStart(y, v.season) }, GrainSeason, fut)
		}
		v.from = seasonStart(v.y, v.season)
	case GrainMonth:
		if v.y == 0 {
			v.y = c.pickYear(func(y int) time.Time { return day(y, v.m, 1) }, GrainMonth, fut)
		}
		v.from = day(v.y, v.m, 1)
	default:
		if !c.placeDay(v, fut) {
			return false
		}
		v.from = day(v.y, v.m, v.d)
		if v.grain == "" {
			v.grain = GrainDay
		}
	}
	v.to = add(v.from, v.grain, 1)
	if v.hasTime {
		c.placeTime(v)
	}
	return true
}

// pickYear returns the year whose period (starting at start(y)) is the
// latest one begun by the publication date, or for future sentences the
// earliest one not yet over.
func (c *ctx) pickYear(start func(int) time.Time, g Grain, fut bool) int {
	y := c.refDay.Year()
	if fut {
		for add(start(y-1), g, 1).After(c.refDay) {
			y--
		}
		for !add(start(y), g, 1).After(c.refDay) {
			y++
		}
		return y
	}
	for start(y).After(c.refDay) {
		y--
	}
	for !start(y + 1).After(c.refDay) {
		y++
	}
	return y
}

// placeDay fills the year and month of a day of the month.
func (c *ctx) placeDay(v *val, fut bool) bool {
	if v.m > 12 || v.d > 31 || v.d < 1 {
		return false
	}
	if v.y != 0 && v.m != 0 {
		return validDay(v.y, v.m, v.d)
	}
	step := -1
	if fut {
		step = 1
	}
	if v.m != 0 {
		y := c.refDay.Year()
		for k := 0; k < 9; k++ {
			if validDay(y, v.m, v.d) {
				t := day(y, v.m, v.d)
				if fut && !t.Before(c.refDay) || !fut && !t.After(c.refDay) {
					v.y = c.weekdayYear(v, y)
					return true
				}
			}
			y += step
		}
		return false
	}
	// Only the day is written: the nearest month where it fits, or where
	// it falls on the weekday written beside it.
	for k := 0; k < 24; k++ {
		off := k * step
		if v.wd > 0 {
			off = (k + 1) / 2
			if k%2 == 1 {
				off = -off
			}
		}
		first := day(c.refDay.Year(), int(c.refDay.Month())+off, 1)
		y, m := first.Year(), int(first.Month())
		if !validDay(y, m, v.d) {
			continue
		}
		t := day(y, m, v.d)
		if v.wd > 0 && int(t.Weekday()) != v.wd-1 ||
			v.wd == 0 && (fut && t.Before(c.refDay) || !fut && t.After(c.refDay)) {
			continue
		}
		v.y, v.m = y, m
		return true
	}
	return false
}

// weekdayYear keeps the year y chosen by tense for a day written with its
// weekday ("Friday, May 10"), unless the weekday falls on that day in the
// year before or after instead.
func (c *ctx) weekdayYear(v *val, y int) int {
	if v.wd == 0 {
		return y
	}
	for _, cand := range [...]int{y, y + 1, y - 1} {
		if validDay(cand, v.m, v.d) && int(day(cand, v.m, v.d).Weekday()) == v.wd-1 {
			return cand
		}
	}
	return y
}

// placeTime moves a placed day to the written time, in UTC when a zone is
// written and otherwise in the zone of the publication date.
func (c *ctx) placeTime(v *val) {
	y, mo, d := v.from.Date()
	if v.hasZone {
		off := zoneOffset(v.zone, v.from)
		t := time.Date(y, mo, d, v.hour, v.minute, 0, 0, time.UTC)
		v.from = t.Add(-time.Duration(off) * time.Minute)
	} else {
		loc := time.UTC
		if c.hasRef {
			loc = c.ref.Location()
		}
		v.from = time.Date(y, mo, d, v.hour, v.minute, 0, 0, loc).UTC()
	}
	v.to = add(v.from, v.grain, 1)
}

// zoneOffset is a zone's offset from UTC in minutes on a day, following US
// daylight saving time (second Sunday of March to first Sunday of
// November) for "ET", "CT", "MT" and "PT".
func zoneOffset(zone int, on time.Time) int {
	if zone < zoneUSEastern {
		return zone
	}
	std := []int{-300, -360, -420, -480}[zone-zoneUSEastern]
	y := on.Year()
	start := nthSunday(y, 3, 2)
	end := nthSunday(y, 11, 1)
	if !on.Before(start) && on.Before(end) {
		return std + 60
	}
	return std
}

func nthSunday(y, m, n int) time.Time {
	first := day(y, m, 1)
	return first.AddDate(0, 0, (7-int(first.Weekday()))%7+7*(n-1))
}
