// Package numparse reads the quantities of news text: numbers in digits and
// words, ordinals, fractions and shares, percents and money, with the
// approximations and bounds around them, each as an interval.
//
// Scan is one pass over the bytes without regular expressions: a word is
// looked at only when a bloom filter over the number vocabulary lets it
// through. It is precise rather than greedy: years and days used as dates,
// times of day, phone numbers, house numbers, labels ("Section 230"),
// scores ("2-1"), names ("9/11", "COVID-19", "First Lady") and "one" as a
// pronoun are not quantities.
//
// Intervals follow the design's section 4: "seven" is [7, 7]; "more than
// 20" is [21, +Inf); "about 300" is [270, 330]; "nearly 300" [270, 307.5];
// "dozens" [24, 99]; "thousands of" [2000, 9999]; "more than half" a share
// in (0.5, 1]. Round figures carry a rounding tolerance (see interval), so
// that a checker calling two quantities in conflict when their intervals
// are disjoint (Quantity.Conflicts) takes a hedge for a hedge.
package numparse

import (
	"strconv"
	"strings"
)

// Kind says what a quantity measures.
type Kind uint8

// The kinds of quantity.
const (
	Number Kind = iota
	Ordinal
	Percent
	Money
)

// String is the kind's name in the mention output: "number", "ordinal",
// "percent", "money".
func (k Kind) String() string {
	switch k {
	case Number:
		return "number"
	case Ordinal:
		return "ordinal"
	case Percent:
		return "percent"
	case Money:
		return "money"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

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

// String names the hedge: "exact", "approx", "at-least", "more-than",
// "at-most", "less-than", "range", "vague".
func (b Bound) String() string {
	names := [...]string{"exact", "approx", "at-least", "more-than", "at-most", "less-than", "range", "vague"}
	if int(b) < len(names) {
		return names[b]
	}
	return "bound(" + strconv.Itoa(int(b)) + ")"
}

// Quantity is one quantity found in a text.
type Quantity struct {
	Start, End int // byte offsets into the scanned text, end exclusive, hedge words included
	// FigureStart and FigureEnd bound the figure itself, without the hedge
	// words before it: "$3.1 million" in "nearly $3.1 million".
	FigureStart, FigureEnd int
	Kind                   Kind
	Bound                  Bound
	// Value is the figure as written ("1.2 million" is 1200000, "a third"
	// 0.333..., "50 cents" 0.5 dollars); the low end for ranges and vague
	// figures ("dozens" is 24).
	Value float64
	// Lo and Hi bound what the words allow, hedges and rounding included; Hi may be +Inf.
	Lo, Hi float64
	// Currency is the ISO 4217 code of money ("USD"; "$" alone is read as
	// USD, "¥" as JPY), or a common code where ISO has none ("BTC").
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

// Parse reads all of s as one quantity, the way a rule or a reader writes
// one: "more than $80,000", "seven", "1.5%". It reports false when s holds
// no quantity, more than one, or words around it.
func Parse(s string) (Quantity, bool) {
	qs := Scan(s)
	if len(qs) != 1 || strings.TrimSpace(s[:qs[0].Start]) != "" || strings.TrimSpace(s[qs[0].End:]) != "" {
		return Quantity{}, false
	}
	return qs[0], true
}
