package rules

import (
	"bytes"
	"sort"
	"strings"

	"github.com/claimlint/claimlint/claims"
)

// Set is the rules a run uses.
type Set struct {
	Rules []*Rule
}

// Bind gives claims that a user rule describes that rule's subject, so that
// claims the rule's vocabulary joins are compared with each other and with no
// others.
func (s *Set) Bind(cs []*claims.Claim) {
	for _, r := range s.Rules {
		if b, ok := r.options.(binder); ok {
			for _, c := range cs {
				if c.Binding == "" {
					b.bind(r, c)
				}
			}
		}
	}
}

// binder is implemented by the options of kinds whose rules can claim claims
// for themselves.
type binder interface {
	bind(r *Rule, c *claims.Claim)
}

// Check runs every rule over the claims of all documents and returns the
// findings in a stable order.
func (s *Set) Check(cs []*claims.Claim) []Finding {
	var out []Finding
	for _, r := range s.Rules {
		out = append(out, kinds[r.Kind].check(r, cs)...)
	}
	SortFindings(out)
	return out
}

// SortFindings orders findings by path, position, rule and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Location, fs[j].Location
		if pa, pb := a.Doc.Path(), b.Doc.Path(); pa != pb {
			return pa < pb
		}
		if a.Doc.ID != b.Doc.ID {
			return a.Doc.ID < b.Doc.ID
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Message < fs[j].Message
	})
}

// groupByKey groups claims by Key, keeping the claims' order inside a group,
// and returns the keys in sorted order.
func groupByKey(cs []*claims.Claim) ([]string, map[string][]*claims.Claim) {
	groups := map[string][]*claims.Claim{}
	for _, c := range cs {
		groups[c.Key] = append(groups[c.Key], c)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, groups
}

// messageData is what a rule's message template can say.
type messageData struct {
	Subject string // what the claims are about
	Value   string // the value at the finding's location, as written there
	Source  string // the source of the finding's location
	Others  string // the other sources and their values: "wire says eight; paper says 8"
	Sources []string
	Old     string // for updates: the earlier value
	New     string // for updates: the later value
	Diff    string // for quotes: a word-level diff
	Change  string // for quotes: "reworded", "a negation changed", "a number changed"
}

func (r *Rule) render(d messageData) string {
	var b bytes.Buffer
	if err := r.message.Execute(&b, d); err != nil {
		return d.Subject + ": " + err.Error()
	}
	return strings.TrimSpace(b.String())
}

// location is the place of a claim in its document.
func location(c *claims.Claim) Location {
	return Location{Doc: c.Doc, Start: c.Start, End: c.End, Value: c.Value}
}

// lessClaim orders claims by document and position.
func lessClaim(a, b *claims.Claim) bool {
	if pa, pb := a.Doc.Path(), b.Doc.Path(); pa != pb {
		return pa < pb
	}
	if a.Doc.ID != b.Doc.ID {
		return a.Doc.ID < b.Doc.ID
	}
	return a.Start < b.Start
}
