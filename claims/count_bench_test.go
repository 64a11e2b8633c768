package claims

import (
	"testing"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
)

// BenchmarkExtractCounts measures count extraction alone over benchmark
// articles whose dates and quantities were found beforehand.
func BenchmarkExtractCounts(b *testing.B) {
	texts := benchTexts(b, 4<<20)
	analyses := make([]*analysis, 0, len(texts))
	for _, s := range texts {
		doc := document.NewText("b.txt", "b", s, datePublished)
		a := &analysis{doc: doc, vocab: defaultVocabulary, text: doc.Text, sentences: text.Sentences(doc.Text)}
		a.scanDates()
		a.claimDates()
		a.extractQuantities()
		analyses = append(analyses, a)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, a := range analyses {
			a.claims, a.tally, a.wordBuf = a.claims[:0], sentenceMemo{}, a.wordBuf[:0]
			a.extractCounts()
		}
	}
}
