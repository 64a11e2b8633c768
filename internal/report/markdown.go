package report

import (
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/rules"
)

// cellRunes is the longest value a claim table cell shows; longer ones (whole
// quotes) are cut, and the finding below the table gives them in full.
const cellRunes = 60

// minorityMark follows the values that fewer sources give than the most
// common value of the row.
const minorityMark = " ⚠"

// WriteMarkdown writes run as GitHub-flavored Markdown to post as a pull
// request comment: a summary line, a table of the disputed claims with a
// column a source, then every finding with the claims involved and, for
// reworded quotes, a word-level diff.
func WriteMarkdown(w io.Writer, run *Run) error {
	ew := &errWriter{w: w}
	s := run.Summary
	if len(run.Findings) == 0 {
		ew.printf("**claimlint**: no findings in %s.\n", s.scope())
		return ew.err
	}
	ew.printf("**claimlint**: %d %s (%s) in %s.\n\n", s.Findings,
		plural(s.Findings, "finding", "findings"), levelCounts(run.Findings), s.scope())
	writeClaimTable(ew, run.Findings)
	for i, f := range run.Findings {
		writeMarkdownFinding(ew, run, i+1, f)
	}
	return ew.err
}

// claimRow is what the sources say about one disputed subject under one rule.
type claimRow struct {
	subject, rule string
	values        map[string][]string // by source, in the order found
	flagged       map[string]bool     // source and value pairs where a finding stands
}

func (r *claimRow) add(l rules.Location, flagged bool) {
	src := sourceName(l)
	if flagged {
		r.flagged[src+"\x00"+l.Value] = true
	}
	for _, v := range r.values[src] {
		if v == l.Value {
			return
		}
	}
	r.values[src] = append(r.values[src], l.Value)
}

// writeClaimTable writes a row a disputed subject and rule and a column a
// source, in the order findings name them, marking the values the findings
// stand at: the ones fewer sources give.
func writeClaimTable(ew *errWriter, fs []rules.Finding) {
	var rows []*claimRow
	byKey := map[string]*claimRow{}
	sourceSet := map[string]bool{}
	for _, f := range fs {
		key := f.Rule + "\x00" + f.Subject
		row := byKey[key]
		if row == nil {
			row = &claimRow{subject: f.Subject, rule: f.Rule, values: map[string][]string{}, flagged: map[string]bool{}}
			byKey[key] = row
			rows = append(rows, row)
		}
		row.add(f.Location, true)
		sourceSet[sourceName(f.Location)] = true
		for _, l := range f.Related {
			row.add(l, false)
			sourceSet[sourceName(l)] = true
		}
	}
	sources := slices.Sorted(maps.Keys(sourceSet))

	ew.printf("| Claim | Rule |")
	for _, s := range sources {
		ew.printf(" %s |", escapeMarkdown(s))
	}
	ew.printf("\n| :-- | :-- |%s\n", strings.Repeat(" :-- |", len(sources)))
	for _, row := range rows {
		ew.printf("| %s | %s |", escapeMarkdown(row.subject), codeSpan(row.rule))
		for _, s := range sources {
			cells := make([]string, 0, len(row.values[s]))
			for _, v := range row.values[s] {
				cell := escapeMarkdown(cut(v, cellRunes))
				if row.flagged[s+"\x00"+v] {
					cell = "**" + cell + "**" + minorityMark
				}
				cells = append(cells, cell)
			}
			if len(cells) == 0 {
				cells = append(cells, "–")
			}
			ew.printf(" %s |", strings.Join(cells, " / "))
		}
		ew.printf("\n")
	}
	ew.printf("\n%s: the value a finding stands at, which fewer sources give.\n", strings.TrimSpace(minorityMark))
}

// markdownMessage escapes a finding's message, rendering the one-line word
// diff a quote message carries as struck and bold words.
func markdownMessage(f rules.Finding) string {
	if len(f.Diff) > 0 {
		plain := rules.OneLineDiff(f.Diff)
		if before, after, ok := strings.Cut(f.Message, plain); ok && plain != "" {
			// Escaping trims the edges; the spaces around the diff stay.
			return strings.TrimSpace(escapeMarkdown(before) + " " + markdownDiff(f.Diff) + " " + escapeMarkdown(after))
		}
	}
	return escapeMarkdown(f.Message)
}

func writeMarkdownFinding(ew *errWriter, run *Run, n int, f rules.Finding) {
	rule := "`" + f.Rule + "`"
	if link := run.ruleLink(f.Rule); link != "" {
		rule = "[" + rule + "](<" + link + ">)"
	}
	ew.printf("\n### %d. %s: %s\n\n", n, f.Level, escapeMarkdown(f.Subject))
	ew.printf("%s %s\n\n", markdownMessage(f), rule)
	at := spanOf(f.Location, run.Dir)
	ew.printf("- **%s** %s (reported here): “%s”\n", escapeMarkdown(sourceName(f.Location)), codeSpan(position(at)),
		escapeMarkdown(at.Text))
	for _, r := range f.Related {
		rs := spanOf(r, run.Dir)
		ew.printf("- %s %s: “%s”\n", escapeMarkdown(sourceName(r)), codeSpan(position(rs)), escapeMarkdown(rs.Text))
	}
	if len(f.Diff) > 0 && len(f.Related) > 0 {
		ew.printf("\nWording: “%s”\n\n~~Struck~~ words are only in %s, **bold** ones only in %s.\n", markdownDiff(f.Diff),
			escapeMarkdown(sourceName(f.Location)), escapeMarkdown(sourceName(f.Related[0])))
	}
}

func position(s span) string { return fmt.Sprintf("%s:%d:%d", s.Path, s.Line, s.Column) }

// sourceName is the outlet of a claim's document, or its file's name when the
// document names none.
func sourceName(l rules.Location) string {
	if l.Doc.Source != "" {
		return l.Doc.Source
	}
	return path.Base(l.Doc.Path())
}

// codeSpan writes s as inline code, with a fence longer than any run of
// backticks in it.
func codeSpan(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// oneLine folds the line breaks and runs of spaces of s into single spaces,
// as a table cell or list item must fit on a line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cut shortens s to at most n runes, ending with an ellipsis when it cut.
func cut(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return strings.TrimSpace(string(runes[:n-1])) + "…"
}

// escapeMarkdown makes text from articles literal in Markdown on one line:
// it folds line breaks into spaces, and escapes the characters that start
// emphasis, links, code, HTML, table cells, math and entities, and a list
// marker at the start.
func escapeMarkdown(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '~' {
			// An escaped tilde beside a strike-through marker would join its
			// run of tildes ("~~\~~~"); a character reference never does.
			b.WriteString("&#126;")
			continue
		}
		if strings.IndexByte("\\`*_[]<>|#$&", c) >= 0 || i == 0 && strings.IndexByte("-+=", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	out := b.String()
	// "12. " or "3) " at the start would open an ordered list.
	digits := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' })
	if digits > 0 && (out[digits] == '.' || out[digits] == ')') {
		out = out[:digits] + "\\" + out[digits:]
	}
	return out
}

// diffWord is a run of words that both sides share, or that differs: old is
// what the finding's location says, new what the related claim says.
type diffWord struct {
	old, new string
	changed  bool
}

// markdownDiff writes a word-level diff with the words only the finding's
// location has struck through and those only the related claim has in bold.
// Changes are widened to whole words and the spaces around them stay outside
// the markers, so that GFM's rules for delimiters always let them render.
func markdownDiff(parts []rules.DiffPart) string {
	words := diffWords(parts)
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !w.changed {
			out = append(out, escapeMarkdown(w.old))
			continue
		}
		oldWords, newWords := strings.Fields(w.old), strings.Fields(w.new)
		for i+1 < len(words) && words[i+1].changed {
			i++
			oldWords = append(oldWords, strings.Fields(words[i].old)...)
			newWords = append(newWords, strings.Fields(words[i].new)...)
		}
		out = append(out, changeMarkdown(oldWords, newWords)...)
	}
	return strings.Join(out, " ")
}

// changeMarkdown writes a changed run of words, leaving the words both sides
// begin or end with outside the markers.
func changeMarkdown(oldWords, newWords []string) []string {
	var head, tail []string
	for len(oldWords) > 0 && len(newWords) > 0 && oldWords[0] == newWords[0] {
		head = append(head, escapeMarkdown(oldWords[0]))
		oldWords, newWords = oldWords[1:], newWords[1:]
	}
	for len(oldWords) > 0 && len(newWords) > 0 && oldWords[len(oldWords)-1] == newWords[len(newWords)-1] {
		tail = append([]string{escapeMarkdown(oldWords[len(oldWords)-1])}, tail...)
		oldWords, newWords = oldWords[:len(oldWords)-1], newWords[:len(newWords)-1]
	}
	out := head
	if len(oldWords) > 0 {
		out = append(out, "~~"+escapeMarkdown(strings.Join(oldWords, " "))+"~~")
	}
	if len(newWords) > 0 {
		out = append(out, "**"+escapeMarkdown(strings.Join(newWords, " "))+"**")
	}
	return append(out, tail...)
}

// diffWords regroups diff parts into whitespace-separated words: a word that
// any part changes is changed as a whole.
func diffWords(parts []rules.DiffPart) []diffWord {
	var words []diffWord
	var oldText, newText strings.Builder
	changed := false
	flush := func() {
		if oldText.Len() > 0 || newText.Len() > 0 {
			words = append(words, diffWord{old: oldText.String(), new: newText.String(), changed: changed})
		}
		oldText.Reset()
		newText.Reset()
		changed = false
	}
	for _, p := range parts {
		for text := p.Text; text != ""; {
			run, space := leadingRun(text)
			text = text[len(run):]
			if space && p.Op == rules.DiffEqual {
				flush() // a space both sides share separates words
				continue
			}
			if p.Op != rules.DiffInsert {
				oldText.WriteString(run)
			}
			if p.Op != rules.DiffDelete {
				newText.WriteString(run)
			}
			changed = changed || p.Op != rules.DiffEqual
		}
	}
	flush()
	return words
}

// leadingRun returns the run of spaces, or of other characters, that s
// starts with.
func leadingRun(s string) (run string, space bool) {
	r, _ := utf8.DecodeRuneInString(s)
	space = unicode.IsSpace(r)
	end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) != space })
	if end < 0 {
		end = len(s)
	}
	return s[:end], space
}
