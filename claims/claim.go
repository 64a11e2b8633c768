// Package claims holds the claim model and the extractors that find claims in
// a document's plain text: one file per kind of claim.
package claims

import (
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/numparse"
)

// Kind names what a claim asserts; the names are those of the `extract` output.
type Kind string

// The kinds of claim.
const (
	KindCount Kind = "count"
	KindDate  Kind = "date"
	KindQuote Kind = "quote"
	KindTitle Kind = "title"
	KindName  Kind = "name"
)

// Claim is a mention bound to what it is about: a count of what, the date of
// which event, a quote by whom, the title of whom, the spelling of whose name.
type Claim struct {
	Kind Kind
	Doc  *document.Document
	// Start and End are byte offsets into Doc.Text of the words that make the claim.
	Start, End int
	// Subject says in words what the claim is about ("cartels / Mexican").
	Subject string
	// Key groups claims that can be compared: claims with equal keys are about
	// the same thing. It is Subject folded, unless an extractor knows better.
	Key string
	// Value is the claimed value as a reader would write it ("7", "2025-08-08").
	Value string
	// Binding is the id of the rule that bound the claim to its subject, or ""
	// when the built-in vocabulary did.
	Binding string

	Quantity *numparse.Quantity // count
	Count    *Count             // count
	Date     *dateparse.Date    // date
	Quote    *Quote             // quote
	Person   *Person            // title, name
}

// Text is the words of the document that make the claim.
func (c *Claim) Text() string { return c.Doc.Text[c.Start:c.End] }

// Count is what a count claim counts, in the parts rules bind it by.
type Count struct {
	Noun       string   // the synonym set of the counted noun ("group" for "cartels")
	Head       string   // the counted noun's lemma as written ("cartel")
	Modifiers  []string // lower-case words between the figure and the noun ("major", "mexican")
	Qualifiers []string // nationalities that narrow the count ("mexican"), sorted
	Event      string   // what happened to what is counted ("designated"), or ""
	Subset     bool     // part of a larger group counted in the same sentence
	// PhraseEnd ends the words that describe what is counted, the phrase after
	// the noun included ("six of them based in Mexico").
	PhraseEnd int
	// Sentence is the plain-text span of the sentence the count stands in; rules
	// look for their cues there.
	SentenceStart, SentenceEnd int
}
