package numparse

import "math"

// approxSpread is how far "about" reaches either side of a figure: "about
// 300" is [270, 330].
const approxSpread = 0.1

// roundingShare caps the rounding tolerance of a round figure, as a share
// of the figure.
const roundingShare = 0.025

// interval is the span a figure allows before any hedge: its value, widened
// for a round figure by the rounding it implies.
//
// A whole figure of 100 or more that ends in zeros ("300", "$80,000", "3.1
// million") may have been rounded: it stands for anything within half a unit
// of its last non-zero digit, capped at 2.5% of the figure. So "300" is
// [292.5, 307.5] and overlaps "310" ([305, 315]): a source writing 300 for
// 310 rounds, it does not contradict; "300" against "320" is a conflict.
// Small whole numbers, decimals written out, fractions, ordinals and
// percents stay exact: "seven" against "eight", "5" against "6", "1.5%"
// against "1.6%" conflict.
func (f figure) interval() (lo, hi float64) {
	if f.override {
		return f.loOverride, f.hiOverride
	}
	v := f.val
	if f.exact || f.kind == Ordinal || f.kind == Percent || math.Abs(v) < 100 || v != math.Trunc(v) ||
		f.decimal && f.scale == 1 {
		return v, v
	}
	a := math.Abs(v)
	if a >= 1<<53 {
		tol := a * roundingShare
		return v - tol, v + tol
	}
	place := 1.0
	for n := int64(a); n > 0 && n%10 == 0; n /= 10 {
		place *= 10
	}
	if place == 1 {
		return v, v
	}
	tol := math.Min(place/2, a*roundingShare)
	return v - tol, v + tol
}

// Overlaps reports whether the intervals of q and o meet.
func (q Quantity) Overlaps(o Quantity) bool {
	return q.Lo <= o.Hi && o.Lo <= q.Hi
}

// Comparable reports whether q and o measure the same thing, so that their
// intervals can be compared: the same kind and currency, percents with
// percents (not percentage points), shares with shares or percents
// ("more than half" against "45%"), counts with counts.
func (q Quantity) Comparable(o Quantity) bool {
	if q.asShare() && o.asShare() {
		return true
	}
	return q.Kind == o.Kind && q.Currency == o.Currency && q.Points == o.Points && q.Share == o.Share
}

// asShare reports whether q is a share of a whole: a fraction or a percent.
func (q Quantity) asShare() bool {
	return q.Share || q.Kind == Percent && !q.Points
}

// Conflicts reports whether q and o are comparable and their intervals are
// disjoint: two sources that cannot both be right.
func (q Quantity) Conflicts(o Quantity) bool {
	if !q.Comparable(o) {
		return false
	}
	if q.Share != o.Share { // a share against a percent: compare hundredths
		q, o = q.hundredths(), o.hundredths()
	}
	return !q.Overlaps(o)
}

// hundredths returns a percent as the share it is.
func (q Quantity) hundredths() Quantity {
	if q.Kind == Percent {
		q.Value, q.Lo, q.Hi, q.Share = q.Value/100, q.Lo/100, q.Hi/100, true
	}
	return q
}
