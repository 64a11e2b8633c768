package numparse

import (
	"strings"
	"testing"
)

func TestSkipPlainWords(t *testing.T) {
	tests := []struct {
		text string
		stop string // the text from where the skip stops
	}{
		{"the mayor said on Friday that twelve people", "twelve people"},
		{"the mayor said that approximately sixty people", "approximately sixty people"},
		{"investigators, prosecutors and firefighters counted thousands of votes", "thousands of votes"},
		{"officials counted, roughly, seventeen hundred", "roughly, seventeen hundred"},
		{"officials counted, seventeen hundred", "seventeen hundred"},
		{"cost of the extraordinary reconstruction, $5 million", "reconstruction, $5 million"},
		{"the council paid $5", "paid $5"},
		{"a report", "a report"},
		{"the counterrevolutionaries remain", "counterrevolutionaries remain"},
		{"police said. Then", "said. Then"},
		{"remarkable", "remarkable"},
	}
	for _, tt := range tests {
		got := tt.text[skipPlainWords(tt.text, 0):]
		if got != tt.stop {
			t.Errorf("skipPlainWords(%q) stops at %q, want %q", tt.text, got, tt.stop)
		}
	}
}

// FuzzSkipPlainWords checks that what the skip passes over is only words
// that start nothing, each followed by a space or by a comma and a space,
// and no dollar sign after them.
func FuzzSkipPlainWords(f *testing.F) {
	for _, s := range []string{"the mayor said that approximately sixty people", "extraordinary reconstruction, $5",
		"investigators, prosecutors and firefighters counted thousands", "officials counted, roughly, seventeen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || !isLetter(s[0]) {
			return
		}
		j := skipPlainWords(s, 0)
		if j < 0 || j > len(s) {
			t.Fatalf("skipPlainWords(%q) = %d, outside the text", s, j)
		}
		if j > 0 && (j == len(s) || s[j-1] != ' ') {
			t.Fatalf("skipPlainWords(%q) stops at %d, not after a space", s, j)
		}
		for i := 0; i < j; {
			e := i
			for e < len(s) && isLetter(s[e]) {
				e++
			}
			if e == i || mayStart(s, i, e) {
				t.Fatalf("skipPlainWords(%q) passes over %q at %d", s, s[i:e], i)
			}
			rest := s[e:j]
			sep := " "
			if strings.HasPrefix(rest, ", ") {
				sep = ", "
			}
			if !strings.HasPrefix(rest, sep) || s[e+len(sep)] == '$' {
				t.Fatalf("skipPlainWords(%q) passes over %q after %q", s, rest, s[i:e])
			}
			i = e + len(sep)
		}
	})
}
