package text

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The bridge opened. Traffic doubled! Was it worth it? Yes.",
			[]string{"The bridge opened.", "Traffic doubled!", "Was it worth it?", "Yes."}},
		{"initialism before a title", "U.S. Secretary of State Ana Ortiz landed in Lima. She met the mayor.",
			[]string{"U.S. Secretary of State Ana Ortiz landed in Lima.", "She met the mayor."}},
		{"headline", "Support From U.S. Officials\nIt grew.", []string{"Support From U.S. Officials", "It grew."}},
		{"initialism ending a sentence", "The envoy flew to the U.S. The talks began on Monday.",
			[]string{"The envoy flew to the U.S.", "The talks began on Monday."}},
		{"month", "The vote is set for Jan. 5 in the capital.", []string{"The vote is set for Jan. 5 in the capital."}},
		{"time", "Polls close at 3 p.m. Friday, officials said. Turnout was low.",
			[]string{"Polls close at 3 p.m. Friday, officials said.", "Turnout was low."}},
		{"time ending a sentence", "Polls closed at 8 p.m. The count began.",
			[]string{"Polls closed at 8 p.m.", "The count began."}},
		{"title", "Gov. Smith and Dr. Lena Park spoke with Mr. Okafor. They agreed.",
			[]string{"Gov. Smith and Dr. Lena Park spoke with Mr. Okafor.", "They agreed."}},
		{"initials", "J.D. Vance met Mary J. Blige and T. Rowe. Nothing was signed.",
			[]string{"J.D. Vance met Mary J. Blige and T. Rowe.", "Nothing was signed."}},
		{"number label", "The No. 5 seed lost. Fans left.", []string{"The No. 5 seed lost.", "Fans left."}},
		{"decimal", "Growth was 3.5 percent. Prices rose 0.2 points.",
			[]string{"Growth was 3.5 percent.", "Prices rose 0.2 points."}},
		{"quote ends the sentence", `"We will rebuild," he said." Next came the vote.`,
			[]string{`"We will rebuild," he said."`, "Next came the vote."}},
		{"closing quote after period", `She said, "The dam held." The river fell.`,
			[]string{`She said, "The dam held."`, "The river fell."}},
		{"exclamation inside quote", `"Stop!" she said. He stopped.`, []string{`"Stop!" she said.`, "He stopped."}},
		{"curly quotes", "“Is it safe?” asked Ruiz. “Yes.” Then silence.",
			[]string{"“Is it safe?” asked Ruiz.", "“Yes.”", "Then silence."}},
		{"number ends a sentence", "The founder died in 2019. The firm was sold.",
			[]string{"The founder died in 2019.", "The firm was sold."}},
		{"newlines", "Storm Hits Coast\nWinds reached 90 mph\n\nPower is out", []string{"Storm Hits Coast", "Winds reached 90 mph", "Power is out"}},
		{"lowercase continues", "He paused... and went on. See e.g. the annex.",
			[]string{"He paused... and went on.", "See e.g. the annex."}},
		{"ellipsis", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
		{"ellipsis among other marks", "“Wait…” — she said… Ægir’s crew left… Done…",
			[]string{"“Wait…”", "— she said…", "Ægir’s crew left…", "Done…"}},
		{"ellipsis opens the text", "… And so it ended.", []string{"…", "And so it ended."}},
		{"no space after period", "Visit example.com.Then leave. The U.S.-led force moved.",
			[]string{"Visit example.com.Then leave.", "The U.S.-led force moved."}},
		{"company", "She joined Acme Inc. in May. Acme Inc. The firm said nothing.",
			[]string{"She joined Acme Inc. in May.", "Acme Inc.", "The firm said nothing."}},
		{"trimmed", "  First one.   Second one.  \r\n", []string{"First one.", "Second one."}},
		{"empty", "", nil},
		{"only space", " \n\t\n", nil},
		{"no final punctuation", "A line without end", []string{"A line without end"}},
		{"case name", "The court weighed Roe v. Wade. Lawyers disagreed.", []string{"The court weighed Roe v. Wade.", "Lawyers disagreed."}},
		{"rank", "Army Pfc. Lee Tran and Lt. Col. Omar Diaz spoke.", []string{"Army Pfc. Lee Tran and Lt. Col. Omar Diaz spoke."}},
		{"bill number", "The House passed H.J.Res. 41 on Friday.", []string{"The House passed H.J.Res. 41 on Friday."}},
		{"state", "She grew up in Tacoma, Wash. Her parents ran a diner.", []string{"She grew up in Tacoma, Wash.", "Her parents ran a diner."}},
		{"parenthesis", "The plan passed (narrowly). Critics objected.", []string{"The plan passed (narrowly).", "Critics objected."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSpans verifies that spans are ordered, disjoint, non-empty, trimmed
// and on character boundaries of s, and that only whitespace lies between
// them.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	valid := utf8.ValidString(s)
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("bad span %v after %d in %q", sp, prev, s)
		}
		if valid && strings.TrimSpace(s[prev:sp.Start]) != "" {
			t.Fatalf("text %q between sentences in %q", s[prev:sp.Start], s)
		}
		if valid && (!utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
			t.Fatalf("span %v splits a character in %q", sp, s)
		}
		if spaceLen(s, sp.Start) > 0 || spaceLenBefore(s, sp.End) > 0 {
			t.Fatalf("span %v not trimmed in %q", sp, s)
		}
		prev = sp.End
	}
	if valid && strings.TrimSpace(s[prev:]) != "" {
		t.Fatalf("text %q after the last sentence in %q", s[prev:], s)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"U.S. Secretary of State. The end.", `"Stop!" she said.`, "Jan. 5… “Yes.” No. 5",
		"a.\n\n. .. ?! \u00a0x", "Mr.", "…", "\xe2\x80", ". \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Sentences(s))
	})
}

func BenchmarkSentences(b *testing.B) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for line := range bytes.Lines(data) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var doc struct{ Text string }
		if err := json.Unmarshal(line, &doc); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, doc.Text)
		if size += len(doc.Text); size > 8<<20 {
			break
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			Sentences(s)
		}
	}
}
