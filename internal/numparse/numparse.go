// Package numparse reads the quantities of news text: numbers in digits and
// words, ordinals, fractions and shares, percents and money, with the
// approximations and bounds around them, each as an interval.
package numparse

import (
	"math"
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
	Start, End int // byte offsets into the scanned text, end exclusive
	Kind       Kind
	Bound      Bound
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

// Scan finds the quantities in s, in order of position.
func Scan(s string) []Quantity {
	var out []Quantity
	for i := 0; i < len(s); {
		if i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			if v, ok := smallNumberWords[strings.ToLower(s[i:j])]; ok && j > i {
				out = append(out, Quantity{Start: i, End: j, Kind: Number, Value: v, Lo: v, Hi: v})
			}
			i = max(j, i+1)
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		if j < len(s) && isWordByte(s[j]) {
			i = j
			continue
		}
		digits := make([]byte, 0, j-i)
		for k := i; k < j; k++ {
			if s[k] != ',' {
				digits = append(digits, s[k])
			}
		}
		v, err := strconv.ParseFloat(string(digits), 64)
		if err == nil && !math.IsInf(v, 0) {
			out = append(out, Quantity{Start: i, End: j, Kind: Number, Value: v, Lo: v, Hi: v})
		}
		i = j
	}
	return out
}

// smallNumberWords lets counts written in words be read until the full
// normalizer lands.
var smallNumberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
