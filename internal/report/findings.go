package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimlint/claimlint/rules"
)

// Summary counts what a check run read and found.
type Summary struct {
	Documents int `json:"documents"`
	Claims    int `json:"claims"`
	Findings  int `json:"findings"`
}

type jsonFinding struct {
	Rule     string     `json:"rule"`
	Level    string     `json:"level"`
	Message  string     `json:"message"`
	Subject  string     `json:"subject"`
	Location Location   `json:"location"`
	Related  []Location `json:"related"`
	// Diff is the word-level diff of a reworded quote, beyond the contract.
	Diff []jsonDiffPart `json:"diff,omitempty"`
}

// jsonDiffPart is a run of words of a diff: "equal", "delete" (only at the
// finding's location) or "insert" (only in the first related claim).
type jsonDiffPart struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

var diffOps = map[rules.DiffOp]string{rules.DiffEqual: "equal", rules.DiffDelete: "delete", rules.DiffInsert: "insert"}

func toJSON(f rules.Finding) jsonFinding {
	jf := jsonFinding{Rule: f.Rule, Level: f.Level.String(), Message: f.Message, Subject: f.Subject,
		Location: locate(f.Location), Related: []Location{}}
	for _, r := range f.Related {
		jf.Related = append(jf.Related, locate(r))
	}
	for _, p := range f.Diff {
		jf.Diff = append(jf.Diff, jsonDiffPart{Op: diffOps[p.Op], Text: p.Text})
	}
	return jf
}

func locate(l rules.Location) Location {
	return Locate(l.Doc, l.Start, l.End, l.Value)
}

// WriteJSON writes findings as one JSON object: {"findings": [...], "summary": {...}}.
func WriteJSON(w io.Writer, fs []rules.Finding, s Summary) error {
	out := struct {
		Findings []jsonFinding `json:"findings"`
		Summary  Summary       `json:"summary"`
	}{Findings: make([]jsonFinding, 0, len(fs)), Summary: s}
	for _, f := range fs {
		out.Findings = append(out.Findings, toJSON(f))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// writeText writes findings as a compiler does, coloured by p: `path:line:col:
// level: message [rule]`, each related location indented under its finding,
// and the word diff of a reworded quote with removed words as [-words-] and
// added ones as {+words+}; then a summary line.
func writeText(w io.Writer, fs []rules.Finding, s Summary, p palette) error {
	ew := &errWriter{w: w}
	for _, f := range fs {
		l := locate(f.Location)
		ew.printf("%s: %s: %s %s\n", p.paint(p.path, fmt.Sprintf("%s:%d:%d", l.Path, l.Line, l.Column)),
			p.paint(p.level(f.Level), f.Level.String()), f.Message, p.paint(p.faint, "["+f.Rule+"]"))
		for _, r := range f.Related {
			rl := locate(r)
			ew.printf("    %s: %q\n", p.paint(p.faint, fmt.Sprintf("%s:%d:%d", rl.Path, rl.Line, rl.Column)), rl.Text)
		}
		if len(f.Diff) > 0 {
			ew.printf("    diff: %s\n", rules.OneLineDiff(f.Diff))
		}
	}
	ew.printf("%s\n", p.paint(p.path, fmt.Sprintf("%d %s in %d %s (%d claims)", s.Findings, plural(s.Findings, "finding", "findings"),
		s.Documents, plural(s.Documents, "document", "documents"), s.Claims)))
	return ew.err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errWriter keeps the first write error so that a report is written without
// checking every line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
