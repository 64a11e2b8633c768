// Package engine runs claimlint's pipeline: documents in, claims extracted in
// parallel, people linked across documents, claims bound by the rules, and
// the rules' findings out.
package engine

import (
	"context"
	"runtime"
	"runtime/debug"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// Result is what a run extracted.
type Result struct {
	Extractions []*claims.Extraction // in document order
	Claims      []*claims.Claim      // every document's claims, in document order
}

// Extract finds the claims of every document, in parallel, links people
// across the documents of each story, and binds the claims to the rules'
// subjects. Of the mentions, the extractions keep the people's, which
// linking reads (claims.ExtractClaims). The result is in document order
// whatever the number of cores.
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
	for _, story := range storiesOf(exs, docOf) {
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
	return collect(extractUnlinked(docs, vocab, set))
}

// extractUnlinked extracts documents in parallel as ExtractUnlinked does.
func extractUnlinked(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) []*claims.Extraction {
	return extractAll(docs, func(d *document.Document) *claims.Extraction { return ExtractUnlinkedDocument(d, vocab, set) })
}

// ExtractUnlinkedDocument extracts one document as ExtractUnlinked does,
// binding its claims as they are found: a rule binds each claim on its own.
func ExtractUnlinkedDocument(d *document.Document, vocab *claims.Vocabulary, set *rules.Set) *claims.Extraction {
	readyToExtract(d)
	ex := claims.ExtractClaims(d, vocab)
	cs := make([]*claims.Claim, len(ex.Claims))
	for i := range ex.Claims {
		cs[i] = &ex.Claims[i]
	}
	set.Bind(cs)
	return ex
}

// readyToExtract makes the text of a document whose text was left for
// later (document.Options.DeferText), and dates a text without metadata by
// its dateline, when it has one.
func readyToExtract(d *document.Document) {
	d.Decode()
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
		readyToExtract(d)
		return claims.ExtractMentions(d, vocab)
	}))
	linkPeople(res.Extractions, vocab)
	return res
}

// extractAll extracts every document in parallel, in document order
// whatever the number of cores. The pages of a mapped batch that decoding
// the documents read are let go once all are extracted.
func extractAll(docs []*document.Document, extract func(*document.Document) *claims.Extraction) []*claims.Extraction {
	exs := make([]*claims.Extraction, len(docs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range docs {
		g.Go(func() error {
			growStack(i)
			exs[i] = extract(d)
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	for _, d := range docs {
		d.EvictSource()
	}
	return exs
}

// extractionStack is about the stack an extraction reaches, in bytes.
const extractionStack = 32 << 10

// growStack grows the stack of a new goroutine past extractionStack at
// once, while it holds nothing to copy: left to grow as the extractors go
// deeper, the stack of each document's goroutine would be copied, frame by
// frame, at each doubling, which cost 2–3% of a check's instructions. It
// writes and reads its room at places that depend on seed, so that the
// compiler keeps the room.
//
//go:noinline
func growStack(seed int) byte {
	var room [extractionStack]byte
	room[seed%len(room)] = byte(seed)
	return room[(seed/2)%len(room)]
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

// Checked is what a check read and found.
type Checked struct {
	Documents []*document.Document // in document order
	Claims    int                  // how many claims they make
	Findings  []rules.Finding      // sorted
}

// Check extracts and then runs every rule over the claims of each story.
// Documents marked as drafts are each checked against the others of their
// story, the sources, with every finding located in a draft
// (rules.Set.CheckDrafts).
//
// Stories are checked a few at a time, in order: a story's claims are let go
// once its rules have run, so that an archive of many stories holds at once
// the claims of only those under way (storyBudget). So are its texts, when
// they were left to be decoded as the story is extracted
// (document.Options.DeferText) and there are several stories.
func Check(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) *Checked {
	byStory := storiesOf(docs, itself)
	alone := len(byStory) == 1
	return checkStories(docs, byStory, itself, set, func(story []*document.Document) []*claims.Extraction {
		if alone {
			// A check of one story holds all its texts through the rules:
			// made together before the extraction, they fill memory of
			// their own, rather than pages its short-lived data leave
			// half used.
			document.DecodeAll(story)
		}
		exs := extractUnlinked(story, vocab, set)
		vocab.LinkPeople(exs)
		// Once people are linked the rules read only claims: the person
		// mentions can go.
		for _, ex := range exs {
			ex.Mentions = nil
		}
		if alone {
			// The collector sets its next goal at twice the heap it last
			// found live. Left alone, it last looked during extraction,
			// with the mentions live, and lets the rules grow the heap to
			// twice that; collected now, the goal is twice what the rules
			// start from. On one story of thousands of articles this lowers
			// the peak memory by a tenth or more, at no measurable cost in
			// time: the cycle replaces one the rules would have run. With
			// several stories under way there is no such moment.
			runtime.GC()
		}
		return exs
	})
}

// CheckExtracted checks extractions read back from extracted claims
// (ExtractUnlinked, then claimlint check --claims): people are linked across
// the documents of each story as Extract links them, the claims keep the
// bindings they were extracted with, and the rules run as Check runs them.
func CheckExtracted(exs []*claims.Extraction, vocab *claims.Vocabulary, set *rules.Set) *Checked {
	docs := make([]*document.Document, len(exs))
	for i, ex := range exs {
		docs[i] = ex.Doc
	}
	byStory := storiesOf(exs, docOf)
	return checkStories(docs, byStory, docOf, set, func(story []*claims.Extraction) []*claims.Extraction {
		vocab.LinkPeople(story)
		return story
	})
}

// storyBudget is the most bytes of text the stories under way may have
// together, unless one story alone has more. A story's claims and the
// working memory of its rules come to several times its text: checked
// together, stories of a few articles keep every core busy, and the largest
// stories run one at a time.
const storyBudget = 32 << 20

// checkStories runs the rules over the extractions that extract makes of
// each story, stories in parallel within storyBudget, and returns the
// findings of all, sorted. doc is the document of an item of a story.
func checkStories[T any](docs []*document.Document, byStory [][]T, doc func(T) *document.Document, set *rules.Set,
	extract func(story []T) []*claims.Extraction) *Checked {
	found := make([][]rules.Finding, len(byStory))
	counts := make([]int, len(byStory))
	budget := semaphore.NewWeighted(storyBudget)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, story := range byStory {
		var size int64
		for _, item := range story {
			size += int64(doc(item).TextSize())
		}
		size = min(size, storyBudget)
		_ = budget.Acquire(context.Background(), size) // never cancelled
		g.Go(func() error {
			defer budget.Release(size)
			exs := extract(story)
			for _, ex := range exs {
				counts[i] += len(ex.Claims)
			}
			cs := make([]*claims.Claim, 0, counts[i])
			var drafts []*document.Document
			for _, ex := range exs {
				for j := range ex.Claims {
					cs = append(cs, &ex.Claims[j])
				}
				if ex.Doc.Draft {
					drafts = append(drafts, ex.Doc)
				}
			}
			found[i] = set.CheckDrafts(cs, drafts)
			if len(byStory) > 1 {
				// Alone, a story's texts would go just before the report,
				// which holds less than the rules did, and the copies of
				// its findings' strings would add to the peak.
				letTextsGo(exs, found[i])
			}
			return nil
		})
	}
	_ = g.Wait() // the workers return no error
	if len(byStory) == 1 {
		// The story's claims are garbage now. The report is still to come,
		// and reading the positions it reports brings a mapped file's pages
		// back into memory: given back first, the claims' memory does not
		// add to them.
		debug.FreeOSMemory()
	}
	res := &Checked{Documents: docs}
	for i, fs := range found {
		res.Claims += counts[i]
		res.Findings = append(res.Findings, fs...)
	}
	rules.SortFindings(res.Findings)
	return res
}

// letTextsGo lets the texts of a story's documents go once its rules have
// run, where they were read to be let go (document.Options.DeferText): the
// report maps the findings into the files without them, and an archive then
// holds the texts of only the stories under way. The findings' strings,
// which may be parts of the texts, are copied so as not to keep them.
func letTextsGo(exs []*claims.Extraction, found []rules.Finding) {
	released := false
	for _, ex := range exs {
		released = ex.Doc.Release() || released
	}
	if released {
		for i := range found {
			found[i].Detach()
		}
	}
}

func itself(d *document.Document) *document.Document { return d }

func docOf(ex *claims.Extraction) *document.Document { return ex.Doc }

// storiesOf splits items by the story of their documents, in the order the
// stories first appear, each in document order.
func storiesOf[T any](items []T, doc func(T) *document.Document) [][]T {
	index := map[string]int{}
	var out [][]T
	for _, item := range items {
		story := doc(item).Story
		i, ok := index[story]
		if !ok {
			i = len(out)
			index[story] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], item)
	}
	return out
}
