package document

import (
	"bytes"
	"html"
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

// benchArticles returns the texts of the first articles of the benchmark
// batch, about size bytes of them.
func benchArticles(b *testing.B, size int) []string {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	docs, _, err := loadData("articles.jsonl", FormatJSONL, data[:bytes.LastIndexByte(data[:size], '\n')], "articles", false)
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text
	}
	return texts
}

// benchFlatten measures the reading of files already in memory, without the
// file system.
func benchFlatten(b *testing.B, format Format, files [][]byte) {
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			if _, _, err := loadData("bench", format, f, "bench", false); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkFlattenText(b *testing.B) {
	var files [][]byte
	for _, t := range benchArticles(b, 4<<20) {
		files = append(files, []byte(t))
	}
	benchFlatten(b, FormatText, files)
}

func BenchmarkFlattenMarkdown(b *testing.B) {
	var files [][]byte
	for _, t := range benchArticles(b, 4<<20) {
		lines := bytes.Split([]byte(t), []byte("\n"))
		lines[0] = append([]byte("# "), lines[0]...)
		files = append(files, bytes.Join(lines, []byte("\n\n")))
	}
	benchFlatten(b, FormatMarkdown, files)
}

func BenchmarkFlattenHTML(b *testing.B) {
	var files [][]byte
	for _, t := range benchArticles(b, 4<<20) {
		var page bytes.Buffer
		page.WriteString("<html><head><title>Story</title></head><body>\n")
		for line := range bytes.Lines([]byte(t)) {
			page.WriteString("<p>" + html.EscapeString(string(bytes.TrimSpace(line))) + "</p>\n")
		}
		page.WriteString("</body></html>\n")
		files = append(files, page.Bytes())
	}
	benchFlatten(b, FormatHTML, files)
}
