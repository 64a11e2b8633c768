package rules

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
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
		fs, stats := r.quoteFidelity(newPass(manyQuotes(n)))
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
		r.quoteFidelity(newPass(cs))
	}
}

// BenchmarkQuoteRulesArticles runs the quote rules over the quotes of a
// corpus of news articles, extracted once; the bytes are the articles'.
func BenchmarkQuoteRulesArticles(b *testing.B) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	docs, _, err := document.Load([]string{path}, nil, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var cs []*claims.Claim
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
		ex := claims.Extract(d)
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	var rs []*Rule
	for _, r := range Builtin() {
		if strings.HasPrefix(r.Kind, "quote-") {
			rs = append(rs, r)
		}
	}
	set := &Set{Rules: rs}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		set.Check(cs)
	}
}

// TestQuoteCorpus measures the quote-fidelity rule on a corpus of news
// articles about many stories: the work it does and the findings it makes.
// It is slow, so it runs only with CLAIMLINT_CORPUS=1.
func TestQuoteCorpus(t *testing.T) {
	if os.Getenv("CLAIMLINT_CORPUS") == "" {
		t.Skip("set CLAIMLINT_CORPUS=1 to measure on the article corpus")
	}
	path := sharedtest.Path(t, "bench", "articles.jsonl")
	docs, _, err := document.Load([]string{path}, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cs []*claims.Claim
	for _, d := range docs {
		ex := claims.Extract(d)
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	start := time.Now()
	fs, stats := fidelityRule(t).quoteFidelity(newPass(cs))
	levels := map[Level]int{}
	for _, f := range fs {
		levels[f.Level]++
	}
	t.Logf("%d documents: %d renderings, %d candidate pairs, %d comparisons, %d findings (%d errors) in %v",
		len(docs), stats.renderings, stats.candidates, stats.comparisons, len(fs), levels[LevelError], time.Since(start))
}
