package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

// manyQuotes makes n documents that each quote one speaker three times: a
// statement every source carries, in one of five renderings with a few words
// of its own, and two remarks of its own, drawn from a vocabulary of
// invented words.
func manyQuotes(n int) []*claims.Claim {
	rng := rand.New(rand.NewPCG(1, 2))
	statement := []string{
		"We will rebuild the harbor wall before the winter storms arrive",
		"We will rebuild the harbor wall before winter storms arrive",
		"We are going to rebuild the harbor wall before the winter storms",
		"We will not rebuild the harbor wall before the winter storms arrive",
		"We will rebuild the old harbor wall before the storms of winter arrive",
	}
	remark := func() string {
		words := make([]string, 12)
		for i := range words {
			if i%3 == 0 {
				words[i] = []string{"the", "we", "will", "and", "of"}[rng.IntN(5)]
			} else {
				words[i] = fmt.Sprintf("zel%dor", rng.IntN(20000))
			}
		}
		return strings.Join(words, " ")
	}
	var cs []*claims.Claim
	for i := range n {
		own := remark()[len("the "):]
		quotes := []string{statement[i%len(statement)] + ", " + own[:strings.IndexByte(own, ' ')], remark(), remark()}
		var text strings.Builder
		var spans [][2]int
		for _, q := range quotes {
			text.WriteString(`Ana Whitfield said: "`)
			spans = append(spans, [2]int{text.Len(), text.Len() + len(q)})
			text.WriteString(q + "\".\n\n")
		}
		name := fmt.Sprintf("source%03d", i)
		doc := document.NewText(name+".txt", name, text.String(), time.Time{})
		for k, q := range quotes {
			cs = append(cs, &claims.Claim{Kind: claims.KindQuote, Doc: doc, Start: spans[k][0], End: spans[k][1],
				Subject: "Ana Whitfield", Key: "ana whitfield", Value: q,
				Quote: &claims.Quote{Text: q, Speaker: "Ana Whitfield", SpeakerStart: -1, SpeakerEnd: -1}})
		}
	}
	return cs
}

func fidelityRule(t testing.TB) *Rule {
	for _, r := range Builtin() {
		if r.Kind == "quote-fidelity" {
			return r
		}
	}
	t.Fatal("no built-in quote-fidelity rule")
	return nil
}

// TestQuoteComparisonsGrowLinearly shows the bucketing: quotes of one
// speaker in many sources are compared only with those that share content
// words, so four times the sources make about four times the comparisons.
func TestQuoteComparisonsGrowLinearly(t *testing.T) {
	r := fidelityRule(t)
	var comparisons []int
	for _, n := range []int{50, 100, 200} {
		start := time.Now()
		fs, stats := r.quoteFidelity(manyQuotes(n))
		t.Logf("%d sources: %d renderings, %d candidate pairs, %d comparisons, %d findings, %v",
			n, stats.renderings, stats.candidates, stats.comparisons, len(fs), time.Since(start))
		comparisons = append(comparisons, stats.comparisons)
		if len(fs) == 0 {
			t.Errorf("%d sources: no finding for the reworded statement", n)
		}
	}
	if comparisons[2] > 5*comparisons[0] {
		t.Errorf("comparisons %v grow faster than the sources", comparisons)
	}
}

func BenchmarkQuoteFidelity(b *testing.B) {
	r := fidelityRule(b)
	cs := manyQuotes(200)
	var size int64
	for _, c := range cs {
		size += int64(len(c.Value))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		r.quoteFidelity(cs)
	}
}
