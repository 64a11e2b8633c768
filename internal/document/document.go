// Package document reads articles and drafts (plain text, Markdown, HTML and
// JSONL batches) into plain text that keeps a map back to the original bytes,
// so that every position claimlint reports points into the file as written.
package document

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Format is the syntax a document was written in.
type Format string

// The formats claimlint reads.
const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSONL    Format = "jsonl"
)

// File is the original bytes of one input file. Several documents share one
// File when they come from a JSONL batch.
type File struct {
	Path       string // as given on the command line, slash-separated
	Data       []byte
	lineStarts []int // byte offset of the first byte of every line
}

// NewFile indexes the lines of data.
func NewFile(path string, data []byte) *File {
	f := &File{Path: path, Data: data, lineStarts: []int{0}}
	for i, b := range data {
		if b == '\n' {
			f.lineStarts = append(f.lineStarts, i+1)
		}
	}
	return f
}

// Position is a 1-based line and column; the column counts Unicode code points.
type Position struct {
	Line   int
	Column int
}

// Position returns the line and column of the byte offset off.
func (f *File) Position(off int) Position {
	off = min(max(off, 0), len(f.Data))
	line := sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off }) - 1
	start := f.lineStarts[line]
	return Position{Line: line + 1, Column: utf8.RuneCount(f.Data[start:off]) + 1}
}

// Document is one article or draft.
type Document struct {
	File      *File
	ID        string // the JSONL id, or the path
	Source    string // the outlet; the file name without extension when nothing names it
	Title     string
	URL       string
	Published time.Time // zero when unknown
	Format    Format

	// Text is the plain text that extractors read.
	Text string
	// offsets[i] is the byte offset in File.Data of Text[i]; offsets[len(Text)]
	// is the end of the document's content in the file.
	offsets []int
}

// Path is the path of the file the document came from.
func (d *Document) Path() string { return d.File.Path }

// Span maps a plain-text byte range [start, end) to the range of file bytes it
// came from.
func (d *Document) Span(start, end int) (fileStart, fileEnd int) {
	if end <= start {
		s := d.offsets[start]
		return s, s
	}
	return d.offsets[start], d.offsets[end-1] + utf8.RuneLen(rune(d.File.Data[d.offsets[end-1]]))
}

// NewText makes a plain-text document of s, as if read from a file at path.
func NewText(path, source, s string, published time.Time) *Document {
	f := NewFile(path, []byte(s))
	d := &Document{File: f, ID: path, Source: source, Published: published, Format: FormatText, Text: s}
	d.offsets = make([]int, len(s)+1)
	for i := range d.offsets {
		d.offsets[i] = i
	}
	return d
}
