package claimfile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/rules"
)

func builtinSet() *rules.Set { return &rules.Set{Rules: rules.Builtin()} }

// batch is a JSONL batch of invented reports whose texts hold escapes, so
// that plain text and file bytes differ inside claims.
const batch = `{"id":"w1","source":"wire","story":"bridge","published":"2026-03-02","text":"\"We won\u2019t reopen the bridge until every damaged beam has been replaced,\" said Jos\u00e9 Ib\u00e1\u00f1ez, the city\u2019s engineer.\nMore than 20 \"cracked\" beams were found on Monday."}
{"id":"p1","source":"paper","story":"bridge","published":"2026-03-03T08:00:00+02:00","text":"Six beams cracked on Monday, said Deputy Mayor Dana Whitlok. About 300 residents were evacuated."}
`

// extract reads the example stories and the batch and extracts them as
// extract --format claims does.
func extract(t *testing.T) *engine.Result {
	t.Helper()
	return engine.ExtractUnlinked(load(t), claims.DefaultVocabulary(), builtinSet())
}

// load reads the example stories and the batch.
func load(t *testing.T) []*document.Document {
	t.Helper()
	p := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(p, []byte(batch), 0o666); err != nil {
		t.Fatal(err)
	}
	docs, _, err := document.Load([]string{filepath.Join("..", "..", "testdata", "stories"), p}, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestExtractWritesAsExtractions: extracting while writing, a few documents
// at a time, writes the bytes of extracting all first.
func TestExtractWritesAsExtractions(t *testing.T) {
	docs, vocab, set := load(t), claims.DefaultVocabulary(), builtinSet()
	var b bytes.Buffer
	w := NewWriter(&b, set)
	w.Extract(docs, vocab, set)
	if err := w.Err(); err != nil {
		t.Fatal(err)
	}
	if want := write(t, engine.ExtractUnlinked(docs, vocab, set)); !bytes.Equal(b.Bytes(), want) {
		t.Errorf("Extract wrote\n%s\nExtractions wrote\n%s", b.Bytes(), want)
	}
}

func write(t *testing.T, res *engine.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b, builtinSet())
	w.Extractions(res.Extractions)
	if err := w.Err(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRoundTrip: every claim read back equals the claim written, field for
// field, and locates at the same place with the same text.
func TestRoundTrip(t *testing.T) {
	res := extract(t)
	read, err := Read([]string{"-"}, bytes.NewReader(write(t, res)), Binding(builtinSet()))
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Extractions) != len(res.Extractions) {
		t.Fatalf("%d documents read back, %d written", len(read.Extractions), len(res.Extractions))
	}
	ignoreDoc := cmpopts.IgnoreFields(claims.Claim{}, "Doc")
	mapped := 0
	for i, ex := range res.Extractions {
		got := read.Extractions[i]
		want := *ex.Doc
		d := got.Doc
		if d.ID != want.ID || d.Path() != want.Path() || d.Source != want.Source || d.Story != want.Story ||
			!d.Published.Equal(want.Published) || d.Format != want.Format || d.Title != want.Title {
			t.Errorf("document %s read back as %+v", want.ID, d)
		}
		if diff := cmp.Diff(ex.Claims, got.Claims, ignoreDoc, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: claims differ (-written +read):\n%s", want.ID, diff)
		}
		for j := range ex.Claims {
			c, r := &ex.Claims[j], &got.Claims[j]
			if c.Text() != r.Text() {
				t.Errorf("%s: claim text %q read back as %q", want.ID, c.Text(), r.Text())
			}
			for _, span := range [][2]int{{c.Start, c.End}, {c.Start, (c.Start + c.End) / 2}, {(c.Start + c.End) / 2, c.End}} {
				lw, lr := report.Locate(c.Doc, span[0], span[1], ""), report.Locate(r.Doc, span[0], span[1], "")
				if lw != lr {
					t.Errorf("%s: span %v located at %+v, read back at %+v", want.ID, span, lw, lr)
				}
			}
			if c.Text() != string(c.Doc.File.Bytes(c.Doc.Span(c.Start, c.End))) {
				mapped++
			}
		}
	}
	if mapped == 0 {
		t.Error("no claim whose plain text differs from its file bytes: the test does not exercise the map")
	}
}

// TestReadErrors: bad input names the file and line, and never panics.
func TestReadErrors(t *testing.T) {
	good := string(write(t, extract(t)))
	head, rest, _ := strings.Cut(good, "\n")
	docLine, _, _ := strings.Cut(rest, "\n")
	for _, tc := range []struct {
		name, input, want string
	}{
		{"empty", "", "in.claims: empty: not a claims file"},
		{"not claims", `{"path":"a.txt","kind":"count"}` + "\n", "in.claims:1: not a claims file"},
		{"version", `{"claimlint":"claims","version":9,"binding":"x"}` + "\n", "in.claims:1: claims file version 9"},
		{"binding", `{"claimlint":"claims","version":1,"binding":"sha256:00"}` + "\n", "in.claims:1: claims bound by other rules"},
		{"bad JSON", head + "\n" + docLine + "\n{\"kind\":\n", "in.claims:3:9: malformed JSON: kind: unexpected end of input"},
		{"wrong type", head + "\n" + `{"kind":"count","path":"a","id":"a","start":"x"}` + "\n", "in.claims:2:45: malformed JSON: start: want a whole number, got a string"},
		{"unknown kind", head + "\n" + `{"kind":"rumour","path":"a","id":"a"}` + "\n", `in.claims:2: unknown kind "rumour"`},
		{"no path", head + "\n" + `{"kind":"document"}` + "\n", "in.claims:2: document line without"},
		{"incomplete", head + "\n" + `{"kind":"date","path":"a","id":"a","excerpt":{"start":0}}` + "\n", "in.claims:2: date claim without its date"},
		{"outside", head + "\n" + `{"kind":"name","path":"a","id":"a","text":"Ana","line":1,"column":1,"plain_start":2,"plain_end":9,"person":{"name":"Ana"},"excerpt":{"start":0}}` + "\n", "in.claims:2: plain_start and plain_end"},
		{"orphan", head + "\n" + `{"kind":"name","path":"a","id":"a","text":"Ana","line":1,"column":1,"plain_end":3,"person":{"name":"Ana"},"excerpt":{"start":0}}` + "\n", "in.claims:2: claim of a document with no line"},
		{"twice", head + "\n" + docLine + "\n" + docLine + "\n", "in.claims:3: document"},
		{"bad time", head + "\n" + `{"kind":"document","path":"a","id":"a","published":"Monday"}` + "\n", `in.claims:2: published: "Monday"`},
		{"blank lines first", "\n \n" + head + "\n" + `{"kind":"document"}` + "\n", "in.claims:4: document line without"},
		{"far down", head + "\n" + docLine + "\n\n" + strings.Repeat("\n", 2*batchBytes) + "{\"kind\":\n" + docLine + "\n", fmt.Sprintf("in.claims:%d:9: malformed JSON: kind: unexpected end of input", 4+2*batchBytes)},
		{"twice far apart", head + "\n" + docLine + "\n" + strings.Repeat(" \n", batchBytes) + docLine, fmt.Sprintf("in.claims:%d: document", 3+batchBytes)},
		{"after a long line", head + "\n" + `{"kind":"document","path":"a","id":"a","title":"` + strings.Repeat("x", 3*batchBytes) + `"}` + "\n{\"kind\":\n", "in.claims:3:9: malformed JSON: kind: unexpected end of input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "in.claims")
			if err := os.WriteFile(p, []byte(tc.input), 0o666); err != nil {
				t.Fatal(err)
			}
			wd, _ := os.Getwd()
			t.Chdir(filepath.Dir(p))
			_, err := Read([]string{"in.claims"}, nil, Binding(builtinSet()))
			t.Chdir(wd)
			var de *document.Error
			if !errors.As(err, &de) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want one starting %q", err, tc.want)
			}
		})
	}
}

// TestReadDocumentLineAnywhere: a document's line may come after some or
// all of its claims (a group of lines from a shuffle): the claims read back
// are those written, in the order they were written.
func TestReadDocumentLineAnywhere(t *testing.T) {
	res := extract(t)
	file := write(t, res)
	head, rest, _ := bytes.Cut(file, []byte("\n"))
	// Each document's line moves to the middle of its claims, after enough
	// blank lines that it is read in a later batch than the claims before it.
	pad := bytes.Repeat([]byte(" \n"), batchBytes/2)
	var moved [][]byte
	var block [][]byte
	flush := func() {
		if len(block) == 0 {
			return
		}
		at := len(block) / 2
		moved = append(moved, block[1:at+1]...)
		moved = append(moved, pad, block[0])
		moved = append(moved, block[at+1:]...)
		block = nil
	}
	for l := range bytes.Lines(rest) {
		if bytes.HasPrefix(l, []byte(`{"kind":"document"`)) {
			flush()
		}
		block = append(block, l)
	}
	flush()
	read, err := Read([]string{"-"}, bytes.NewReader(append(append(head, '\n'), bytes.Join(moved, nil)...)), Binding(builtinSet()))
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Extractions) != len(res.Extractions) {
		t.Fatalf("%d documents read back, %d written", len(read.Extractions), len(res.Extractions))
	}
	for i, ex := range res.Extractions {
		if diff := cmp.Diff(ex.Claims, read.Extractions[i].Claims, cmpopts.IgnoreFields(claims.Claim{}, "Doc"), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: claims differ (-written +read):\n%s", ex.Doc.ID, diff)
		}
	}
}

// FuzzRead: no claims file makes the reader, the restored documents or the
// rules over them panic.
func FuzzRead(f *testing.F) {
	head := `{"claimlint":"claims","version":1,"binding":"` + Binding(builtinSet()) + `"}` + "\n"
	f.Add(head + `{"kind":"document","path":"a.txt","id":"a.txt","source":"a","people":["Ana Ruiz"]}
{"kind":"name","path":"a.txt","id":"a.txt","start":4,"end":12,"line":1,"column":5,"text":"Ana Ruiz","plain_start":4,"plain_end":12,"subject":"Ana Ruiz","key":"ana ruiz","value":"Ana Ruiz","excerpt":{"start":4,"line_start":0},"person":{"name":"Ana Ruiz"}}
`)
	f.Add(head + `{"kind":"document","path":"b.jsonl","id":"b1"}
{"kind":"quote","path":"b.jsonl","id":"b1","start":10,"end":20,"line":1,"column":11,"text":"a \\\"b\\\" c","plain_start":0,"plain_end":7,"value":"a \"b\" c","excerpt":{"start":0,"text":"a \"b\" c","line_start":0,"map":[[0,0,2,1],[2,2,4,0],[3,4,5,1],[4,5,7,0],[5,7,9,1]]},"quote":{"text":"a \"b\" c","speaker_start":-1,"speaker_end":-1}}
{"kind":"count","path":"b.jsonl","id":"b1","start":10,"end":13,"line":1,"column":11,"text":"two","plain_start":0,"plain_end":3,"key":"x","value":"2","excerpt":{"start":0,"line_start":0},"quantity":{"end":3,"value":"2","lo":"2","hi":"+Inf"},"count":{"noun":"x"}}
{"kind":"date","path":"b.jsonl","id":"b1","start":10,"end":13,"line":1,"column":11,"text":"two","plain_start":0,"plain_end":3,"key":"d","value":"2","excerpt":{"start":0,"line_start":0},"date":{"from":"2026-01-01T00:00:00Z","to":"2026-01-02T00:00:00Z","grain":"day","resolved":true}}
`)
	set, vocab := builtinSet(), claims.DefaultVocabulary()
	binding := Binding(set)
	f.Fuzz(func(_ *testing.T, input string) {
		res, err := Read([]string{"-"}, strings.NewReader(input), binding)
		if err != nil {
			return
		}
		out := engine.CheckExtracted(res.Extractions, vocab, set)
		for _, fd := range out.Findings {
			report.Locate(fd.Location.Doc, fd.Location.Start, fd.Location.End, "")
		}
	})
}
