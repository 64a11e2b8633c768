package claims

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
	"github.com/claimlint/claimlint/internal/text"
)

// mayBindAll returns, for each date of s, whether mayBind lets it through,
// and fails when it stops a date that the event finders would bind.
func mayBindAll(t *testing.T, s string) []bool {
	t.Helper()
	doc := document.NewText("t.txt", "t", s, datePublished)
	a := &analysis{doc: doc, vocab: defaultVocabulary, text: s, sentences: text.Sentences(s)}
	var got []bool
	for _, d := range dateparse.Scan(s, datePublished) {
		sent := a.sentenceAt(d.Start)
		winStart, winEnd := max(sent.Start, d.Start-dateWindow), min(sent.End, d.End+dateWindow)
		may := a.mayBind(&d, sent.Start, winStart, winEnd)
		if _, ev, _, _, ok := a.findDateEvent(&d, sent.Start, winStart, winEnd); ok && !may {
			t.Fatalf("mayBind passes over %q in %q, which dates %q", s[d.Start:d.End], s, ev.name)
		}
		got = append(got, may)
	}
	return got
}

func TestMayBind(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"A fire broke out on Friday.", true},
		{"On Friday, the harbor board met and a fire broke out.", true},
		{"Friday's blaze destroyed the sheds.", true},
		{"Gunmen opened fire on Friday near the quay.", true},
		{"The HOLD-UP happened Friday.", true},
		{"Orla Brennick was KİLLED on Friday.", true},      // İ lower-cases to i
		{"Orla Brennick was \u212aILLED on Friday.", true}, // the Kelvin sign to k
		{"The harbor board met on Friday to talk about the ferry timetable.", false},
		{"Ferries went on Friday as planned.", false},
		{"The trial opened on the quay, and the ferries ran on Friday as they do every week of the year.", false},
	}
	for _, tt := range tests {
		got := mayBindAll(t, tt.text)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: mayBind %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMayBindBench checks mayBind on the first megabyte of the benchmark
// articles.
func TestMayBindBench(t *testing.T) {
	n := 0
	readJSONL(t, sharedtest.Path(t, "bench", "articles.jsonl"), func(line []byte) {
		var a struct{ Text string }
		if n >= 1<<20 || json.Unmarshal(line, &a) != nil {
			return
		}
		n += len(a.Text)
		mayBindAll(t, a.Text)
	})
}

// FuzzMayBind checks that mayBind never passes over a date that the event
// finders would bind.
func FuzzMayBind(f *testing.F) {
	for _, s := range []string{"A fire broke out on Friday.", "On Friday, police arrested", "Friday's fire",
		"opened  fire  on Friday", "KİLLED Friday", "hold-up on June 5", "A 7-year-old was shot Friday",
		strings.Repeat("a ", 120) + "fire Friday"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		mayBindAll(t, s)
	})
}
