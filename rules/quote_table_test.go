package rules

import (
	"reflect"
	"sync"
	"testing"
)

// TestQuoteRulesAtOnce runs the quote rules over the same claims at the same
// time, as a set may, and one after another: they share one parse of the
// quotes, and find the same either way (go test -race shows that the
// sharing is safe).
func TestQuoteRulesAtOnce(t *testing.T) {
	cs := manyQuotes(40)
	cs = append(cs, extractSources([]source{
		{"wire", "", `"The harbor wall will be rebuilt before the winter storms arrive," said Ana Whitfield.`},
		{"paper", "", `"The harbor wall will be rebuilt before the winter storms arrive," said Tomas Brandt.`},
	})...)
	rs := quoteRules(t)
	want := make([][]Finding, len(rs))
	for i, r := range rs {
		want[i] = kinds[r.Kind].check(r, cs)
	}
	for range 3 {
		got := make([][]Finding, len(rs))
		var wg sync.WaitGroup
		for i, r := range rs {
			wg.Go(func() { got[i] = kinds[r.Kind].check(r, cs) })
		}
		wg.Wait()
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("findings at the same time differ from those one after another")
		}
	}
	for i, r := range rs {
		if len(want[i]) == 0 {
			t.Errorf("%s: no finding", r.Kind)
		}
	}
}
