package rules

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

// Set is the rules a run uses.
type Set struct {
	Rules []*Rule
	// Cross also reports where the sources disagree with each other when
	// some documents are drafts; without drafts the sources are always
	// compared.
	Cross bool
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

// Binds reports whether the rule can bind claims to its own subject
// (Set.Bind): claims bound without it are not those bound with it.
func (r *Rule) Binds() bool {
	b, ok := r.options.(binder)
	return ok && b.binds()
}

// binder is implemented by the options of kinds whose rules can claim claims
// for themselves.
type binder interface {
	bind(r *Rule, c *claims.Claim)
	// binds reports whether the rule's options claim any claim at all.
	binds() bool
}

// Check runs every rule over the claims of all documents and returns the
// findings in a stable order.
//
// When some documents are drafts (document.Document.Draft), each draft is
// checked on its own against the sources: the rules run over its claims and
// the sources', and only the findings located in it are kept, so drafts are
// not compared with each other and the sources not with each other (unless
// Cross is set). Every kind ranks the values of a subject by the documents
// that back them, breaking ties at the claim that comes first, and drafts
// come before sources (lessClaim): a draft's claim is a finding whenever
// more sources give another value than give its own, one source against the
// draft included. The kinds that find only in drafts compare each draft with
// the sources alone, so they run once over all documents.
func (s *Set) Check(cs []*claims.Claim) []Finding {
	var drafts []*document.Document
	seen := map[*document.Document]bool{}
	for _, c := range cs {
		if c.Doc.Draft && !seen[c.Doc] {
			seen[c.Doc] = true
			drafts = append(drafts, c.Doc)
		}
	}
	return s.CheckDrafts(cs, drafts)
}

// CheckDrafts is Check with the drafts named, those without claims among
// them: with drafts, the sources are compared with each other only when
// Cross is set, whether the drafts have claims or not.
func (s *Set) CheckDrafts(cs []*claims.Claim, drafts []*document.Document) []Finding {
	if len(drafts) == 0 {
		out := s.check(cs, false)
		SortFindings(out)
		return out
	}
	var sources []*claims.Claim
	for _, c := range cs {
		if !c.Doc.Draft {
			sources = append(sources, c)
		}
	}
	var out []Finding
	if s.Cross {
		out = s.check(sources, false)
	}
	for _, d := range drafts {
		against := slices.DeleteFunc(slices.Clone(cs), func(c *claims.Claim) bool { return c.Doc.Draft && c.Doc != d })
		if len(against) == len(sources) {
			continue // a draft without claims
		}
		for _, f := range s.check(against, false) {
			if f.Location.Doc == d {
				out = append(out, f)
			}
		}
	}
	out = append(out, s.check(cs, true)...)
	out = s.withoutSuperseded(out)
	SortFindings(out)
	return out
}

// pass is the claims one run of the rules reads, with what several kinds
// derive from them: the first rule to ask builds it, and the rules that run
// at the same time wait for it and share it.
type pass struct {
	claims     []*claims.Claim
	quotesOnce sync.Once
	quotes     *quoteTable
}

func newPass(cs []*claims.Claim) *pass { return &pass{claims: cs} }

// check runs over claims the rules that find only in drafts (draftsOnly)
// or the others, the rules in parallel: each reads the claims and writes
// only its own findings, which are joined in rule order.
func (s *Set) check(cs []*claims.Claim, draftsOnly bool) []Finding {
	found := make([][]Finding, len(s.Rules))
	p := newPass(cs)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, r := range s.Rules {
		if r.DraftsOnly() == draftsOnly {
			g.Go(func() error {
				found[i] = kinds[r.Kind].check(r, p)
				return nil
			})
		}
	}
	_ = g.Wait() // the rules return no error
	return slices.Concat(found...)
}

// withoutSuperseded drops every finding of a kind with supersededBy kinds
// that a finding of one of those kinds overlaps in the same document: an
// unsourced quote that quote-fidelity shows reworded from a source is that
// rewording, diff and all.
func (s *Set) withoutSuperseded(fs []Finding) []Finding {
	kindOf := make(map[string]*kind, len(s.Rules))
	names := make(map[string]string, len(s.Rules))
	yielding := false
	for _, r := range s.Rules {
		kindOf[r.ID], names[r.ID] = kinds[r.Kind], r.Kind
		yielding = yielding || len(kinds[r.Kind].supersededBy) > 0
	}
	if !yielding {
		return fs
	}
	out := fs[:0]
	for i, f := range fs {
		by := kindOf[f.Rule].supersededBy
		superseded := len(by) > 0 && slices.ContainsFunc(fs, func(g Finding) bool {
			return slices.Contains(by, names[g.Rule]) && overlaps(f.Location, g.Location)
		})
		if !superseded {
			out = append(out, fs[i])
		}
	}
	return out
}

// overlaps reports whether two locations share a byte of one document.
func overlaps(a, b Location) bool {
	return a.Doc == b.Doc && a.Start < b.End && b.Start < a.End
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

// keyGroup is the claims of one key.
type keyGroup struct {
	key    string
	claims []*claims.Claim
}

// groupByKey groups claims by Key, keeping the claims' order inside a group,
// and returns the groups in order of key. The groups share one array, each
// filled to its capacity: an append to one copies it.
func groupByKey(cs []*claims.Claim) []keyGroup {
	index := map[string]int32{}
	var gs []keyGroup
	var sizes []int
	of := make([]int32, len(cs))
	for i, c := range cs {
		g, ok := index[c.Key]
		if !ok {
			g = int32(len(gs))
			index[c.Key] = g
			gs = append(gs, keyGroup{key: c.Key})
			sizes = append(sizes, 0)
		}
		of[i] = g
		sizes[g]++
	}
	all := make([]*claims.Claim, len(cs))
	at := 0
	for g, n := range sizes {
		gs[g].claims = all[at : at : at+n]
		at += n
	}
	for i, c := range cs {
		g := &gs[of[i]]
		g.claims = append(g.claims, c)
	}
	slices.SortFunc(gs, func(a, b keyGroup) int { return strings.Compare(a.key, b.key) })
	return gs
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

// otherValues writes the Others of a message, a source and its value at a
// time. A finding may have hundreds of them.
type otherValues struct{ b strings.Builder }

func (w *otherValues) add(source, value string) {
	if w.b.Len() > 0 {
		w.b.WriteString("; ")
	}
	w.b.WriteString(source)
	w.b.WriteString(" says ")
	w.b.WriteString(value)
}

func (w *otherValues) String() string { return w.b.String() }

func (r *Rule) render(d messageData) string {
	var b strings.Builder
	if err := r.message.Execute(&b, d); err != nil {
		return d.Subject + ": " + err.Error()
	}
	return strings.TrimSpace(b.String())
}

// location is the place of a claim in its document.
func location(c *claims.Claim) Location {
	return Location{Doc: c.Doc, Start: c.Start, End: c.End, Value: c.Value}
}

// lessClaim orders claims by document and position, drafts first: where
// the documents backing two values tie, a kind locates its finding at the
// value whose first claim comes first, which is then the draft's.
func lessClaim(a, b *claims.Claim) bool { return compareClaims(a, b) < 0 }

// compareClaims is lessClaim as a comparison for slices.SortFunc.
func compareClaims(a, b *claims.Claim) int {
	if a.Doc.Draft != b.Doc.Draft {
		if a.Doc.Draft {
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(a.Doc.Path(), b.Doc.Path()), cmp.Compare(a.Doc.ID, b.Doc.ID), cmp.Compare(a.Start, b.Start))
}
