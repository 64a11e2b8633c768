package engine

import (
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/internal/sharedtest"
	"github.com/claimlint/claimlint/rules"
)

func builtinSet() *rules.Set { return &rules.Set{Rules: rules.Builtin()} }

// TestDeterministic: the findings and claims are the same whatever the number
// of cores extraction runs on.
func TestDeterministic(t *testing.T) {
	var docs []*document.Document
	for i, s := range []string{
		"Two firefighters were injured. Forty residents were evacuated.",
		"Three firefighters were injured, and 40 residents were evacuated.",
		"Two firefighters were hurt; officials evacuated 45 residents.",
		"Nine people were arrested, including two teenagers.",
		"Seven people were arrested, including three teenagers.",
	} {
		docs = append(docs, document.NewText(strings.Repeat("d", i+1)+".txt", "", s, time.Time{}))
	}
	summarize := func() []string {
		var out []string
		for _, c := range Extract(docs, claims.DefaultVocabulary(), builtinSet()).Claims {
			out = append(out, c.Doc.Path()+" "+c.Subject+" "+c.Value)
		}
		for _, f := range Check(docs, claims.DefaultVocabulary(), builtinSet()).Findings {
			l := report.Locate(f.Location.Doc, f.Location.Start, f.Location.End, "")
			out = append(out, f.Rule+" "+f.Message+" "+l.Path)
		}
		return out
	}
	prev := runtime.GOMAXPROCS(1)
	one := summarize()
	runtime.GOMAXPROCS(4)
	four := summarize()
	runtime.GOMAXPROCS(prev)
	if diff := cmp.Diff(one, four); diff != "" {
		t.Errorf("output depends on the number of cores (-1 core +4 cores):\n%s", diff)
	}
	if len(one) == 0 {
		t.Error("nothing extracted")
	}
}

// benchArticles runs run once a loop over the documents of the 33 MB of
// real articles in shared/bench, loaded anew each time: the bytes are the
// file's.
func benchArticles(b *testing.B, run func(docs []*document.Document)) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		docs, _, err := document.Load([]string{path}, nil, document.Options{DeferText: true}) // as the command reads
		if err != nil {
			b.Fatal(err)
		}
		run(docs)
	}
}

// BenchmarkExtractMentions measures `extract --mentions` end to end, loading
// and writing JSONL included.
func BenchmarkExtractMentions(b *testing.B) {
	benchArticles(b, func(docs []*document.Document) {
		enc := report.NewEncoder(io.Discard, true)
		enc.Mentions(ExtractMentions(docs, claims.DefaultVocabulary()).Extractions)
		if err := enc.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkCheck measures `check` end to end, loading included, writing the
// report left out.
func BenchmarkCheck(b *testing.B) {
	benchArticles(b, func(docs []*document.Document) {
		if res := Check(docs, claims.DefaultVocabulary(), builtinSet()); res.Claims == 0 {
			b.Fatal("no claims")
		}
	})
}

// BenchmarkCheckArchive is BenchmarkCheck over the bench as an archive of
// 1,112 stories of five articles each.
func BenchmarkCheckArchive(b *testing.B) {
	benchArticles(b, func(docs []*document.Document) {
		for i, d := range docs {
			d.Story = strconv.Itoa(i / 5)
		}
		if res := Check(docs, claims.DefaultVocabulary(), builtinSet()); res.Claims == 0 {
			b.Fatal("no claims")
		}
	})
}
