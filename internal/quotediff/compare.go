package quotediff

import (
	"iter"
	"slices"
	"strings"
	"sync"
)

// Quote is a quotation split into folded words. What its methods return is
// to be read, not changed; a Quote does not change once parsed, so many
// goroutines may read and compare it at once.
type Quote struct {
	Text string
	// Runs are the indexes of the words where a run of words that an
	// ellipsis separates from the previous one starts; Runs[0] is 0.
	Runs []int

	vocab *Vocabulary
	// The words, ellipses left out: their numbers in vocab and their spans
	// in Text. Neither holds a pointer, so the words of many thousands of
	// quotes cost the collector nothing to scan.
	ids   []int32
	spans []wordSpan
	stems []int32 // see ContentStems
	// written is the number of words as written: a contraction is one
	// written word, two words of ids.
	written int
}

// wordSpan is the byte span of a word in a quote's text.
type wordSpan struct{ start, end int32 }

// Len returns the number of words of the quote.
func (q *Quote) Len() int { return len(q.ids) }

// WrittenWords returns the number of words of the quote as written, a
// contraction one ("won't"), where Len counts it as the two it is read as.
func (q *Quote) WrittenWords() int { return q.written }

// Word returns the folded word i: lower case, accents and curly apostrophes
// folded, number words as digits.
func (q *Quote) Word(i int) string { return q.vocab.words[q.ids[i]] }

// Parse splits a quotation into its words and its runs between ellipses, in
// a vocabulary of its own. Quotes that are compared with each other are
// parsed faster with one Vocabulary.
func Parse(text string) *Quote { return NewVocabulary().Parse(text) }

// words returns the folded words [i, j).
func (q *Quote) words(i, j int) []string {
	folded := make([]string, j-i)
	for k := range folded {
		folded[k] = q.Word(i + k)
	}
	return folded
}

// Span returns the byte span in Text of the words [i, j).
func (q *Quote) Span(i, j int) (start, end int) {
	if i >= j {
		return 0, 0
	}
	return int(q.spans[i].start), int(q.spans[j-1].end)
}

// IDs returns the numbers of the quote's words in its vocabulary: quotes of
// one vocabulary whose words have the same numbers differ in typography only.
func (q *Quote) IDs() []int32 { return q.ids }

// Within reports whether every run of q's words stands, in order and
// unbroken, in the words of other: q is the same quote as other or a part of
// it, perhaps with words left out at its ellipses.
func (q *Quote) Within(other *Quote) bool {
	if q.Len() == 0 {
		return false
	}
	same := func(i, j int) bool { return q.Word(i) == other.Word(j) }
	if q.vocab == other.vocab {
		same = func(i, j int) bool { return q.ids[i] == other.ids[j] }
	}
	from := 0
	for k, start := range q.Runs {
		end := q.Len()
		if k+1 < len(q.Runs) {
			end = q.Runs[k+1]
		}
		at := indexRun(other.Len(), from, start, end, same)
		if at < 0 {
			return false
		}
		from = at + end - start
	}
	return true
}

// indexRun returns the first index at or after from, among n words, at
// which the words start to end-1 of another quote stand, compared by same;
// -1 when there is none.
func indexRun(n, from, start, end int, same func(i, j int) bool) int {
	for at := from; at+end-start <= n; at++ {
		match := true
		for i := start; i < end; i++ {
			if !same(i, at+i-start) {
				match = false
				break
			}
		}
		if match {
			return at
		}
	}
	return -1
}

// Comparison is how two quotes of one speaker compare.
type Comparison struct {
	// Agree is true when the quotes differ in typography only or one is a
	// part of the other; once Explain computes the diff, also when they are
	// overlapping parts of one statement that render alike what both have.
	Agree bool
	// A0, A1, B0, B1 bound the stretch of each quote's words that the other
	// quote renders: the words that only one quote has before or after the
	// shared words are left out, as a partial quote leaves them out.
	A0, A1, B0, B1 int
	// Parts is the word diff of the two stretches, once Explain computes it.
	Parts []Part
	// Similarity is the share of the two stretches' words that they share,
	// in any order, from 0 to 1: twice the shared words over the words of
	// both, a function word counting a quarter of another word.
	Similarity float64
	// SharesContent is true when the stretches share MinSharedContent
	// content stems.
	SharesContent bool
	// Coverage is the share of the shorter quote's words from the first to
	// the last word it shares with the other: near 1 when the quotes render
	// one statement, small when a phrase of one turns up in another quote.
	Coverage float64
	// Negation is true when a change of the diff adds or removes a negation
	// and little else, Number when a change states other numbers; only
	// changes between shared words count. Explain computes both.
	Negation, Number bool
}

// maxGap is the most words either quote may have between two runs of
// shared words for the runs to belong to one stretch: farther apart, they are
// coincidences of two different sentences, unless both quotes have words
// there, of like number: a phrase reworded.
const maxGap = 4

// maxRephrase is the most words either quote may have in a phrase reworded
// between two runs of shared words.
const maxRephrase = 12

// joins reports whether two runs of shared words separated by ga words of
// one quote and gb of the other belong to one stretch.
func joins(ga, gb int) bool {
	if max(ga, gb) <= maxGap {
		return true
	}
	return min(ga, gb) >= 1 && max(ga, gb) <= min(2*min(ga, gb)+2, maxRephrase)
}

// maxSubstitution is the most words at each edge of a stretch that count as
// words the two quotes substitute for each other.
const maxSubstitution = 3

// substitution returns how many of the na and nb words that two quotes have
// beyond an edge of their stretch are substitutions: as many as pair up,
// when they end one quote ("groups" against "organizations"); none when
// both quotes go on, into things only one of them says.
func substitution(na, nb int) int {
	if k := min(na, nb); k <= maxSubstitution {
		return k
	}
	return 0
}

// Compare aligns two quotes word by word. The stretch that both render is
// the densest cluster of shared words of a longest common subsequence, widened
// by the words each side substitutes at its edges; words only one side has
// beyond it are the context a partial quote leaves out.
//
// Quotes of different vocabularies are parsed again, into one.
func Compare(a, b *Quote) Comparison {
	if a.Within(b) || b.Within(a) {
		return Comparison{Agree: true}
	}
	if a.vocab != b.vocab {
		v := NewVocabulary()
		a, b = v.Parse(a.Text), v.Parse(b.Text)
	}
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	var lcs []Part
	if len(a.ids)*len(b.ids) > maxTable {
		lcs = diff(a.ids, b.ids) // needs less memory
	} else {
		lcs = commonWords(a.ids, b.ids, &s.lcs)
	}
	clusters := s.clusters[:0]
	best, bestShared, shared := -1, 0, 0
	for _, p := range lcs {
		if p.Op != Equal {
			continue
		}
		n := len(clusters)
		if n == 0 || !joins(p.A0-clusters[n-1].last.A1, p.B0-clusters[n-1].last.B1) {
			clusters, shared, n = append(clusters, cluster{first: p}), 0, n+1
		}
		clusters[n-1].last = p
		if shared += p.A1 - p.A0; shared > bestShared {
			best, bestShared = n-1, shared
		}
	}
	s.clusters = clusters
	if best < 0 {
		return Comparison{}
	}
	// Neighbouring clusters join the stretch while they make it more alike:
	// a rewording can put more words between two runs than maxGap allows.
	need := MinSharedContent(len(a.ContentStems()), len(b.ContentStems()))
	lo, hi := best, best
	c := s.stretch(a, b, need, clusters[lo].first, clusters[hi].last)
	for {
		grown := false
		if lo > 0 {
			if w := s.stretch(a, b, need, clusters[lo-1].first, clusters[hi].last); w.Similarity > c.Similarity {
				c, lo, grown = w, lo-1, true
			}
		}
		if hi+1 < len(clusters) {
			if w := s.stretch(a, b, need, clusters[lo].first, clusters[hi+1].last); w.Similarity > c.Similarity {
				c, hi, grown = w, hi+1, true
			}
		}
		if !grown {
			break
		}
	}
	// Coverage counts the words from the first shared word to the last, not
	// the substitutions at the edges: a phrase in common ("the American
	// people") and a few words either side are not a quote reworded.
	first, end := clusters[lo].first, clusters[hi].last
	if a.Len() <= b.Len() {
		c.Coverage = float64(end.A1-first.A0) / float64(a.Len())
	} else {
		c.Coverage = float64(end.B1-first.B0) / float64(b.Len())
	}
	return c
}

// Explain computes the word diff of the stretches of a and b that Compare
// found, and whether it changes a negation or a number. Compare leaves them
// out: most
// comparisons are rejected on their similarity, and the diff costs more than
// the alignment.
func (c *Comparison) Explain(a, b *Quote) {
	// The words both quotes have just beyond the stretch are part of it,
	// though the alignment paired them elsewhere: "He will" before "even be
	// considered" when one quote says "it will" earlier.
	for c.A0 > 0 && c.B0 > 0 && a.Word(c.A0-1) == b.Word(c.B0-1) {
		c.A0, c.B0 = c.A0-1, c.B0-1
	}
	for c.A1 < a.Len() && c.B1 < b.Len() && a.Word(c.A1) == b.Word(c.B1) {
		c.A1, c.B1 = c.A1+1, c.B1+1
	}
	var parts []Part
	if a.vocab == b.vocab { // the words' numbers say as much as the words
		parts = diff(a.ids[c.A0:c.A1], b.ids[c.B0:c.B1])
	} else {
		parts = diff(a.words(c.A0, c.A1), b.words(c.B0, c.B1))
	}
	c.Parts = c.Parts[:0]
	for _, p := range readable(parts, func(k int) bool { return IsFunctionWord(a.Word(c.A0 + k)) }) {
		p.A0, p.A1, p.B0, p.B1 = p.A0+c.A0, p.A1+c.A0, p.B0+c.B0, p.B1+c.B0
		c.Parts = append(c.Parts, p)
	}
	c.trimContext()
	c.Parts = c.wholeWords(a, b)
	c.trimCoincidences(a, b)
	c.Negation = negationChanged(a, b, c.Parts)
	c.Number = numberChanged(a, b, c.Parts)
	c.Agree = !c.speakerChanged(a, b)
}

// trimContext leaves out of the stretch the words that one quote alone has
// at an end of the diff, with nothing in their place in the other: context
// that the other quote leaves out, as Compare leaves it out beyond the
// stretch.
func (c *Comparison) trimContext() {
	parts := c.Parts
	if len(parts) > 1 && parts[0].Op != Equal && parts[1].Op == Equal {
		parts = parts[1:]
		c.A0, c.B0 = parts[0].A0, parts[0].B0
	}
	if n := len(parts); n > 1 && parts[n-1].Op != Equal && parts[n-2].Op == Equal {
		parts = parts[:n-1]
		c.A1, c.B1 = parts[n-2].A1, parts[n-2].B1
	}
	c.Parts = parts
}

// wholeWords returns the diff with no equality that starts or ends inside
// a written word: a contraction is two words, of which one may be equal
// ("won't" against "would not" shares "not"); the change then takes the
// whole written word, "[-won't-] {+would not+}".
func (c *Comparison) wholeWords(a, b *Quote) []Part {
	split := func(q *Quote, k int) bool { return k > 0 && k < len(q.spans) && q.spans[k-1] == q.spans[k] }
	var equal []Part
	changed := false
	for _, p := range c.Parts {
		if p.Op != Equal {
			continue
		}
		q := p
		for q.A0 < q.A1 && (q.A0 > c.A0 || q.B0 > c.B0) && (split(a, q.A0) || split(b, q.B0)) {
			q.A0, q.B0 = q.A0+1, q.B0+1
		}
		for q.A0 < q.A1 && (q.A1 < c.A1 || q.B1 < c.B1) && (split(a, q.A1) || split(b, q.B1)) {
			q.A1, q.B1 = q.A1-1, q.B1-1
		}
		changed = changed || q != p
		if q.A0 < q.A1 {
			equal = append(equal, q)
		}
	}
	if !changed {
		return c.Parts
	}
	out := c.Parts[:0:0]
	a0, b0 := c.A0, c.B0
	gap := func(a1, b1 int) {
		if a0 < a1 {
			out = append(out, Part{Op: Delete, A0: a0, A1: a1, B0: b0, B1: b0})
		}
		if b0 < b1 {
			out = append(out, Part{Op: Insert, A0: a1, A1: a1, B0: b0, B1: b1})
		}
	}
	for _, p := range equal {
		gap(p.A0, p.B0)
		out = append(out, p)
		a0, b0 = p.A1, p.B1
	}
	gap(c.A1, c.B1)
	return out
}

// speakerChanged reports whether a change of the diff changes the speaker's
// words. A change whose words on one side all stand in brackets or
// parentheses is the writer's, who may put a word of their own for the
// speaker's ("find (the suspects)" for "find the shooters") or add one
// ("it (the club) had trouble").
func (c *Comparison) speakerChanged(a, b *Quote) bool {
	var inA, inB []bool // which words of each quote are the writer's, read once needed
	for start, end := range changeRuns(c.Parts) {
		first, last := c.Parts[start], c.Parts[end-1]
		if inA == nil {
			inA, inB = a.writersWords(), b.writersWords()
		}
		if !allSet(inA, first.A0, last.A1) && !allSet(inB, first.B0, last.B1) {
			return true
		}
	}
	return false
}

// allSet reports whether words [i, j), at least one, are all set in in.
func allSet(in []bool, i, j int) bool {
	return i < j && !slices.Contains(in[i:j], false)
}

// writersWords returns which words of the quote stand inside brackets or
// parentheses that close in it: the writer's words, not the speaker's.
func (q *Quote) writersWords() []bool {
	in := make([]bool, len(q.spans))
	if !strings.ContainsAny(q.Text, "[(") {
		return in
	}
	var opens []int
	for i := 0; i < len(q.Text); i++ {
		switch q.Text[i] {
		case '[', '(':
			opens = append(opens, i)
		case ']', ')':
			if len(opens) == 0 {
				continue
			}
			from := opens[len(opens)-1]
			opens = opens[:len(opens)-1]
			for k, sp := range q.spans {
				if int(sp.start) > from && int(sp.end) <= i {
					in[k] = true
				}
			}
		}
	}
	return in
}

// trimCoincidences drops from each end of the diff the shared function
// words that changes part from the rest, where both quotes go on beyond
// it: after a sentence both render alike, "It [-cost-] {+will open to+}
// the" is two sentences that begin alike, not one reworded.
func (c *Comparison) trimCoincidences(a, b *Quote) {
	functionOnly := func(p Part) bool {
		if p.Op != Equal {
			return false
		}
		for k := p.A0; k < p.A1; k++ {
			if !IsFunctionWord(a.Word(k)) {
				return false
			}
		}
		return true
	}
	parts := c.Parts
	for c.A1 < a.Len() && c.B1 < b.Len() && len(parts) >= 3 && functionOnly(parts[len(parts)-1]) {
		n := len(parts) - 1
		for n > 0 && parts[n-1].Op != Equal {
			n--
		}
		if n == 0 || n == len(parts)-1 {
			break
		}
		parts = parts[:n]
		c.A1, c.B1 = parts[n-1].A1, parts[n-1].B1
	}
	for c.A0 > 0 && c.B0 > 0 && len(parts) >= 3 && functionOnly(parts[0]) {
		n := 1
		for n < len(parts) && parts[n].Op != Equal {
			n++
		}
		if n == len(parts) || n == 1 {
			break
		}
		parts = parts[n:]
		c.A0, c.B0 = parts[0].A0, parts[0].B0
	}
	c.Parts = parts
}

// scratch is the memory a comparison works in, reused by later ones.
type scratch struct {
	lcs      lcsScratch
	clusters []cluster
	// left counts, by stem number, the words of a stretch not yet matched;
	// all zero between comparisons.
	left []int32
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// cluster is a run of equal parts of an alignment that belong to one
// stretch: its first and its last.
type cluster struct{ first, last Part }

// stretch is the comparison of the words from the equal part first to the
// equal part last, widened by the words both quotes have before and after
// them as far as they pair up (substitutions), without its diff; need is
// the number of content stems the stretches must share.
func (s *scratch) stretch(a, b *Quote, need int, first, last Part) Comparison {
	c := Comparison{A0: first.A0, B0: first.B0, A1: last.A1, B1: last.B1}
	k := substitution(c.A0, c.B0)
	c.A0, c.B0 = c.A0-k, c.B0-k
	k = substitution(a.Len()-c.A1, b.Len()-c.B1)
	c.A1, c.B1 = c.A1+k, c.B1+k
	similarity, shared := s.overlap(a.vocab, a.ids[c.A0:c.A1], b.ids[c.B0:c.B1])
	c.Similarity = similarity
	c.SharesContent = shared >= need
	return c
}

// MinSharedContent is the number of content stems that two quotes with na
// and nb content stems must share to be renderings of one quote: three, or
// all but one of the shorter quote's when it has fewer than four, or one.
func MinSharedContent(na, nb int) int { return min(3, max(1, min(na, nb)-1)) }

// ContentStems returns the numbers in q's vocabulary (Vocabulary.Stem) of
// the distinct stems of q's words other than function words: what two
// renderings of one quote share.
func (q *Quote) ContentStems() []int32 { return q.stems }

// functionWeight is the weight of a function word in Similarity: "the" and
// "to" in common say little about two quotes being one.
const functionWeight = 0.25

// overlap returns the weighted Dice coefficient of two runs of words,
// numbered in v, taken as multisets of stems, and the number of content
// words they share.
func (s *scratch) overlap(v *Vocabulary, a, b []int32) (similarity float64, content int) {
	if len(s.left) < len(v.stems) {
		s.left = make([]int32, len(v.stems)+len(v.stems)/2)
	}
	left := s.left
	var total, shared float64
	for _, id := range a {
		w := v.info[id]
		left[w.stem]++
		total += w.weight()
	}
	for _, id := range b {
		w := v.info[id]
		total += w.weight()
		if left[w.stem] > 0 {
			left[w.stem]--
			shared += w.weight()
			if !w.function {
				content++
			}
		}
	}
	for _, id := range a {
		left[v.info[id].stem] = 0
	}
	return 2 * shared / total, content
}

// stem strips the commonest English endings of a word other than a
// function word, so that "treat" and "treating", "operations" and
// "operating" count as shared words.
func stem(w string) string {
	if IsFunctionWord(w) {
		return "\x00" + w // never the stem of another word ("will", "willing")
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	for _, suffix := range []string{"ing", "ion", "ed"} {
		if len(w) >= len(suffix)+4 && strings.HasSuffix(w, suffix) {
			return w[:len(w)-len(suffix)]
		}
	}
	return w
}

func (w wordInfo) weight() float64 {
	if w.function {
		return functionWeight
	}
	return 1
}

// changes calls f with the words each quote has in every change of the
// diff that shared words enclose; a change at an edge of the stretches may
// pair words that only the alignment put side by side.
func changes(a, b *Quote, parts []Part, f func(wa, wb []string)) {
	for start, end := range changeRuns(parts) {
		if start > 0 && end < len(parts) {
			f(a.words(parts[start].A0, parts[end].A0), b.words(parts[start].B0, parts[end].B0))
		}
	}
}

// changeRuns yields the bounds [start, end) of each run of parts that are
// changes, in order: a deletion, an insertion, or one and the other.
func changeRuns(parts []Part) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		for i := 0; i < len(parts); {
			if parts[i].Op == Equal {
				i++
				continue
			}
			start := i
			for i < len(parts) && parts[i].Op != Equal {
				i++
			}
			if !yield(start, i) {
				return
			}
		}
	}
}

// negationChanged reports whether a change of the diff adds or removes a
// negation and little else: "will" against "will not", "is" against
// "isn't", "no risk" against "a risk". A change that rewrites a whole phrase
// ("is not on the table" against "off the table") is a rewording.
func negationChanged(a, b *Quote, parts []Part) bool {
	changed := false
	changes(a, b, parts, func(wa, wb []string) {
		na, ra := negations(wa)
		nb, rb := negations(wb)
		if na != nb && len(ra) <= 1 && len(rb) <= 1 && (slices.Equal(ra, rb) || allFunctionWords(ra) && allFunctionWords(rb)) {
			changed = true
		}
	})
	return changed
}

// numberChanged reports whether a change of the diff states other numbers:
// "two years" against "three years", "$82 billion" against "$84 billion".
func numberChanged(a, b *Quote, parts []Part) bool {
	changed := false
	changes(a, b, parts, func(wa, wb []string) {
		na, nb := numbers(wa), numbers(wb)
		if (len(na) > 0 || len(nb) > 0) && !slices.Equal(na, nb) {
			changed = true
		}
	})
	return changed
}

func allFunctionWords(words []string) bool {
	for _, w := range words {
		if !IsFunctionWord(w) {
			return false
		}
	}
	return true
}

// negations counts the negations of a run of words and returns its other
// words, a contraction that is not read as two words ("ain't") without its
// "n't".
func negations(words []string) (n int, rest []string) {
	for _, w := range words {
		switch {
		case strings.HasSuffix(w, "n't"):
			n++
			rest = append(rest, strings.TrimSuffix(w, "n't"))
		case IsNegation(w):
			n++
		default:
			rest = append(rest, w)
		}
	}
	return n, rest
}

func numbers(words []string) []string {
	var out []string
	for _, w := range words {
		if IsNumber(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
