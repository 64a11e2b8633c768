package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteExtractor holds what attributing the quotes of one document needs.
type quoteExtractor struct {
	*analysis
	paragraphs []span
	lastPerson speakerRef // the last speaker who is a named person
	lastGroup  speakerRef // the last plural or institutional speaker
	fullNames  map[string]fullNameSearch
}

// token is a word or a punctuation mark of the text around a quote.
type token struct {
	start, end int
	word       bool
}

func (t token) isSentenceEnd(s string) bool {
	return !t.word && (s[t.start] == '.' || s[t.start] == '!' || s[t.start] == '?' || s[t.start] == '\n')
}

func (t token) is(s, w string) bool { return s[t.start:t.end] == w }

// abbreviations keep their period inside the word, so "Mr. Smith" is no
// sentence end.
var abbreviations = setOf(`Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Jr Sr St Rev Prof
	Sens Reps Govs Adm Maj Mt Ft Inc Corp Co Ltd vs No Dept Jan Feb Aug Sept Sep Oct Nov Dec`)

// tokens splits text[from:to] into words and punctuation marks. Words keep
// inner hyphens, apostrophes and periods (Farfán-Méndez, O'Brien, U.S.).
func (x *quoteExtractor) tokens(from, to int) []token {
	return x.appendTokens(make([]token, 0, (to-from)/5+1), from, to, false)
}

// sentenceTokens returns the tokens of text[from:to] up to and including the
// first sentence end.
func (x *quoteExtractor) sentenceTokens(from, to int) []token {
	return x.appendTokens(make([]token, 0, 32), from, to, true)
}

func (x *quoteExtractor) appendTokens(out []token, from, to int, oneSentence bool) []token {
	s := x.text
	for i := from; i < to; {
		if n := len(out); oneSentence && n > 0 && out[n-1].isSentenceEnd(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:to])
		switch {
		case r == '\n': // a line break ends names and sentences
			out = append(out, token{i, i + 1, false})
			i++
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r) || unicode.IsMark(r):
			j := i + size
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(s[j:to])
				if isWordRune(r2) || unicode.IsMark(r2) {
					j += n2
					continue
				}
				if isWordJoiner(r2) && j+n2 < to {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2 : to]); isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if j < to && s[j] == '.' && isAbbreviation(s[i:j]) {
				j++
			}
			out = append(out, token{i, j, true})
			i = j
		default:
			out = append(out, token{i, i + size, false})
			i += size
		}
	}
	return out
}

func isWordJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '.' || r == '&'
}

func isAbbreviation(w string) bool {
	return (len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') || strings.Contains(w, ".") || abbreviations[w]
}

func (x *quoteExtractor) word(t token) string { return x.text[t.start:t.end] }

// isCap reports whether t is a word that starts with a capital letter.
func (x *quoteExtractor) isCap(t token) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.text[t.start:])
	return unicode.IsUpper(r)
}

// verbAt returns the form of the speech verb t, or 0. Speech verbs are
// lower-case in running text.
func (x *quoteExtractor) verbAt(t token) verbForm {
	if !t.word || x.text[t.start] < 'a' || x.text[t.start] > 'z' {
		return 0
	}
	return speechVerbs[x.text[t.start:t.end]]
}

// verbIn returns the form of the speech verb toks[k], or 0; a participle
// after a determiner or a possessive is an adjective ("the reported plan").
func (x *quoteExtractor) verbIn(toks []token, k int) verbForm {
	f := x.verbAt(toks[k])
	if f == 0 || k == 0 || !toks[k-1].word {
		return f
	}
	if w := x.word(toks[k-1]); determiners[strings.ToLower(w)] || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
		return 0
	}
	return f
}

// lower returns the word t in lower case, or "" for punctuation.
func (x *quoteExtractor) lower(t token) string {
	if !t.word {
		return ""
	}
	w := x.text[t.start:t.end]
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// npStops end a noun phrase; npLinks may join its parts ("a spokesman for
// the ministry"); determiners begin one.
var (
	npStops = setOf(`that which who whom whose and or but nor when while as because if since though
		although than then so is was were are be been being has had have to in on at with by from
		after before during about into over under also not this these those there here it its
		what how why where do does did will would can could should may might must just only even
		still later earlier again once told said says saying according last first`)
	npLinks     = setOf(`of for at from`)
	determiners = setOf(`a an the his her its their our my your`)
	adverbsAux  = setOf(`also later then once again previously recently repeatedly still has had
		have was is were are would will did does do may might could should can must not never
		reportedly allegedly publicly privately simply just even often already further first
		quickly flatly bluntly finally angrily sharply calmly quietly loudly tersely`)
)

// skipAdverbs steps back over adverbs and auxiliaries ending just before
// toks[k] and returns the index after the last word of what precedes them.
func (x *quoteExtractor) skipAdverbs(toks []token, lo, k int) int {
	// A parenthesis before the verb: Jane Doe (D-Ohio) said.
	if k-1 > lo && toks[k-1].is(x.text, ",") && toks[k-2].is(x.text, ")") {
		k--
	}
	if k > lo && toks[k-1].is(x.text, ")") {
		for j := k - 2; j >= lo && j > k-9; j-- {
			if toks[j].is(x.text, "(") {
				k = j
				break
			}
		}
	}
	for k > lo && toks[k-1].word {
		w := x.lower(toks[k-1])
		if !adverbsAux[w] && (!strings.HasSuffix(w, "ly") || len(w) < 5 || x.isCap(toks[k-1])) {
			break
		}
		k--
	}
	return k
}

// npBefore returns the start of the noun phrase that ends just before
// toks[end], not before lo; it returns end when there is none.
func (x *quoteExtractor) npBefore(toks []token, lo, end int) int {
	if end > lo && pronounSpeakers[x.word(toks[end-1])] {
		return end - 1
	}
	start := end
	for start > lo && end-start < 12 {
		t := toks[start-1]
		if !t.word {
			break
		}
		w := x.lower(t)
		inName := x.isCap(t) && start-2 >= lo && x.isCap(toks[start-2]) && start < end && x.isCap(toks[start])
		innerLink := npLinks[w] && start < end && start-1 > lo
		if x.verbAt(t) != 0 || npStops[w] && !inName && !innerLink {
			break
		}
		start--
		if determiners[w] {
			if start > lo && npLinks[x.lower(toks[start-1])] {
				continue
			}
			break
		}
	}
	// A phrase cannot start with a link word.
	for start < end && npLinks[x.lower(toks[start])] {
		start++
	}
	return start
}

// npAfter returns the end of the noun phrase that starts at toks[k], or k.
func (x *quoteExtractor) npAfter(toks []token, k int) int {
	if k >= len(toks) || !toks[k].word {
		return k
	}
	w := x.lower(toks[k])
	if pronounSpeakers[x.word(toks[k])] {
		return k + 1
	}
	if npStops[w] {
		return k
	}
	e := k
	for e < len(toks) && e-k < 12 && toks[e].word {
		w := x.lower(toks[e])
		if x.verbAt(toks[e]) != 0 {
			break
		}
		if npStops[w] || (npLinks[w] && e > k) {
			if !npLinks[w] || e+1 >= len(toks) || !toks[e+1].word {
				break
			}
		}
		if determiners[w] && e > k && !npLinks[x.lower(toks[e-1])] {
			break
		}
		e++
	}
	// A phrase that opens in lower case ("former adviser Jane Doe", "one
	// source") needs a name or a role in it.
	if !determiners[w] && !x.isCap(toks[k]) && !roleNouns[w] {
		for j := k; j < e; j++ {
			if x.isCap(toks[j]) || roleNouns[x.lower(toks[j])] {
				return e
			}
		}
		return k
	}
	return e
}

// capRunStart returns the start of the run of capitalized words (with name
// particles and "of" between capitals) that ends at toks[end-1].
func (x *quoteExtractor) capRunStart(toks []token, lo, end int) int {
	r := end
	for r > lo {
		t := toks[r-1]
		if x.isCap(t) {
			r--
			continue
		}
		w := x.word(t)
		link := nameParticles[w] || w == "of" || w == "to" && r-2 > lo && titleWords[x.word(toks[r-2])]
		if t.word && link && r-1 > lo && x.isCap(toks[r-2]) {
			r--
			continue
		}
		break
	}
	return r
}

// orgWords mark a capitalized phrase as an institution, not a person.
var orgWords = setOf(`House Times News Post Journal Press Department Ministry Party Committee
	Association Council Agency Office Court Embassy Administration Campaign Network Foundation
	Institute University Center Centre Group Government Congress Senate Pentagon Kremlin
	Commission Bureau Service Union Federation Organization Reuters CNN BBC AP Fox NBC ABC CBS
	MSNBC Breitbart Review Magazine Daily Tribune Herald Globe Street Street's Company Inc. Corp.
	Bank Fund Council Coalition Alliance Board Police Army Navy Force Command Club League`)

// classify turns the noun phrase toks[i:j] into the speaker it names.
func (x *quoteExtractor) classify(toks []token, i, j int) speakerRef {
	if i >= j {
		return noSpeaker
	}
	if j-i == 1 && pronounSpeakers[x.word(toks[i])] {
		return speakerRef{start: toks[i].start, end: toks[i].end, pronoun: true}
	}
	if x.isCap(toks[j-1]) {
		r := x.capRunStart(toks, i, j)
		org := r > i && x.lower(toks[r-1]) == "the"
		for k := r; k < j && !org; k++ {
			org = orgWords[x.word(toks[k])]
		}
		if org {
			return speakerRef{start: toks[r].start, end: toks[j-1].end, name: x.text[toks[r].start:toks[j-1].end]}
		}
		n := r
		for k := r; k < j; k++ {
			if w := x.word(toks[k]); titleWords[w] || notNameWords[w] || w == "of" || w == "to" {
				n = k + 1
			}
		}
		if j-n > 3 {
			n = j - 2
		}
		if n < j {
			return speakerRef{start: toks[n].start, end: toks[j-1].end, person: true,
				name: x.text[toks[n].start:toks[j-1].end]}
		}
	}
	start := toks[i].start
	if w := x.lower(toks[i]); w == "and" && i+1 < j {
		start = toks[i+1].start
	}
	return speakerRef{start: start, end: toks[j-1].end, name: x.text[start:toks[j-1].end]}
}

// resolveName returns the full name of the person written name at
// [start, end): the name a person mention there resolved to, or for a surname
// alone the last earlier full name that ends with it.
func (x *quoteExtractor) resolveName(start, end int, name string) string {
	for _, m := range x.people {
		if m.Person != nil && m.Start < end && start < m.End {
			return m.Person.Name
		}
	}
	if strings.ContainsRune(name, ' ') {
		return name
	}
	for k := len(x.people) - 1; k >= 0; k-- {
		m := x.people[k]
		if m.Person != nil && m.Start < start && strings.HasSuffix(m.Person.Name, " "+name) {
			return m.Person.Name
		}
	}
	if full := x.earlierFullName(start, name); full != "" {
		return full
	}
	return name
}

// earlierFullName finds the last occurrence of surname before pos that
// follows a capitalized first name, and returns that full name. Quotes are
// attributed in order, so each search goes on from where the last search for
// the surname stopped.
func (x *quoteExtractor) earlierFullName(pos int, surname string) string {
	known, ok := x.fullNames[surname]
	if !ok || known.searched > pos {
		known = fullNameSearch{}
	}
	if full := x.searchFullName(known.searched, pos, surname); full != "" {
		known.full = full
	}
	known.searched = pos
	if x.fullNames == nil {
		x.fullNames = map[string]fullNameSearch{}
	}
	x.fullNames[surname] = known
	return known.full
}

// fullNameSearch is how far the text was searched for a surname's full name.
type fullNameSearch struct {
	searched int
	full     string
}

// searchFullName finds the last full name that ends with surname in text[from:pos].
func (x *quoteExtractor) searchFullName(from, pos int, surname string) string {
	full := ""
	for k := from; k < pos; {
		i := strings.Index(x.text[k:pos], surname)
		if i < 0 {
			break
		}
		i += k
		k = i + len(surname)
		if k < pos {
			if r, _ := utf8.DecodeRuneInString(x.text[k:]); isWordRune(r) {
				continue
			}
		}
		if !x.capitalizedWordBefore(i) {
			continue
		}
		toks := x.tokens(max(0, i-60), i)
		if len(toks) == 0 || toks[len(toks)-1].end != i-1 || !x.isCap(toks[len(toks)-1]) {
			continue
		}
		r := x.capRunStart(toks, 0, len(toks))
		n := r
		for j := r; j < len(toks); j++ {
			if w := x.word(toks[j]); titleWords[w] || notNameWords[w] || w == "of" {
				n = j + 1
			}
		}
		if n < len(toks) && len(toks)-n <= 2 {
			full = x.text[toks[n].start:k]
		}
	}
	return full
}

// capitalizedWordBefore reports whether a capitalized word and a space come
// right before offset i: the cheap test before a name is looked at closely.
func (x *quoteExtractor) capitalizedWordBefore(i int) bool {
	if i < 2 || x.text[i-1] != ' ' {
		return false
	}
	j := strings.LastIndexAny(x.text[max(0, i-40):i-1], " \n\t(") + 1 + max(0, i-40)
	r, _ := utf8.DecodeRuneInString(x.text[j:i])
	return unicode.IsUpper(r)
}

// resolve returns the speaker ref names: a person's full name, or for a
// pronoun the speaker it stands for.
func (x *quoteExtractor) resolve(ref speakerRef) speakerRef {
	switch {
	case ref.resolved || !ref.found():
		return ref
	case ref.pronoun:
		ref = x.resolvePronoun(ref)
	case ref.person:
		ref.name = x.resolveName(ref.start, ref.end, ref.name)
	}
	ref.resolved = true
	return ref
}

// resolvePronoun returns the speaker the pronoun ref stands for: the last
// person named before it for he and she, the last institution for they.
func (x *quoteExtractor) resolvePronoun(ref speakerRef) speakerRef {
	switch strings.ToLower(x.text[ref.start:ref.end]) {
	case "he", "she":
		for k := len(x.people) - 1; k >= 0; k-- {
			if m := x.people[k]; m.Person != nil && m.Start < ref.start {
				ref.name, ref.person = m.Person.Name, true
				return ref
			}
		}
		if name := x.lastNameBefore(ref.start); name != "" {
			ref.name, ref.person = name, true
		} else if x.lastPerson.found() {
			ref.name, ref.person = x.lastPerson.name, true
		}
	case "they":
		ref.name = x.lastGroup.name
	}
	return ref
}

// lastNameBefore finds the last name of two or three capitalized words
// before pos, not counting institutions.
func (x *quoteExtractor) lastNameBefore(pos int) string {
	toks := x.tokens(max(strings.LastIndexByte(x.text[:pos], '\n')+1, pos-maxContext), pos)
	for e := len(toks); e > 0; e-- {
		if toks[e-1].is(x.text, "\n") {
			break
		}
		if !x.isCap(toks[e-1]) {
			continue
		}
		r := x.capRunStart(toks, 0, e)
		ref := x.classify(toks, r, e)
		if ref.person && strings.ContainsRune(ref.name, ' ') {
			return ref.name
		}
		e = r
	}
	return ""
}

// sentenceStart returns the index of the first token of the last sentence of toks.
func (x *quoteExtractor) sentenceStart(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].isSentenceEnd(x.text) {
			return i + 1
		}
	}
	return 0
}

// isDash reports whether t is a dash that introduces a name ("— Jane Doe").
func (x *quoteExtractor) isDash(t token) bool {
	if t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.text[t.start:])
	return r == '—' || r == '―' || r == '–' || r == '-' || r == '~'
}

// afterAttribution reads the attribution that follows a quote: ", she
// said", "said Riley", "Rubio declared", "according to the report", "— Jane
// Doe". toks start right after the closing mark. It returns the speaker and
// the number of tokens the attribution used.
func (x *quoteExtractor) afterAttribution(toks []token, strict bool) (speakerRef, int) {
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
	if x.lower(toks[i]) == "according" && i+1 < len(toks) && toks[i+1].is(x.text, "to") {
		e := x.npAfter(toks, i+2)
		return x.classify(toks, i+2, e), e
	}
	if f := x.verbAt(toks[i]); f == verbFinite || f == verbBare {
		e := x.npAfter(toks, i+1)
		if e > i+1 && !pronounSpeakers[x.word(toks[i+1])] || e == i+2 && x.lower(toks[i+1]) != "it" {
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
			case t.is(x.text, ")"):
			default:
				return noSpeaker, 0
			}
			continue
		}
		// After the quote a noun-like verb is a verb: "the editorial read".
		if f := x.verbAt(t); f == verbFinite || f == verbBare || speechNounLike[x.word(t)] {
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
func (x *quoteExtractor) beforeAttribution(toks []token) speakerRef {
	toks = toks[x.sentenceStart(toks):]
	v, acc := -1, -1
	for k := len(toks) - 1; k >= 0 && len(toks)-k <= 30; k-- {
		if x.lower(toks[k]) == "according" && k+1 < len(toks) && toks[k+1].is(x.text, "to") {
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
			if e := len(toks) - 1; x.isCap(toks[e-1]) {
				return x.classify(toks, x.capRunStart(toks, 0, e), e)
			}
			return x.subject(toks[:len(toks)-1])
		}
		return noSpeaker
	}
	form := x.verbAt(toks[v])
	if v+2 < len(toks) && toks[v+1].is(x.text, "by") { // was asked by Jane Doe
		return x.classify(toks, v+2, x.npAfter(toks, v+2))
	}
	lo := x.skipAdverbs(toks, 0, v)
	clauseStart := lo > 0 && !toks[lo-1].word
	participial := form == verbParticiple || clauseStart || (lo > 0 && x.lower(toks[lo-1]) == "to")
	if i := x.npBefore(toks, 0, lo); i < lo {
		// Jane Doe said; with Jane Doe yelling; but not the object in
		// "emailed supporters saying".
		if !participial || i == 0 && !clauseStart || i > 0 && x.lower(toks[i-1]) == "with" {
			return x.classify(toks, i, lo)
		}
	}
	if form == verbFinite && (v == 0 || clauseStart) && v+1 < len(toks) && x.isCap(toks[v+1]) {
		return x.classify(toks, v+1, x.capRunEnd(toks, v+1)) // said Jane Doe: "..."
	}
	if form != verbParticiple && lo > 0 && toks[lo-1].is(x.text, ",") {
		// Jane Doe, who heads the agency, said: the name before the clause.
		for c := lo - 2; c > 0; c-- {
			if toks[c].is(x.text, ",") {
				if i := x.npBefore(toks, 0, c); i < c && x.isCap(toks[c-1]) {
					return x.classify(toks, i, c)
				}
				break
			}
		}
	}
	return x.subject(toks[:v])
}

// leadWords open a sentence without being its subject.
var leadWords = setOf(`in on at after before during earlier later still but and yet however
	meanwhile last this that when while since speaking asked for from with without under
	instead also then now so thus today yesterday as although though because if despite
	following amid`)

// subject returns the speaker the sentence toks opens with, for participles
// ("Sheinbaum emphasized ..., stating, ...").
func (x *quoteExtractor) subject(toks []token) speakerRef {
	k := x.skipLeadAdverbial(toks)
	for ; k < len(toks); k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if pronounSpeakers[x.word(t)] {
			return speakerRef{start: t.start, end: t.end, pronoun: true}
		}
		if determiners[x.lower(t)] {
			return x.classify(toks, k, x.npAfter(toks, k))
		}
		if x.isCap(t) && !notNameWords[x.word(t)] {
			return x.classify(toks, k, x.capRunEnd(toks, k))
		}
		if k > 6 {
			break
		}
	}
	return noSpeaker
}

// capRunEnd returns the end of the run of capitalized words that starts at toks[k].
func (x *quoteExtractor) capRunEnd(toks []token, k int) int {
	e := k
	for e < len(toks) {
		if x.isCap(toks[e]) {
			e++
			continue
		}
		w := x.word(toks[e])
		link := nameParticles[w] || w == "of" || w == "to" && titleWords[x.word(toks[e-1])]
		if toks[e].word && e > k && link && e+1 < len(toks) && x.isCap(toks[e+1]) {
			e++
			continue
		}
		break
	}
	return e
}

// attribute finds the speaker of the quote groups[gi], or drops it when it
// is a scare quote or a title.
func (x *quoteExtractor) attribute(groups []quoteGroup, gi int) {
	g := &groups[gi]
	first, last := g.parts[0], g.parts[len(g.parts)-1]
	para := x.paragraphs[first.para]
	lo := max(para.start, first.open-maxContext)
	before := x.tokens(x.sentenceStartBefore(lo, first.open), first.open)
	// The attribution of a split quote sits after its first part.
	afterPart := first
	if last.para != first.para {
		afterPart = last
	}
	afterPara := x.paragraphs[afterPart.para]
	hi := min(afterPara.end, afterPart.close+maxContext)
	if gi+1 < len(groups) && groups[gi+1].parts[0].open < hi {
		hi = groups[gi+1].parts[0].open
	}
	after := x.sentenceTokens(afterPart.close, hi)

	ref, _ := x.afterAttribution(after, false)
	if !ref.found() || !x.prefersAfter(first, after) {
		if x.isWorkTitle(g, before) {
			g.dropped = true
			return
		}
		if b := x.beforeAttribution(before); b.found() {
			ref = b
		}
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

// prefersAfter reports whether an attribution after the quote wins over one
// before it: the quote ends in a comma or a question, or the words after it
// open with a comma.
func (x *quoteExtractor) prefersAfter(first quotePart, after []token) bool {
	if len(after) > 0 && after[0].is(x.text, ",") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(x.text[first.start:first.end])
	return strings.ContainsRune(",?!—–-…", r)
}

// isScareQuote reports whether a quote no one speaks is a scare quote or a
// title: a few words, or a run of capitalized words, with no speech verb in
// its sentence.
func (x *quoteExtractor) isScareQuote(g *quoteGroup, before, after []token) bool {
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
			if x.isCap(t) || npLinks[x.word(t)] || determiners[x.word(t)] || x.word(t) == "and" {
				capWords++
			}
		}
	}
	if words > 3 && (capWords < words || words > 8) {
		return false
	}
	for _, t := range before[x.sentenceStart(before):] {
		if x.verbAt(t) != 0 {
			return false
		}
	}
	for _, t := range after {
		if x.verbAt(t) != 0 {
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
func (x *quoteExtractor) isWorkTitle(g *quoteGroup, before []token) bool {
	p := g.parts[0]
	if len(g.parts) > 1 || p.end-p.start > 80 || len(before) == 0 {
		return false
	}
	cue := before[len(before)-1]
	w := x.word(cue)
	possessive := strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
	if !cue.word || !titleCues[strings.ToLower(w)] && !possessive {
		return false
	}
	words := 0
	for _, t := range x.tokens(p.start, p.end) {
		if !t.word {
			continue
		}
		words++
		if !x.isCap(t) && !titleSmallWords[x.word(t)] && !unicode.IsDigit(rune(x.text[t.start])) {
			return false
		}
	}
	return words > 0 && words <= 8
}

// fallbackSpeaker attributes a quote whose own sentence names no speaker:
// the speaker of an earlier quote of the paragraph, the lead-in of a
// paragraph that ends with a colon, or the line under a quote that stands
// alone ("— Jane Doe, mayor").
func (x *quoteExtractor) fallbackSpeaker(groups []quoteGroup, gi int, opensSentence bool, after []token) speakerRef {
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
		return x.classify(toks, 1, x.npAfter(toks, 1))
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
		if x.word(t) == "of" || notNameWords[x.word(t)] {
			return noSpeaker
		}
	}
	return x.classify(toks, 0, e)
}

// timeAdverbs end an opening adverbial ("Hours later, ...").
var timeAdverbs = setOf(`later earlier ago meanwhile however too though afterward afterwards`)

// skipLeadAdverbial returns the index after an adverbial phrase that opens
// the sentence toks and ends with a comma ("In a statement on Friday, ...").
func (x *quoteExtractor) skipLeadAdverbial(toks []token) int {
	if len(toks) == 0 {
		return 0
	}
	for c := 1; c < len(toks) && c < 24; c++ {
		if !toks[c].is(x.text, ",") {
			continue
		}
		if leadWords[x.lower(toks[0])] || timeAdverbs[x.lower(toks[c-1])] {
			return c + 1
		}
		return 0
	}
	return 0
}

// sentenceStartBefore returns the offset where the sentence that holds pos
// starts, not before lo: after the last full stop, question or exclamation
// mark that ends a word other than an abbreviation.
func (x *quoteExtractor) sentenceStartBefore(lo, pos int) int {
	s := x.text
	for j := pos - 2; j >= lo; j-- {
		switch s[j] {
		case '\n':
			return j + 1
		case '.', '!', '?':
			if next := s[j+1]; next != ' ' && next != '"' && next != 0xE2 {
				continue
			}
			w := j
			for w > lo && s[w-1] != ' ' && s[w-1] != '\n' {
				w--
			}
			if s[j] != '.' || !isAbbreviation(s[w:j]) {
				return j + 1
			}
		}
	}
	return lo
}
