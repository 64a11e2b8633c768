package claimfile

import (
	"strconv"

	"github.com/claimlint/claimlint/internal/jsonstring"
)

// lineEncoder appends the lines of a claims file as encoding/json writes
// them with HTML escaping off, without reflection: writing a shard's
// hundreds of thousands of claims spent a third of its time in the
// reflective encoder. TestEncodeLineMatchesEncodingJSON holds the two to the
// same bytes.
type lineEncoder struct {
	b     []byte
	first bool // no member written yet in the object open
}

// header appends the header line.
func (e *lineEncoder) header(h header) {
	e.open()
	e.str("claimlint", h.Claimlint)
	e.int("version", h.Version)
	e.str("binding", h.Binding)
	e.close()
	e.b = append(e.b, '\n')
}

// line appends a line after the header, its members in the order of line's
// fields, those marked omitempty left out when empty.
func (e *lineEncoder) line(l *line) {
	e.open()
	e.str("kind", l.Kind)
	e.str("path", l.Path)
	e.str("id", l.ID)
	e.strOmit("story", l.Story)
	e.strOmit("source", l.Source)
	e.strOmit("published", l.Published)
	e.strOmit("title", l.Title)
	e.strOmit("url", l.URL)
	e.strOmit("format", l.Format)
	e.strs("people", l.People)
	if len(l.Suppress) > 0 {
		e.name("suppress")
		e.b = append(e.b, '[')
		for i, r := range l.Suppress {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.open()
			e.strOmit("rule", r.Rule)
			e.int("start", r.Start)
			e.intOmit("end", r.End)
			e.close()
		}
		e.b = append(e.b, ']')
	}
	e.intOmit("start", l.Start)
	e.intOmit("end", l.End)
	e.intOmit("line", l.Line)
	e.intOmit("column", l.Column)
	e.strOmit("text", l.Text)
	e.strOmit("subject", l.Subject)
	e.strOmit("key", l.Key)
	e.strOmit("value", l.Value)
	e.strOmit("binding", l.Binding)
	e.intOmit("plain_start", l.PlainStart)
	e.intOmit("plain_end", l.PlainEnd)
	if x := l.Excerpt; x != nil {
		e.name("excerpt")
		e.excerpt(x)
	}
	if q := l.Quantity; q != nil {
		e.name("quantity")
		e.quantity(q)
	}
	if c := l.Count; c != nil {
		e.name("count")
		e.count(c)
	}
	if d := l.Date; d != nil {
		e.name("date")
		e.date(d)
	}
	if q := l.Quote; q != nil {
		e.name("quote")
		e.open()
		e.strOmit("text", q.Text)
		e.strOmit("speaker", q.Speaker)
		e.int("speaker_start", q.SpeakerStart)
		e.int("speaker_end", q.SpeakerEnd)
		e.close()
	}
	if p := l.Person; p != nil {
		e.name("person")
		e.open()
		e.strOmit("name", p.Name)
		e.strOmit("title", p.Title)
		e.strOmit("office", p.Office)
		e.strs("modifiers", p.Modifiers)
		e.close()
	}
	e.close()
	e.b = append(e.b, '\n')
}

func (e *lineEncoder) excerpt(x *excerpt) {
	e.open()
	if x.Start != nil {
		e.int("start", *x.Start)
	}
	if x.Text != nil {
		e.str("text", *x.Text)
	}
	if x.FileStart != nil {
		e.int("file_start", *x.FileStart)
	}
	if x.Data != nil {
		e.str("data", *x.Data)
	}
	e.intOmit("line", x.Line)
	e.intOmit("column", x.Column)
	if x.LineStart != nil {
		e.int("line_start", *x.LineStart)
	}
	if len(x.Map) > 0 {
		e.name("map")
		e.b = append(e.b, '[')
		for i, r := range x.Map {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.b = append(e.b, '[')
			for j, n := range r {
				if j > 0 {
					e.b = append(e.b, ',')
				}
				e.b = strconv.AppendInt(e.b, int64(n), 10)
			}
			e.b = append(e.b, ']')
		}
		e.b = append(e.b, ']')
	}
	e.close()
}

func (e *lineEncoder) quantity(q *quantity) {
	e.open()
	e.intOmit("start", q.Start)
	e.intOmit("end", q.End)
	e.int("figure_start", q.FigureStart)
	e.int("figure_end", q.FigureEnd)
	e.int("kind", int(q.Kind))
	e.int("bound", int(q.Bound))
	e.number("value", q.Value)
	e.number("lo", q.Lo)
	e.number("hi", q.Hi)
	e.strOmit("currency", q.Currency)
	e.boolOmit("points", q.Points)
	e.boolOmit("share", q.Share)
	e.close()
}

func (e *lineEncoder) count(c *count) {
	e.open()
	e.str("noun", c.Noun)
	e.str("head", c.Head)
	e.strs("modifiers", c.Modifiers)
	e.strs("qualifiers", c.Qualifiers)
	e.strOmit("event", c.Event)
	e.boolOmit("subset", c.Subset)
	e.int("phrase_end", c.PhraseEnd)
	e.int("sentence_start", c.SentenceStart)
	e.int("sentence_end", c.SentenceEnd)
	e.close()
}

func (e *lineEncoder) date(d *date) {
	e.open()
	e.intOmit("start", d.Start)
	e.intOmit("end", d.End)
	e.strOmit("from", d.From)
	e.strOmit("to", d.To)
	e.str("grain", d.Grain)
	e.boolOmit("relative", d.Relative)
	e.boolOmit("resolved", d.Resolved)
	e.boolOmit("range", d.Range)
	e.close()
}

func (e *lineEncoder) open() {
	e.b = append(e.b, '{')
	e.first = true
}

func (e *lineEncoder) close() {
	e.b = append(e.b, '}')
	e.first = false
}

// name appends a member's name, after a comma unless it is the first.
func (e *lineEncoder) name(n string) {
	if !e.first {
		e.b = append(e.b, ',')
	}
	e.first = false
	e.b = append(e.b, '"')
	e.b = append(e.b, n...)
	e.b = append(e.b, '"', ':')
}

func (e *lineEncoder) str(n, v string) {
	e.name(n)
	e.b = jsonstring.Append(e.b, v)
}

func (e *lineEncoder) strOmit(n, v string) {
	if v != "" {
		e.str(n, v)
	}
}

// strs appends an array of strings, unless it is empty.
func (e *lineEncoder) strs(n string, vs []string) {
	if len(vs) == 0 {
		return
	}
	e.name(n)
	e.b = append(e.b, '[')
	for i, v := range vs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		e.b = jsonstring.Append(e.b, v)
	}
	e.b = append(e.b, ']')
}

func (e *lineEncoder) int(n string, v int) {
	e.name(n)
	e.b = strconv.AppendInt(e.b, int64(v), 10)
}

func (e *lineEncoder) intOmit(n string, v int) {
	if v != 0 {
		e.int(n, v)
	}
}

func (e *lineEncoder) boolOmit(n string, v bool) {
	if v {
		e.name(n)
		e.b = append(e.b, "true"...)
	}
}

// number appends a number as its text, a string that needs no escapes.
func (e *lineEncoder) number(n string, v number) {
	e.name(n)
	e.b = append(v.appendText(append(e.b, '"')), '"')
}
