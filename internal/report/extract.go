package report

import (
	"encoding/json"
	"io"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
)

// jsonMention is one line of `extract --mentions --format jsonl`.
type jsonMention struct {
	Path  string `json:"path"`
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value any    `json:"value"`
}

type moneyValue struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

type dateValue struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Grain string `json:"grain"`
}

type personValue struct {
	Name  string `json:"name"`
	Title string `json:"title"`
}

type quoteValue struct {
	Quote        string `json:"quote"`
	Speaker      string `json:"speaker"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
}

func mentionJSON(doc *document.Document, m *claims.Mention) jsonMention {
	l := Locate(doc, m.Start, m.End, "")
	jm := jsonMention{Path: l.Path, Kind: string(m.Kind), Start: l.Start, End: l.End, Text: l.Text}
	switch {
	case m.Kind == claims.MentionMoney:
		jm.Value = moneyValue{Amount: m.Quantity.Decimal(), Currency: m.Quantity.Currency}
	case m.Quantity != nil:
		jm.Value = m.Quantity.Decimal()
	case m.Date != nil:
		jm.Value = dateJSON(m.Date)
	case m.Person != nil:
		jm.Value = personValue{Name: m.Person.Name, Title: m.Person.Title}
	case m.Quote != nil:
		q := quoteValue{Quote: m.Quote.Text, Speaker: m.Quote.Speaker, SpeakerStart: -1, SpeakerEnd: -1}
		if m.Quote.SpeakerStart >= 0 {
			q.SpeakerStart, q.SpeakerEnd = doc.Span(m.Quote.SpeakerStart, m.Quote.SpeakerEnd)
		}
		jm.Value = q
	}
	return jm
}

// dateJSON writes a date interval: calendar days for a day or coarser grain,
// instants in UTC for times; empty when the date could not be resolved.
func dateJSON(d *dateparse.Date) dateValue {
	v := dateValue{Grain: string(d.Grain)}
	if !d.Resolved {
		return v
	}
	layout := time.DateOnly
	if d.Grain == dateparse.GrainHour || d.Grain == dateparse.GrainMinute {
		layout = time.RFC3339
	}
	v.Start, v.End = d.From.UTC().Format(layout), d.To.UTC().Format(layout)
	return v
}

// jsonClaim is one line of `extract --format jsonl`.
type jsonClaim struct {
	Path    string `json:"path"`
	Kind    string `json:"kind"`
	Subject string `json:"subject"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Value   string `json:"value"`
}

func claimJSON(c *claims.Claim) jsonClaim {
	l := Locate(c.Doc, c.Start, c.End, c.Value)
	return jsonClaim{Path: l.Path, Kind: string(c.Kind), Subject: c.Subject, Start: l.Start, End: l.End, Text: l.Text, Value: c.Value}
}

// Encoder writes extracted mentions or claims, one JSON object a line
// (jsonl) or as one indented JSON array (json).
type Encoder struct {
	w     io.Writer
	lines bool
	enc   *json.Encoder
	n     int
	err   error
}

// NewEncoder starts writing to w; lines selects JSONL.
func NewEncoder(w io.Writer, lines bool) *Encoder {
	e := &Encoder{w: w, lines: lines, enc: json.NewEncoder(w)}
	e.enc.SetEscapeHTML(false)
	return e
}

// Mentions writes the mentions of one extraction.
func (e *Encoder) Mentions(ex *claims.Extraction) {
	for i := range ex.Mentions {
		e.write(mentionJSON(ex.Doc, &ex.Mentions[i]))
	}
}

// Claims writes claims.
func (e *Encoder) Claims(cs []*claims.Claim) {
	for _, c := range cs {
		e.write(claimJSON(c))
	}
}

func (e *Encoder) write(v any) {
	if e.err != nil {
		return
	}
	if e.lines {
		e.err = e.enc.Encode(v)
		return
	}
	sep := ",\n  "
	if e.n == 0 {
		sep = "[\n  "
	}
	e.n++
	b, err := json.MarshalIndent(v, "  ", "  ")
	if err != nil {
		e.err = err
		return
	}
	if _, e.err = io.WriteString(e.w, sep); e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// Close ends the output and returns the first error met.
func (e *Encoder) Close() error {
	if e.err != nil || e.lines {
		return e.err
	}
	end := "\n]\n"
	if e.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(e.w, end)
	return err
}
