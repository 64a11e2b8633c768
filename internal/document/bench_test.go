package document

import (
	"os"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

func BenchmarkLoadJSONL(b *testing.B) {
	path := sharedtest.Path(b, "bench", "articles.jsonl")
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	for b.Loop() {
		if _, _, err := Load([]string{path}, nil, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFlattenJSONL measures the reading of a batch already in memory,
// without the file system.
func BenchmarkFlattenJSONL(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var l loader
		if err := l.loadData("articles.jsonl", FormatJSONL, data, "articles"); err != nil {
			b.Fatal(err)
		}
	}
}
