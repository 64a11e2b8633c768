package rules

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

func init() {
	kinds["count-agreement"] = &kind{
		summary:    "sources give counts of the same thing that cannot all be true",
		newOptions: func() any { return &countOptions{} },
		check:      checkCounts,
	}
}

// countOptions configure a count-agreement rule. A rule with nouns claims the
// counts it describes; a rule without compares the counts the built-in
// vocabulary binds.
type countOptions struct {
	// Subject names what the rule's counts count, in words.
	Subject string `yaml:"subject"`
	// Nouns are the counted nouns the rule takes (singular or plural).
	Nouns []string `yaml:"nouns"`
	// Cues are words of which one must stand in the count's sentence; a
	// trailing * matches any ending ("designat*").
	Cues []string `yaml:"cues"`
	// Qualifiers narrow a count: a name and the phrases that say it
	// ("mexican: [Mexican, based in Mexico]"), looked for in the count's phrase.
	Qualifiers map[string][]string `yaml:"qualifiers"`
	// UpdateLevel and UpdateMessage report a count that grows from earlier
	// sources to later ones (a rising toll) instead of a conflict.
	UpdateLevel   string `yaml:"update-level"`
	UpdateMessage string `yaml:"update-message"`
}

func (o *countOptions) validate() []optionError {
	var errs []optionError
	if len(o.Nouns) > 0 && o.Subject == "" {
		errs = append(errs, optionError{"nouns", "a rule with nouns needs a `subject:` that names what it counts"})
	}
	if o.UpdateLevel != "" {
		if _, err := ParseLevel(o.UpdateLevel, false); err != nil {
			errs = append(errs, optionError{"update-level", err.Error()})
		}
	}
	if o.UpdateMessage != "" {
		if _, err := parseTemplate(o.UpdateMessage); err != nil {
			errs = append(errs, optionError{"update-message", "template does not parse: " + err.Error()})
		}
	}
	for _, c := range o.Cues {
		if strings.Trim(c, "*") == "" {
			errs = append(errs, optionError{"cues", fmt.Sprintf("cue %q matches every word, expected a word or a prefix such as designat*", c)})
		}
	}
	return errs
}

// binds reports whether the rule claims counts: a rule without nouns
// compares the counts the built-in vocabulary binds.
func (o *countOptions) binds() bool { return len(o.Nouns) > 0 }

// bind claims a count for the rule when its noun is one of the rule's nouns and
// a cue stands in its sentence.
func (o *countOptions) bind(r *Rule, c *claims.Claim) {
	if c.Kind != claims.KindCount || len(o.Nouns) == 0 {
		return
	}
	noun := false
	for _, n := range o.Nouns {
		n = strings.ToLower(n)
		if n == c.Count.Head || n == c.Count.Noun || claims.Singular(n) == c.Count.Head {
			noun = true
			break
		}
	}
	if !noun || !o.cued(c.Doc.Text[c.Count.SentenceStart:c.Count.SentenceEnd]) {
		return
	}
	qualifiers := c.Count.Qualifiers
	if o.Qualifiers != nil {
		qualifiers = nil
		phrase := strings.ToLower(c.Doc.Text[c.Start:c.Count.PhraseEnd])
		for _, name := range slices.Sorted(maps.Keys(o.Qualifiers)) {
			for _, p := range o.Qualifiers[name] {
				if containsWord(phrase, strings.ToLower(p)) {
					qualifiers = append(qualifiers, name)
					break
				}
			}
		}
	}
	c.Subject = o.Subject
	if len(qualifiers) > 0 {
		c.Subject += " / " + strings.Join(qualifiers, ", ")
	}
	c.Key = "rule:" + r.ID + ":" + strings.ToLower(c.Subject)
	c.Binding = r.ID
}

func (o *countOptions) cued(sentence string) bool {
	if len(o.Cues) == 0 {
		return true
	}
	s := strings.ToLower(sentence)
	for _, cue := range o.Cues {
		cue = strings.ToLower(cue)
		prefix, open := strings.CutSuffix(cue, "*")
		for i := 0; ; {
			j := strings.Index(s[i:], prefix)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(prefix)
			if (start == 0 || !isWordChar(s[start-1])) && (open || end == len(s) || !isWordChar(s[end])) {
				return true
			}
			i = end
		}
	}
	return false
}

func isWordChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// containsWord reports whether phrase holds p as whole words.
func containsWord(phrase, p string) bool {
	for i := 0; ; {
		j := strings.Index(phrase[i:], p)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(p)
		if (start == 0 || !isWordChar(phrase[start-1])) && (end == len(phrase) || !isWordChar(phrase[end])) {
			return true
		}
		i = end
	}
}

// checkCounts compares the counts of each subject across documents. Counts
// agree when their intervals (hedges and rounding included) overlap; the
// counts of one subject fall into groups that agree, and every group but the
// one most sources back is a finding, located at its first claim.
func checkCounts(r *Rule, p *pass) []Finding {
	all := p.claims
	o := r.options.(*countOptions)
	binding := "" // a rule without nouns takes the counts no rule claimed
	if len(o.Nouns) > 0 {
		binding = r.ID
	}
	var cs []*claims.Claim
	for _, c := range all {
		if c.Kind == claims.KindCount && c.Binding == binding && (binding != "" || !vaguePeople(c.Count) && !c.Count.TalliesPlay()) {
			cs = append(cs, c)
		}
	}
	var out []Finding
	for _, g := range groupByKey(cs) {
		out = append(out, r.compareCounts(o, g.claims)...)
	}
	return out
}

// vaguePeople reports whether a count is of people that nothing befell and
// nothing sets apart ("about 100 people were inside", "the three victims",
// "he leaves a wife and two children"): a story names many such groups, and
// sources that give two of them different figures do not disagree.
func vaguePeople(c *claims.Count) bool {
	return c.CountsBystanders() && c.Event == "" && len(c.Qualifiers) == 0
}

// valueGroup is a run of counts whose intervals overlap.
type valueGroup struct {
	claims []*claims.Claim
	docs   map[*document.Document]bool
	hi     float64
}

func (r *Rule) compareCounts(o *countOptions, cs []*claims.Claim) []Finding {
	if !inSeveralDocuments(cs) {
		return nil // most subjects: one source's counts are no disagreement
	}
	vgs := valueGroups(cs)
	// A source that itself gives the subject figures that cannot all be true
	// uses its words for more than one group ("picked up six seats" and
	// "hold 194 seats"): it is no witness for or against any figure of it.
	if mixed := mixedDocuments(vgs); len(mixed) > 0 {
		cs = slices.DeleteFunc(slices.Clone(cs), func(c *claims.Claim) bool { return mixed[c.Doc] })
		vgs = valueGroups(cs)
	}
	if len(vgs) < 2 || !inSeveralDocuments(cs) {
		return nil
	}
	for _, g := range vgs {
		slices.SortStableFunc(g.claims, compareClaims)
	}
	if update, ok := r.countUpdate(o, vgs); ok {
		return []Finding{update}
	}
	major := majority(vgs)
	var out []Finding
	for _, g := range vgs {
		if g == major {
			continue
		}
		first := g.claims[0]
		f := Finding{Rule: r.ID, Level: r.Level, Subject: first.Subject, Location: location(first)}
		var others otherValues
		for _, og := range vgs {
			if og == g {
				continue
			}
			for _, c := range firstPerDocument(og.claims) {
				if c.Doc == first.Doc {
					continue // a source that says both is no witness against itself
				}
				f.Related = append(f.Related, location(c))
				others.add(c.Doc.Source, writtenFigure(c))
			}
		}
		if len(f.Related) == 0 {
			continue
		}
		f.Message = r.render(messageData{Subject: first.Subject, Value: writtenFigure(first), Source: first.Doc.Source,
			Others: others.String(), Sources: sourcesOf(g.claims)})
		out = append(out, f)
	}
	return out
}

// valueGroups sorts counts by value into runs whose intervals overlap.
func valueGroups(cs []*claims.Claim) []*valueGroup {
	sorted := slices.Clone(cs)
	slices.SortStableFunc(sorted, func(a, b *claims.Claim) int {
		return cmp.Or(cmp.Compare(a.Quantity.Lo, b.Quantity.Lo), compareClaims(a, b))
	})
	var vgs []*valueGroup
	for _, c := range sorted {
		if n := len(vgs); n > 0 && c.Quantity.Lo <= vgs[n-1].hi {
			g := vgs[n-1]
			g.claims = append(g.claims, c)
			g.docs[c.Doc] = true
			g.hi = max(g.hi, c.Quantity.Hi)
			continue
		}
		vgs = append(vgs, &valueGroup{claims: []*claims.Claim{c}, docs: map[*document.Document]bool{c.Doc: true}, hi: c.Quantity.Hi})
	}
	return vgs
}

// mixedDocuments returns the sources whose counts fall into more than one
// group. A draft is checked against the sources for each figure it gives.
func mixedDocuments(vgs []*valueGroup) map[*document.Document]bool {
	mixed := map[*document.Document]bool{}
	seen := map[*document.Document]bool{}
	for _, g := range vgs {
		for d := range g.docs {
			if seen[d] && !d.Draft {
				mixed[d] = true
			}
			seen[d] = true
		}
	}
	return mixed
}

// majority returns the group that the most documents back; on a tie, the one
// whose first claim comes last, so that the finding stands at the first.
func majority(vgs []*valueGroup) *valueGroup {
	best := vgs[0]
	for _, g := range vgs[1:] {
		if len(g.docs) > len(best.docs) || len(g.docs) == len(best.docs) && lessClaim(best.claims[0], g.claims[0]) {
			best = g
		}
	}
	return best
}

// countUpdate reports a count that only grows from earlier sources to later
// ones, when the rule asks for updates and every source is dated. A draft is
// no source of an update: a figure only a draft gives is a conflict, and the
// update is located at a source, so that it is no finding of the draft.
func (r *Rule) countUpdate(o *countOptions, vgs []*valueGroup) (Finding, bool) {
	if o.UpdateMessage == "" {
		return Finding{}, false
	}
	sourced := make([][]*claims.Claim, len(vgs))
	for i, g := range vgs {
		sourced[i] = slices.DeleteFunc(slices.Clone(g.claims), func(c *claims.Claim) bool { return c.Doc.Draft })
		if len(sourced[i]) == 0 {
			return Finding{}, false
		}
	}
	for i := 1; i < len(sourced); i++ {
		for _, a := range sourced[i-1] {
			for _, b := range sourced[i] {
				if a.Doc.Published.IsZero() || b.Doc.Published.IsZero() || !a.Doc.Published.Before(b.Doc.Published) {
					return Finding{}, false
				}
			}
		}
	}
	oldest, newest := sourced[0][0], sourced[len(sourced)-1][0]
	level, _ := ParseLevel(o.UpdateLevel, false)
	if o.UpdateLevel == "" {
		level = LevelInfo
	}
	t, _ := parseTemplate(o.UpdateMessage)
	f := Finding{Rule: r.ID, Level: level, Subject: newest.Subject, Location: location(newest), Related: []Location{location(oldest)}}
	f.Message = (&Rule{message: t}).render(messageData{Subject: newest.Subject, Value: writtenFigure(newest),
		Source: newest.Doc.Source, Old: writtenFigure(oldest), New: writtenFigure(newest),
		Others: fmt.Sprintf("%s says %s", oldest.Doc.Source, writtenFigure(oldest))})
	return f, true
}

// writtenFigure is a count's figure as its source wrote it ("seven").
func writtenFigure(c *claims.Claim) string {
	return c.Doc.Text[c.Quantity.Start:c.Quantity.End]
}

// firstPerDocument returns the first claim of each document among cs.
func firstPerDocument(cs []*claims.Claim) []*claims.Claim {
	// Most groups have claims of a few documents, found sooner among those
	// kept than in a map.
	const few = 16
	var seen map[string]bool
	var out []*claims.Claim
	for _, c := range cs {
		if seen == nil && len(out) == few {
			seen = make(map[string]bool, len(cs))
			for _, o := range out {
				seen[o.Doc.ID] = true
			}
		}
		switch {
		case seen == nil:
			if slices.ContainsFunc(out, func(o *claims.Claim) bool { return o.Doc.ID == c.Doc.ID }) {
				continue
			}
		case seen[c.Doc.ID]:
			continue
		default:
			seen[c.Doc.ID] = true
		}
		out = append(out, c)
	}
	return out
}

// inSeveralDocuments reports whether the claims come from more than one
// document.
func inSeveralDocuments(cs []*claims.Claim) bool {
	for _, c := range cs[min(1, len(cs)):] {
		if c.Doc != cs[0].Doc {
			return true
		}
	}
	return false
}

func sourcesOf(cs []*claims.Claim) []string {
	var out []string
	for _, c := range firstPerDocument(cs) {
		out = append(out, c.Doc.Source)
	}
	return out
}
