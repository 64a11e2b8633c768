package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// Run is what one check run reports, with what the formats for code review
// and CI need besides the findings.
type Run struct {
	Findings []rules.Finding
	Summary  Summary
	// Rules are the rules that ran; SARIF describes them, rdjsonl and
	// Markdown link to their style guides.
	Rules []*rules.Rule
	// Version is claimlint's version, for SARIF's tool description.
	Version string
	// Dir is the working directory: SARIF, GitHub, rdjsonl and Markdown write
	// the paths of files inside it relative to it, as code review tools
	// expect paths relative to the repository. Empty leaves paths as given.
	Dir string
	// Color makes the text format colour levels and paths for a terminal.
	Color bool
}

// Formats are the report formats of `check --format`, the default first.
var Formats = []string{"text", "json", "sarif", "github", "rdjsonl", "markdown"}

// FormatNames lists Formats in words: "text, json, ... or markdown".
func FormatNames() string {
	return strings.Join(Formats[:len(Formats)-1], ", ") + " or " + Formats[len(Formats)-1]
}

// Write writes run in one of Formats.
func Write(w io.Writer, format string, run *Run) error {
	switch format {
	case "text":
		return writeText(w, run.Findings, run.Summary, paletteFor(run.Color))
	case "json":
		return WriteJSON(w, run.Findings, run.Summary)
	case "sarif":
		return WriteSARIF(w, run)
	case "github":
		return WriteGitHub(w, run)
	case "rdjsonl":
		return WriteRDJSONL(w, run)
	case "markdown":
		return WriteMarkdown(w, run)
	}
	return fmt.Errorf("unknown report format %q, expected %s", format, FormatNames())
}

// ruleLink returns the style guide link of the rule with id when it is an
// absolute URL, as SARIF requires and as a link in a pull request comment or
// review needs; otherwise "".
func (run *Run) ruleLink(id string) string {
	for _, r := range run.Rules {
		if r.ID == id {
			return absoluteURL(r.Link)
		}
	}
	return ""
}

// absoluteURL returns link normalized when it is an absolute URL, else "".
func absoluteURL(link string) string {
	u, err := url.Parse(link)
	if err != nil || !u.IsAbs() || u.Host == "" && u.Opaque == "" {
		return ""
	}
	return u.String()
}

// relPath writes path relative to dir, slash-separated, when it lies inside
// dir; otherwise as given.
func relPath(dir, path string) string {
	if dir == "" || !filepath.IsAbs(path) {
		return filepath.ToSlash(filepath.Clean(path))
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// span is a claim's place in its file with both ends, as the review formats
// give ranges.
type span struct {
	Location
	end document.Position // of the byte just past the claim
	doc *document.Document
}

func spanOf(l rules.Location, dir string) span {
	loc := locate(l)
	loc.Path = relPath(dir, loc.Path)
	return span{Location: loc, end: l.Doc.File.Position(loc.End), doc: l.Doc}
}

// levelCounts says how many findings there are of each level, most serious
// first: "2 errors, 1 info".
func levelCounts(fs []rules.Finding) string {
	var n [rules.LevelNone]int
	for _, f := range fs {
		if f.Level > 0 && f.Level < rules.LevelNone {
			n[f.Level]++
		}
	}
	var parts []string
	for _, l := range []rules.Level{rules.LevelError, rules.LevelWarning, rules.LevelInfo} {
		if n[l] == 0 {
			continue
		}
		name := l.String()
		if n[l] > 1 && l != rules.LevelInfo {
			name += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s", n[l], name))
	}
	return strings.Join(parts, ", ")
}
