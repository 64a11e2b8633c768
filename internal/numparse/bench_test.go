package numparse

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// loadArticles reads the text of up to limit articles of the shared
// benchmark corpus.
func loadArticles(tb testing.TB, limit int) []string {
	tb.Helper()
	path := sharedtest.Path(tb, "bench", "articles.jsonl")
	fh, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	var texts []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(texts) < limit {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
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
