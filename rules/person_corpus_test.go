package rules_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/sharedtest"
	"github.com/claimlint/claimlint/rules"
)

// TestPeopleOnCorpus measures title-consistency and name-spelling on the
// largest story clusters of the gun violence corpus, each cluster checked as
// one story. It logs the counts and every finding, for reading; set
// CLAIMLINT_CORPUS=1 to run it, and CLAIMLINT_CORPUS_CLUSTERS to measure on
// another number of clusters than 100.
func TestPeopleOnCorpus(t *testing.T) {
	if os.Getenv("CLAIMLINT_CORPUS") == "" {
		t.Skip("set CLAIMLINT_CORPUS=1 to measure on the corpus")
	}
	dir, clusters, ids := sharedtest.GVAClusters(t)
	n := sharedtest.CorpusClusters(len(ids))
	set := &rules.Set{Rules: rules.Builtin()}
	vocab := claims.DefaultVocabulary()
	counts := map[string]int{}
	docs := 0
	start := time.Now()
	for _, id := range ids[:n] {
		var paths []string
		outlet := map[string]sharedtest.GVAArticle{}
		for _, a := range clusters[id] {
			p := filepath.Join(filepath.Dir(dir), a.Path)
			if _, err := os.Stat(p); err == nil {
				paths = append(paths, p)
				outlet[p] = a
			}
		}
		ds, _, err := document.Load(paths, nil, document.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			a := outlet[d.ID]
			d.Source = a.Outlet + "/" + strings.TrimSuffix(filepath.Base(d.ID), ".txt")[:6]
			d.Published, _ = time.Parse(time.DateOnly, a.Date)
		}
		docs += len(ds)
		for _, fd := range engine.Check(ds, vocab, set).Findings {
			if fd.Rule != "title-consistency" && fd.Rule != "name-spelling" {
				continue
			}
			counts[fd.Rule]++
			loc := fd.Location
			t.Logf("%s %s %s: %q: %s", id, fd.Rule, fd.Level, loc.Doc.Text[loc.Start:loc.End], fd.Message)
		}
	}
	fmt.Printf("corpus: %d clusters, %d documents in %v; title-consistency %d, name-spelling %d\n",
		n, docs, time.Since(start).Round(time.Millisecond), counts["title-consistency"], counts["name-spelling"])
}

// BenchmarkPeopleRules measures title-consistency and name-spelling over
// the claims of benchmark articles taken as stories of eight articles each;
// the bytes are those of the articles' text.
func BenchmarkPeopleRules(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var stories [][]*claims.Claim
	var exs []*claims.Extraction
	n := 0
	for i, line := range bytes.Split(data, []byte("\n")) {
		var a struct{ ID, Source, Text string }
		if json.Unmarshal(line, &a) != nil {
			continue
		}
		exs = append(exs, claims.Extract(document.NewText(a.ID, a.Source, a.Text, time.Time{})))
		n += len(a.Text)
		if len(exs) == 8 {
			claims.LinkPeople(exs, nil)
			var cs []*claims.Claim
			for _, ex := range exs {
				for k := range ex.Claims {
					cs = append(cs, &ex.Claims[k])
				}
			}
			stories, exs = append(stories, cs), nil
		}
		if n > 4<<20 || i > 4000 {
			break
		}
	}
	var rs []*rules.Rule
	for _, r := range rules.Builtin() {
		if r.Kind == "title-consistency" || r.Kind == "name-spelling" {
			rs = append(rs, r)
		}
	}
	set := &rules.Set{Rules: rs}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, cs := range stories {
			set.Check(cs)
		}
	}
}

// BenchmarkStoryRules measures the people, count and date rules, each
// alone, and all the built-in rules together, over the bench articles taken
// as one story, as claimlint check runs them; the bytes are those of the
// articles.
func BenchmarkStoryRules(b *testing.B) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	docs, _, err := document.Load([]string{path}, nil, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	res := engine.Extract(docs, claims.DefaultVocabulary(), &rules.Set{Rules: rules.Builtin()})
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []string{"name-spelling", "title-consistency", "count-agreement", "date-agreement"} {
		var rs []*rules.Rule
		for _, r := range rules.Builtin() {
			if r.Kind == kind {
				rs = append(rs, r)
			}
		}
		set := &rules.Set{Rules: rs}
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(info.Size())
			for b.Loop() {
				set.Check(res.Claims)
			}
		})
	}
	all := &rules.Set{Rules: rules.Builtin()}
	b.Run("all", func(b *testing.B) {
		b.SetBytes(info.Size())
		for b.Loop() {
			all.Check(res.Claims)
		}
	})
}
