package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// lintDocs runs the built-in rules over documents made of the texts, those
// whose name starts with "draft" being drafts, with people linked as a run
// links them, and returns the findings as "level source: rule: message"
// lines.
func lintDocs(t *testing.T, cross bool, sources ...source) []string {
	t.Helper()
	docs := make([]*document.Document, 0, len(sources))
	for _, s := range sources {
		var pub time.Time
		if s.published != "" {
			pub, _ = time.Parse(time.DateOnly, s.published)
		}
		d := document.NewText(s.name+".txt", s.name, s.text, pub)
		d.Draft = strings.HasPrefix(s.name, "draft")
		docs = append(docs, d)
	}
	exs := make([]*claims.Extraction, len(docs))
	for i, d := range docs {
		exs[i] = claims.Extract(d)
	}
	claims.LinkPeople(exs, nil)
	var cs []*claims.Claim
	for _, ex := range exs {
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	set := &Set{Rules: Builtin(), Cross: cross}
	set.Bind(cs)
	var out []string
	for _, f := range set.Check(cs) {
		if f.Location.Doc.Draft != strings.HasPrefix(f.Location.Doc.Source, "draft") {
			t.Fatalf("finding in %s has lost its document", f.Location.Doc.Source)
		}
		out = append(out, f.Level.String()+" "+f.Location.Doc.Source+": "+f.Rule+": "+f.Message)
	}
	return out
}

func TestDrafts(t *testing.T) {
	tests := []struct {
		name    string
		cross   bool
		sources []source
		want    []string
	}{
		{"one source against the draft: the draft's finding, whatever the names' order", false, []source{
			{"aaa", "", "Two firefighters were injured in the blaze."},
			{"draft", "", "Three firefighters were injured in the blaze."},
		}, []string{"error draft: count-agreement: firefighters injured: draft says Three; aaa says Two"}},
		{"a draft with the majority: no finding against the minority source", false, []source{
			{"wire", "", "Two firefighters were injured."},
			{"paper", "", "Two firefighters were hurt."},
			{"blog", "", "Three firefighters were injured."},
			{"draft", "", "Two firefighters were injured on Monday."},
		}, nil},
		{"with cross, the minority source is reported as check reports it", true, []source{
			{"wire", "", "Two firefighters were injured."},
			{"paper", "", "Two firefighters were hurt."},
			{"blog", "", "Three firefighters were injured."},
			{"draft", "", "Two firefighters were injured on Monday."},
		}, []string{"error blog: count-agreement: firefighters injured: blog says Three; paper says Two; wire says Two"}},
		{"a draft with a source against as many others is the finding", false, []source{
			{"wire", "", "Two firefighters were injured."},
			{"paper", "", "Two firefighters were hurt."},
			{"blog", "", "Three firefighters were injured."},
			{"draft", "", "Three firefighters were injured on Monday."},
		}, []string{"error draft: count-agreement: firefighters injured: draft says Three; paper says Two; wire says Two"}},
		{"a draft siding with one of two sources that disagree is sourced", false, []source{
			{"wire", "", "Two firefighters were injured."},
			{"blog", "", "Three firefighters were injured."},
			{"draft", "", "Three firefighters were injured on Monday."},
		}, nil},
		{"a draft with the latest figure of a rising toll is sourced", false, []source{
			{"wire", "2025-08-01", "Two people were killed in the storm."},
			{"paper", "2025-08-03", "Four people were killed in the storm."},
			{"draft", "2025-08-04", "Four people were killed in the storm, officials said."},
		}, nil},
		{"a draft whose figure no source gives is no update", false, []source{
			{"wire", "2025-08-01", "Two people were killed in the storm."},
			{"paper", "2025-08-03", "Four people were killed in the storm."},
			{"draft", "2025-08-04", "Six people were killed in the storm, officials said."},
		}, []string{"error draft: count-agreement: people killed: draft says Six; wire says Two; paper says Four"}},
		{"drafts are not compared with each other", false, []source{
			{"wire", "", "The fire broke out at the pier."},
			{"draft1", "", "Two firefighters were injured."},
			{"draft2", "", "Three firefighters were injured."},
		}, nil},
		{"each draft is checked against the sources", false, []source{
			{"wire", "", "Two firefighters were injured."},
			{"draft1", "", "Two firefighters were injured."},
			{"draft2", "", "Three firefighters were injured."},
		}, []string{"error draft2: count-agreement: firefighters injured: draft2 says Three; wire says Two"}},
		{"a title against one source", false, []source{
			{"agency", "", "Former Mayor Lena Okafor spoke at the pier on Monday."},
			{"draft", "", "Mayor Lena Okafor spoke at the pier on Monday."},
		}, []string{"error draft: title-consistency: Lena Okafor: draft says Mayor; agency says Former Mayor"}},
		{"a date against one source", false, []source{
			{"agency", "2026-06-06", "A fire broke out last night on the old ferry pier."},
			{"draft", "2026-06-07", "The fire on the ferry pier broke out on Thursday."},
		}, []string{"error draft: date-agreement: fire broke out: Thursday 4 June (draft) against Friday 5 June (agency)"}},
		{"a spelling against one source, the draft's the richer", false, []source{
			{"agency", "", "Harbor master Jose Ibanez closed the pier."},
			{"draft", "", "Harbor master José Ibáñez closed the pier."},
		}, []string{"warning draft: name-spelling: José Ibáñez: 1 source spells it Jose Ibanez"}},
		{"a quote reworded from one source", false, []source{
			{"agency", "", `"We will rebuild the pier before the summer season," said Mayor Lena Okafor.`},
			{"draft", "", `"We are going to rebuild the pier before the summer season," said Mayor Lena Okafor.`},
		}, []string{"warning draft: quote-fidelity: Lena Okafor quoted differently than in agency (reworded): We [-are going to-] {+will+} rebuild the pier before the summer season"}},
		{"a quote no source has", false, []source{
			{"agency", "", `"We will rebuild the pier before the summer season," said Mayor Lena Okafor.`},
			{"draft", "", `"The harbor budget has been empty for years," said Mayor Lena Okafor.`},
		}, []string{"warning draft: unsourced-quote: quote not found in any source (Lena Okafor)"}},
		{"a quote of words a source has outside quotation marks, a part of a source's quote, and a scare quote", false, []source{
			{"agency", "", `The mayor said the pier would be rebuilt before the summer season. "We owe it to the fishing families who work there every day," said Mayor Lena Okafor.`},
			{"draft", "", `Mayor Lena Okafor said the pier "would be rebuilt before the summer season." She said the city owes it "to the fishing families ... every day." Okafor called the fire "a tragedy."`},
		}, nil},
		{"a quote interrupted by its attribution, whose parts a source gives as two quotes", false, []source{
			{"agency", "", `"We will rebuild the pier before the summer," said Mayor Lena Okafor. The council met for three hours on Monday. Later she spoke to the harbor crews. "The fishing fleet comes first," Okafor said.`},
			{"draft", "", `"We will rebuild the pier before the summer," Mayor Lena Okafor said, "the fishing fleet comes first."`},
		}, nil},
		{"a quote attributed to someone else", false, []source{
			{"agency", "", `"The pier will reopen to the fishing fleet in early June," said harbor master José Ibáñez.`},
			{"draft", "", `"The pier will reopen to the fishing fleet in early June," said Mayor Lena Okafor.`},
		}, []string{"error draft: quote-attribution: quote attributed to Lena Okafor here, to José Ibáñez (agency) elsewhere"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lintDocs(t, tt.cross, tt.sources...)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWithGaps(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{`"The pier will reopen in June," said Mayor Lena Okafor.`, "The pier will reopen in June,"},
		{`"The pier will reopen," said Mayor Lena Okafor, "in June."`, "The pier will reopen, … in June."},
		{"\"The pier will reopen,\" Mayor Lena Okafor said. \"The fleet comes first. We owe them that.\"",
			"The pier will reopen, … The fleet comes first. We owe them that."},
	} {
		ex := claims.Extract(document.NewText("a.txt", "a", tt.text, time.Time{}))
		var got []string
		for i := range ex.Claims {
			if c := &ex.Claims[i]; c.Kind == claims.KindQuote {
				got = append(got, withGaps(c))
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: quotes %q, want [%q]", tt.text, got, tt.want)
		}
	}
}

// TestUnsourcedNeedsDrafts: without drafts, no quote is unsourced.
func TestUnsourcedNeedsDrafts(t *testing.T) {
	for _, line := range lintDocs(t, false,
		source{"wire", "", `"We will rebuild the pier before the summer season," said Mayor Lena Okafor.`},
		source{"paper", "", `"The harbor budget has been empty for years," said Mayor Lena Okafor.`}) {
		if strings.Contains(line, "unsourced-quote") {
			t.Errorf("a check without drafts reports %s", line)
		}
	}
}

func TestUnsourcedOptionErrors(t *testing.T) {
	_, err := Parse("u.yml", []byte("extends: unsourced-quote\nmessage: x\nmin-words: -1\n"))
	if err == nil || !strings.Contains(err.Error(), "u.yml:3:12: `min-words`: expected a number of words") {
		t.Errorf("got %v", err)
	}
}

// FuzzDrafts checks that a check with a draft never panics, and that every
// finding is located in the draft, inside it, whatever the draft and its
// source say.
func FuzzDrafts(f *testing.F) {
	f.Add(`"We will rebuild the pier," said Mayor Lena Okafor. Two firefighters were injured.`,
		`"We are going to rebuild the pier," said Lena Okafor. Three firefighters were injured.`)
	f.Add(`Former Mayor Lena Okafor said "the pier … will reopen in June."`, `Mayor Lena Okafor said "the pier will reopen ... in June".`)
	f.Add(`"…"`, `"... . . ." said Okafor`)
	f.Add(`"We will rebuild," Okafor said. "Soon."`, `"We will rebuild," said Lena Okafor, "and soon,"`)
	rs := Builtin()
	f.Fuzz(func(t *testing.T, source, draft string) {
		docs := []*document.Document{
			document.NewText("draft.txt", "draft", draft, time.Time{}),
			document.NewText("source.txt", "source", source, time.Time{}),
		}
		docs[0].Draft = true
		for _, fd := range checkDocuments(rs, docs) {
			if fd.Location.Doc != docs[0] {
				t.Fatalf("%s: finding located in the source", fd.Rule)
			}
			for _, l := range append([]Location{fd.Location}, fd.Related...) {
				if l.Start < 0 || l.Start > l.End || l.End > len(l.Doc.Text) {
					t.Fatalf("%s: span [%d,%d) outside %d bytes", fd.Rule, l.Start, l.End, len(l.Doc.Text))
				}
			}
		}
	})
}

// BenchmarkLintArticles checks each of a handful of articles as a draft
// against the rest of a corpus of news articles as sources, claims extracted
// once; the bytes are the sources' and drafts'.
func BenchmarkLintArticles(b *testing.B) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	docs, _, err := document.Load([]string{path}, nil, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs = docs[:min(len(docs), 400)]
	var cs []*claims.Claim
	var size int64
	for i, d := range docs {
		d.Draft = i%100 == 0
		size += int64(len(d.Text))
		ex := claims.Extract(d)
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	set := &Set{Rules: Builtin()}
	set.Bind(cs)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		set.Check(cs)
	}
}
