package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/quotediff"
)

func init() {
	kinds["quote-fidelity"] = &kind{
		summary:    "sources quote the same person's words in different words",
		newOptions: func() any { return &fidelityOptions{} },
		check:      checkQuoteFidelity,
	}
	kinds["quote-attribution"] = &kind{
		summary:    "sources attribute the same quoted words to different people",
		newOptions: func() any { return &attributionOptions{} },
		check:      checkQuoteAttribution,
	}
}

// Defaults of the quote kinds' options.
const (
	defaultMinSimilarity    = 0.4
	defaultFidelityWords    = 5
	defaultAttributionWords = 8
)

// minCoverage is the share of the shorter quote's words that the stretch two
// quotes render must hold: a rewording renders most of a quote, while a
// phrase that turns up in a longer quote on something else does not.
const minCoverage = 0.75

// fidelityOptions configure a quote-fidelity rule.
type fidelityOptions struct {
	// MinSimilarity is the share of words two renderings of a quote must
	// share (twice the shared words over the words of both) to be taken for
	// one quote reworded rather than two things the person said.
	MinSimilarity float64 `yaml:"min-similarity"`
	// MinWords is the number of words below which a quote is not compared.
	MinWords int `yaml:"min-words"`
	// MeaningLevel is the level of a rewording that changes a negation or a
	// number; the rule's level is that of other rewordings.
	MeaningLevel string `yaml:"meaning-level"`
}

func (o *fidelityOptions) validate() []optionError {
	var errs []optionError
	if o.MinSimilarity < 0 || o.MinSimilarity > 1 {
		errs = append(errs, optionError{"min-similarity", fmt.Sprintf("%v is not a share, expected a number from 0 to 1 such as 0.5", o.MinSimilarity)})
	}
	if o.MinWords < 0 {
		errs = append(errs, optionError{"min-words", "expected a number of words, 0 or more"})
	}
	if o.MeaningLevel != "" {
		if _, err := ParseLevel(o.MeaningLevel, false); err != nil {
			errs = append(errs, optionError{"meaning-level", err.Error()})
		}
	}
	return errs
}

func (o *fidelityOptions) similarity() float64 {
	if o.MinSimilarity == 0 {
		return defaultMinSimilarity
	}
	return o.MinSimilarity
}

func (o *fidelityOptions) minWords() int {
	if o.MinWords == 0 {
		return defaultFidelityWords
	}
	return o.MinWords
}

func (o *fidelityOptions) meaningLevel() Level {
	if o.MeaningLevel == "" {
		return LevelError
	}
	l, _ := ParseLevel(o.MeaningLevel, false)
	return l
}

// attributionOptions configure a quote-attribution rule.
type attributionOptions struct {
	// MinWords is the number of words a quote needs before the same words
	// said by two people are taken for a wrong attribution, not a phrase that
	// two people use.
	MinWords int `yaml:"min-words"`
}

func (o *attributionOptions) validate() []optionError {
	if o.MinWords < 0 {
		return []optionError{{"min-words", "expected a number of words, 0 or more"}}
	}
	return nil
}

func (o *attributionOptions) minWords() int {
	if o.MinWords == 0 {
		return defaultAttributionWords
	}
	return o.MinWords
}

// rendering is one wording of a quote: the quote claims of one speaker
// whose words are the same once typography is folded.
type rendering struct {
	speaker string // the speaker's canonical key
	name    string // the speaker's name as a claim with that key gives it
	q       *quotediff.Quote
	claims  []*claims.Claim      // in document order
	docs    []*document.Document // those of the claims, each once
	// docNumbers numbers docs in the order the check first meets them,
	// sorted: renderings in the same documents have equal docNumbers.
	docNumbers []int32
}

func (r *rendering) first() *claims.Claim { return r.claims[0] }

// quoteOf returns the value of c, one of r's claims, parsed: its words are
// r's, but it may write them otherwise.
func (r *rendering) quoteOf(c *claims.Claim) *quotediff.Quote {
	if c.Value == r.q.Text {
		return r.q
	}
	return quotediff.Parse(c.Value)
}

// sameDocuments reports whether two renderings stand in the same documents:
// quotes of one document, which is never compared with itself.
func sameDocuments(r, o *rendering) bool { return slices.Equal(r.docNumbers, o.docNumbers) }

// canonicalSpeakers maps the key of every quote's speaker to the key its
// quotes are compared under: a surname alone ("rubio") joins the one full
// name in the documents that ends with it ("marco rubio"); other keys are
// their own. Once people are linked across documents the keys are already
// canonical and this changes nothing.
func canonicalSpeakers(all []*claims.Claim) map[string]string {
	bySurname := map[string][]string{}
	out := map[string]string{}
	for _, c := range all {
		if c.Kind != claims.KindQuote || out[c.Key] != "" {
			continue
		}
		out[c.Key] = c.Key
		if i := strings.LastIndexByte(c.Key, ' '); i >= 0 {
			bySurname[c.Key[i+1:]] = append(bySurname[c.Key[i+1:]], c.Key)
		}
	}
	for k := range out {
		if full := bySurname[k]; len(full) == 1 {
			out[k] = full[0]
		}
	}
	return out
}

// mayBeOnePerson reports whether two canonical speaker keys can name one
// person: the words of one are among those of the other ("trump" and
// "donald j. trump", "paul ryan" and "house speaker paul ryan"), they share
// the first and the last word, the first perhaps in a short form ("john
// boehner", "john a. boehner"; "mike elliott", "michael elliott") and the
// last perhaps misspelt by a letter ("dana whitlock", "dana whitlok"), or
// the last two ("sen. patrick leahy", "chairman patrick leahy").
func mayBeOnePerson(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	if claims.SameGivenName(wa[0], wb[0]) && (wa[len(wa)-1] == wb[len(wb)-1] ||
		len(wa) >= 2 && surnameVariant(wa[len(wa)-1], wb[len(wb)-1], 1)) {
		return true // a surname misspelt is one for name-spelling to report
	}
	if len(wa) >= 2 && wa[len(wa)-1] == wb[len(wb)-1] && surnameVariant(wa[0], wb[0], 1) {
		return true // and so is a given name: "Consuelo", "Comsuelo"
	}
	if len(wa) >= 2 && slices.Equal(wa[len(wa)-2:], wb[len(wb)-2:]) {
		return true // titles before one first name and surname
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// rewording is two renderings of one quote by one speaker that differ, with
// the comparison oriented from the finding's location (at) to the other.
type rewording struct {
	at, other *rendering
	// support is the number of documents that carry the other wording or
	// one that agrees with it (a part of it, or a longer quote it is part
	// of).
	support int
	cmp     quotediff.Comparison
}

// fidelityStats counts the work of a quote-fidelity check.
type fidelityStats struct {
	renderings, candidates, comparisons int
}

// checkQuoteFidelity compares the quotes of each speaker across documents.
// Quotes with the same words are one rendering; renderings are compared only
// when they share enough content words (a prefix filter over an inverted
// index of each speaker's words), so the work grows with the quotes that
// resemble each other, not with all pairs.
func checkQuoteFidelity(r *Rule, p *pass) []Finding {
	findings, _ := r.quoteFidelity(p)
	return findings
}

func (r *Rule) quoteFidelity(p *pass) ([]Finding, fidelityStats) {
	o := r.options.(*fidelityOptions)
	t := p.quoteTable()
	rs := t.renderings(o.minWords())
	stats := fidelityStats{renderings: len(rs)}
	bySpeaker := map[string][]*rendering{}
	var speakers []string
	for _, x := range rs {
		if bySpeaker[x.speaker] == nil {
			speakers = append(speakers, x.speaker)
		}
		bySpeaker[x.speaker] = append(bySpeaker[x.speaker], x)
	}
	sort.Strings(speakers)
	var rewordings []rewording
	pairs := newPairFinder(t.vocab)
	var union []int32
	type differing struct {
		at, other int // in group
		cmp       quotediff.Comparison
	}
	for _, s := range speakers {
		group := bySpeaker[s]
		agree := make([][]*rendering, len(group))
		var found []differing
		for _, p := range pairs.candidates(group) {
			stats.candidates++
			a, b := group[p[0]], group[p[1]]
			if sameDocuments(a, b) {
				continue
			}
			stats.comparisons++
			cmp := quotediff.Compare(a.q, b.q)
			reworded := !cmp.Agree && cmp.Similarity >= o.similarity() && cmp.SharesContent && cmp.Coverage >= minCoverage
			if reworded {
				// The diff may find overlapping parts of one statement alike.
				cmp.Explain(a.q, b.q)
				reworded = !cmp.Agree
			}
			switch {
			case reworded:
				found = append(found, differing{at: p[0], other: p[1], cmp: cmp})
			case cmp.Agree:
				agree[p[0]] = append(agree[p[0]], b)
				agree[p[1]] = append(agree[p[1]], a)
			}
		}
		support := make([]int, len(group))
		for i, x := range group {
			union = append(union[:0], x.docNumbers...)
			for _, y := range agree[i] {
				union = append(union, y.docNumbers...)
			}
			if len(agree[i]) > 0 {
				slices.Sort(union)
				union = slices.Compact(union)
			}
			support[i] = len(union)
		}
		for _, w := range found {
			// The finding stands at the wording fewer sources back; on a tie,
			// at the first, as for counts.
			if support[w.other] < support[w.at] {
				w = differing{at: w.other, other: w.at, cmp: quotediff.Compare(group[w.other].q, group[w.at].q)}
				if w.cmp.Explain(group[w.at].q, group[w.other].q); w.cmp.Agree {
					continue // seen from this side, the quotes are overlapping excerpts
				}
			}
			rewordings = append(rewordings, rewording{at: group[w.at], other: group[w.other], support: support[w.other], cmp: w.cmp})
		}
	}
	return r.rewordingFindings(o, rewordings), stats
}

// maxCandidates bounds the renderings a rendering is compared with, its
// most alike first, so that a quote that every source renders in its own
// words costs comparisons in proportion to the sources, not to their pairs.
const maxCandidates = 8

// maxPostings bounds the renderings a stem can pair: a stem that more of a
// speaker's renderings have ("people", "country") says too little about two
// of them being one quote, and renderings that share only such stems among
// their rarer ones are not compared.
const maxPostings = 200

// pairFinder finds the candidate pairs of renderings of each speaker in
// turn, reusing its tables, which are indexed by stem number, from one
// speaker to the next.
type pairFinder struct {
	df   []int32 // the renderings of the speaker that have each stem
	rank []int32 // each stem's place among the speaker's stems, rarest first
	// order is each stem's place among all stems in byte order, which
	// breaks ties of rarity; byOrder is the stem at each place.
	order, byOrder []int32

	// The memory of candidates, reused from one speaker to the next.
	stems, start, index, next, ranks, seen, in []int32
	byRarity                                   []uint64
	sets                                       [][]int32
	pairs                                      [][2]int
}

// resize returns s with length n, reusing its array when it is large
// enough; the elements are left as they are.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func newPairFinder(v *quotediff.Vocabulary) *pairFinder {
	n := v.Stems()
	f := &pairFinder{df: make([]int32, n), rank: make([]int32, n), order: make([]int32, n), byOrder: make([]int32, n)}
	// A stem's first eight bytes, big-endian, order most stems without
	// reading them.
	prefix := make([]uint64, n)
	for k := range prefix {
		stem := v.Stem(int32(k))
		for i := range 8 {
			prefix[k] <<= 8
			if i < len(stem) {
				prefix[k] |= uint64(stem[i])
			}
		}
		f.byOrder[k] = int32(k)
	}
	slices.SortFunc(f.byOrder, func(a, b int32) int {
		if prefix[a] != prefix[b] {
			return cmp.Compare(prefix[a], prefix[b])
		}
		return strings.Compare(v.Stem(a), v.Stem(b))
	})
	for k, stem := range f.byOrder {
		f.order[stem] = int32(k)
	}
	return f
}

// candidates returns the pairs of renderings (indexes, i < j) that can be
// renderings of one quote: they share quotediff.MinSharedContent content
// stems. By the prefix-filter principle, such a pair shares a stem among the
// len - need + 1 rarest stems of the one with fewer, so each rendering looks
// up only its rarest stems in the index, and the shared stems of what it
// finds are counted before any pair is compared. A rendering is paired with
// the maxCandidates larger renderings that share the most stems with it.
// The pairs are valid until the next call.
func (f *pairFinder) candidates(group []*rendering) [][2]int {
	if len(group) < 2 {
		return nil
	}
	stems := f.stems[:0] // the stems of the group
	postings := 0
	for _, x := range group {
		for _, w := range x.q.ContentStems() {
			if f.df[w] == 0 {
				stems = append(stems, w)
			}
			f.df[w]++
		}
		postings += len(x.q.ContentStems())
	}
	// The stems rarest first, in byte order among as rare: sorted as
	// integers, rarity above place.
	f.stems = stems
	byRarity := resize(f.byRarity, len(stems))
	f.byRarity = byRarity
	for k, w := range stems {
		byRarity[k] = uint64(f.df[w])<<32 | uint64(f.order[w])
	}
	slices.Sort(byRarity)
	// The renderings that have the stem ranked k are index[start[k]:start[k+1]].
	start := resize(f.start, len(byRarity)+1)
	f.start = start
	start[0] = 0
	for k, key := range byRarity {
		w := f.byOrder[uint32(key)]
		f.rank[w] = int32(k)
		start[k+1] = start[k] + f.df[w]
	}
	index := resize(f.index, postings)
	next := resize(f.next, len(byRarity))
	copy(next, start)
	f.index, f.next = index, next
	for i, x := range group {
		for _, w := range x.q.ContentStems() {
			k := f.rank[w]
			index[next[k]] = int32(i)
			next[k]++
		}
	}
	// Each rendering's set of stem ranks, in order: read off the index,
	// which lists the renderings of each rank in turn.
	sets := resize(f.sets, len(group))
	ranks := resize(f.ranks, postings)
	f.sets, f.ranks = sets, ranks
	from := 0
	for i, x := range group {
		n := len(x.q.ContentStems())
		sets[i] = ranks[from : from : from+n]
		from += n
	}
	for k := range byRarity {
		for _, i := range index[start[k]:start[k+1]] {
			sets[i] = append(sets[i], int32(k))
		}
	}
	for _, w := range stems {
		f.df[w] = 0
	}
	pairs := f.pairs[:0]
	seen := resize(f.seen, len(group)) // i+1 once rendering i has looked at it
	in := resize(f.in, len(byRarity))  // i+1 for the stems of rendering i
	clear(seen)
	clear(in)
	f.seen, f.in = seen, in
	type candidate struct{ j, shared int }
	var found []candidate
	for i, set := range sets {
		need := quotediff.MinSharedContent(len(set), len(set))
		if need == 0 {
			continue
		}
		for _, w := range set {
			in[w] = int32(i + 1)
		}
		found = found[:0]
		for _, w := range set[:len(set)-need+1] {
			having := index[start[w]:start[w+1]]
			if len(having) > maxPostings {
				break // the rest of the set is as common or more
			}
			for _, j32 := range having {
				j := int(j32)
				bigger := len(sets[j]) > len(set) || len(sets[j]) == len(set) && j > i
				if !bigger || seen[j] == int32(i+1) {
					continue
				}
				seen[j] = int32(i + 1)
				n := 0
				for _, w := range sets[j] {
					if in[w] == int32(i+1) {
						n++
					}
				}
				if n >= need {
					found = append(found, candidate{j, n})
				}
			}
		}
		slices.SortFunc(found, func(a, b candidate) int {
			if a.shared != b.shared {
				return b.shared - a.shared
			}
			return a.j - b.j
		})
		for _, c := range found[:min(len(found), maxCandidates)] {
			pairs = append(pairs, [2]int{min(i, c.j), max(i, c.j)})
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	f.pairs = pairs
	return pairs
}

// rewordingFindings makes one finding of the rewordings of one stretch of a
// rendering: rewordings located at one rendering whose stretches mostly
// overlap, and that change a negation or a number alike, are one finding,
// whose related locations are the other wordings, the best backed first; its
// diff is with that first one.
func (r *Rule) rewordingFindings(o *fidelityOptions, ws []rewording) []Finding {
	ws = withoutParts(ws)
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].at != ws[j].at {
			return lessClaim(ws[i].at.first(), ws[j].at.first())
		}
		return ws[i].cmp.A0 < ws[j].cmp.A0
	})
	var out []Finding
	for i := 0; i < len(ws); {
		j := i + 1
		for j < len(ws) && ws[j].at == ws[i].at && sameStretch(ws[i].cmp, ws[j].cmp) &&
			ws[j].cmp.Negation == ws[i].cmp.Negation && ws[j].cmp.Number == ws[i].cmp.Number {
			j++
		}
		if f, ok := r.rewordingFinding(o, ws[i:j]); ok {
			out = append(out, f)
		}
		i = j
	}
	return out
}

// sameStretch reports whether two comparisons located at one rendering are
// about one stretch of it: they overlap by more than half the longer.
func sameStretch(a, b quotediff.Comparison) bool {
	overlap := min(a.A1, b.A1) - max(a.A0, b.A0)
	return 2*overlap > max(a.A1-a.A0, b.A1-b.A0)
}

// withoutParts drops the rewordings whose other rendering is a part of
// another rendering that the same rendering is reworded from, in the same
// documents: a source that quotes a few words and then the whole sentence is
// one witness, the sentence.
func withoutParts(ws []rewording) []rewording {
	byAt := map[*rendering][]*rendering{} // the other renderings of each
	for _, w := range ws {
		byAt[w.at] = append(byAt[w.at], w.other)
	}
	var out []rewording
	for _, w := range ws {
		part := slices.ContainsFunc(byAt[w.at], func(other *rendering) bool {
			return other != w.other && w.other.q.Within(other.q) && sameDocuments(w.other, other)
		})
		if !part {
			out = append(out, w)
		}
	}
	return out
}

func (r *Rule) rewordingFinding(o *fidelityOptions, ws []rewording) (Finding, bool) {
	sort.SliceStable(ws, func(i, j int) bool {
		a, b := ws[i], ws[j]
		if a.support != b.support {
			return a.support > b.support
		}
		if la, lb := a.cmp.B1-a.cmp.B0, b.cmp.B1-b.cmp.B0; la != lb {
			return la > lb
		}
		return lessClaim(a.other.first(), b.other.first())
	})
	at := ws[0].at
	a0, a1 := ws[0].cmp.A0, ws[0].cmp.A1
	for _, w := range ws[1:] {
		a0, a1 = min(a0, w.cmp.A0), max(a1, w.cmp.A1)
	}
	// The location is the first claim of the wording in a document that
	// another wording is not only in.
	var loc *claims.Claim
	for _, c := range at.claims {
		if slices.ContainsFunc(ws, func(w rewording) bool { return len(w.other.docs) > 1 || !slices.Contains(w.other.docs, c.Doc) }) {
			loc = c
			break
		}
	}
	if loc == nil {
		return Finding{}, false
	}
	f := Finding{Rule: r.ID, Level: r.Level, Subject: at.name, Location: quoteLocation(at.quoteOf(loc), loc, a0, a1)}
	var others []string
	seenDocs := map[*document.Document]bool{loc.Doc: true}
	negation, number := false, false
	for _, w := range ws {
		related := false
		for _, c := range w.other.claims {
			if seenDocs[c.Doc] {
				continue
			}
			seenDocs[c.Doc] = true
			related = true
			f.Related = append(f.Related, quoteLocation(w.other.quoteOf(c), c, w.cmp.B0, w.cmp.B1))
			others = append(others, c.Doc.Source)
		}
		if related {
			negation = negation || w.cmp.Negation
			number = number || w.cmp.Number
		}
	}
	if len(f.Related) == 0 {
		return Finding{}, false
	}
	if negation || number {
		f.Level = o.meaningLevel()
	}
	best := ws[0]
	f.Diff = diffParts(at.quoteOf(loc), best.other.q, best.cmp.Parts)
	f.Message = r.render(messageData{Subject: at.name, Value: f.Location.Value, Source: loc.Doc.Source,
		Others: strings.Join(others, ", "), Sources: sourcesOf(at.claims), Diff: OneLineDiff(f.Diff),
		Change: change(negation, number)})
	return f, true
}

func change(negation, number bool) string {
	switch {
	case negation && number:
		return "a negation and a number changed"
	case negation:
		return "a negation changed"
	case number:
		return "a number changed"
	}
	return "reworded"
}

// diffParts renders a word diff of quote a against quote b in their own
// typography: shared and deleted words as a writes them, inserted ones as b
// does.
func diffParts(a, b *quotediff.Quote, parts []quotediff.Part) []DiffPart {
	out := make([]DiffPart, 0, len(parts))
	// Each part takes the text between it and the part before it on its own
	// side, so that the parts concatenate to each side's words as written.
	lastA, lastB := -1, -1
	from := func(last, s int) int {
		if last < 0 {
			return s
		}
		return last
	}
	for _, p := range parts {
		switch p.Op {
		case quotediff.Equal:
			s, e := a.Span(p.A0, p.A1)
			out = append(out, DiffPart{Op: DiffEqual, Text: a.Text[from(lastA, s):e]})
			lastA = e
			_, lastB = b.Span(p.B0, p.B1)
		case quotediff.Delete:
			s, e := a.Span(p.A0, p.A1)
			out = append(out, DiffPart{Op: DiffDelete, Text: a.Text[from(lastA, s):e]})
			lastA = e
		case quotediff.Insert:
			s, e := b.Span(p.B0, p.B1)
			out = append(out, DiffPart{Op: DiffInsert, Text: b.Text[from(lastB, s):e]})
			lastB = e
		}
	}
	return out
}

// OneLineDiff renders a word diff on one line, words only at the finding's
// location as [-words-] and words only in the related claim as {+words+}.
// A part that its quote writes against the word before it, as a comma or a
// dash, stays against it; a deletion and the insertion that replaces it are
// apart, as alternatives.
func OneLineDiff(parts []DiffPart) string {
	var b strings.Builder
	for i, p := range parts {
		text := strings.TrimSpace(p.Text)
		if text == "" {
			continue
		}
		spaced := strings.TrimLeftFunc(p.Text, unicode.IsSpace) != p.Text ||
			p.Op == DiffInsert && i > 0 && parts[i-1].Op == DiffDelete
		if b.Len() > 0 && spaced {
			b.WriteByte(' ')
		}
		switch p.Op {
		case DiffEqual:
			b.WriteString(text)
		case DiffDelete:
			b.WriteString("[-" + text + "-]")
		case DiffInsert:
			b.WriteString("{+" + text + "+}")
		}
	}
	return b.String()
}

// quoteLocation locates the words [i, j) of a quote claim, whose value q
// is, in its document. The claims of one rendering have the same words,
// perhaps in different typography, so the words are counted in the claim's
// own text.
func quoteLocation(q *quotediff.Quote, c *claims.Claim, i, j int) Location {
	if j > q.Len() {
		return location(c)
	}
	qs, qe := q.Span(i, j)
	if qs >= qe {
		return location(c)
	}
	start, end, ok := quoteOffsets(c, qs, qe)
	if !ok {
		return location(c)
	}
	return Location{Doc: c.Doc, Start: start, End: end, Value: q.Text[qs:qe]}
}

// quoteOffsets maps a byte span of a quote claim's value to the document. The
// value is the quote's parts joined by a space, and each part stands in the
// document as written, so the value is walked alongside the document, looking
// for the next part after each joining space.
func quoteOffsets(c *claims.Claim, qs, qe int) (start, end int, ok bool) {
	text, doc := c.Value, c.Doc.Text
	if qe > len(text) || c.End > len(doc) {
		return 0, 0, false
	}
	if c.End-c.Start == len(text) && doc[c.Start:c.End] == text {
		return c.Start + qs, c.Start + qe, true
	}
	d := c.Start
	start = -1
	for q := 0; q < qe; {
		if q == qs {
			start = d
		}
		if d < c.End && doc[d] == text[q] {
			q++
			d++
			if q == qe {
				return start, d, start >= 0
			}
			continue
		}
		if text[q] != ' ' || q+1 >= len(text) {
			return 0, 0, false
		}
		probe := text[q+1 : min(len(text), q+13)]
		i := strings.Index(doc[d:c.End], probe)
		if i < 0 {
			return 0, 0, false
		}
		d += i
		q++
	}
	return 0, 0, false
}

// checkQuoteAttribution finds the same words quoted as said by different
// people in different documents. A rendering of at least min-words words
// looks up only its first shingle of min-words words, which any quote it is
// a part of also has: the first shingles are indexed, and the renderings
// that have each are found in one pass over all their shingles.
func checkQuoteAttribution(r *Rule, p *pass) []Finding {
	o := r.options.(*attributionOptions)
	n := o.minWords()
	rs := p.quoteTable().renderings(n)
	named := make([]bool, len(rs))
	for i, x := range rs {
		named[i] = looksLikeName(x.name) && !claims.IsInstitution(x.name)
	}
	firsts := newShingleSet(n, len(rs))
	first := make([]int32, len(rs)) // each rendering's first shingle in firsts, or -1
	for i, x := range rs {
		first[i] = -1
		if k := firstShingle(x.q, n); k >= 0 && named[i] {
			first[i] = firsts.add(x.q.IDs()[k : k+n])
		}
	}
	for j, y := range rs {
		if named[j] {
			firsts.find(y.q.IDs(), int32(j))
		}
	}
	others := make([][]*rendering, len(rs))
	for i, x := range rs {
		if first[i] < 0 {
			continue
		}
		for _, j := range firsts.having[first[i]] {
			y := rs[j]
			if int(j) == i || mayBeOnePerson(x.speaker, y.speaker) || sameDocuments(x, y) || !x.q.Within(y.q) {
				continue
			}
			others[i] = append(others[i], y)
			others[j] = append(others[j], x)
		}
	}
	var out []Finding
	for i, x := range rs {
		if f, ok := r.attributionFinding(x, others[i]); ok {
			out = append(out, f)
		}
	}
	return out
}

// attributionFinding reports the rendering x when the speakers it is at odds
// with are backed by more sources, or as many and x comes first.
func (r *Rule) attributionFinding(x *rendering, others []*rendering) (Finding, bool) {
	var against []*rendering
	for _, y := range others {
		if len(y.docs) > len(x.docs) || len(y.docs) == len(x.docs) && lessClaim(x.first(), y.first()) {
			against = append(against, y)
		}
	}
	if len(against) == 0 {
		return Finding{}, false
	}
	sort.SliceStable(against, func(i, j int) bool { return lessClaim(against[i].first(), against[j].first()) })
	loc := x.first()
	f := Finding{Rule: r.ID, Level: r.Level, Subject: x.name, Location: location(loc)}
	var names []string
	seen := map[*document.Document]bool{loc.Doc: true}
	for _, y := range against {
		for _, c := range y.claims {
			if seen[c.Doc] {
				continue
			}
			seen[c.Doc] = true
			f.Related = append(f.Related, location(c))
			names = append(names, fmt.Sprintf("%s (%s)", y.name, c.Doc.Source))
		}
	}
	if len(f.Related) == 0 {
		return Finding{}, false
	}
	f.Message = r.render(messageData{Subject: x.name, Value: loc.Value, Source: loc.Doc.Source,
		Others: strings.Join(names, ", "), Sources: sourcesOf(x.claims)})
	return f, true
}

// firstShingle returns the index of the first word that starts n words
// between two ellipses, or -1.
func firstShingle(q *quotediff.Quote, n int) int {
	for k, start := range q.Runs {
		end := q.Len()
		if k+1 < len(q.Runs) {
			end = q.Runs[k+1]
		}
		if end-start >= n {
			return start
		}
	}
	return -1
}

// looksLikeName reports whether a speaker is named in full rather than
// described or named by a surname alone: "Marco Rubio", not "a White House
// spokesperson", "The U.S. Embassy" or "Rubio", who may well be the person
// the other source names.
func looksLikeName(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == 0 && (w == "The" || w == "A" || w == "An") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
