// Package engine runs claimlint's pipeline: documents in, claims extracted in
// parallel, people linked across documents, claims bound by the rules, and
// the rules' findings out.
package engine

import (
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// Result is what a run extracted and found.
type Result struct {
	Extractions []*claims.Extraction // in document order
	Claims      []*claims.Claim      // every document's claims, in document order
	Findings    []rules.Finding      // sorted
}

// Extract finds the mentions and claims of every document, in parallel,
// links people across the documents of each story, and binds the claims to
// the rules' subjects. The result is in document order whatever the number
// of cores.
func Extract(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Result {
	res := ExtractUnlinked(docs, vocab, set)
	linkPeople(res.Extractions, vocab)
	return res
}

// linkPeople links people within each story, stories in parallel: each
// story's extractions are its own.
func linkPeople(exs []*claims.Extraction, vocab *claims.Vocabulary) {
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, story := range stories(exs) {
		g.Go(func() error {
			vocab.LinkPeople(story)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
}

// ExtractUnlinked is Extract without the linking of people: the claims of
// people and quotes keep the names their documents write, for a later run to
// link across all the documents of a story (claimlint check --claims). The
// bindings do not depend on the linking: rules bind counts, and the linking
// changes the claims about people.
func ExtractUnlinked(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Result {
	return collect(extractAll(docs, func(d *document.Document) *claims.Extraction { return ExtractUnlinkedDocument(d, vocab, set) }))
}

// ExtractUnlinkedDocument extracts one document as ExtractUnlinked does,
// binding its claims as they are found: a rule binds each claim on its own.
func ExtractUnlinkedDocument(d *document.Document, vocab *claims.Vocabulary, set *rules.Set) *claims.Extraction {
	setPublished(d)
	ex := claims.ExtractWith(d, vocab)
	cs := make([]*claims.Claim, len(ex.Claims))
	for i := range ex.Claims {
		cs[i] = &ex.Claims[i]
	}
	set.Bind(cs)
	return ex
}

// setPublished dates a text without metadata by its dateline, when it has
// one.
func setPublished(d *document.Document) {
	if d.Published.IsZero() {
		if t, ok := dateparse.Dateline(d.Text); ok {
			d.Published = t
		}
	}
}

// ExtractMentions finds the mentions of every document, as `extract
// --mentions` writes them: people are linked across the documents of each
// story as Extract links them, and no claim the mentions do not show is
// looked for (claims.ExtractMentions).
func ExtractMentions(docs []*document.Document, vocab *claims.Vocabulary) *Result {
	res := collect(extractAll(docs, func(d *document.Document) *claims.Extraction {
		setPublished(d)
		return claims.ExtractMentions(d, vocab)
	}))
	linkPeople(res.Extractions, vocab)
	return res
}

// extractAll extracts every document in parallel, in document order
// whatever the number of cores.
func extractAll(docs []*document.Document, extract func(*document.Document) *claims.Extraction) []*claims.Extraction {
	exs := make([]*claims.Extraction, len(docs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range docs {
		g.Go(func() error {
			exs[i] = extract(d)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	return exs
}

// collect makes the result of extractions, their claims in document order.
func collect(exs []*claims.Extraction) *Result {
	n := 0
	for _, ex := range exs {
		n += len(ex.Claims)
	}
	res := &Result{Extractions: exs, Claims: make([]*claims.Claim, 0, n)}
	for _, ex := range exs {
		for i := range ex.Claims {
			res.Claims = append(res.Claims, &ex.Claims[i])
		}
	}
	return res
}

// Check extracts and then runs every rule over the claims of each story.
// Documents marked as drafts are each checked against the others of their
// story, the sources, with every finding located in a draft
// (rules.Set.CheckDrafts).
func Check(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Result {
	res := Extract(docs, vocab, set)
	// Once people are linked the rules read only claims: the mentions, most
	// of the memory extraction holds, can go.
	for _, ex := range res.Extractions {
		ex.Mentions = nil
	}
	// The collector sets its next goal at twice the heap it last found
	// live. Left alone, it last looked during extraction, with the
	// mentions live, and lets the rules grow the heap to twice that;
	// collected now, the goal is twice what the rules start from. On an
	// archive of thousands of articles this lowers the peak memory by a
	// tenth or more, at no measurable cost in time: the cycle replaces one
	// the rules would have run.
	runtime.GC()
	res.Findings = findings(res.Extractions, set)
	return res
}

// CheckExtracted checks extractions read back from extracted claims
// (ExtractUnlinked, then claimlint check --claims): people are linked across
// the documents of each story as Extract links them, the claims keep the
// bindings they were extracted with, and the rules run as Check runs them.
func CheckExtracted(exs []*claims.Extraction, vocab *claims.Vocabulary, set *rules.Set) *Result {
	linkPeople(exs, vocab)
	res := collect(exs)
	res.Findings = findings(exs, set)
	return res
}

// findings runs the rules over the claims of each story on its own, stories
// in parallel, and returns the findings of all, sorted.
func findings(exs []*claims.Extraction, set *rules.Set) []rules.Finding {
	byStory := stories(exs)
	found := make([][]rules.Finding, len(byStory))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, story := range byStory {
		g.Go(func() error {
			n := 0
			for _, ex := range story {
				n += len(ex.Claims)
			}
			cs := make([]*claims.Claim, 0, n)
			var drafts []*document.Document
			for _, ex := range story {
				for j := range ex.Claims {
					cs = append(cs, &ex.Claims[j])
				}
				if ex.Doc.Draft {
					drafts = append(drafts, ex.Doc)
				}
			}
			found[i] = set.CheckDrafts(cs, drafts)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	var out []rules.Finding
	for _, fs := range found {
		out = append(out, fs...)
	}
	rules.SortFindings(out)
	return out
}

// stories splits extractions by the story of their documents, in the order
// the stories first appear, each in document order.
func stories(exs []*claims.Extraction) [][]*claims.Extraction {
	index := map[string]int{}
	var out [][]*claims.Extraction
	for _, ex := range exs {
		i, ok := index[ex.Doc.Story]
		if !ok {
			i = len(out)
			index[ex.Doc.Story] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], ex)
	}
	return out
}
