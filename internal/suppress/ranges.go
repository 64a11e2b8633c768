package suppress

// Range is a run of lines on which findings of a rule are silenced, as a
// file's directives say: Rule "" is every rule, End 0 runs to the end of the
// file. Ranges carry a file's directives where the file itself is not read
// again (claimlint check --claims).
type Range struct {
	Rule  string `json:"rule,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end,omitempty"`
}

// Ranges returns the silenced line ranges, in the order the file sets them.
func (d *Directives) Ranges() []Range {
	out := make([]Range, len(d.ranges))
	for i, r := range d.ranges {
		out[i] = Range{Rule: r.rule, Start: r.start, End: r.end}
	}
	return out
}

// FromRanges makes the directives that silence ranges.
func FromRanges(ranges []Range) *Directives {
	d := &Directives{ranges: make([]lineRange, len(ranges))}
	for i, r := range ranges {
		d.ranges[i] = lineRange{rule: r.Rule, start: r.Start, end: r.End}
	}
	return d
}
