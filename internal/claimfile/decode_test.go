package claimfile

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
)

// decodeAlike decodes text with a lineDecoder and, when it can, checks that
// the JSON decoder reads the same line from it. It reports whether the
// lineDecoder could.
func decodeAlike(t *testing.T, text []byte) bool {
	t.Helper()
	var dec lineDecoder
	got, ok := dec.decode(text)
	if !ok {
		return false
	}
	var want line
	if err := json.Unmarshal(text, &want); err != nil {
		t.Fatalf("decoded %q, which the JSON decoder rejects: %v", text, err)
	}
	sameNumber := cmp.Comparer(func(a, b number) bool {
		return a == b || math.IsNaN(float64(a)) && math.IsNaN(float64(b))
	})
	if diff := cmp.Diff(&want, got, sameNumber); diff != "" {
		t.Fatalf("%q decoded unlike the JSON decoder (-JSON decoder +lineDecoder):\n%s", text, diff)
	}
	return true
}

// TestDecodeLineReadsWhatExtractWrites: every line after the header of a
// claims file claimlint writes is read by the fast decoder, as the JSON
// decoder reads it.
func TestDecodeLineReadsWhatExtractWrites(t *testing.T) {
	lines := bytes.Split(bytes.TrimSpace(write(t, extract(t))), []byte{'\n'})
	kinds := map[string]bool{}
	for _, l := range lines[1:] {
		if !decodeAlike(t, l) {
			t.Errorf("left to the JSON decoder: %s", l)
		}
		var k struct {
			Kind string `json:"kind"`
		}
		_ = json.Unmarshal(l, &k)
		kinds[k.Kind] = true
	}
	for _, k := range []string{"document", "count", "date", "quote", "title", "name"} {
		if !kinds[k] {
			t.Errorf("no %s line: the test does not exercise it", k)
		}
	}
}

// TestDecodeLineLeavesTheRest: what the fast decoder does not read is left
// to the JSON decoder, whether the JSON decoder reads it or says what is
// wrong with it.
func TestDecodeLineLeavesTheRest(t *testing.T) {
	for _, text := range []string{
		`{"kind":"count","kind":"date"}`,       // a name twice
		`{"kind":"count","Kind":"date"}`,       // a name unknown
		`{"kind":"count","extra":{"a":[1,2]}}`, // a name unknown
		`{"k\u0069nd":"count"}`,                // an escaped name
		`{"kind":null}`,                        // null
		`{"start":1.0}`,                        // a fraction
		`{"start":1e3}`,                        // an exponent
		`{"start":012}`,                        // a leading zero
		`{"start":-0}`,                         // minus zero
		`{"start":1234567890123456789}`,        // past 18 digits
		`{"start":"1"}`,                        // a string for a number
		`{"quantity":{"kind":256}}`,            // past a byte
		`{"quantity":{"kind":-1}}`,             // below a byte
		`{"quantity":{"value":2}}`,             // a number for a string
		`{"quantity":{"value":"two"}}`,         // no number
		`{"date":{"range":tru}}`,               // a broken literal
		`{"excerpt":{"map":[[0,0,1]]}}`,        // a run of three
		`{"excerpt":{"map":[[0,0,1,0,0]]}}`,    // a run of five
		`{"kind":"document","path":"a","id":"a","suppress":[{"start":1}]}`, // inline suppressions
		`{"text":"a` + "\x01" + `b"}`,                                      // a control character
		`{"text":"a` + "\xff" + `b"}`,                                      // invalid UTF-8
		`{"text":"a\x"}`,                                                   // a broken escape
		`{"text":"a\ud800"}`,                                               // half a surrogate pair
		`{"text":"abc`,                                                     // cut short
		`{"kind":"count"} x`,                                               // more after the object
		`{"kind":"count",}`,                                                // a comma too many
		`["kind"]`,                                                         // no object
		``,
	} {
		if decodeAlike(t, []byte(text)) {
			t.Errorf("%s: read by the fast decoder", text)
		}
	}
}

// TestDecodeLineReads: what the fast decoder reads, it reads as the JSON
// decoder does, including what claimlint does not write itself.
func TestDecodeLineReads(t *testing.T) {
	for _, text := range []string{
		`{}`,
		`{ "kind" : "count" ,` + "\n\t\r" + `"start" : -12 , "people" : [ ] }`,
		`{"people":["Ana Ruiz","Jos\u00e9 Ib\u00e1\u00f1ez","\"Bo\"\n"],"story":"é—ü"}`,
		`{"excerpt":{},"quote":{"speaker_start":-1,"speaker_end":-1}}`,
		`{"excerpt":{"start":0,"text":"a\tb","file_start":7,"data":"x","line":2,"column":3,"line_start":5,"map":[]}}`,
		`{"excerpt":{"map":[[0,0,2,1],[2,2,4,0]]}}`,
		`{"quantity":{"start":1,"end":3,"figure_start":1,"figure_end":2,"kind":3,"bound":255,"value":"2.5","lo":"-Inf","hi":"+Inf","currency":"USD","points":true,"share":false}}`,
		`{"count":{"noun":"x","head":"x","modifiers":["big"],"qualifiers":[],"event":"e","subset":true,"phrase_end":4,"sentence_start":0,"sentence_end":9}}`,
		`{"date":{"start":1,"end":2,"from":"2026-01-01T00:00:00Z","to":"2026-01-02T00:00:00Z","grain":"day","relative":false,"resolved":true,"range":true}}`,
		`{"person":{"name":"A","title":"T","office":"o","modifiers":["former"]}}`,
		`{"text":"` + strings.Repeat("long text ", 40) + `\u2028"}`,
	} {
		if !decodeAlike(t, []byte(text)) {
			t.Errorf("%s: left to the JSON decoder", text)
		}
	}
}

// FuzzDecodeLine: whatever the fast decoder reads, the JSON decoder reads
// alike.
func FuzzDecodeLine(f *testing.F) {
	f.Add([]byte(`{"kind":"quote","path":"b.jsonl","id":"b1","start":10,"end":20,"line":1,"column":11,"text":"a \\\"b\\\" c","plain_start":0,"plain_end":7,"value":"a \"b\" c","excerpt":{"start":0,"text":"a \"b\" c","line_start":0,"map":[[0,0,2,1],[2,2,4,0]]},"quote":{"text":"a \"b\" c","speaker_start":-1,"speaker_end":-1}}`))
	f.Add([]byte(`{"kind":"count","path":"b.jsonl","id":"b1","excerpt":{"start":0},"quantity":{"end":3,"kind":1,"value":"2","lo":"2","hi":"+Inf","share":true},"count":{"noun":"x","modifiers":["a"]}}`))
	f.Add([]byte(`{"kind":"date","date":{"from":"2026-01-01T00:00:00Z","grain":"day","resolved":true},"people":[]}`))
	f.Add([]byte(`{"kind":"name","person":{"name":"Jos\u00e9","modifiers":[]},"subject":"é"}`))
	f.Fuzz(func(t *testing.T, text []byte) {
		decodeAlike(t, text)
	})
}
