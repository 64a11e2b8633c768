package rules

import (
	"reflect"
	"sync"
	"testing"

	"github.com/claimlint/claimlint/claims"
)

// TestQuoteRulesAtOnce runs the quote rules over two stories' claims all at
// the same time, as sets checking stories in parallel do, the rules of a
// story sharing one pass and so one parse of its quotes, and one after
// another, each rule on its own: they find the same either way (go test
// -race shows that the sharing is safe).
func TestQuoteRulesAtOnce(t *testing.T) {
	stories := [][]*claims.Claim{
		append(manyQuotes(40), extractSources([]source{
			{"wire", "", `"The harbor wall will be rebuilt before the winter storms arrive," said Ana Whitfield.`},
			{"paper", "", `"The harbor wall will be rebuilt before the winter storms arrive," said Tomas Brandt.`},
		})...),
		manyQuotes(25),
	}
	rs := quoteRules(t)
	want := make([][]Finding, len(stories)*len(rs))
	for s, cs := range stories {
		for i, r := range rs {
			want[s*len(rs)+i] = kinds[r.Kind].check(r, newPass(cs))
		}
	}
	for range 3 {
		got := make([][]Finding, len(want))
		var wg sync.WaitGroup
		for s, cs := range stories {
			p := newPass(cs)
			for i, r := range rs {
				wg.Go(func() { got[s*len(rs)+i] = kinds[r.Kind].check(r, p) })
			}
		}
		wg.Wait()
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("findings at the same time differ from those one after another")
		}
	}
	for i, fs := range want {
		if len(fs) == 0 && i < len(rs) {
			t.Errorf("%s: no finding", rs[i].Kind)
		}
	}
}
