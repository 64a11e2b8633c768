package rules

import (
	"reflect"
	"runtime"
	"strings"
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

// TestSetFindsWhatItsRulesFind: a set whose rules run in parallel, its quote
// rules sharing one quote table, finds on any number of cores what each of
// its rules finds on its own, in rule order, a second quote-fidelity rule
// included.
func TestSetFindsWhatItsRulesFind(t *testing.T) {
	strict, err := Parse("rules/strict-fidelity.yml", []byte("extends: quote-fidelity\nmessage: \"{{.Subject}}: {{.Diff}}\"\nmin-similarity: 0.6\nmin-words: 6\n"))
	if err != nil {
		t.Fatal(err)
	}
	set := &Set{Rules: append(Builtin(), strict)}
	cs := append(manyQuotes(30), extractSources([]source{
		{"wire", "", `"The harbor wall will be rebuilt before the winter storms arrive," said Ana Whitfield. Nine people were hurt.`},
		{"paper", "", `"The harbor wall will be rebuilt before the storms arrive," said Tomas Brandt. Seven people were hurt.`},
	})...)
	var want []Finding
	for _, r := range set.Rules {
		if !r.DraftsOnly() {
			want = append(want, kinds[r.Kind].check(r, newPass(cs))...)
		}
	}
	kindsFound := map[string]bool{}
	for _, f := range want {
		kindsFound[strings.SplitN(f.Rule, "-", 2)[0]] = true
	}
	if !kindsFound["quote"] || !kindsFound["count"] || !kindsFound["strict"] {
		t.Fatalf("the story should bring quote, count and strict-fidelity findings; rules found %v", kindsFound)
	}
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		if got := set.check(cs, false); !reflect.DeepEqual(want, got) {
			t.Errorf("on %d cores the set finds %d findings, the rules alone %d, or in another order", procs, len(got), len(want))
		}
	}
}
