package report

import (
	"io"
	"slices"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/jsonstring"
)

// writeMention writes one mention of `extract --mentions`: path, kind,
// start, end, text and value, whose form depends on the kind (a decimal
// string, an amount and currency, a date interval, a name and title, a quote
// and its speaker) and is null for none.
func writeMention(j *jsonWriter, doc *document.Document, m *claims.Mention) {
	j.open('{')
	j.path(doc.Path())
	j.str("kind", string(m.Kind))
	j.span(doc, m.Start, m.End)
	j.key("value")
	switch {
	case m.Kind == claims.MentionMoney:
		j.open('{')
		j.str("amount", m.Quantity.Decimal())
		j.str("currency", m.Quantity.Currency)
		j.close('}')
	case m.Quantity != nil:
		j.buf = jsonstring.Append(j.buf, m.Quantity.Decimal())
	case m.Date != nil:
		writeDate(j, m.Date)
	case m.Person != nil:
		j.open('{')
		j.str("name", m.Person.Name)
		j.str("title", m.Person.Title)
		j.close('}')
	case m.Quote != nil:
		start, end := -1, -1
		if m.Quote.SpeakerStart >= 0 {
			start, end = doc.Span(m.Quote.SpeakerStart, m.Quote.SpeakerEnd)
		}
		j.open('{')
		j.str("quote", m.Quote.Text)
		j.str("speaker", m.Quote.Speaker)
		j.int("speaker_start", start)
		j.int("speaker_end", end)
		j.close('}')
	default:
		j.buf = append(j.buf, "null"...)
	}
	j.close('}')
}

// writeDate writes a date interval: calendar days for a day or coarser
// grain, instants in UTC for times; start and end empty when the date could
// not be resolved.
func writeDate(j *jsonWriter, d *dateparse.Date) {
	layout := ""
	if d.Resolved {
		layout = time.DateOnly
		if d.Grain == dateparse.GrainHour || d.Grain == dateparse.GrainMinute {
			layout = time.RFC3339
		}
	}
	j.open('{')
	j.time("start", d.From, layout)
	j.time("end", d.To, layout)
	j.str("grain", string(d.Grain))
	j.close('}')
}

// writeClaim writes one claim of `extract`: path, kind, subject, start, end,
// text and value.
func writeClaim(j *jsonWriter, c *claims.Claim) {
	j.open('{')
	j.path(c.Doc.Path())
	j.str("kind", string(c.Kind))
	j.str("subject", c.Subject)
	j.span(c.Doc, c.Start, c.End)
	j.str("value", c.Value)
	j.close('}')
}

// Encoder writes extracted mentions or claims, one JSON object a line
// (jsonl) or as one indented JSON array (json).
type Encoder struct {
	j     *jsonWriter
	lines bool
}

// NewEncoder starts writing to w; lines selects JSONL.
func NewEncoder(w io.Writer, lines bool) *Encoder {
	if lines {
		return &Encoder{j: newJSONWriter(w, ""), lines: true}
	}
	j := newJSONWriter(w, "  ")
	j.open('[')
	return &Encoder{j: j}
}

// Mentions writes the mentions of extractions, in order.
func (e *Encoder) Mentions(exs []*claims.Extraction) {
	// ends[d] counts the mentions of extractions 0 to d: mention k of them
	// all is extraction d's for the first d whose count passes k.
	ends := make([]int, len(exs))
	n := 0
	for d, ex := range exs {
		n += len(ex.Mentions)
		ends[d] = n
	}
	e.j.values(n, mentionBatch, func(c *jsonWriter, from, to int) {
		d, _ := slices.BinarySearch(ends, from+1)
		for k := from; k < to; k++ {
			for k >= ends[d] {
				d++
			}
			ex := exs[d]
			e.begin(c)
			writeMention(c, ex.Doc, &ex.Mentions[len(ex.Mentions)-(ends[d]-k)])
			e.finish(c)
		}
	})
}

// Claims writes claims.
func (e *Encoder) Claims(cs []*claims.Claim) {
	e.j.values(len(cs), mentionBatch, func(c *jsonWriter, from, to int) {
		for _, cl := range cs[from:to] {
			e.begin(c)
			writeClaim(c, cl)
			e.finish(c)
		}
	})
}

// mentionBatch is how many mentions or claims an extraction's output
// encodes at a time on one core.
const mentionBatch = 256

func (e *Encoder) begin(c *jsonWriter) {
	if !e.lines {
		c.next()
	}
}

func (e *Encoder) finish(c *jsonWriter) {
	if e.lines {
		c.end()
	}
}

// Close ends the output and returns the first error met.
func (e *Encoder) Close() error {
	if !e.lines {
		e.j.close(']')
		e.j.end()
	}
	return e.j.finish()
}
