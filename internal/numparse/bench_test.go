package numparse

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// loadArticles reads the text of up to limit articles of the shared
// benchmark corpus.
func loadArticles(tb testing.TB, limit int) []string {
	tb.Helper()
	data, err := os.ReadFile(sharedtest.Path(tb, "bench", "articles.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(texts) == limit {
			break
		}
		var a struct {
			Text string `json:"text"`
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &a); err != nil {
			tb.Fatal(err)
		}
		if a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	if len(texts) == 0 {
		tb.Skip("shared data: no article text in articles.jsonl")
	}
	return texts
}

func BenchmarkScan(b *testing.B) {
	texts := loadArticles(b, 2000)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Scan(t)
		}
	}
}
