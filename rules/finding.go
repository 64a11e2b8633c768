package rules

import "github.com/claimlint/claimlint/internal/document"

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
}
