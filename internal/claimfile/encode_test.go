package claimfile

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/internal/suppress"
)

// encodingJSON is what encoding/json writes for v with HTML escaping off:
// the reference the lineEncoder must match.
func encodingJSON(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestEncodeLineMatchesEncodingJSON: the lines of the example stories'
// claims, and lines with every member set or left empty, are written byte
// for byte as encoding/json writes them.
func TestEncodeLineMatchesEncodingJSON(t *testing.T) {
	var ls []line
	for _, ex := range extract(t).Extractions {
		for i := range ex.Claims {
			ls = append(ls, claimLine(&ex.Claims[i]))
		}
	}
	zero, two, odd := 0, 2, "odd \"text\"\n\u2028\xff <&>"
	ls = append(ls,
		line{},
		line{Kind: kindDocument, Path: "a b.md", ID: "a", Story: "s", Source: "wire", Published: "2026-01-02T00:00:00Z",
			Title: "T", URL: "https://example.org/?a=1&b=<2>", Format: "markdown", People: []string{"Ana Ruiz", odd},
			Suppress: []suppress.Range{{Start: 1}, {Rule: "count-agreement", Start: 3, End: 9}}},
		line{Kind: "count", People: []string{}, Start: -1, End: 7, Line: 1, Column: 2, Text: odd, Subject: "s", Key: "k",
			Value: "v", Binding: "b", PlainStart: 3, PlainEnd: 4,
			Excerpt:  &excerpt{Start: &zero, Text: &odd, FileStart: &two, Data: &odd, Line: 3, Column: 4, LineStart: &zero, Map: []run{{0, 0, 2, 1}, {2, 2, 4, 0}}},
			Quantity: &quantity{Start: 1, End: 2, FigureStart: 0, FigureEnd: 3, Kind: 4, Bound: 255, Value: 2.5, Lo: number(math.Inf(-1)), Hi: number(math.Inf(1)), Currency: "USD", Points: true, Share: true},
			Count:    &count{Noun: "cartels", Head: "", Modifiers: []string{"drug"}, Qualifiers: []string{}, Event: "e", Subset: true, PhraseEnd: 9, SentenceStart: 0, SentenceEnd: -1}},
		line{Kind: "count", Excerpt: &excerpt{Map: []run{}}, Quantity: &quantity{Value: number(math.NaN()), Lo: 1e21, Hi: -0.000001}, Count: &count{}},
		line{Kind: "date", Date: &date{Start: 1, End: 2, From: "2026-01-01T00:00:00Z", To: "2026-01-02T00:00:00+02:00", Grain: "day", Relative: true, Resolved: true, Range: true}},
		line{Kind: "date", Date: &date{}},
		line{Kind: "quote", Quote: &quote{Text: odd, Speaker: "Ana", SpeakerStart: -1, SpeakerEnd: 0}},
		line{Kind: "title", Person: &person{Name: "Ana", Title: "Mayor", Office: "mayor", Modifiers: []string{"former"}}},
		line{Kind: "name", Person: &person{Modifiers: []string{}}},
	)
	for i := range ls {
		var e lineEncoder
		e.line(&ls[i])
		if diff := cmp.Diff(encodingJSON(t, ls[i]), string(e.b)); diff != "" {
			t.Errorf("line %d written unlike encoding/json (-encoding/json +lineEncoder):\n%s", i, diff)
		}
	}
	var e lineEncoder
	h := header{Claimlint: "claims", Version: Version, Binding: Binding(builtinSet())}
	if e.header(h); string(e.b) != encodingJSON(t, h) {
		t.Errorf("header written as %s, encoding/json writes %s", e.b, encodingJSON(t, h))
	}
}
