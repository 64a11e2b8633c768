package report

import (
	"fmt"
	"io"
	"strconv"

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
	ew.printf("%s\n", p.paint(p.path, fmt.Sprintf("%d %s in %s", s.Findings, plural(s.Findings, "finding", "findings"), s.scope())))
	return ew.err
}

// findingBatch is how many findings a report encodes at a time on one core.
const findingBatch = 32

// appendTextFinding appends a finding as the text report writes it. A
// report may run to thousands of findings and many more related lines, so
// they are appended piece by piece rather than formatted.
func appendTextFinding(b []byte, f *rules.Finding, p palette) []byte {
	l := locate(f.Location)
	b = p.appendPainted(b, p.path, func(b []byte) []byte { return appendPosition(b, &l) })
	b = append(b, ": "...)
	b = p.appendPainted(b, p.level(f.Level), func(b []byte) []byte { return append(b, f.Level.String()...) })
	b = append(b, ": "...)
	b = append(b, f.Message...)
	b = append(b, ' ')
	b = p.appendPainted(b, p.faint, func(b []byte) []byte { return append(append(append(b, '['), f.Rule...), ']') })
	b = append(b, '\n')
	for _, r := range f.Related {
		rl := locate(r)
		b = append(b, "    "...)
		b = p.appendPainted(b, p.faint, func(b []byte) []byte { return appendPosition(b, &rl) })
		b = append(b, ": "...)
		b = strconv.AppendQuote(b, rl.Text)
		b = append(b, '\n')
	}
	if len(f.Diff) > 0 {
		b = append(b, "    diff: "...)
		b = append(b, rules.OneLineDiff(f.Diff)...)
		b = append(b, '\n')
	}
	return b
}

// appendPosition appends path:line:column.
func appendPosition(b []byte, l *Location) []byte {
	b = append(b, l.Path...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(l.Line), 10)
	b = append(b, ':')
	return strconv.AppendInt(b, int64(l.Column), 10)
}

// scope says what a run read: "3 documents (14 claims)".
func (s Summary) scope() string {
	return fmt.Sprintf("%d %s (%d %s)", s.Documents, plural(s.Documents, "document", "documents"),
		s.Claims, plural(s.Claims, "claim", "claims"))
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
