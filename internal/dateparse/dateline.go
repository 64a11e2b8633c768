package dateparse

import (
	"strings"
	"time"
)

// datelineLines and datelineBytes bound the head of an article read for
// its publication date.
const (
	datelineLines = 8
	datelineBytes = 1500
	// datelineSlack is how much else a line may hold beside a date for it to
	// be a dateline without a word such as "Published".
	datelineSlack = 24
)

// Dateline finds the publication date stated in the first lines of an
// article: "Published 9 August 2025", "Updated: Aug. 9, 2025 3:04 p.m.",
// a line "August 9, 2025". A date after "published", "posted", "updated" or
// "date:" on its line wins; otherwise a date that makes up most of one of the first
// three lines.
// The result is midnight UTC of the day, or the written instant in the
// written zone when a time of day is given, so that its calendar day is
// the day written.
func Dateline(s string) (time.Time, bool) {
	head, lineStarts := datelineHead(s)
	var first *Date
	for _, d := range Scan(head, time.Time{}) {
		if !d.Resolved || d.Relative || d.Range || !fullDay(d.Grain) {
			continue
		}
		line := lineOf(lineStarts, d.Start)
		text := strings.ToLower(head[lineStarts[line]:d.Start])
		if strings.Contains(text, "published") || strings.Contains(text, "posted") || strings.Contains(text, "updated") ||
			strings.HasSuffix(strings.TrimSpace(text), "date:") {
			return datelineTime(head, d), true
		}
		// Otherwise a line of its own, not a date in a sentence or caption.
		lineEnd := len(head)
		if line+1 < len(lineStarts) {
			lineEnd = lineStarts[line+1]
		}
		if first == nil && line < 3 && lineEnd-lineStarts[line]-(d.End-d.Start) <= datelineSlack {
			first = &d
		}
	}
	if first == nil {
		return time.Time{}, false
	}
	return datelineTime(head, *first), true
}

// datelineHead is the head of s and the offsets where its lines start.
func datelineHead(s string) (string, []int) {
	starts := []int{0}
	end := min(len(s), datelineBytes)
	for i := 0; i < end; i++ {
		if s[i] == '\n' {
			if len(starts) == datelineLines {
				end = i
				break
			}
			starts = append(starts, i+1)
		}
	}
	return s[:end], starts
}

func lineOf(starts []int, at int) int {
	line := 0
	for line+1 < len(starts) && starts[line+1] <= at {
		line++
	}
	return line
}

func fullDay(g Grain) bool { return g == GrainDay || g == GrainHour || g == GrainMinute }

// datelineTime places a dated time in the zone it was written in.
func datelineTime(head string, d Date) time.Time {
	if d.Grain == GrainDay {
		return d.From
	}
	for _, t := range tokenize(head, d.Start, d.End, nil) {
		if t.kind == tWord && t.w.cls == clZone {
			off := zoneOffset(t.w.val, d.From)
			return d.From.In(time.FixedZone(head[t.s:t.e], off*60))
		}
	}
	return d.From
}
