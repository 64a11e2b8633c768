package dateparse

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// rtReading is one reading of an expected date in the Recognizers-Text
// specs: a day, or a span whose end is the start of its last unit.
type rtReading struct {
	Date      string `json:"date"`
	StartDate string `json:"startDate"`
	EndDate   string `json:"endDate"`
}

type rtExpected struct {
	Text   string     `json:"text"`
	Start  int        `json:"start"` // characters
	End    int        `json:"end"`   // characters, inclusive
	Type   string     `json:"type"`
	Past   *rtReading `json:"past"`
	Future *rtReading `json:"future"`
}

type rtCase struct {
	Input     string       `json:"input"`
	Reference *string      `json:"reference"`
	Expected  []rtExpected `json:"expected"`
}

// minConformanceF1 is the floor of the F1 measured on the date specs.
const minConformanceF1 = 0.90

func TestConformanceRecognizersText(t *testing.T) {
	path := sharedtest.Path(t, "normalize", "rt_dateparser_en.jsonl")
	var found, expected, matched int
	readJSONLines(t, path, func(line []byte) {
		var tc rtCase
		if err := json.Unmarshal(line, &tc); err != nil {
			t.Fatal(err)
		}
		var ref time.Time
		if tc.Reference != nil {
			var err error
			if ref, err = time.Parse("2006-01-02T15:04:05", *tc.Reference); err != nil {
				t.Fatal(err)
			}
		}
		got := Scan(tc.Input, ref)
		found += len(got)
		expected += len(tc.Expected)
		used := make([]bool, len(got))
		byteAt := runeOffsets(tc.Input)
		for _, ex := range tc.Expected {
			start, end := byteAt[ex.Start], byteAt[ex.End+1]
			hit := false
			for i, d := range got {
				if !used[i] && d.Start == start && d.End == end && (agrees(d, ex.Past) || agrees(d, ex.Future)) {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				matched++
			} else {
				t.Logf("miss %q in %q (ref %v): got %s", ex.Text, tc.Input, ref.Format("2006-01-02 Mon"), describe(tc.Input, got))
			}
		}
		for i, d := range got {
			if !used[i] {
				t.Logf("extra %q in %q", tc.Input[d.Start:d.End], tc.Input)
			}
		}
	})
	p := float64(matched) / float64(max(found, 1))
	r := float64(matched) / float64(max(expected, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	t.Logf("dates: %d expected, %d found, %d matched: precision %.3f recall %.3f F1 %.3f", expected, found, matched, p, r, f1)
	if f1 < minConformanceF1 {
		t.Errorf("F1 %.3f below %.2f", f1, minConformanceF1)
	}
}

// runeOffsets maps character offsets of s to byte offsets, with one past the end.
func runeOffsets(s string) []int {
	var at []int
	for i := range s {
		at = append(at, i)
	}
	return append(at, len(s))
}

// agrees reports that a found date has the value of an expected reading;
// readings without a value (seasons) agree with any date.
func agrees(d Date, r *rtReading) bool {
	if r == nil || r.Date == "" && r.StartDate == "" && r.EndDate == "" {
		return true
	}
	if !d.Resolved {
		return false
	}
	const layout = "2006-01-02"
	if r.Date != "" {
		return d.From.Format(layout) == r.Date
	}
	end := d.To
	if d.Range {
		end = add(d.To, d.Grain, -1)
	}
	return (r.StartDate == "" || d.From.Format(layout) == r.StartDate) &&
		(r.EndDate == "" || end.Format(layout) == r.EndDate)
}

func describe(s string, ds []Date) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("[" + s[d.Start:d.End] + " " + d.From.Format("2006-01-02") + ".." + d.To.Format("2006-01-02") + " " + string(d.Grain) + "] ")
	}
	return b.String()
}
