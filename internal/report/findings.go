package report

import (
	"fmt"
	"io"

	"github.com/claimlint/claimlint/internal/ordered"
	"github.com/claimlint/claimlint/rules"
)

// Summary counts what a check run read and found.
type Summary struct {
	Documents int `json:"documents"`
	Claims    int `json:"claims"`
	Findings  int `json:"findings"`
}

// diffOps names the runs of a word diff: "equal", "delete" (only at the
// finding's location) or "insert" (only in the first related claim).
var diffOps = map[rules.DiffOp]string{rules.DiffEqual: "equal", rules.DiffDelete: "delete", rules.DiffInsert: "insert"}

func locate(l rules.Location) Location {
	return Locate(l.Doc, l.Start, l.End, l.Value)
}

// WriteJSON writes findings as one JSON object, {"findings": [...],
// "summary": {...}}, indented by two spaces. Each finding has rule, level,
// message, subject, location and related, and a reworded quote its word
// diff, beyond the contract.
func WriteJSON(w io.Writer, fs []rules.Finding, s Summary) error {
	j := newJSONWriter(w, "  ")
	j.open('{')
	j.key("findings")
	j.open('[')
	j.values(len(fs), findingBatch, func(c *jsonWriter, from, to int) {
		for i := from; i < to; i++ {
			c.next()
			writeFinding(c, &fs[i])
		}
	})
	j.close(']')
	j.key("summary")
	j.open('{')
	j.int("documents", s.Documents)
	j.int("claims", s.Claims)
	j.int("findings", s.Findings)
	j.close('}')
	j.close('}')
	j.end()
	return j.finish()
}

func writeFinding(j *jsonWriter, f *rules.Finding) {
	j.open('{')
	j.str("rule", f.Rule)
	j.str("level", f.Level.String())
	j.str("message", f.Message)
	j.str("subject", f.Subject)
	j.key("location")
	writeLocation(j, locate(f.Location))
	j.key("related")
	j.open('[')
	for _, r := range f.Related {
		j.next()
		writeLocation(j, locate(r))
	}
	j.close(']')
	if len(f.Diff) > 0 {
		j.key("diff")
		j.open('[')
		for _, p := range f.Diff {
			j.next()
			j.open('{')
			j.str("op", diffOps[p.Op])
			j.str("text", p.Text)
			j.close('}')
		}
		j.close(']')
	}
	j.close('}')
}

func writeLocation(j *jsonWriter, l Location) {
	j.open('{')
	j.path(l.Path)
	j.int("start", l.Start)
	j.int("end", l.End)
	j.int("line", l.Line)
	j.int("column", l.Column)
	j.str("text", l.Text)
	j.str("value", l.Value)
	j.close('}')
}

// writeText writes findings as a compiler does, coloured by p: `path:line:col:
// level: message [rule]`, each related location indented under its finding,
// and the word diff of a reworded quote with removed words as [-words-] and
// added ones as {+words+}; then a summary line.
func writeText(w io.Writer, fs []rules.Finding, s Summary, p palette) error {
	ew := &errWriter{w: w}
	ordered.Batches(len(fs), findingBatch, func(b []byte, from, to int) []byte {
		for i := from; i < to; i++ {
			b = appendTextFinding(b, &fs[i], p)
		}
		return b
	}, func(b []byte) bool {
		ew.write(b)
		return true
	})
	ew.printf("%s\n", p.paint(p.path, fmt.Sprintf("%d %s in %d %s (%d claims)", s.Findings, plural(s.Findings, "finding", "findings"),
		s.Documents, plural(s.Documents, "document", "documents"), s.Claims)))
	return ew.err
}

// findingBatch is how many findings a report encodes at a time on one core.
const findingBatch = 32

// appendTextFinding appends a finding as the text report writes it.
func appendTextFinding(b []byte, f *rules.Finding, p palette) []byte {
	l := locate(f.Location)
	b = fmt.Appendf(b, "%s: %s: %s %s\n", p.paint(p.path, fmt.Sprintf("%s:%d:%d", l.Path, l.Line, l.Column)),
		p.paint(p.level(f.Level), f.Level.String()), f.Message, p.paint(p.faint, "["+f.Rule+"]"))
	for _, r := range f.Related {
		rl := locate(r)
		b = fmt.Appendf(b, "    %s: %q\n", p.paint(p.faint, fmt.Sprintf("%s:%d:%d", rl.Path, rl.Line, rl.Column)), rl.Text)
	}
	if len(f.Diff) > 0 {
		b = fmt.Appendf(b, "    diff: %s\n", rules.OneLineDiff(f.Diff))
	}
	return b
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

func (e *errWriter) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
