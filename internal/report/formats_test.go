package report

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/golden"
	"github.com/claimlint/claimlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenDir holds the golden reports, beside the CLI's.
var goldenDir = filepath.Join("..", "..", "testdata", "golden")

// checkGolden compares got with the golden file name; -update rewrites it.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join(goldenDir, name), got, *update, "go test ./internal/report -update")
}

// at locates the first occurrence of words in doc as a claim of value.
func at(t testing.TB, doc *document.Document, words, value string) rules.Location {
	t.Helper()
	i := strings.Index(doc.Text, words)
	if i < 0 {
		t.Fatalf("%q not in %s", words, doc.Path())
	}
	return rules.Location{Doc: doc, Start: i, End: i + len(words), Value: value}
}

// fixtureRun is an invented story told by three outlets: a count they
// disagree on, and a quote one of them reworded. Its text has a non-ASCII
// letter before the claims, so that code-point and byte columns differ, and
// Markdown's special characters in names, messages and quotes.
func fixtureRun(t testing.TB) *Run {
	t.Helper()
	day := time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC)
	gazette := document.NewText("story/gazette.txt", "Harbor Gazette",
		"Storm in Port Lenna\nAt the café on Quay Street, volunteers fed 12 families.\n"+
			"Mayor Ines Paredes said: \"We will rebuild the pier, and fast.\"\n", day)
	post := document.NewText("story/post.txt", "Valley Post",
		"Volunteers at a café fed 15 families, the *Post* learned.\n"+
			"\"We will restore the old pier, and fast,\" Paredes said.\n", day)
	wire := document.NewText("story/wire.txt", "Wire | Desk",
		"PORT LENNA — Helpers fed 15 families overnight.\n", day)
	count := &rules.Rule{ID: "count-agreement", Kind: "count-agreement", Level: rules.LevelError,
		Link: "https://style.example.org/numbers#counts"}
	fs := []rules.Finding{
		{Rule: "count-agreement", Level: rules.LevelError, Subject: "families fed",
			Message:  "families fed: Harbor Gazette says 12; Valley Post says 15; Wire | Desk says 15",
			Location: at(t, gazette, "12 families", "12"),
			Related:  []rules.Location{at(t, post, "15 families", "15"), at(t, wire, "15 families", "15")}},
		{Rule: "quote-wording", Level: rules.LevelWarning, Subject: "Ines Paredes",
			Message:  "Ines Paredes: *quoted* differently, 50% of the words <differ>\r\nsee [below]",
			Location: at(t, gazette, "We will rebuild the pier, and fast.", "We will rebuild the pier, and fast."),
			Related:  []rules.Location{at(t, post, "We will restore the old pier, and fast,", "We will restore the old pier, and fast,")},
			Diff: []rules.DiffPart{{Op: rules.DiffEqual, Text: "We will "}, {Op: rules.DiffDelete, Text: "rebuild"},
				{Op: rules.DiffInsert, Text: "restore the old"}, {Op: rules.DiffEqual, Text: " pier, and fast"},
				{Op: rules.DiffDelete, Text: "."}, {Op: rules.DiffInsert, Text: ","}}},
	}
	return &Run{Findings: fs, Summary: Summary{Documents: 3, Claims: 9, Findings: len(fs)},
		Rules: []*rules.Rule{count}, Version: "1.2.3"}
}

func write(t testing.TB, format string, run *Run) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, run); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, "yaml", &Run{})
	if err == nil || !strings.Contains(err.Error(), FormatNames()) {
		t.Errorf("Write(yaml) = %v, want an error naming the formats", err)
	}
}

func TestRelPath(t *testing.T) {
	dir := filepath.FromSlash("/work/repo")
	for _, c := range []struct{ path, want string }{
		{"/work/repo/story/a.txt", "story/a.txt"},
		{"story/./a.txt", "story/a.txt"},
		{"/work/repository/a.txt", "/work/repository/a.txt"},
		{"/elsewhere/a.txt", "/elsewhere/a.txt"},
	} {
		if got := relPath(dir, filepath.FromSlash(c.path)); got != c.want {
			t.Errorf("relPath(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func TestColumnsDiffer(t *testing.T) {
	// The fixture's first claim follows "é": a column of 44 in code points,
	// 45 in bytes.
	s := spanOf(fixtureRun(t).Findings[0].Location, "")
	if s.Column != 44 || s.doc.File.ByteColumn(s.Start) != 45 {
		t.Errorf("column %d, byte column %d; want 44 and 45", s.Column, s.doc.File.ByteColumn(s.Start))
	}
}

func TestAbsoluteURL(t *testing.T) {
	for link, want := range map[string]string{
		"https://style.example.org/numbers#counts": "https://style.example.org/numbers#counts",
		"https://style.example.org/a b>c":          "https://style.example.org/a%20b%3Ec",
		"styleguide.md#numbers":                    "",
		"mailto:desk@example.org":                  "mailto:desk@example.org",
		"":                                         "",
		"https://":                                 "",
	} {
		if got := absoluteURL(link); got != want {
			t.Errorf("absoluteURL(%q) = %q, want %q", link, got, want)
		}
	}
}

func TestLevelCounts(t *testing.T) {
	fs := []rules.Finding{{Level: rules.LevelInfo}, {Level: rules.LevelError}, {Level: rules.LevelInfo}, {Level: rules.LevelError}}
	if got, want := levelCounts(fs), "2 errors, 2 info"; got != want {
		t.Errorf("levelCounts = %q, want %q", got, want)
	}
}
