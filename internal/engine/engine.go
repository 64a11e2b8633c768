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

// Extract finds the mentions and claims of every document, in parallel, and
// binds the claims to the rules' subjects. The result is in document order
// whatever the number of cores.
func Extract(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Result {
	exs := make([]*claims.Extraction, len(docs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range docs {
		g.Go(func() error {
			if d.Published.IsZero() {
				// A text without metadata may still say when it was published.
				if t, ok := dateparse.Dateline(d.Text); ok {
					d.Published = t
				}
			}
			exs[i] = claims.ExtractWith(d, vocab)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	vocab.LinkPeople(exs)
	res := &Result{Extractions: exs}
	for _, ex := range exs {
		for i := range ex.Claims {
			res.Claims = append(res.Claims, &ex.Claims[i])
		}
	}
	set.Bind(res.Claims)
	return res
}

// Check extracts and then runs every rule over the claims of all documents.
// Documents marked as drafts are each checked against the others, the
// sources, with every finding located in a draft (rules.Set.Check).
func Check(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Result {
	res := Extract(docs, vocab, set)
	var drafts []*document.Document
	for _, d := range docs {
		if d.Draft {
			drafts = append(drafts, d)
		}
	}
	res.Findings = set.CheckDrafts(res.Claims, drafts)
	return res
}
