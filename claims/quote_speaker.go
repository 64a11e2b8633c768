package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
func (x *quoteExtractor) skipAdverbs(toks []quoteToken, lo, k int) int {
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
		if t := toks[k-1]; x.classOf(t)&clsAdverbAux == 0 && (x.isCap(t) || !x.isLyAdverb(t)) {
			break
		}
		k--
	}
	return k
}

// isLyAdverb reports whether the word t ends in -ly, as adverbs do
// ("flatly"), and is long enough to be one.
func (x *quoteExtractor) isLyAdverb(t quoteToken) bool {
	w := strings.ToLower(x.word(t)) // no copy when already lower case
	return len(w) >= 5 && strings.HasSuffix(w, "ly")
}

// npBefore returns the start of the noun phrase that ends just before
// toks[end], not before lo; it returns end when there is none.
func (x *quoteExtractor) npBefore(toks []quoteToken, lo, end int) int {
	if end > lo && x.classOf(toks[end-1])&clsPronoun != 0 {
		return end - 1
	}
	start := end
	for start > lo && end-start < 12 {
		t := toks[start-1]
		if !t.word {
			break
		}
		inName := x.isCap(t) && start-2 >= lo && x.isCap(toks[start-2]) && start < end && x.isCap(toks[start])
		innerLink := (x.classOf(t)&clsNPLink != 0 || x.lowerIs(t, "and")) && start < end && start-1 > lo
		if x.verbOf(t) != 0 || x.classOf(t)&clsNPStop != 0 && !inName && !innerLink {
			break
		}
		start--
		if x.classOf(t)&clsDeterminer != 0 {
			if start > lo && x.classOf(toks[start-1])&clsNPLink != 0 {
				continue
			}
			break
		}
	}
	// A phrase cannot start with a link word.
	for start < end && x.classOf(toks[start])&clsNPLink != 0 {
		start++
	}
	return start
}

// npAfter returns the end of the noun phrase that starts at toks[k], or k.
func (x *quoteExtractor) npAfter(toks []quoteToken, k int) int {
	if k >= len(toks) || !toks[k].word {
		return k
	}
	first := x.classOf(toks[k])
	if first&clsPronoun != 0 {
		return k + 1
	}
	if first&clsNPStop != 0 {
		return k
	}
	e := k
	for e < len(toks) && e-k < 12 && toks[e].word {
		c := x.classOf(toks[e])
		if x.verbOf(toks[e]) != 0 {
			break
		}
		if c&clsNPStop != 0 || (c&clsNPLink != 0 && e > k) {
			if c&clsNPLink == 0 || e+1 >= len(toks) || !toks[e+1].word {
				break
			}
		}
		if c&clsDeterminer != 0 && e > k && x.classOf(toks[e-1])&clsNPLink == 0 {
			break
		}
		e++
	}
	// A phrase that opens in lower case ("former adviser Jane Doe", "one
	// source") needs a name or a role in it.
	if first&(clsDeterminer|clsRoleNoun) == 0 && !x.isCap(toks[k]) {
		for j := k; j < e; j++ {
			if x.isCap(toks[j]) || x.classOf(toks[j])&clsRoleNoun != 0 {
				return e
			}
		}
		return k
	}
	return e
}

// capRunStart returns the start of the run of capitalized words (with name
// particles and "of" between capitals) that ends at toks[end-1].
func (x *quoteExtractor) capRunStart(toks []quoteToken, lo, end int) int {
	r := end
	for r > lo {
		t := toks[r-1]
		if x.isCap(t) {
			r--
			continue
		}
		w := x.word(t)
		link := x.classOf(t)&clsNameParticle != 0 || w == "of" || w == "and" || w == "&" ||
			w == "to" && r-2 > lo && x.classOf(toks[r-2])&clsTitleWord != 0
		if t.word && link && r-1 > lo && x.isCap(toks[r-2]) {
			r--
			continue
		}
		break
	}
	return r
}

// coordinated reports whether a run of capitalized words joins two names
// with "and" or "&": "Speaker Ann Roe and Senate Leader Bo Lee", who speak
// together.
func (x *quoteExtractor) coordinated(toks []quoteToken) bool {
	for _, t := range toks {
		if w := x.word(t); w == "and" || w == "&" {
			return true
		}
	}
	return false
}

// dayNames end a speaker's phrase after the verb that are no part of it:
// "said Jane Doe Wednesday".
var dayNames = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday`)

// withCoSpeaker returns the end of the phrase toks[k:e] of a speaker after
// the verb, with the person joined to it by "and": "said Ann Roe and Bo Lee".
func (x *quoteExtractor) withCoSpeaker(toks []quoteToken, k, e int) int {
	if e > k && e+1 < len(toks) && x.lowerIs(toks[e], "and") {
		if f := x.npAfter(toks, e+1); f > e+1 && x.coSpeakers(toks[e-1], toks[e+1], toks[f-1]) {
			return f
		}
	}
	return e
}

// coSpeakers reports whether the "and" between last and next joins two
// people: a person's name ends at last, and another's stands between next
// and end ("Sgt. Ann Roe and Officer Bo Lee"), not the words of an
// organization ("Parks and Recreation spokeswoman Jo Poe").
func (x *quoteExtractor) coSpeakers(last, next, end quoteToken) bool {
	m := x.personIndex.overlapping(last.start, last.end)
	if m == nil || m.End != last.end {
		return false
	}
	n := x.personIndex.overlapping(end.start, end.end)
	return n != nil && n.Start >= next.start && (n.Start == next.start || x.classOf(next)&clsTitleWord != 0)
}

// institutionHeads end the names of institutions, and no person's.
var institutionHeads = setOf(`Department Office Agency Bureau Administration Ministry Association
	Commission Committee Company Corporation Inc. Corp. University Institute Foundation Embassy
	Authority Council Coalition Police Patrol House News Times Journal Project Program Programme
	Campaign Network Group Party Government Center Centre Service Union Federation Organization Fund
	Alliance Board Initiative`)

// IsInstitution reports whether a speaker's name is an institution's ("the
// Port Ellery Police Department"), which may speak through any of its
// people.
func IsInstitution(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return institutionHeads[last]
}

// orgWords mark a capitalized phrase as an institution, not a person.
var orgWords = setOf(`House Times News Post Journal Press Department Ministry Party Committee
	Association Council Agency Office Court Embassy Administration Campaign Network Foundation
	Institute University Center Centre Group Government Congress Senate Pentagon Kremlin
	Commission Bureau Service Union Federation Organization Reuters CNN BBC AP Fox NBC ABC CBS
	MSNBC Breitbart Review Magazine Daily Tribune Herald Globe Street Street's Company Inc. Corp.
	Bank Fund Council Coalition Alliance Board Police Army Navy Force Command Club League District
	School County City Authority Corporation Church Hospital Airport Port Museum Library Station
	Airlines Holdings Trust Partners Associates Securities Capital Ventures Industries Motors
	Systems Technologies Labs Media Radio Television Channel Gazette Chronicle Observer Weekly
	Express Mail Telegraph Guardian Economist Monitor Insider Politico Axios Institution Society
	Academy College Ministry Cabinet Parliament Assembly Legislature Watch Project Initiative Act`)

// partyMembers end a description of a politician: "the Ohio Republican".
var partyMembers = setOf(`Democrat Republican Independent Libertarian Socialist`)

// classify turns the noun phrase toks[i:j] into the speaker it names.
func (x *quoteExtractor) classify(toks []quoteToken, i, j int) speakerRef {
	if i >= j {
		return noSpeaker
	}
	if j-i == 1 && x.classOf(toks[i])&clsPronoun != 0 {
		return speakerRef{start: toks[i].start, end: toks[i].end, pronoun: true}
	}
	for j-i > 1 && dayNames[x.word(toks[j-1])] {
		j-- // said Jane Doe Wednesday
	}
	// A name before a link word is the speaker: "Jane Doe at the Center
	// for ...", "Dick Durbin of Illinois"; but not a title's "of" ("Secretary
	// of State Jane Doe") nor a role's ("a spokesman for the ministry").
	for k := i + 1; k < j-1; k++ {
		if x.classOf(toks[k])&clsWrittenLink == 0 || !x.isCap(toks[k-1]) || x.classOf(toks[k-1])&clsTitleWord != 0 {
			continue
		}
		if r := x.capRunStart(toks, i, k); r == i || x.classOf(toks[r-1])&clsDeterminer == 0 {
			j = k
		}
		break
	}
	if x.isCap(toks[j-1]) {
		r := x.capRunStart(toks, i, j)
		org := r > i && x.lowerIs(toks[r-1], "the")
		if org && partyMembers[x.word(toks[j-1])] {
			// "the New York Democrat": a role, like "the congresswoman",
			// not the name of an institution.
			return speakerRef{start: toks[r-1].start, end: toks[j-1].end, name: x.text[toks[r-1].start:toks[j-1].end]}
		}
		for k := r; k < j && !org; k++ {
			org = x.classOf(toks[k])&clsOrgWord != 0
		}
		if org {
			if m := x.personIndex.overlapping(toks[j-1].start, toks[j-1].end); m != nil && m.Start >= toks[r].start &&
				!x.coordinated(toks[r:j]) {
				// A person whose title names an organization: "Supreme
				// Court Chief Justice Ann Roe", "Police Chief Ed Hale".
				return speakerRef{start: m.Start, end: m.End, person: true, name: x.text[m.Start:m.End]}
			}
			return speakerRef{start: toks[r].start, end: toks[j-1].end, name: x.text[toks[r].start:toks[j-1].end]}
		}
		for k := r + 1; k < j-1; k++ {
			if x.lowerIs(toks[k], "and") && x.coSpeakers(toks[k-1], toks[k+1], toks[j-1]) {
				// People who speak together are one speaker, named from
				// the first name on: "Producers Ann Roe and Bo Lee said".
				start := x.personIndex.overlapping(toks[k-1].start, toks[k-1].end).Start
				return speakerRef{start: start, end: toks[j-1].end, name: x.text[start:toks[j-1].end]}
			}
		}
		n := r
		for k := r; k < j; k++ {
			w := x.word(toks[k])
			// Words in capitals head a caption or a dateline (WASHINGTON, JUST
			// WATCHED) unless they are all there is.
			shouted := len(w) > 2 && upperCased(w) && k+1 < j
			if x.classOf(toks[k])&(clsTitleWord|clsNotName) != 0 || w == "of" || w == "to" || x.possessive(toks[k]) || shouted {
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
	if x.lowerIs(toks[i], "and") && i+1 < j {
		start = toks[i+1].start
	}
	return speakerRef{start: start, end: toks[j-1].end, name: x.text[start:toks[j-1].end]}
}

// resolveName returns the full name of the person written name at
// [start, end): the name a person mention there resolved to, or for a surname
// alone the last earlier full name that ends with it.
func (x *quoteExtractor) resolveName(start, end int, name string) string {
	if m := x.personIndex.overlapping(start, end); m != nil {
		return m.Person.Name
	}
	if strings.ContainsRune(name, ' ') {
		return name
	}
	if m := x.personIndex.lastWithSurname(start, name); m != nil {
		return m.Person.Name
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
	known, ok := x.buf.fullNames[surname]
	if !ok || known.searched > pos {
		known = fullNameSearch{}
	}
	if full := x.searchFullName(known.searched, pos, surname); full != "" {
		known.full = full
	}
	known.searched = pos
	if x.buf.fullNames == nil {
		x.buf.fullNames = map[string]fullNameSearch{}
	}
	x.buf.fullNames[surname] = known
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
			if x.classOf(toks[j])&(clsTitleWord|clsNotName) != 0 || x.word(toks[j]) == "of" {
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

// resolvePronoun returns the speaker the pronoun ref stands for: for he and
// she the person the text was last about (see antecedent), the last
// institution or group that spoke for it and they.
func (x *quoteExtractor) resolvePronoun(ref speakerRef) speakerRef {
	switch w := x.text[ref.start:ref.end]; {
	case lowerIs(w, "he"), lowerIs(w, "she"):
		if a := x.antecedent(ref.start, maxPronounChain, pronounGender(w)); a.name != "" {
			ref.name, ref.person = a.name, a.person
			return ref
		}
		if name := x.lastNameBefore(ref.start); name != "" {
			ref.name, ref.person = name, true
		} else if x.lastPerson.found() {
			ref.name, ref.person = x.lastPerson.name, true
		}
	case lowerIs(w, "they"), lowerIs(w, "it"):
		ref.name = x.lastGroup.name
	}
	return ref
}

// maxPronounChain bounds how many pronouns in a row ("She said she ...")
// an antecedent is followed back through.
const maxPronounChain = 3

// subjectReach is how far past a phrase the words that may complete it are
// read: a name after a role ("Jane Doe’s attorney, Ann Roe,"); a sentence's
// subject is looked for in twice as much.
const subjectReach = 80

// maxAntecedentSentences bounds how many sentences before a he or she its
// antecedent is looked for in, before the last person named at all.
const maxAntecedentSentences = 4

// maxAntecedentMentions bounds how many earlier mentions are then tried,
// so that a document of many people of one sex and a pronoun of the other
// does not take time in the square of its length.
const maxAntecedentMentions = 16

// antecedent returns whom a he or she of gender g at pos stands for: in its own
// sentence, the last person named before it; in an earlier sentence, the
// sentence's subject when that is a person ("Jane Doe, who married Ann Roe,
// spoke. “…,” she said": Jane Doe; "Ann Roe’s attorney praised her. He
// added": the attorney), or else the last person it names. A person inside
// a quote ("“… with Donald Trump as our president,” she said"), named as
// the topic of the pronoun's sentence ("Of Jane Doe, he said") or whose
// given name is of the other sex is not an antecedent. A subject that is
// itself he or she is followed back, up to chain times. The result has no
// name when no person is named before pos.
func (x *quoteExtractor) antecedent(pos, chain int, g gender) speakerRef {
	lo := max(0, pos-maxAntecedentSentences*maxContext)
	// The pronoun's own sentence ends at it, and may begin right there.
	end, from := pos, x.sentenceStartBefore(lo, pos+1)
	for n := 0; n < maxAntecedentSentences && end > lo; n++ {
		if ref := x.antecedentIn(from, end, pos, n == 0, chain, g); ref.name != "" {
			return ref
		}
		end, from = from, x.sentenceStartBefore(lo, from)
		at := from
		for at < end && x.text[at] == ' ' {
			at++
		}
		if q, ok := x.quoteAt(at); ok && q.open < end && end <= q.close {
			// A sentence within a quote is the speaker's, whose people
			// are no antecedents: go on before the quote.
			end, from = q.open, x.sentenceStartBefore(lo, q.open)
		}
	}
	m := x.personIndex.lastBefore(end)
	for n := 0; m != nil && n < maxAntecedentMentions; n++ {
		if ref := mentionSpeaker(m); !x.quotedAt(m.Start) && ref.agrees(g) {
			return ref
		}
		m = x.personIndex.lastBefore(m.Start)
	}
	return noSpeaker
}

// antecedentIn returns the antecedent of a pronoun of gender g at pos that
// the sentence text[from:end] gives, if any: see antecedent. own is whether
// the sentence is the pronoun's own.
func (x *quoteExtractor) antecedentIn(from, end, pos int, own bool, chain int, g gender) speakerRef {
	named := noSpeaker // the last person the sentence names
	topic := -1        // the end of the topic the pronoun's own sentence opens with, once read
	for m := x.personIndex.lastBefore(end); m != nil && m.Start >= from; m = x.personIndex.lastBefore(m.Start) {
		if x.quotedAt(m.Start) {
			continue
		}
		if own && topic < 0 {
			topic = x.topicEnd(from, pos)
		}
		if ref := mentionSpeaker(m); m.End > topic && ref.agrees(g) {
			named = ref
			break
		}
	}
	if own || named.found() && x.actsAt(named.end) {
		// The pronoun's own sentence, or a person who acts in a clause of
		// their own ("With the host, Ann Roe, opening the debate, Jane Doe
		// criticized ...").
		return named
	}
	var subj speakerRef
	if q := x.quoteOpening(from, end); q != nil && q.speaker.person {
		subj = q.speaker // “…,” Jane Doe said of Ann Roe.
	} else {
		subj = x.subjectPerson(from, end, chain, g)
	}
	if subj.name != "" && subj.agrees(g) {
		return subj
	}
	return named
}

// subjectPerson returns the person the subject of the sentence text[from:end]
// names, or noSpeaker; a he or she is followed back, up to chain times,
// when it agrees with the gender g. A subject inside a quote is none.
func (x *quoteExtractor) subjectPerson(from, end, chain int, g gender) speakerRef {
	subj := x.sentenceSubject(x.tokens(from, min(end, from+2*subjectReach)))
	if subj.found() && x.quotedAt(subj.start) {
		return noSpeaker // a sentence inside a quote: “… never happened! Witch Hunt!” he wrote.
	}
	switch {
	case subj.pronoun:
		if h := pronounGender(x.text[subj.start:subj.end]); chain > 0 && h != genderUnknown && h == g {
			return x.antecedent(subj.start, chain-1, h)
		}
	case subj.person:
		if p := x.personIndex.overlapping(subj.start, subj.end); p != nil {
			return mentionSpeaker(p)
		}
		if p := x.personIndex.lastWithSurname(subj.start, subj.name); p != nil {
			return mentionSpeaker(p) // Mr. Doe, whose full name came before
		}
		if full := x.earlierFullName(subj.start, subj.name); full != "" {
			subj.name, subj.resolved = full, true
			return subj
		}
		if p := x.personIndex.lastKnownAs(subj.start, subj.name); p != nil {
			return mentionSpeaker(p) // President Doe before, Doe now
		}
	case subj.found() && x.isPersonsRole(subj):
		if p := x.appositiveAfter(subj.end); p != nil {
			return mentionSpeaker(p) // Jane Doe’s attorney, Ann Roe, ...
		}
		return subj
	}
	return noSpeaker
}

// quoteOpening returns the quote that opens the sentence text[from:end],
// or nil.
func (x *quoteExtractor) quoteOpening(from, end int) *quoteGroup {
	groups := x.buf.groups
	i := sort.Search(len(groups), func(i int) bool { return groups[i].parts[0].open >= from })
	if i == len(groups) || groups[i].parts[0].open >= end || strings.TrimSpace(x.text[from:groups[i].parts[0].open]) != "" {
		return nil
	}
	return &groups[i]
}

// mentionSpeaker is the speaker a person mention names.
func mentionSpeaker(m *Mention) speakerRef {
	return speakerRef{start: m.Start, end: m.End, name: m.Person.Name, person: true, resolved: true}
}

// actsAt reports whether a speech verb follows right after pos: the person
// named before it is the subject of a clause of their own ("With the host,
// Ann Roe, opening the debate, Jane Doe criticized ...").
func (x *quoteExtractor) actsAt(pos int) bool {
	toks := x.tokens(pos, min(len(x.text), pos+40))
	return len(toks) > 0 && x.verbOf(toks[0]) == verbFinite
}

// sentenceSubject returns the phrase that opens the sentence toks, after
// an adverbial that ends with a comma, when it may be a speaker (see
// phraseAt).
func (x *quoteExtractor) sentenceSubject(toks []quoteToken) speakerRef {
	if k := x.skipLeadAdverbial(toks); k < len(toks) && toks[k].word {
		ref, _ := x.phraseAt(toks, k)
		return ref
	}
	return noSpeaker
}

// appositiveAfter returns the person named right after pos between commas
// ("Jane Doe’s attorney, Ann Roe, said"), or nil.
func (x *quoteExtractor) appositiveAfter(pos int) *Mention {
	toks := x.tokens(pos, min(len(x.text), pos+subjectReach))
	if len(toks) < 2 || !toks[0].is(x.text, ",") {
		return nil
	}
	m := x.personIndex.overlapping(toks[1].start, toks[1].end)
	if m == nil || m.Start != toks[1].start {
		return nil
	}
	return m
}

// topicLeads open an adverbial that names whom a sentence is about rather
// than who acts in it: "Of Jane Doe, he said", "Asked about Jane Doe, she
// said".
var topicLeads = setOf(`of about regarding asked`)

// topicEnd returns where the adverbial that opens the sentence text[from:pos]
// of a pronoun at pos with its topic ends, at its last comma ("Of Jane Doe,
// he said"); from when the sentence opens with no topic lead. A person named
// before it is the topic, not the pronoun's antecedent.
func (x *quoteExtractor) topicEnd(from, pos int) int {
	toks := x.tokens(from, pos)
	if len(toks) < 3 || !toks[0].word || !topicLeads[strings.ToLower(x.word(toks[0]))] {
		return from
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].is(x.text, ",") {
			return toks[k].start
		}
	}
	return from
}

// personalRoles name someone by what they are to another person: "Jane
// Doe’s attorney", "his wife".
var personalRoles = setOf(`attorney lawyer counsel spokesman spokeswoman spokesperson aide adviser
	advisor publicist agent representative manager editor friend wife husband son daughter mother
	father brother sister doctor`)

// isPersonsRole reports whether the unnamed speaker ref is what one person
// is to another: "Jane Doe’s attorney", "his lawyer"; not "the president",
// who has a name the text gave before, nor "Doe’s lawyers" or "her office".
func (x *quoteExtractor) isPersonsRole(ref speakerRef) bool {
	toks := x.tokens(ref.start, ref.end)
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	first := strings.ToLower(x.word(toks[0]))
	return (x.possessive(toks[0]) || first == "his" || first == "her") &&
		personalRoles[strings.ToLower(x.word(toks[len(toks)-1]))]
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

// leadWords open a sentence without being its subject.
var leadWords = setOf(`in on at after before during earlier later still but and yet however
	meanwhile last this that when while since speaking asked for from with without under
	instead also then now so thus today yesterday as although though because if despite
	following amid according`)

// subject returns the speaker the sentence toks opens with, for participles
// ("Sheinbaum emphasized ..., stating, ..."): the first phrase, among its
// first words, that may be one.
func (x *quoteExtractor) subject(toks []quoteToken) speakerRef {
	for k := x.skipLeadAdverbial(toks); k < len(toks); k++ {
		if !toks[k].word {
			continue
		}
		if ref, ok := x.phraseAt(toks, k); ok {
			return ref
		}
		if k > 6 {
			break
		}
	}
	return noSpeaker
}

// phraseAt reads the phrase that starts at the word toks[k] as a speaker,
// if it may be one: a pronoun, a name, or a phrase with a determiner or a
// possessive ("Biden's campaign").
func (x *quoteExtractor) phraseAt(toks []quoteToken, k int) (speakerRef, bool) {
	t := toks[k]
	switch {
	case x.classOf(t)&clsPronoun != 0:
		return speakerRef{start: t.start, end: t.end, pronoun: true}, true
	case x.classOf(t)&clsDeterminer != 0:
		return x.classify(toks, k, x.npAfter(toks, k)), true
	case x.isCap(t) && x.classOf(t)&clsNotName == 0:
		e := x.capRunEnd(toks, k)
		if x.possessive(toks[e-1]) {
			e = x.npAfter(toks, k)
		}
		return x.classify(toks, k, e), true
	}
	return noSpeaker, false
}

// capRunEnd returns the end of the run of capitalized words that starts at toks[k].
func (x *quoteExtractor) capRunEnd(toks []quoteToken, k int) int {
	e := k
	for e < len(toks) {
		if x.isCap(toks[e]) {
			e++
			continue
		}
		w := x.word(toks[e])
		link := x.classOf(toks[e])&clsNameParticle != 0 || w == "of" || w == "and" || w == "&" ||
			w == "to" && x.classOf(toks[e-1])&clsTitleWord != 0
		if toks[e].word && e > k && link && e+1 < len(toks) && x.isCap(toks[e+1]) {
			e++
			continue
		}
		break
	}
	return e
}

// timeAdverbs end an opening adverbial ("Hours later, ...").
var timeAdverbs = setOf(`later earlier ago meanwhile however too though afterward afterwards`)

// skipLeadAdverbial returns the index after an adverbial phrase that opens
// the sentence toks and ends with a comma ("In a statement on Friday, ...").
func (x *quoteExtractor) skipLeadAdverbial(toks []quoteToken) int {
	if len(toks) == 0 {
		return 0
	}
	for c := 1; c < len(toks) && c < 24; c++ {
		if !toks[c].is(x.text, ",") {
			continue
		}
		if x.classOf(toks[0])&clsLeadWord != 0 || x.classOf(toks[c-1])&clsTimeAdverb != 0 {
			return c + 1
		}
		return 0
	}
	return 0
}

// upperCased reports whether w is as strings.ToUpper would write it, without
// writing it.
func upperCased(w string) bool {
	for _, r := range w {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}
