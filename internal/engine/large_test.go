package engine

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

// scaleTexts are invented paragraphs that stress the scanners: ordinary news
// prose, runs of numbers with slashes (score lines, fractions, dates that are
// not), and score tables.
var scaleTexts = map[string]string{
	"prose": `Police in Eastvale said on Tuesday that three people were killed and 12 others wounded when a gunman opened fire at the Harbor Street market. "We are heartbroken," Mayor Lena Ortiz told reporters on March 3, adding that more than 40 officers responded. ` +
		`The suspect, a 29-year-old man, was arrested about $1,500 away from a $2.3 million fund, the Eastvale Herald reported. Chief Daniel Reyes said: "It could have been far worse." `,
	"slashes": `Scores 1/2/3/4 5/6/7/8 9/10/11/12 2/3/4/5/6/7 13/14/15/16 17/18/19/20 21/22/23/24 1/2 3/4 5/6 12/31/2019/5 `,
	"tables":  `Team A 21 14 7 3 0.667 12-10 Team B 19 16 5 4 0.543 11-11 Team C 18 17 6 2 0.514 10-12 2019 2020 2021 1 2 3 4 5 6 7 8 9 10 `,
}

// largeDocument is the text unit repeated to n bytes, one paragraph per
// copy when paragraphs is set, as a document published on a fixed day.
func largeDocument(unit string, n int, paragraphs bool) *document.Document {
	sep := " "
	if paragraphs {
		sep = "\n\n"
	}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(unit)
		b.WriteString(sep)
	}
	return document.NewText("big.txt", "big", b.String(), time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
}

// extractTime extracts one document of the text repeated to n bytes, one
// paragraph per copy when paragraphs is set, and returns the time it took.
func extractTime(unit string, n int, paragraphs bool) time.Duration {
	d := largeDocument(unit, n, paragraphs)
	vocab := claims.DefaultVocabulary()
	start := time.Now()
	claims.ExtractWith(d, vocab)
	return time.Since(start)
}

// TestExtractScalesLinearly checks that extraction time grows in
// proportion to the size of one document, for ordinary prose and for text
// packed with numbers, in one paragraph or many. Set CLAIMLINT_SCALE=1 to
// run it; it takes some seconds.
func TestExtractScalesLinearly(t *testing.T) {
	if os.Getenv("CLAIMLINT_SCALE") == "" {
		t.Skip("set CLAIMLINT_SCALE=1 to measure how extraction scales with document size")
	}
	for name, unit := range scaleTexts {
		for _, paragraphs := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/paragraphs=%v", name, paragraphs), func(t *testing.T) {
				small := extractTime(unit, 250_000, paragraphs)
				big := extractTime(unit, 1_000_000, paragraphs)
				ratio := float64(big) / float64(small)
				t.Logf("250 kB %v, 1 MB %v (%.1f MB/s), ratio %.1f", small, big, 1/big.Seconds(), ratio)
				if ratio > 8 {
					t.Errorf("4x the text took %.1fx the time", ratio)
				}
			})
		}
	}
}

// BenchmarkCheckLargeDocument checks one 4 MB document of each invented
// text, as one line and as paragraphs: the MB/s should match those of
// smaller documents.
func BenchmarkCheckLargeDocument(b *testing.B) {
	names := slices.Sorted(maps.Keys(scaleTexts))
	for _, name := range names {
		for _, paragraphs := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/paragraphs=%v", name, paragraphs), func(b *testing.B) {
				a := largeDocument(scaleTexts[name], 4_000_000, paragraphs)
				b.SetBytes(int64(len(a.Text)))
				b.ReportAllocs()
				for b.Loop() {
					Check([]*document.Document{a}, claims.DefaultVocabulary(), builtinSet())
				}
			})
		}
	}
}
