package jsonstring

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// encodingJSON is what encoding/json writes for s with HTML escaping off:
// the reference Append must match.
func encodingJSON(t testing.TB, s string) string {
	t.Helper()
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestAppendMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{
		"", "plain", `a "quoted" \ word`, "tab\tnew\nline\rcr", "\b\f\x00\x01\x1f\x7f",
		"<b>&amp;</b>", "café — “curly” ’", "line\u2028para\u2029", "bad \xff\xfe utf8 \xe2\x80",
		"emoji 🧯 and \U0010FFFF",
		// Past eight bytes, where plain ASCII is passed over a word at a time.
		"a plain line of ASCII text, long enough for several words of it",
		"seventeen bytes!\"then a quote", "eight by\\and a backslash at byte 8",
		"twenty-four plain bytes.\x1fcontrol", "sixteen plain by\x7f\x20 edges of the range ~",
		"ascii then café then “more” then plain again for a while\u2028",
	} {
		got := string(Append(nil, s)) + "\n"
		if want := encodingJSON(t, s); got != want {
			t.Errorf("%q: got %s want %s", s, got, want)
		}
	}
}

// TestAppendBytesLeavesItsInputAlone: quoting a file's bytes in place
// quotes them as their string, and neither changes nor keeps them.
func TestAppendBytesLeavesItsInputAlone(t *testing.T) {
	in := []byte("a \"file\" of caf\xc3\xa9 bytes\n")
	kept := string(in)
	got := AppendBytes([]byte("prefix "), in)
	if want := "prefix " + string(Append(nil, kept)); string(got) != want {
		t.Errorf("got %s want %s", got, want)
	}
	clear(in)
	if want := "prefix " + string(Append(nil, kept)); string(got) != want {
		t.Errorf("after the input changed: got %s want %s", got, want)
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "a\"b", "\x00\u2028\xff", "café\t“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := string(Append(nil, s)) + "\n"
		if want := encodingJSON(t, s); got != want {
			t.Fatalf("%q: got %s want %s", s, got, want)
		}
	})
}

// BenchmarkAppend quotes the articles of shared/bench as the reports
// quote the text of mentions and findings: plain text, mostly ASCII, with
// curly quotes, dashes and line breaks.
func BenchmarkAppend(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	n := 0
	for line := range bytes.Lines(data) {
		var a struct{ Text string }
		if json.Unmarshal(line, &a) == nil {
			texts = append(texts, a.Text)
			n += len(a.Text)
		}
		if n >= 8<<20 {
			break
		}
	}
	b.SetBytes(int64(n))
	var buf []byte
	for b.Loop() {
		for _, s := range texts {
			buf = Append(buf[:0], s)
		}
	}
}
