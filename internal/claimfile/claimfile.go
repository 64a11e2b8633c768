// Package claimfile writes and reads claims files: the claims of documents
// as `claimlint extract --format claims` prints them, with everything that
// `claimlint check --claims` needs to cross-check them without reading the
// documents again, and to report its findings at the same paths, byte
// offsets, lines, columns and texts as a check of the documents.
//
// A claims file is JSON Lines. Its first line is a header,
// {"claimlint": "claims", "version": 1, "binding": "sha256:..."}; then every
// document has a line of kind "document" (its path, id, story, source,
// publication date, format, the names of the people it mentions as written,
// and its inline suppressions), and every claim a line of the claim's kind,
// with the claim's place in the file, its key and binding, the excerpt of the
// plain text it was read from, and its value in full: the quantity interval,
// the date interval and grain, the quote and its speaker, the person's title,
// office and modifiers. People are not linked in the file: names stay as the
// documents write them, for check --claims to link them across all the
// documents of a story, whichever shard each came from.
package claimfile

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/numparse"
	"github.com/claimlint/claimlint/internal/suppress"
	"github.com/claimlint/claimlint/rules"
)

// Version is the version of the format this package writes and reads.
const Version = 1

// kindDocument is the kind of the line that describes a document.
const kindDocument = "document"

// header is the first line of a claims file.
type header struct {
	Claimlint string `json:"claimlint"`
	Version   int    `json:"version"`
	// Binding fingerprints the rules that bind claims to their own subjects
	// (rules.Rule.Binds): claims bound by other rules would compare otherwise.
	Binding string `json:"binding"`
}

// line is any line after the header: a document or a claim, as Kind says.
type line struct {
	Kind  string `json:"kind"`
	Path  string `json:"path"`
	ID    string `json:"id"`
	Story string `json:"story,omitempty"`

	// A document's.
	Source    string           `json:"source,omitempty"`
	Published string           `json:"published,omitempty"`
	Title     string           `json:"title,omitempty"`
	URL       string           `json:"url,omitempty"`
	Format    string           `json:"format,omitempty"`
	People    []string         `json:"people,omitempty"`
	Suppress  []suppress.Range `json:"suppress,omitempty"`

	// A claim's: where it stands in the file, as reports give it, and in the
	// plain text.
	Start   int    `json:"start,omitempty"`
	End     int    `json:"end,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Text    string `json:"text,omitempty"`
	Subject string `json:"subject,omitempty"`
	Key     string `json:"key,omitempty"`
	Value   string `json:"value,omitempty"`
	Binding string `json:"binding,omitempty"`
	// PlainStart and PlainEnd are the claim's plain-text offsets.
	PlainStart int `json:"plain_start,omitempty"`
	PlainEnd   int `json:"plain_end,omitempty"`
	// Excerpt is the plain text the claim was read from.
	Excerpt  *excerpt  `json:"excerpt,omitempty"`
	Quantity *quantity `json:"quantity,omitempty"`
	Count    *count    `json:"count,omitempty"`
	Date     *date     `json:"date,omitempty"`
	Quote    *quote    `json:"quote,omitempty"`
	Person   *person   `json:"person,omitempty"`
}

// excerpt is a document.Excerpt, written short: what it leaves out is what
// is most often so. Its plain text starts at the claim's unless Start says;
// its file bytes and their position are those of the claim's line unless
// given; its line starts where its column says unless LineStart says (a line
// of one-byte characters).
type excerpt struct {
	Start     *int    `json:"start,omitempty"` // plain-text offset
	Text      *string `json:"text,omitempty"`  // plain text, when not the file bytes
	FileStart *int    `json:"file_start,omitempty"`
	Data      *string `json:"data,omitempty"`
	Line      int     `json:"line,omitempty"`
	Column    int     `json:"column,omitempty"`
	LineStart *int    `json:"line_start,omitempty"`
	Map       []run   `json:"map,omitempty"`
}

// number is a float written as a string, so that infinities survive:
// "more than 20" is [21, +Inf).
type number float64

func (n number) MarshalText() ([]byte, error) { return n.appendText(nil), nil }

// appendText appends n's text: digits, a sign, a point, an exponent, or Inf
// or NaN.
func (n number) appendText(b []byte) []byte { return strconv.AppendFloat(b, float64(n), 'g', -1, 64) }

func (n *number) UnmarshalText(b []byte) error {
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil && !math.IsInf(v, 0) {
		return err
	}
	*n = number(v)
	return nil
}

// quantity is a numparse.Quantity with plain-text offsets.
type quantity struct {
	Start       int    `json:"start,omitempty"`
	End         int    `json:"end,omitempty"`
	FigureStart int    `json:"figure_start"`
	FigureEnd   int    `json:"figure_end"`
	Kind        uint8  `json:"kind"`
	Bound       uint8  `json:"bound"`
	Value       number `json:"value"`
	Lo          number `json:"lo"`
	Hi          number `json:"hi"`
	Currency    string `json:"currency,omitempty"`
	Points      bool   `json:"points,omitempty"`
	Share       bool   `json:"share,omitempty"`
}

// count is a claims.Count.
type count struct {
	Noun          string   `json:"noun"`
	Head          string   `json:"head"`
	Modifiers     []string `json:"modifiers,omitempty"`
	Qualifiers    []string `json:"qualifiers,omitempty"`
	Event         string   `json:"event,omitempty"`
	Subset        bool     `json:"subset,omitempty"`
	PhraseEnd     int      `json:"phrase_end"`
	SentenceStart int      `json:"sentence_start"`
	SentenceEnd   int      `json:"sentence_end"`
}

// date is a dateparse.Date: its interval as RFC 3339 instants.
type date struct {
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	Grain    string `json:"grain"`
	Relative bool   `json:"relative,omitempty"`
	Resolved bool   `json:"resolved,omitempty"`
	Range    bool   `json:"range,omitempty"`
}

// quote is a claims.Quote; its text is the claim's value unless given.
type quote struct {
	Text         string `json:"text,omitempty"`
	Speaker      string `json:"speaker,omitempty"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
}

// person is a claims.Person; its name is the claim's subject unless given.
type person struct {
	Name      string   `json:"name,omitempty"`
	Title     string   `json:"title,omitempty"`
	Office    string   `json:"office,omitempty"`
	Modifiers []string `json:"modifiers,omitempty"`
}

// Binding fingerprints the rules of set that bind claims: a claims file
// records it, and check --claims compares it with its own rules'.
func Binding(set *rules.Set) string {
	h := sha256.New()
	var ids []string
	for _, r := range set.Rules {
		if r.Binds() {
			ids = append(ids, r.ID+"\x00"+r.Source+"\x00")
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		h.Write([]byte(id))
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)[:12])
}

// timeLayout writes instants exactly, with the offset they were read with.
const timeLayout = time.RFC3339Nano

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(timeLayout)
}

func toQuantity(q *numparse.Quantity) *quantity {
	return &quantity{Start: q.Start, End: q.End, FigureStart: q.FigureStart, FigureEnd: q.FigureEnd,
		Kind: uint8(q.Kind), Bound: uint8(q.Bound), Value: number(q.Value), Lo: number(q.Lo), Hi: number(q.Hi),
		Currency: q.Currency, Points: q.Points, Share: q.Share}
}

func (q *quantity) restore() *numparse.Quantity {
	return &numparse.Quantity{Start: q.Start, End: q.End, FigureStart: q.FigureStart, FigureEnd: q.FigureEnd,
		Kind: numparse.Kind(q.Kind), Bound: numparse.Bound(q.Bound), Value: float64(q.Value), Lo: float64(q.Lo), Hi: float64(q.Hi),
		Currency: q.Currency, Points: q.Points, Share: q.Share}
}

func toCount(c *claims.Count) *count {
	return &count{Noun: c.Noun, Head: c.Head, Modifiers: c.Modifiers, Qualifiers: c.Qualifiers, Event: c.Event,
		Subset: c.Subset, PhraseEnd: c.PhraseEnd, SentenceStart: c.SentenceStart, SentenceEnd: c.SentenceEnd}
}

func (c *count) restore() *claims.Count {
	return &claims.Count{Noun: c.Noun, Head: c.Head, Modifiers: c.Modifiers, Qualifiers: c.Qualifiers, Event: c.Event,
		Subset: c.Subset, PhraseEnd: c.PhraseEnd, SentenceStart: c.SentenceStart, SentenceEnd: c.SentenceEnd}
}

func toDate(d *dateparse.Date) *date {
	return &date{Start: d.Start, End: d.End, From: formatTime(d.From), To: formatTime(d.To), Grain: string(d.Grain),
		Relative: d.Relative, Resolved: d.Resolved, Range: d.Range}
}

func toQuote(q *claims.Quote) *quote {
	return &quote{Text: q.Text, Speaker: q.Speaker, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd}
}

func toPerson(p *claims.Person) *person {
	return &person{Name: p.Name, Title: p.Title, Office: p.Office, Modifiers: p.Modifiers}
}

// run is a document.Run as [text, file, file end, verbatim 0 or 1].
type run [4]int

func toRuns(rs []document.Run) []run {
	if rs == nil {
		return nil
	}
	out := make([]run, len(rs))
	for i, r := range rs {
		out[i] = run{r.Text, r.File, r.FileEnd, 0}
		if r.Verbatim {
			out[i][3] = 1
		}
	}
	return out
}

func fromRuns(rs []run) []document.Run {
	if rs == nil {
		return nil
	}
	out := make([]document.Run, len(rs))
	for i, r := range rs {
		out[i] = document.Run{Text: r[0], File: r[1], FileEnd: r[2], Verbatim: r[3] != 0}
	}
	return out
}
