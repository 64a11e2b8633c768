package numparse

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/sharedtest"

	"github.com/claimlint/claimlint/internal/text"
)

// specCase is one test of the Recognizers-Text specs as converted in the
// shared normalize folder.
type specCase struct {
	Input    string `json:"input"`
	Expected []struct {
		Text        string  `json:"text"`
		Start       int     `json:"start"`
		End         int     `json:"end"` // inclusive, in characters
		Type        string  `json:"type"`
		Value       *string `json:"value"`
		Unit        string  `json:"unit"`
		ISOCurrency string  `json:"isoCurrency"`
	} `json:"expected"`
}

// conformanceFloors are the F1 figures each spec file must reach.
var conformanceFloors = []struct {
	file string
	kind Kind
	f1   float64
}{
	{"rt_number_en.jsonl", Number, 0.95},
	{"rt_ordinal_en.jsonl", Ordinal, 0.95},
	{"rt_percent_en.jsonl", Percent, 0.95},
	{"rt_currency_en.jsonl", Money, 0.90},
}

// unitCodes are the ISO codes that fit the unit names the currency spec
// gives without a code; hundredths are the units counted in cents.
var unitCodes = map[string][]string{
	"Dollar": {"USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD"},
	"Pound":  {"GBP", "EGP"}, "Franc": {"CHF", "FRF", "BEF"}, "Peseta": {"ESP"},
	"Finnish markka": {"FIM"}, "Netherlands guilder": {"NLG"}, "Rupee": {"INR", "PKR", "LKR"},
	"Bitcoin": {"BTC"}, "Satoshi": {"SAT"},
	"Cent": {"USD", "CAD", "AUD", "EUR"}, "Pence": {"GBP"}, "Penny": {"GBP"},
}

var hundredths = map[string]bool{"Cent": true, "Pence": true, "Penny": true}

// TestConformance measures Scan against the Recognizers-Text English specs:
// a match is the same span in characters, the same kind and the same value
// (and a fitting currency). Expected entries without a numeric value
// (relative ordinals such as "end-1", a bare "percent" or "dollar") are
// not quantities and are left out. Set NUMPARSE_MISSES=1 to log misses.
func TestConformance(t *testing.T) {
	for _, fl := range conformanceFloors {
		t.Run(strings.TrimSuffix(fl.file, ".jsonl"), func(t *testing.T) {
			path := sharedtest.Path(t, "normalize", fl.file)
			tp, fp, fn := measure(t, path, fl.kind)
			p := float64(tp) / math.Max(1, float64(tp+fp))
			r := float64(tp) / math.Max(1, float64(tp+fn))
			f1 := 2 * p * r / math.Max(1e-9, p+r)
			t.Logf("%s: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", fl.file, p, r, f1, tp, fp, fn)
			if f1 < fl.f1 {
				t.Errorf("%s: F1 %.3f below %.2f", fl.file, f1, fl.f1)
			}
		})
	}
}

func measure(t *testing.T, path string, kind Kind) (tp, fp, fn int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	logMisses := os.Getenv("NUMPARSE_MISSES") != ""
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var c specCase
		if err := json.Unmarshal(line, &c); err != nil {
			t.Fatal(err)
		}
		type span struct{ start, end int }
		got := map[span][]Quantity{}
		for _, q := range Scan(c.Input) {
			start, end := q.FigureStart, q.FigureEnd
			if kind == Number && q.Kind == Money {
				// The number model of Recognizers-Text reads the amount
				// inside money ("20" in "$20"): the figure without its sign.
				start, end = amountSpan(c.Input, start, end)
				q.Kind = Number
			}
			if q.Kind != kind {
				continue
			}
			k := span{runeOffset(c.Input, start), runeOffset(c.Input, end) - 1}
			got[k] = append(got[k], q)
		}
		matched := map[span]bool{}
		for _, e := range c.Expected {
			if e.Value == nil {
				continue
			}
			want, err := strconv.ParseFloat(strings.TrimSuffix(*e.Value, "%"), 64)
			if err != nil {
				continue
			}
			k := span{e.Start, e.End}
			ok := false
			for _, q := range got[k] {
				if matchesSpec(q, want, e.Unit, e.ISOCurrency) {
					ok = true
				}
			}
			if ok && !matched[k] {
				tp++
				matched[k] = true
				continue
			}
			fn++
			if logMisses {
				t.Logf("miss %q in %q: want %v %s", e.Text, c.Input, want, e.Unit)
			}
		}
		for k, qs := range got {
			if !matched[k] {
				fp += len(qs)
				if logMisses {
					t.Logf("extra %q (%v %s) in %q", sliceRunes(c.Input, k.start, k.end+1), qs[0].Value, qs[0].Currency, c.Input)
				}
			}
		}
	}
	return tp, fp, fn
}

func matchesSpec(q Quantity, want float64, unit, iso string) bool {
	if q.Kind == Money {
		if hundredths[unit] {
			want /= 100
		}
		switch {
		case iso != "":
			if q.Currency != iso {
				return false
			}
		case unitCodes[unit] != nil:
			found := false
			for _, c := range unitCodes[unit] {
				found = found || c == q.Currency
			}
			if !found {
				return false
			}
		}
	}
	return math.Abs(q.Value-want) <= 1e-9*math.Max(1, math.Abs(want))
}

// amountSpan trims the currency sign before an amount and the currency
// name after it.
func amountSpan(s string, start, end int) (int, int) {
	for start < end && (s[start] < '0' || s[start] > '9') {
		start++
	}
	for k := start; k < end; k++ {
		if a, b := k+1, text.LetterRunEnd(s, k+1); (s[k] == ' ' || s[k] == '-') && lookup(s, a, b).class == wCurrency {
			return start, k
		}
	}
	return start, end
}

func runeOffset(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

func sliceRunes(s string, a, b int) string {
	r := []rune(s)
	return string(r[a:min(b, len(r))])
}
