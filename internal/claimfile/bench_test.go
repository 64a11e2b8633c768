package claimfile

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// benchArticles loads the first 4 MB of the bench articles, whole lines,
// and returns them and their size.
func benchArticles(b *testing.B) ([]*document.Document, int) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	end := bytes.IndexByte(data[min(len(data), 4<<20):], '\n')
	if end >= 0 {
		data = data[:min(len(data), 4<<20)+end+1]
	}
	p := filepath.Join(b.TempDir(), "articles.jsonl")
	if err := os.WriteFile(p, data, 0o666); err != nil {
		b.Fatal(err)
	}
	docs, _, err := document.Load([]string{p}, nil, document.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return docs, len(data)
}

// BenchmarkRead reads back the claims of the first 4 MB of the bench
// articles; the bytes are those of the claims file.
func BenchmarkRead(b *testing.B) {
	docs, _ := benchArticles(b)
	set := builtinSet()
	var file bytes.Buffer
	w := NewWriter(&file, set)
	w.Extractions(engine.ExtractUnlinked(docs, claims.DefaultVocabulary(), set).Extractions)
	binding := Binding(set)
	b.SetBytes(int64(file.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read([]string{"-"}, bytes.NewReader(file.Bytes()), binding); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract extracts and writes the claims of the first 4 MB of the
// bench articles, as extract --format claims does; the bytes are those of
// the articles.
func BenchmarkExtract(b *testing.B) {
	docs, size := benchArticles(b)
	set, vocab := builtinSet(), claims.DefaultVocabulary()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		w := NewWriter(io.Discard, set)
		w.Extract(docs, vocab, set)
		if err := w.Err(); err != nil {
			b.Fatal(err)
		}
	}
}
