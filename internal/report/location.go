// Package report writes findings, mentions and claims in the formats
// claimlint prints: text for people, JSON and JSONL for programs.
package report

import (
	"github.com/claimlint/claimlint/internal/document"
)

// Location is a place in an input file as reports give it: byte offsets into
// the file's original bytes (end exclusive), a 1-based line and a 1-based
// column in code points, and the file's bytes there.
type Location struct {
	Path   string `json:"path"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	Value  string `json:"value"`
}

// Locate maps a plain-text span of doc to its place in the file.
func Locate(doc *document.Document, start, end int, value string) Location {
	fs, fe := doc.Span(start, end)
	pos := doc.File.Position(fs)
	return Location{Path: doc.Path(), Start: fs, End: fe, Line: pos.Line, Column: pos.Column,
		Text: string(doc.File.Bytes(fs, fe)), Value: value}
}
