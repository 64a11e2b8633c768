package report

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// BenchmarkWrite writes a report of 1,000 findings in every format; the
// bytes are those written.
func BenchmarkWrite(b *testing.B) {
	run := fixtureRun(b)
	one := run.Findings
	run.Findings = nil
	for range 500 {
		run.Findings = append(run.Findings, one...)
	}
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			var out bytes.Buffer
			if err := Write(&out, format, run); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(out.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, format, run); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkJSONString quotes the articles of shared/bench as the reports
// quote the text of mentions and findings: plain text, mostly ASCII, with
// curly quotes, dashes and line breaks.
func BenchmarkJSONString(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	n := 0
	for line := range bytes.Lines(data) {
		var a struct{ Text string }
		if json.Unmarshal(line, &a) == nil {
			texts = append(texts, a.Text)
			n += len(a.Text)
		}
		if n >= 8<<20 {
			break
		}
	}
	b.SetBytes(int64(n))
	var buf []byte
	for b.Loop() {
		for _, s := range texts {
			buf = appendJSONString(buf[:0], s)
		}
	}
}
