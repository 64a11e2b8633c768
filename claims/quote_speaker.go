package claims

import (
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

// institutionHeads end the names of institutions, and no person's.
var institutionHeads = setOf(`Department Office Agency Bureau Administration Ministry Association
	Commission Committee Company Corporation Inc. Corp. University Institute Foundation Embassy
	Authority Council Coalition Police Patrol`)

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

// classify turns the noun phrase toks[i:j] into the speaker it names.
func (x *quoteExtractor) classify(toks []quoteToken, i, j int) speakerRef {
	if i >= j {
		return noSpeaker
	}
	if j-i == 1 && x.classOf(toks[i])&clsPronoun != 0 {
		return speakerRef{start: toks[i].start, end: toks[i].end, pronoun: true}
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

// resolvePronoun returns the speaker the pronoun ref stands for: the last
// person named before it for he and she, but not inside a quote ("“… with
// Donald Trump as our president,” she said"), the last institution or group
// that spoke for it and they.
func (x *quoteExtractor) resolvePronoun(ref speakerRef) speakerRef {
	switch w := x.text[ref.start:ref.end]; {
	case lowerIs(w, "he"), lowerIs(w, "she"):
		m := x.personIndex.lastBefore(ref.start)
		for m != nil && x.quotedAt(m.Start) {
			m = x.personIndex.lastBefore(m.Start)
		}
		if m != nil {
			ref.name, ref.person = m.Person.Name, true
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
	following amid`)

// subject returns the speaker the sentence toks opens with, for participles
// ("Sheinbaum emphasized ..., stating, ...").
func (x *quoteExtractor) subject(toks []quoteToken) speakerRef {
	k := x.skipLeadAdverbial(toks)
	for ; k < len(toks); k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if x.classOf(t)&clsPronoun != 0 {
			return speakerRef{start: t.start, end: t.end, pronoun: true}
		}
		if x.classOf(t)&clsDeterminer != 0 {
			return x.classify(toks, k, x.npAfter(toks, k))
		}
		if x.isCap(t) && x.classOf(t)&clsNotName == 0 {
			e := x.capRunEnd(toks, k)
			if x.possessive(toks[e-1]) {
				e = x.npAfter(toks, k) // Biden's campaign
			}
			return x.classify(toks, k, e)
		}
		if k > 6 {
			break
		}
	}
	return noSpeaker
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
