package report

import (
	"io"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
)

// writeMention writes one mention of `extract --mentions`: path, kind,
// start, end, text and value, whose form depends on the kind (a decimal
// string, an amount and currency, a date interval, a name and title, a quote
// and its speaker) and is null for none.
func writeMention(j *jsonWriter, doc *document.Document, m *claims.Mention) {
	l := Locate(doc, m.Start, m.End, "")
	j.open('{')
	j.str("path", l.Path)
	j.str("kind", string(m.Kind))
	j.int("start", l.Start)
	j.int("end", l.End)
	j.str("text", l.Text)
	j.key("value")
	switch {
	case m.Kind == claims.MentionMoney:
		j.open('{')
		j.str("amount", m.Quantity.Decimal())
		j.str("currency", m.Quantity.Currency)
		j.close('}')
	case m.Quantity != nil:
		j.buf = appendJSONString(j.buf, m.Quantity.Decimal())
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
	var start, end string
	if d.Resolved {
		layout := time.DateOnly
		if d.Grain == dateparse.GrainHour || d.Grain == dateparse.GrainMinute {
			layout = time.RFC3339
		}
		start, end = d.From.UTC().Format(layout), d.To.UTC().Format(layout)
	}
	j.open('{')
	j.str("start", start)
	j.str("end", end)
	j.str("grain", string(d.Grain))
	j.close('}')
}

// writeClaim writes one claim of `extract`: path, kind, subject, start, end,
// text and value.
func writeClaim(j *jsonWriter, c *claims.Claim) {
	l := Locate(c.Doc, c.Start, c.End, c.Value)
	j.open('{')
	j.str("path", l.Path)
	j.str("kind", string(c.Kind))
	j.str("subject", c.Subject)
	j.int("start", l.Start)
	j.int("end", l.End)
	j.str("text", l.Text)
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
		return &Encoder{j: newJSONWriter(w, "", ""), lines: true}
	}
	j := newJSONWriter(w, "", "  ")
	j.open('[')
	return &Encoder{j: j}
}

// Mentions writes the mentions of one extraction.
func (e *Encoder) Mentions(ex *claims.Extraction) {
	for i := range ex.Mentions {
		e.begin()
		writeMention(e.j, ex.Doc, &ex.Mentions[i])
		e.finish()
	}
}

// Claims writes claims.
func (e *Encoder) Claims(cs []*claims.Claim) {
	for _, c := range cs {
		e.begin()
		writeClaim(e.j, c)
		e.finish()
	}
}

func (e *Encoder) begin() {
	if !e.lines {
		e.j.next()
	}
}

func (e *Encoder) finish() {
	if e.lines {
		e.j.end()
	} else if len(e.j.buf) >= flushAt {
		e.j.flush()
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
