package rules

import (
	"strings"

	"github.com/claimlint/claimlint/internal/document"
)

// Location is a claim's place in a document.
type Location struct {
	Doc        *document.Document
	Start, End int    // byte offsets into Doc.Text
	Value      string // the claim's value there
}

// Finding is one disagreement a rule found.
type Finding struct {
	Rule    string
	Level   Level
	Message string
	Subject string
	// Location is where the finding is reported; Related are the claims it
	// disagrees with.
	Location Location
	Related  []Location
	// Diff is the word-level difference between the location's value and the
	// first related one, for findings about reworded quotes; nil otherwise.
	Diff []DiffPart
}

// Detach gives the finding copies of its strings, which may be parts of the
// texts of documents, so that it does not keep those texts alive.
func (f *Finding) Detach() {
	f.Message, f.Subject = strings.Clone(f.Message), strings.Clone(f.Subject)
	f.Location.Value = strings.Clone(f.Location.Value)
	for i := range f.Related {
		f.Related[i].Value = strings.Clone(f.Related[i].Value)
	}
	for i := range f.Diff {
		f.Diff[i].Text = strings.Clone(f.Diff[i].Text)
	}
}

// DiffOp says which side of a comparison a run of words belongs to.
type DiffOp int8

// The sides of a diff.
const (
	DiffEqual  DiffOp = iota // in both
	DiffDelete               // only at the finding's location
	DiffInsert               // only in the related claim
)

// DiffPart is a run of text two compared values share, or that only one has.
// The parts concatenate to each side's text: the equal and deleted parts give
// the location's value, the equal and inserted parts the related one's.
type DiffPart struct {
	Op   DiffOp
	Text string
}
