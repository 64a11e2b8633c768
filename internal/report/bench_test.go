package report

import (
	"bytes"
	"io"
	"testing"
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
