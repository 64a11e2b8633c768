package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteExtractor holds what attributing the quotes of one document needs.
type quoteExtractor struct {
	*analysis
	personIndex *peopleIndex // the analysis's person mentions, for lookups by position
	paragraphs  []span
	parts       []quotePart // all the quotes' parts, in order
	lastPerson  speakerRef  // the last speaker who is a named person
	lastGroup   speakerRef  // the last plural or institutional speaker
	buf         *quoteBuffers
}

// quoteBuffers are the working memory of quote extraction, kept from one
// document for the next.
type quoteBuffers struct {
	paragraphs []span
	parts      []quotePart // as scanned
	merged     []quotePart // with the block quotes
	groups     []quoteGroup
	// tokens holds the token slices of the quote being looked at, taken
	// back for the next one: see quoteExtractor.tokens.
	tokens      []quoteToken
	fullNames   map[string]fullNameSearch
	speakerKeys map[string]string // folded speaker names
	words       wordCache
}

// empty makes b hold on to nothing of its document, keeping its memory for
// the next.
func (b *quoteBuffers) empty() {
	b.groups = emptied(b.groups) // names and spans of the text
	b.paragraphs, b.parts, b.merged, b.tokens = kept(b.paragraphs), kept(b.parts), kept(b.merged), kept(b.tokens)
	clear(b.fullNames)
	clear(b.speakerKeys)
}

// afterAttribution reads the attribution that follows a quote: ", she
// said", "said Riley", "Rubio declared", "according to the report", "— Jane
// Doe". toks start right after the closing mark. It returns the speaker and
// the number of tokens the attribution used.
func (x *quoteExtractor) afterAttribution(toks []quoteToken, strict bool) (speakerRef, int) {
	i := 0
	if i < len(toks) && !toks[i].word && toks[i].is(x.text, ",") {
		i++
	}
	if i >= len(toks) {
		return noSpeaker, 0
	}
	if x.isDash(toks[i]) && !strict {
		e := x.npAfter(toks, i+1)
		return x.classify(toks, i+1, e), e
	}
	if x.lowerIs(toks[i], "according") && i+1 < len(toks) && toks[i+1].is(x.text, "to") {
		e := x.npAfter(toks, i+2)
		return x.classify(toks, i+2, e), e
	}
	if f := x.verbOf(toks[i]); f == verbFinite || f == verbBare {
		e := x.withCoSpeaker(toks, i+1, x.npAfter(toks, i+1))
		if e > i+1 && x.classOf(toks[i+1])&clsPronoun == 0 || e == i+2 && !x.lowerIs(toks[i+1], "it") {
			return x.classify(toks, i+1, e), e
		}
		return noSpeaker, 0
	}
	firstComma := -1
	for v := i; v < len(toks) && v < i+40; v++ {
		t := toks[v]
		if !t.word {
			switch {
			case t.is(x.text, ",") && firstComma < 0:
				firstComma = v
			case t.is(x.text, ","):
			case t.is(x.text, "("): // Jane Doe (D-Ohio) said
				for v+1 < len(toks) && !toks[v].is(x.text, ")") {
					v++
				}
			case t.is(x.text, ")"), t.is(x.text, "’"), t.is(x.text, "'"): // Sanders’ campaign manager
			default:
				return noSpeaker, 0
			}
			continue
		}
		// After the quote a noun-like verb is a verb: "the editorial read".
		if x.isVerbAfterQuote(t) {
			e := x.skipAdverbs(toks, i, v)
			if firstComma >= 0 && firstComma < e {
				e = firstComma // Jane Doe, head of the agency, said
			}
			if e == i || x.npBefore(toks, i, e) != i {
				return noSpeaker, 0
			}
			return x.classify(toks, i, e), v + 1
		}
		if firstComma < 0 && v-i >= 12 {
			return noSpeaker, 0
		}
	}
	return noSpeaker, 0
}

// beforeAttribution reads the attribution that leads into a quote: "she
// said:", "Sheinbaum said that it", "according to X,", "stating,". toks end
// right before the opening mark.
func (x *quoteExtractor) beforeAttribution(toks []quoteToken) speakerRef {
	toks = toks[x.sentenceStart(toks):]
	v, acc := -1, -1
	for k := len(toks) - 1; k >= 0 && len(toks)-k <= 30; k-- {
		if x.lowerIs(toks[k], "according") && k+1 < len(toks) && toks[k+1].is(x.text, "to") {
			acc = k
			break
		}
		if x.verbIn(toks, k) != 0 {
			v = k
			break
		}
	}
	if acc >= 0 {
		e := x.npAfter(toks, acc+2)
		return x.classify(toks, acc+2, e)
	}
	if v < 0 {
		if len(toks) > 1 && toks[len(toks)-1].is(x.text, ":") {
			// Jane Doe: "..."; The minister released a statement: "..."
			// (but not "... a statement Friday:")
			if e := len(toks) - 1; x.isCap(toks[e-1]) && x.classOf(toks[e-1])&clsNotName == 0 {
				return x.classify(toks, x.capRunStart(toks, 0, e), e)
			}
			return x.subject(toks[:len(toks)-1])
		}
		return noSpeaker
	}
	form := x.verbOf(toks[v])
	if v+2 < len(toks) && toks[v+1].is(x.text, "by") { // was asked by Jane Doe
		return x.classify(toks, v+2, x.npAfter(toks, v+2))
	}
	lo := x.skipAdverbs(toks, 0, v)
	clauseStart := lo > 0 && !toks[lo-1].word
	participial := form == verbParticiple || clauseStart || (lo > 0 && x.lowerIs(toks[lo-1], "to"))
	if i := x.npBefore(toks, 0, lo); i < lo {
		// Jane Doe said; with Jane Doe yelling; but not the object in
		// "emailed supporters saying".
		if !participial || i == 0 && !clauseStart || i > 0 && x.lowerIs(toks[i-1], "with") {
			if ref := x.nameBeforeRole(toks, i, lo); ref.found() {
				return ref
			}
			return x.classify(toks, i, lo)
		}
	}
	if form == verbFinite && v == 0 && v+1 < len(toks) && x.isCap(toks[v+1]) {
		return x.classify(toks, v+1, x.capRunEnd(toks, v+1)) // Said Jane Doe: "..."
	}
	if participial && clauseStart && lo >= 2 && x.verbOf(toks[lo-2]) == verbFinite {
		// Jane Doe said, adding: the attribution the participle goes on from.
		if i := x.npBefore(toks, 0, lo-2); i < lo-2 {
			return x.classify(toks, i, lo-2)
		}
	}
	if form != verbParticiple && lo > 0 && toks[lo-1].is(x.text, ",") {
		// Jane Doe, who heads the agency, said: the name before the clause.
		for c := lo - 2; c > 0; c-- {
			if toks[c].is(x.text, ",") {
				i := x.npBefore(toks, 0, c)
				if i < c && x.isCap(toks[c-1]) {
					return x.classify(toks, i, c)
				}
				if ref := x.nameAfterRole(toks, i, c, lo-1); ref.found() {
					return ref
				}
				break
			}
		}
	}
	return x.subject(toks[:v])
}

// nameBeforeRole returns the name a role phrase toks[i:] stands beside,
// "Jane Doe, the spokeswoman for Sen. Ann Roe (D-Ohio), wrote": the speaker
// is the name, not the person the role names. It returns noSpeaker when no
// name comes before the role.
func (x *quoteExtractor) nameBeforeRole(toks []quoteToken, i, end int) speakerRef {
	if i < 2 || !toks[i-1].is(x.text, ",") || x.classOf(toks[i])&clsDeterminer == 0 || !x.isCap(toks[i-2]) {
		return noSpeaker
	}
	role := false
	for _, t := range toks[i:end] {
		role = role || x.classOf(t)&clsRoleNoun != 0 && !x.isCap(t)
	}
	j := x.npBefore(toks, 0, i-1)
	if !role || j == i-1 || j > 0 && toks[j-1].word {
		return noSpeaker // "In Valdora, the spokeswoman for ..."
	}
	if ref := x.classify(toks, j, i-1); ref.person && x.personIndex.overlapping(ref.start, ref.end) != nil {
		return ref
	}
	return noSpeaker
}

// nameAfterRole returns the name toks[c+1:e] between the commas after a
// role phrase toks[i:c] that opens its clause, "Jane Doe’s attorney, Ann
// Roe, said"; noSpeaker when the phrase is no role or the words no name.
func (x *quoteExtractor) nameAfterRole(toks []quoteToken, i, c, e int) speakerRef {
	opensClause := i == 0 || !toks[i-1].word
	role := i < c && !x.lowerIs(toks[i], "and") && x.classOf(toks[c-1])&clsRoleNoun != 0
	if !opensClause || !role || c+1 >= e || x.capRunStart(toks, c+1, e) != c+1 {
		return noSpeaker
	}
	if ref := x.classify(toks, c+1, e); ref.person {
		return ref
	}
	return noSpeaker
}

// attribute finds the speaker of the quote groups[gi], or drops it when it
// is a scare quote or a title.
func (x *quoteExtractor) attribute(groups []quoteGroup, gi int) {
	g := &groups[gi]
	first, last := g.parts[0], g.parts[len(g.parts)-1]
	para := x.paragraphs[first.para]
	lo := max(para.start, first.open-maxContext)
	x.releaseTokens()
	before := x.tokens(x.sentenceStartBefore(lo, first.open), first.open)
	// The attribution of a split quote sits after its first closed part; a
	// quote that runs over paragraphs is attributed after its end.
	afterPart := last
	for _, p := range g.parts {
		if p.closed {
			afterPart = p
			break
		}
	}
	afterPara := x.paragraphs[afterPart.para]
	hi := min(afterPara.end, afterPart.close+maxContext)
	if gi+1 < len(groups) && groups[gi+1].parts[0].open < hi {
		hi = groups[gi+1].parts[0].open
	}
	after := x.sentenceTokens(afterPart.close, hi)

	ref, _ := x.afterAttribution(after, false)
	if !ref.found() || !x.prefersAfter(afterPart, after) {
		if x.isWorkTitle(g, before) {
			g.dropped = true
			return
		}
		if b := x.beforeAttribution(before); b.found() {
			ref = b
		}
	}
	if !ref.found() {
		ref = x.sentenceEndAttribution(after)
	}
	if !ref.found() && x.isScareQuote(g, before, after) {
		g.dropped = true
		return
	}
	if !ref.found() {
		ref = x.fallbackSpeaker(groups, gi, len(before) == 0, after)
	}
	ref = x.resolve(ref)
	g.speaker = ref
	switch {
	case ref.person:
		x.lastPerson = ref
	case ref.found() && ref.name != "":
		x.lastGroup = ref
	}
}

// sentenceEndAttribution reads an attribution that closes the sentence of
// a quote: `... "shocking declines" in revenue, says Jane Doe.`
func (x *quoteExtractor) sentenceEndAttribution(after []quoteToken) speakerRef {
	for k := 0; k+2 < len(after); k++ {
		if !after[k].is(x.text, ",") || x.verbOf(after[k+1]) != verbFinite {
			continue
		}
		if e := x.npAfter(after, k+2); e > k+2 {
			return x.classify(after, k+2, e)
		}
	}
	return noSpeaker
}

// prefersAfter reports whether an attribution after the quote wins over one
// before it: the quote ends in a comma or a question, or the words after it
// open with a comma.
func (x *quoteExtractor) prefersAfter(first quotePart, after []quoteToken) bool {
	if len(after) > 0 && after[0].is(x.text, ",") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(x.text[first.start:first.end])
	return strings.ContainsRune(",?!—–-…", r)
}

// isScareQuote reports whether a quote no one speaks is a scare quote or a
// title: a few words, or a run of capitalized words, with no speech verb in
// its sentence.
func (x *quoteExtractor) isScareQuote(g *quoteGroup, before, after []quoteToken) bool {
	if len(g.parts) > 1 {
		return false
	}
	p := g.parts[0]
	if p.end-p.start > 120 {
		return false
	}
	inner := x.tokens(p.start, p.end)
	words, capWords := 0, 0
	for _, t := range inner {
		if t.word {
			words++
			if x.isCap(t) || x.classOf(t)&(clsWrittenLink|clsWrittenDeterminer) != 0 || x.word(t) == "and" {
				capWords++
			}
		}
	}
	if words > 3 && (capWords < words || words > 8) {
		return false
	}
	for _, t := range before[x.sentenceStart(before):] {
		if x.verbOf(t) != 0 {
			return false
		}
	}
	for _, t := range after {
		if x.verbOf(t) != 0 {
			return false
		}
	}
	return true
}

// titleCues come right before the title of a work: CNN's "New Day", a
// column titled "...", host of "...".
var titleCues = setOf(`titled entitled called dubbed named on of the a an host show program
	programme book film movie song album series column article headline slogan campaign`)

// titleSmallWords stay lower case inside a title.
var titleSmallWords = setOf(`a an the of and or in on at to for with by from vs nor but as`)

// isWorkTitle reports whether a quote is the title of a work or a slogan: a
// few words in title case after a possessive or a word that introduces a
// title.
func (x *quoteExtractor) isWorkTitle(g *quoteGroup, before []quoteToken) bool {
	p := g.parts[0]
	if len(g.parts) > 1 || p.end-p.start > 80 || len(before) == 0 {
		return false
	}
	cue := before[len(before)-1]
	if !cue.word || x.classOf(cue)&clsTitleCue == 0 && !x.possessive(cue) {
		return false
	}
	words := 0
	for _, t := range x.tokens(p.start, p.end) {
		if !t.word {
			continue
		}
		words++
		if !x.isCap(t) && x.classOf(t)&clsTitleSmallWord == 0 && !unicode.IsDigit(rune(x.text[t.start])) {
			return false
		}
	}
	return words > 0 && words <= 8
}

// fallbackSpeaker attributes a quote whose own sentence names no speaker:
// the speaker of an earlier quote of the paragraph, the lead-in of a
// paragraph that ends with a colon, or the line under a quote that stands
// alone ("— Jane Doe, mayor").
func (x *quoteExtractor) fallbackSpeaker(groups []quoteGroup, gi int, opensSentence bool, after []quoteToken) speakerRef {
	g := &groups[gi]
	first := g.parts[0]
	if gi > 0 {
		prev := groups[gi-1]
		if prev.parts[len(prev.parts)-1].para == first.para && prev.speaker.found() {
			return prev.speaker
		}
	}
	if first.open != x.paraContentStart(first.para) {
		if opensSentence {
			// Jane Doe agreed. "..."
			para := x.paragraphs[first.para]
			return x.reportedSpeaker(max(para.start, first.open-maxContext), first.open)
		}
		return noSpeaker
	}
	if prevPara := x.prevNonBlankPara(first.para); prevPara >= 0 {
		p := x.paragraphs[prevPara]
		if end := strings.TrimRight(x.text[p.start:p.end], " \t\r"); strings.HasSuffix(end, ":") {
			if ref := x.beforeAttribution(x.tokens(max(p.start, p.end-maxContext), p.start+len(end))); ref.found() {
				return ref
			}
		}
	}
	if len(after) == 0 || len(after) == 1 && !after[0].word {
		if ref := x.nextLineSpeaker(g.parts[len(g.parts)-1].para); ref.found() {
			return ref
		}
	}
	prevPara := x.prevNonBlankPara(first.para)
	if gi > 0 {
		// A quote that opens a paragraph carries on the quote that ended the last one.
		prev := groups[gi-1]
		if prev.parts[len(prev.parts)-1].para == prevPara && prev.speaker.found() {
			return prev.speaker
		}
	}
	if prevPara >= 0 {
		// Or it quotes the speaker the last sentence reported on.
		p := x.paragraphs[prevPara]
		return x.reportedSpeaker(max(p.start, p.end-maxContext), p.end)
	}
	return noSpeaker
}

// reportedSpeaker returns the speaker of the last sentence of text[from:to]
// when it reports speech ("Jane Doe agreed.").
func (x *quoteExtractor) reportedSpeaker(from, to int) speakerRef {
	toks := x.tokens(from, to)
	if n := len(toks); n > 0 && toks[n-1].isSentenceEnd(x.text) {
		toks = toks[:n-1]
	}
	toks = toks[x.sentenceStart(toks):]
	for k := range toks {
		if x.verbIn(toks, k) != 0 {
			return x.beforeAttribution(toks[:k+1])
		}
	}
	return noSpeaker
}

// prevNonBlankPara returns the index of the last paragraph before i that
// holds more than spaces, or -1.
func (x *quoteExtractor) prevNonBlankPara(i int) int {
	for i--; i >= 0; i-- {
		if x.paraContentStart(i) < x.paragraphs[i].end {
			return i
		}
	}
	return -1
}

// nextLineSpeaker reads the line under a quote that stands alone on its
// line: "— Jane Doe, mayor", "Said by: Jane Doe", or a caption that opens
// with the speaker's name ("Jane Doe on the new budget").
func (x *quoteExtractor) nextLineSpeaker(para int) speakerRef {
	next := x.firstNonBlankPara(para + 1)
	if next < 0 {
		return noSpeaker
	}
	p := x.paragraphs[next]
	toks := x.tokens(p.start, min(p.end, p.start+maxContext))
	if len(toks) == 0 {
		return noSpeaker
	}
	if x.isDash(toks[0]) {
		// "— Jane Doe, mayor"; a single word must be a known surname, not
		// "— Interview with ...".
		e := x.npAfter(toks, 1)
		if e == 2 && x.earlierFullName(toks[1].start, x.word(toks[1])) == "" {
			return noSpeaker
		}
		return x.classify(toks, 1, e)
	}
	for k := 0; k+1 < len(toks) && k < 4; k++ {
		if toks[k+1].is(x.text, ":") && strings.EqualFold(x.word(toks[k]), "by") {
			return x.classify(toks, k+2, x.npAfter(toks, k+2))
		}
	}
	words := 0
	for _, t := range toks {
		if t.word {
			words++
		} else if r, _ := utf8.DecodeRuneInString(x.word(t)); isQuoteRune(r) {
			return noSpeaker
		}
	}
	if words > 12 || toks[len(toks)-1].isSentenceEnd(x.text) || !x.isCap(toks[0]) {
		return noSpeaker
	}
	e := x.capRunEnd(toks, 0)
	if e > 3 || e < len(toks) && (!toks[e].word || x.isCap(toks[e])) {
		return noSpeaker
	}
	for _, t := range toks[:e] {
		if x.word(t) == "of" || x.classOf(t)&clsNotName != 0 {
			return noSpeaker
		}
	}
	return x.classify(toks, 0, e)
}
