// Package suppress reads the comments with which a writer silences findings
// inline: `<!-- claimlint-disable RULE -->` ... `<!-- claimlint-enable RULE
// -->` and `<!-- claimlint-disable-next-line RULE -->` in Markdown and HTML,
// the same words on a line of their own in plain text. Naming no rule means
// every rule.
package suppress

import (
	"bytes"
	"strings"
)

// Directives are the silenced line ranges of one file.
type Directives struct {
	ranges []lineRange
}

type lineRange struct {
	rule       string // "" for every rule
	start, end int    // 1-based lines, end inclusive; end 0 runs to the end of the file
}

var marker = []byte("claimlint-")

// Scan reads the directives of a file. comments says whether they stand in
// HTML comments (Markdown and HTML) or on lines of their own (plain text).
func Scan(data []byte, comments bool) *Directives {
	d := &Directives{}
	if !bytes.Contains(data, marker) {
		return d
	}
	open := map[string]int{} // rule -> line its disable started
	line := 0
	for rest := data; len(rest) > 0; {
		line++
		var text []byte
		text, rest, _ = bytes.Cut(rest, []byte("\n"))
		if !bytes.Contains(text, marker) {
			continue
		}
		for _, dir := range directivesOn(text, comments) {
			rules := dir.rules
			if len(rules) == 0 {
				rules = []string{""}
			}
			for _, r := range rules {
				switch dir.verb {
				case "disable":
					if _, ok := open[r]; !ok {
						open[r] = line
					}
				case "enable":
					if start, ok := open[r]; ok {
						d.ranges = append(d.ranges, lineRange{r, start, line})
						delete(open, r)
					}
				case "disable-next-line":
					d.ranges = append(d.ranges, lineRange{r, line + 1, line + 1})
				}
			}
		}
	}
	for r, start := range open {
		d.ranges = append(d.ranges, lineRange{r, start, 0})
	}
	return d
}

type directive struct {
	verb  string
	rules []string
}

// directivesOn returns the directives on one line.
func directivesOn(line []byte, comments bool) []directive {
	if !comments {
		if dir, ok := parseDirective(strings.TrimSpace(string(line))); ok {
			return []directive{dir}
		}
		return nil
	}
	var out []directive
	for rest := line; ; {
		i := bytes.Index(rest, []byte("<!--"))
		if i < 0 {
			return out
		}
		body := rest[i+4:]
		j := bytes.Index(body, []byte("-->"))
		if j < 0 {
			return out
		}
		if dir, ok := parseDirective(strings.TrimSpace(string(body[:j]))); ok {
			out = append(out, dir)
		}
		rest = body[j+3:]
	}
}

// parseDirective reads "claimlint-VERB [RULE[, RULE]...]".
func parseDirective(s string) (directive, bool) {
	s, ok := strings.CutPrefix(s, "claimlint-")
	if !ok {
		return directive{}, false
	}
	verb, rest, _ := strings.Cut(s, " ")
	if verb != "disable" && verb != "enable" && verb != "disable-next-line" {
		return directive{}, false
	}
	rules := strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	return directive{verb: verb, rules: rules}, true
}

// Silenced reports whether findings of rule on line are silenced.
func (d *Directives) Silenced(rule string, line int) bool {
	for _, r := range d.ranges {
		if (r.rule == "" || r.rule == rule) && line >= r.start && (r.end == 0 || line <= r.end) {
			return true
		}
	}
	return false
}
