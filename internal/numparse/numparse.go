// Package numparse reads the quantities of news text: numbers in digits and
// words, ordinals, fractions and shares, percents and money, with the
// approximations and bounds around them, each as an interval.
package numparse

import "strconv"

// Kind says what a quantity measures.
type Kind uint8

// The kinds of quantity.
const (
	Number Kind = iota
	Ordinal
	Percent
	Money
)

// Bound says how a figure was hedged.
type Bound uint8

// The hedges.
const (
	Exact    Bound = iota // "seven"
	Approx                // "about 300", "nearly 300"
	AtLeast               // "at least 20"
	MoreThan              // "more than 20"
	AtMost                // "up to 20"
	LessThan              // "fewer than 20"
	Range                 // "12 to 15"
	Vague                 // "dozens", "thousands of"
)

// Quantity is one quantity found in a text.
type Quantity struct {
	Start, End int // byte offsets into the scanned text, end exclusive, hedge words included
	// FigureStart and FigureEnd bound the figure itself, without the hedge
	// words before it: "$3.1 million" in "nearly $3.1 million".
	FigureStart, FigureEnd int
	Kind                   Kind
	Bound                  Bound
	// Value is the figure as written ("1.2 million" is 1200000); the low end for ranges.
	Value float64
	// Lo and Hi bound what the words allow, hedges and rounding included; Hi may be +Inf.
	Lo, Hi float64
	// Currency is the ISO 4217 code of money ("USD"), or a symbol when no code is known.
	Currency string
	// Points marks "percentage points", which are not a percent of anything.
	Points bool
	// Share marks a fraction of a whole ("more than half", "a third of").
	Share bool
}

// Decimal is Value as a plain decimal string ("1200000", "0.5").
func (q Quantity) Decimal() string {
	return strconv.FormatFloat(q.Value, 'f', -1, 64)
}
