package claimfile

import (
	"io"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/ordered"
	"github.com/claimlint/claimlint/rules"
)

// Writer writes a claims file.
type Writer struct {
	w   io.Writer
	err error
}

// NewWriter starts a claims file on w with its header; set is the rules the
// claims were bound with.
func NewWriter(w io.Writer, set *rules.Set) *Writer {
	wr := &Writer{w: w}
	var e lineEncoder
	e.header(header{Claimlint: "claims", Version: Version, Binding: Binding(set)})
	wr.emit(e.b)
	return wr
}

// extractionBatch is how many documents are extracted or encoded together.
const extractionBatch = 8

// Extractions writes documents and their claims, in order, encoding them on
// all cores. The extractions must not be linked (engine.ExtractUnlinked):
// the names stay as the documents write them, for the reader to link across
// every document of the story. Drafts are written as sources: checking a
// draft (unsourced-quote) reads the sources' whole text, which a claims file
// does not keep.
func (w *Writer) Extractions(exs []*claims.Extraction) {
	w.each(len(exs), func(i int) *claims.Extraction { return exs[i] })
}

// Extract extracts the documents as engine.ExtractUnlinked does and writes
// them and their claims, in order, as Extractions does. A few documents at
// a time are extracted and encoded on each core and written once those
// before them are, so only those are held: a shard is extracted in the
// memory of its documents, however many claims they hold.
func (w *Writer) Extract(docs []*document.Document, vocab *claims.Vocabulary, set *rules.Set) {
	w.each(len(docs), func(i int) *claims.Extraction { return engine.ExtractUnlinkedDocument(docs[i], vocab, set) })
}

// each writes the extractions 0 to n-1 that extraction returns, a batch at
// a time on all cores.
func (w *Writer) each(n int, extraction func(i int) *claims.Extraction) {
	ordered.Batches(n, extractionBatch, func(dst []byte, from, to int) []byte {
		e := lineEncoder{b: dst}
		for i := from; i < to; i++ {
			encodeExtraction(&e, extraction(i))
		}
		return e.b
	}, func(b []byte) bool {
		w.emit(b)
		return w.err == nil
	})
}

// encodeExtraction encodes the line of a document and those of its claims.
func encodeExtraction(e *lineEncoder, ex *claims.Extraction) {
	d := ex.Doc
	l := line{Kind: kindDocument, Path: d.Path(), ID: d.ID, Story: d.Story, Source: d.Source,
		Published: formatTime(d.Published), Title: d.Title, URL: d.URL, Format: string(d.Format),
		Suppress: engine.Directives(d).Ranges()}
	for i := range ex.Mentions {
		if p := ex.Mentions[i].Person; p != nil {
			l.People = append(l.People, p.Name)
		}
	}
	e.line(&l)
	for i := range ex.Claims {
		l := claimLine(&ex.Claims[i])
		e.line(&l)
	}
}

// claimLine is the line of a claim.
func claimLine(c *claims.Claim) line {
	d := c.Doc
	fs, fe := d.Span(c.Start, c.End)
	pos := d.File.Position(fs)
	l := line{Kind: string(c.Kind), Path: d.Path(), ID: d.ID, Story: d.Story,
		Start: fs, End: fe, Line: pos.Line, Column: pos.Column, Text: string(d.File.Bytes(fs, fe)),
		Subject: c.Subject, Key: c.Key, Value: c.Value, Binding: c.Binding, PlainStart: c.Start, PlainEnd: c.End}
	if q := c.Quantity; q != nil {
		l.Quantity = toQuantity(q)
	}
	l.Excerpt = toExcerpt(d.Excerpt(rules.Reads(c)), &l)
	if c.Count != nil {
		l.Count = toCount(c.Count)
	}
	if c.Date != nil {
		l.Date = toDate(c.Date)
	}
	if c.Quote != nil {
		l.Quote = toQuote(c.Quote)
		if l.Quote.Text == c.Value {
			l.Quote.Text = "" // the value says it
		}
	}
	if c.Person != nil {
		l.Person = toPerson(c.Person)
		if l.Person.Name == c.Subject {
			l.Person.Name = "" // the subject says it
		}
	}
	return l
}

// toExcerpt writes e, leaving out what the claim's line already says.
func toExcerpt(e document.Excerpt, l *line) *excerpt {
	out := &excerpt{Map: toRuns(e.Map)}
	if e.Start != l.PlainStart {
		out.Start = &e.Start
	}
	if e.Text != e.Data {
		out.Text = &e.Text
	}
	if e.FileStart != l.Start || e.Data != l.Text {
		out.FileStart, out.Data, out.Line, out.Column = &e.FileStart, &e.Data, e.Line, e.Column
	}
	if e.LineStart != e.FileStart-(e.Column-1) {
		out.LineStart = &e.LineStart
	}
	return out
}

func (w *Writer) emit(b []byte) {
	if w.err == nil && len(b) > 0 {
		_, w.err = w.w.Write(b)
	}
}

// Err returns the first error met writing.
func (w *Writer) Err() error { return w.err }
