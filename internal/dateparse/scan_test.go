package dateparse

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLexiconProbes checks that the words of the lexicon hash apart well
// enough that a lookup probes few slots.
func TestLexiconProbes(t *testing.T) {
	for i := range lexicon {
		w := lexicon[i].key
		if w == "" {
			continue
		}
		probes := (i - int(lexHash(w)) + lexSize) % lexSize
		if probes > 4 {
			t.Errorf("%q lies %d slots from its hash", w, probes)
		}
		if x, ok := lookupWord(strings.ToUpper(w)); !ok || x != lexicon[i].w {
			t.Errorf("lookupWord(%q) = %v, %v", strings.ToUpper(w), x, ok)
		}
	}
}

// TestSentenceBounds compares sentenceStart and sentenceStop with loops
// over bytes, for every stretch of a text with ends of all kinds.
func TestSentenceBounds(t *testing.T) {
	s := "Rain fell in 2019. On March 3 it stopped! Did it? Yes.\nMr. Quill left at 10. and came back.The end... x.y"
	for lo := range len(s) + 1 {
		for i := lo; i <= len(s); i++ {
			want := i
			for want > lo && !sentenceEnd(s, want-1) {
				want--
			}
			if got := sentenceStart(s, lo, i); got != want {
				t.Fatalf("sentenceStart(%d, %d) = %d, want %d", lo, i, got, want)
			}
			want = lo
			for want < i && !sentenceEnd(s, want) {
				want++
			}
			if got := sentenceStop(s, lo, i); got != want {
				t.Fatalf("sentenceStop(%d, %d) = %d, want %d", lo, i, got, want)
			}
		}
	}
}

// AppendScan appends to dates already found elsewhere what Scan finds:
// those dates play no part in reading the text, not even a year before
// it, which a date without one would otherwise take ("In 2019, on March 3").
func TestAppendScanAppends(t *testing.T) {
	ref := time.Date(2025, 8, 9, 0, 0, 0, 0, time.UTC)
	prefix := Scan("It happened in 2019", ref)
	for _, s := range []string{", on March 3, the port closed.", "On Friday and last week; 8/9/2025.", ""} {
		want := append(slices.Clone(prefix), Scan(s, ref)...)
		if got := (Scanner{}).AppendScan(slices.Clone(prefix), s, ref); !slices.Equal(got, want) {
			t.Errorf("AppendScan(prefix, %q) = %v, want %v", s, got, want)
		}
	}
}
