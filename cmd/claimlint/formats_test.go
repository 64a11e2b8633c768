package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/claimlint/claimlint/internal/golden"
)

// TestFormatsGolden compares the review and CI formats of the report on the
// example story with the golden files (internal/report validates the SARIF
// one against the schema and parses the rdjsonl one); `go test
// ./cmd/claimlint -update` rewrites them. The Markdown report is kept
// rendered to HTML too, as GitHub would show it.
func TestFormatsGolden(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	for _, c := range []struct{ format, golden string }{
		{"sarif", "harbor-fire.check.sarif"},
		{"github", "harbor-fire.check.github"},
		{"rdjsonl", "harbor-fire.check.rdjsonl"},
		{"markdown", "harbor-fire.check.md"},
	} {
		t.Run(c.format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := []string{"claimlint", "check", "--format", c.format, "testdata/stories/harbor-fire"}
			if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitFindings {
				t.Fatalf("exit %d, want %d: %s", code, exitFindings, stderr.String())
			}
			compareGolden(t, c.golden, stdout.Bytes())
			if c.format == "markdown" {
				var html bytes.Buffer
				if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(stdout.Bytes(), &html); err != nil {
					t.Fatal(err)
				}
				compareGolden(t, c.golden+".html", html.Bytes())
			}
		})
	}
}

func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name), got, *update, "go test ./cmd/claimlint -update")
}
