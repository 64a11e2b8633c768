// Package dateparse reads the dates and times of news text, absolute ones and
// ones relative to the publication date, each as an interval at a grain.
package dateparse

import "time"

// Grain is the precision a date was written at.
type Grain string

// The grains.
const (
	GrainMinute Grain = "minute"
	GrainHour   Grain = "hour"
	GrainDay    Grain = "day"
	GrainWeek   Grain = "week"
	GrainMonth  Grain = "month"
	GrainSeason Grain = "season"
	GrainYear   Grain = "year"
	GrainDecade Grain = "decade"
)

// Date is one date or time found in a text.
type Date struct {
	Start, End int // byte offsets into the scanned text, end exclusive
	// From and To bound the interval, To exclusive; both zero when Resolved is false.
	From, To time.Time
	Grain    Grain
	// Relative marks dates read against the publication date ("on Friday").
	Relative bool
	// Resolved is false for a relative date in a text without a publication date.
	Resolved bool
}

// Scan finds the dates in s. ref is the publication date; zero when unknown.
func Scan(s string, ref time.Time) []Date {
	_ = s
	_ = ref
	return nil
}
