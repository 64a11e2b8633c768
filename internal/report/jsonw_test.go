package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/numparse"
	"github.com/claimlint/claimlint/rules"
)

// encodingJSON is what encoding/json writes for v with HTML escaping off,
// compact or indented: the reference the hand-written writer must match.
func encodingJSON(t testing.TB, v any, indent string) string {
	t.Helper()
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// A path is quoted as str quotes it, whether it is the path written last or
// another.
func TestPathIsStr(t *testing.T) {
	values := []string{"a.jsonl", "a.jsonl", `dir\"odd" name.md`, "a.jsonl", "", "", "café.txt"}
	often, plain := newJSONWriter(nil, ""), newJSONWriter(nil, "")
	often.open('{')
	plain.open('{')
	for _, v := range values {
		often.path(v)
		plain.str("path", v)
	}
	if got, want := string(often.buf), string(plain.buf); got != want {
		t.Errorf("path wrote %s, str %s", got, want)
	}
}

// The findings report is what encoding/json writes for the contract's
// structure.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	run := fixtureRun(t)
	run.Findings = append(run.Findings, run.Findings[0])
	run.Findings[2].Related = nil
	// Many findings are written in batches on all cores, in order.
	many := run.Findings
	for range 40 {
		many = append(many, run.Findings...)
	}
	for _, fs := range [][]rules.Finding{run.Findings, many} {
		run.Findings = fs
		checkWriteJSON(t, run)
	}

	var got bytes.Buffer
	if err := WriteJSON(&got, nil, Summary{}); err != nil {
		t.Fatal(err)
	}
	empty := struct {
		Findings []jsonFinding `json:"findings"`
		Summary  Summary       `json:"summary"`
	}{Findings: []jsonFinding{}}
	if diff := cmp.Diff(encodingJSON(t, empty, "  "), got.String()); diff != "" {
		t.Errorf("empty report differs from encoding/json (-want +got):\n%s", diff)
	}
}

type jsonDiffPart struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type jsonFinding struct {
	Rule     string         `json:"rule"`
	Level    string         `json:"level"`
	Message  string         `json:"message"`
	Subject  string         `json:"subject"`
	Location Location       `json:"location"`
	Related  []Location     `json:"related"`
	Diff     []jsonDiffPart `json:"diff,omitempty"`
}

func checkWriteJSON(t *testing.T, run *Run) {
	t.Helper()
	type diffPart = jsonDiffPart
	type finding = jsonFinding
	want := struct {
		Findings []finding `json:"findings"`
		Summary  Summary   `json:"summary"`
	}{Findings: []finding{}, Summary: run.Summary}
	for _, f := range run.Findings {
		jf := finding{Rule: f.Rule, Level: f.Level.String(), Message: f.Message, Subject: f.Subject,
			Location: locate(f.Location), Related: []Location{}}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, locate(r))
		}
		for _, p := range f.Diff {
			jf.Diff = append(jf.Diff, diffPart{Op: diffOps[p.Op], Text: p.Text})
		}
		want.Findings = append(want.Findings, jf)
	}
	var got bytes.Buffer
	if err := WriteJSON(&got, run.Findings, run.Summary); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(encodingJSON(t, want, "  "), got.String()); diff != "" {
		t.Errorf("%d findings: report differs from encoding/json (-want +got):\n%s", len(run.Findings), diff)
	}
}

// Every kind of mention is written, in JSONL and as an indented array, as
// encoding/json writes the contract's structure.
func TestEncoderMatchesEncodingJSON(t *testing.T) {
	type mention struct {
		Path  string `json:"path"`
		Kind  string `json:"kind"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Value any    `json:"value"`
	}
	type object = map[string]any
	text := "Mayor Ines Paredes said \"we rebuild\" on 4 March; 12 families got $3,000 at 9am\t“x”."
	doc := document.NewText("story/gazette.txt", "Harbor Gazette", text, time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC))
	span := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	day := time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC)
	q := func(v float64, currency string) *numparse.Quantity {
		return &numparse.Quantity{Value: v, Lo: v, Hi: v, Currency: currency}
	}
	var ms []claims.Mention
	add := func(m claims.Mention, s string) {
		m.Start, m.End = span(s)
		ms = append(ms, m)
	}
	add(claims.Mention{Kind: claims.MentionNumber, Quantity: q(12, "")}, "12")
	add(claims.Mention{Kind: claims.MentionMoney, Quantity: q(3000, "USD")}, "$3,000")
	add(claims.Mention{Kind: claims.MentionDate, Date: &dateparse.Date{Grain: dateparse.GrainDay, Resolved: true, From: day, To: day.AddDate(0, 0, 1)}}, "4 March")
	add(claims.Mention{Kind: claims.MentionDate, Date: &dateparse.Date{Grain: dateparse.GrainHour, Resolved: true, From: day.Add(9 * time.Hour), To: day.Add(10 * time.Hour)}}, "9am")
	add(claims.Mention{Kind: claims.MentionDate, Date: &dateparse.Date{Grain: dateparse.GrainDay}}, "4 March")
	add(claims.Mention{Kind: claims.MentionPerson, Person: &claims.Person{Name: "Ines Paredes", Title: "Mayor"}}, "Mayor Ines Paredes")
	sp, ep := span("Mayor Ines Paredes")
	add(claims.Mention{Kind: claims.MentionQuote, Quote: &claims.Quote{Text: "we rebuild", Speaker: "Ines Paredes", SpeakerStart: sp, SpeakerEnd: ep}}, "\"we rebuild\"")
	add(claims.Mention{Kind: claims.MentionQuote, Quote: &claims.Quote{Text: "x", SpeakerStart: -1, SpeakerEnd: -1}}, "“x”")
	add(claims.Mention{Kind: claims.MentionPerson}, "Ines")
	ex := &claims.Extraction{Doc: doc, Mentions: ms}

	var want []any
	for i := range ms {
		m := &ms[i]
		l := Locate(doc, m.Start, m.End, "")
		jm := mention{Path: l.Path, Kind: string(m.Kind), Start: l.Start, End: l.End, Text: l.Text}
		switch {
		case m.Kind == claims.MentionMoney:
			jm.Value = object{"amount": m.Quantity.Decimal(), "currency": m.Quantity.Currency}
		case m.Quantity != nil:
			jm.Value = m.Quantity.Decimal()
		case m.Date != nil:
			v := object{"start": "", "end": "", "grain": string(m.Date.Grain)}
			if m.Date.Resolved {
				layout := time.DateOnly
				if m.Date.Grain == dateparse.GrainHour {
					layout = time.RFC3339
				}
				v["start"], v["end"] = m.Date.From.Format(layout), m.Date.To.Format(layout)
			}
			jm.Value = v
		case m.Person != nil:
			jm.Value = object{"name": m.Person.Name, "title": m.Person.Title}
		case m.Quote != nil:
			v := object{"quote": m.Quote.Text, "speaker": m.Quote.Speaker, "speaker_start": -1, "speaker_end": -1}
			if m.Quote.SpeakerStart >= 0 {
				v["speaker_start"], v["speaker_end"] = doc.Span(m.Quote.SpeakerStart, m.Quote.SpeakerEnd)
			}
			jm.Value = v
		}
		want = append(want, jm)
	}
	// Maps marshal with sorted keys; the writer keeps the contract's order,
	// so the lines are compared as decoded values and then by key order.
	var lines bytes.Buffer
	enc := NewEncoder(&lines, true)
	enc.Mentions([]*claims.Extraction{ex})
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i, line := range got {
		var g, w any
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		if err := json.Unmarshal([]byte(encodingJSON(t, want[i], "")), &w); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(w, g); diff != "" {
			t.Errorf("line %d (-want +got):\n%s", i+1, diff)
		}
		if !strings.HasPrefix(line, `{"path":`) || !strings.Contains(line, `"text":`) {
			t.Errorf("line %d keys out of order: %s", i+1, line)
		}
	}

	var array bytes.Buffer
	enc = NewEncoder(&array, false)
	enc.Mentions([]*claims.Extraction{ex})
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	var decoded []any
	if err := json.Unmarshal(array.Bytes(), &decoded); err != nil || len(decoded) != len(want) {
		t.Fatalf("array: %v, %d values:\n%s", err, len(decoded), array.String())
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, array.Bytes()); err != nil {
		t.Fatal(err)
	}
	if g, w := compact.String(), "["+strings.Join(got, ",")+"]"; g != w {
		t.Errorf("array is not the lines:\n%s\n%s", g, w)
	}
}

// Mentions of many documents, some with none, are written in batches on all
// cores: in order, each once, as writing them one by one writes them.
func TestEncoderBatchesMentions(t *testing.T) {
	var exs []*claims.Extraction
	var lines strings.Builder
	for d := range 300 {
		text := strings.Repeat("Ada Obi ", d%7)
		doc := document.NewText(fmt.Sprintf("story/%d.txt", d), "Gazette", text, time.Time{})
		ex := &claims.Extraction{Doc: doc}
		for k := range d % 7 {
			ex.Mentions = append(ex.Mentions, claims.Mention{Kind: claims.MentionPerson, Start: 8 * k, End: 8*k + 7,
				Person: &claims.Person{Name: fmt.Sprintf("Ada Obi %d", d)}})
			j := newJSONWriter(nil, "")
			writeMention(j, doc, &ex.Mentions[k])
			lines.Write(j.buf)
			lines.WriteByte('\n')
		}
		exs = append(exs, ex)
	}
	var got bytes.Buffer
	enc := NewEncoder(&got, true)
	enc.Mentions(exs)
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(lines.String(), got.String()); diff != "" {
		t.Errorf("JSONL (-one by one +batched):\n%s", diff)
	}

	got.Reset()
	enc = NewEncoder(&got, false)
	enc.Mentions(exs)
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	array := "[" + strings.Join(strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n"), ",") + "]"
	if err := json.Indent(&want, []byte(array), "", "  "); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("array (-one by one +batched):\n%s", diff)
	}
}
