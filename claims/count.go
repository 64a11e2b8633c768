package claims

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimlint/claimlint/internal/numparse"
	"github.com/claimlint/claimlint/internal/text"
)

var mentionKindOf = map[numparse.Kind]MentionKind{
	numparse.Number: MentionNumber, numparse.Ordinal: MentionOrdinal,
	numparse.Percent: MentionPercent, numparse.Money: MentionMoney,
}

// extractQuantities finds numbers, ordinals, percents and money. A figure
// inside a date ("9 August 2025") belongs to the date, not to the numbers.
func (a *analysis) extractQuantities() {
	var qs []numparse.Quantity
	if a.scansInScratch {
		qs = numparse.AppendScan(a.scratch.figures[:0], a.text)
		a.scratch.figures = qs
	} else {
		qs = numparse.Scan(a.text)
	}
	d := 0
	for i := range qs {
		q := &qs[i]
		for d < len(a.dates) && a.dates[d].End <= q.Start {
			d++
		}
		if d < len(a.dates) && a.dates[d].Start < q.End {
			continue
		}
		a.quantities = append(a.quantities, Mention{Kind: mentionKindOf[q.Kind], Start: q.Start, End: q.End, Quantity: q})
	}
}

// notCounted are nouns that follow a figure without being things counted:
// units of time and measure, the words of dates, and "news" of a station's
// name ("Action 9 News").
var notCounted = setOf(`news second minute hour day night week weekend month year decade century time percent per cent
	point mile kilometer kilometre meter metre foot inch yard pound ounce kilogram kg km gram
	ton tonne acre hectare degree dollar cent euro peso a.m p.m am pm o'clock million billion
	thousand hundred trillion dozen january february march april may june july august
	september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday gmt utc est edt cst cdt pst pdt
	et pt magnitude mm cm millimeter millimetre centimeter centimetre caliber calibre gauge mph`)

// phraseStops end a noun phrase: function words and common verbs.
var phraseStops = setOf(`of in on at as to for with from by and or but that who whom which were was are is be been
	have has had will would could should may might can did do does the a an this these those
	their its his her our than into after before since during when while where said says
	including about over under more less then so among across near through via against without
	within around behind beyond outside inside off up down out like per each apiece last ago`)

// subsetMarkers before a figure make it part of a group counted earlier.
var subsetMarkers = setOf(`including among incl`)

// remainderWords make a count the rest of a group counted before: "three
// other people", "four others", "two more victims".
var remainderWords = setOf(`other others additional more another further remaining`)

// extractCounts binds whole-number figures to the noun they count, the event
// that befell it and the nationalities that narrow it: "seven criminal groups"
// designated; "six of them based in Mexico", a Mexican subset of the cartels
// counted before.
func (a *analysis) extractCounts() {
	if a.mentionsOnly {
		return // counts make claims only
	}
	var prev *Claim              // the last count in the current sentence, for "six of them"
	partsEnd, sumIndex := -1, -1 // where the parts of the last sum of people end, and the sum
	var sw sentenceWords
	afterBuf, beforeBuf := make([]word, 0, 8), make([]word, 0, 8) // the words around a figure, reused for the next
	for i := range a.quantities {
		m := &a.quantities[i]
		q := m.Quantity
		if m.Kind != MentionNumber || q.Share || q.Value < 0 {
			continue
		}
		sent := a.sentenceAt(m.Start)
		if i > 0 && a.followsFigureOf(sent.Start, m.Start, a.quantities[i-1].End) {
			continue // "Image 2 of 10": a place in a series, not a count
		}
		if prev != nil && prev.Count.SentenceStart != sent.Start {
			prev = nil
		}
		afterBuf = appendWords(afterBuf[:0], a.text, m.End, sent.End, 8)
		after := afterBuf
		// The words just before the figure, read only when its words after
		// it may make a count: most figures count nothing.
		beforeRead := false
		wordsBefore := func() []word {
			if !beforeRead {
				beforeBuf = appendWords(beforeBuf[:0], a.text, max(sent.Start, m.Start-24), m.Start, 8)
				beforeRead = true
			}
			return beforeBuf
		}
		if m.Start >= partsEnd {
			if sum, ok := a.coordinatedPeople(m, a.quantities[i+1:], after, sent.End); ok {
				a.claims = append(a.claims, a.peopleSumClaim(m, sum, wordsBefore(), sent, sw.of(a, sent), a.restates(prev, m.Start)))
				partsEnd, sumIndex = sum.end, len(a.claims)-1
				prev = &a.claims[sumIndex]
			}
		}
		part := m.Start < partsEnd // a part of the sum of people before
		c := &Count{SentenceStart: sent.Start, SentenceEnd: sent.End}
		var end int
		eventTo := -1 // where the count's own words end for its event, when not at end
		var trailing []word
		remainder := false     // the rest of a group: compared only with other remainders
		byWord := ""           // the event a word beside a figure without a noun says: "two fatally", "wounding three"
		backReference := false // "four of them": the noun is the group's counted before
		switch {
		case len(after) >= 2 && after[0].start == m.End+1 && after[0].lower == "of" && isBackReference(after[1].lower):
			if prev == nil {
				continue
			}
			c.Noun, c.Head, c.Subset = prev.Count.Noun, prev.Count.Head, true
			backReference = true
			trailing = after[2:]
			end = phraseEnd(after[1].end, trailing)
			eventTo = after[1].end // "two of those victims are dead"
		case prev != nil && followsOfWhom(wordsBefore()):
			// "12 people were hurt, of whom four were children": a part of the
			// group, named after the verb or else the group's own noun.
			c.Noun, c.Head, c.Subset = prev.Count.Noun, prev.Count.Head, true
			backReference = true
			end = m.End
			if len(after) >= 2 && (after[0].lower == "were" || after[0].lower == "are") {
				if lemma := Singular(after[1].lower); after[1].lower != lemma && !phraseStops[after[1].lower] {
					c.Head, c.Noun = lemma, a.vocab.NounSet(lemma)
					end = after[1].end
				}
			}
		case len(after) >= 1 && after[0].start == m.End+1 && (after[0].lower == "fatally" || after[0].lower == "mortally") && prev != nil:
			// "Five people were shot, two fatally": a count of the dead.
			c.Noun, c.Head, byWord = prev.Count.Noun, prev.Count.Head, "killed"
			end = after[0].end
		case prev != nil && participleEvent(wordsBefore()) != "" && a.standsAlone(m, sent.End):
			// "He shot four people, killing one", "fired on 100 people,
			// wounding 13": a count of the dead or of the hurt.
			c.Noun, c.Head = a.victimsOf(prev.Count)
			byWord, end = participleEvent(wordsBefore()), m.End
		default:
			n := 0
			if len(after) > 0 && after[0].start == m.End+1 && a.text[m.End] == ' ' && !a.followsDesignation(wordsBefore(), m.Start) {
				n = a.countedNoun(q.Value, after[:nounPhrase(after)])
			}
			if n == 0 || n < len(after) && !after[n-1].punctAfter && after[n].lower == "per" {
				continue // "11 deaths per 100,000": a rate
			}
			head := after[n-1]
			lemma := Singular(head.lower)
			c.Head, c.Noun = lemma, a.vocab.NounSet(lemma)
			for _, w := range after[:n-1] {
				c.Modifiers = append(c.Modifiers, w.lower)
			}
			end = head.end
			trailing = after[n:]
			c.Subset = endsWithOneOf(wordsBefore(), subsetMarkers)
			remainder = endsWithOneOf(wordsBefore(), remainderWords)
			for _, w := range after[:n] {
				remainder = remainder || remainderWords[w.lower]
			}
		}
		c.Qualifiers = a.qualifiers(c.Modifiers, trailing)
		if part {
			c.Subset = true
			if c.Noun == "person" {
				c.Qualifiers = append(c.Qualifiers, "part") // "two civilians" of "seven officers and two civilians"
			}
		}
		c.PhraseEnd = phraseEnd(end, trailing)
		if eventTo < 0 {
			eventTo = end
		}
		verbAfter := len(trailing) > 0 && trailing[0].spaceBefore && subjectVerbs[trailing[0].lower]
		ev := a.nearestEventWord(sw.of(a, sent), m.Start, eventTo, verbAfter)
		if verbAfter && ev.i > ev.last && i > 0 && a.followsPartOf(sent.Start, m.Start, a.quantities[i-1].End) {
			// "four of the five victims were shot to death": the four were,
			// but "two of the four people who died" and "four of the five
			// people shot" say what befell all.
			ev.event = ""
		}
		c.Event = ev.event
		if peopleEvents[c.Event] && countsThings(c) {
			c.Event = "" // "250 others injured and more than 800 homes destroyed"
		}
		if countsPeople(c) {
			c.Event = a.modifiersEvent(c.Modifiers, ev.event)
			if (c.Event == "shot" || c.Event == "injured") && ev.diesInOwnClause() {
				c.Event = "killed" // "1 shooting victim has died"
			}
		}
		if q := ev.severity(c.Modifiers); q != "" {
			c.Qualifiers = append(c.Qualifiers, q)
		}
		remainder = remainder || ev.addsToOthers() || ev.followsInAddition()
		if remainder {
			c.Subset = true
			c.Qualifiers = append(c.Qualifiers, "other")
		}
		if a.isTallySentence(sent) || followsOneOf(wordsBefore()) {
			c.Qualifiers = append(c.Qualifiers, "tally")
		}
		if countsPeople(c) && a.includesPerpetrator(c.PhraseEnd, sent.End) {
			c.Qualifiers = append(c.Qualifiers, "with the gunman")
		}
		held := placeHolding(wordsBefore())
		if held != "" {
			c.Qualifiers = append(c.Qualifiers, held)
		}
		if a.datesEarlierEvent(sent.Start, sent.End) || slices.ContainsFunc(c.Modifiers, func(w string) bool { return earlierModifiers[w] }) {
			c.Qualifiers = append(c.Qualifiers, "earlier")
		}
		if byWord != "" {
			c.Event = byWord
		}
		deadOfShot := (byWord == "killed" || backReference && c.Event == "killed") && (prev.Count.Event == "injured" || prev.Count.Event == "shot")
		if deadOfShot && prev.Count.Event == "injured" {
			// "six people wounded, two mortally", "20 people were hurt, and
			// two of those are dead": the wounded count the dead too, so
			// they count all who were shot.
			prev.Count.Event = "shot"
			prev.Subject = a.countSubject(prev.Count)
			prev.Key = strings.ToLower(prev.Subject)
		}
		if held != "" {
			c.Event = "" // "a city of 500,000 people": nothing befell them
		}
		if c.Event == "" && len(c.Qualifiers) == 0 && !backReference && followsPossessor(wordsBefore()) {
			// "his nine children", "who has four children": the people or
			// things someone has, which no event befell. Whose they are
			// takes knowing who "his" is, so two such counts are not known
			// to count one thing. A qualified count ("had four prior
			// arrests") is compared only with its like already.
			continue
		}
		if c.Subset && c.Event == "" && prev != nil {
			c.Event = prev.Count.Event // "12 people arrested, including three teenagers"
		}
		// "shot six people, killing four of them": a part that something else
		// befell counts all of whom that befell.
		if c.Subset && !remainder && prev != nil && c.Event != prev.Count.Event && len(c.Qualifiers) == 0 {
			c.Subset = false
		}
		// "seven bullets hit him, three of them from behind": a part that
		// nothing else sets apart shares the whole's noun and event, and
		// would be taken for another figure of the whole.
		// So would "including three civilians" of "nine Israelis": a part
		// counted as plain people.
		if c.Subset && len(c.Qualifiers) == 0 && (backReference && c.Head == prev.Count.Head ||
			!backReference && prev != nil && c.Noun == a.vocab.NounSet("person")) {
			c.Qualifiers = append(c.Qualifiers, "part")
		}
		subject := a.countSubject(c)
		claim := Claim{Kind: KindCount, Doc: a.doc, Start: m.Start, End: end, Subject: subject,
			Key: strings.ToLower(subject), Value: countValue(a.text[m.Start:m.End], q), Quantity: q, Count: c}
		var survivors Claim
		if deadOfShot {
			survivors = a.survivorsClaim(prev, q, end)
		}
		a.claims = append(a.claims, claim)
		prev = &a.claims[len(a.claims)-1]
		if survivors.Count != nil {
			a.claims = append(a.claims, survivors)
			prev = &a.claims[len(a.claims)-2]
		}
		if part {
			prev = &a.claims[sumIndex] // "of them" after the parts refers to them all
		}
	}
}

// survivorsClaim is the count of those who survived among the shot, from the
// figure of the shot to the end of the dead's words: "five people were shot,
// two fatally" counts three people injured. It has no Count when either
// figure is not exact.
func (a *analysis) survivorsClaim(shot *Claim, dead *numparse.Quantity, end int) Claim {
	if shot.Quantity.Bound != numparse.Exact || dead.Bound != numparse.Exact || dead.Value >= shot.Quantity.Value {
		return Claim{}
	}
	c := *shot.Count
	c.Event = "injured"
	c.Qualifiers = slices.Clone(c.Qualifiers)
	c.PhraseEnd = end
	q := *shot.Quantity
	q.End, q.FigureEnd = end, end
	q.Value = shot.Quantity.Value - dead.Value
	q.Lo, q.Hi = q.Value, q.Value
	subject := a.countSubject(&c)
	return Claim{Kind: KindCount, Doc: a.doc, Start: shot.Start, End: end, Subject: subject,
		Key: strings.ToLower(subject), Value: q.Decimal(), Quantity: &q, Count: &c}
}

// participleEvents before a figure without a noun make it those of the
// count before whom the event befell: "shot four people, killing one".
var participleEvents = map[string]string{"killing": "killed", "wounding": "injured", "injuring": "injured", "hurting": "injured"}

// participleEvent returns the event of the word of participleEvents that
// ends the words before a figure, with no punctuation between, or "".
func participleEvent(before []word) string {
	if n := len(before); n > 0 && !before[n-1].punctAfter {
		return participleEvents[before[n-1].lower]
	}
	return ""
}

// victimsOf returns the noun and head of those whom "killing" or "wounding"
// counts after the count before: its own people ("shot four people, killing
// one"), or else people ("two bombs exploded, killing three").
func (a *analysis) victimsOf(before *Count) (noun, head string) {
	if countsPeople(before) {
		return before.Noun, before.Head
	}
	return a.vocab.NounSet("person"), "person"
}

// standsAlone reports whether the figure m ends its clause or sentence
// (sentEnd), so that it counts no noun of its own: "killing one, police
// said", "killing two and wounding three".
func (a *analysis) standsAlone(m *Mention, sentEnd int) bool {
	if m.End >= sentEnd {
		return true
	}
	switch a.text[m.End] {
	case ',', '.', ';', ':', ')':
		return true
	}
	return strings.HasPrefix(a.text[m.End:sentEnd], " and ")
}

// countValue is the figure as a reader would state it: the number for an exact
// figure, the words for a hedged one.
func countValue(written string, q *numparse.Quantity) string {
	if q.Bound == numparse.Exact {
		return q.Decimal()
	}
	return written
}

func isBackReference(w string) bool {
	return w == "them" || w == "whom" || w == "which" || w == "those" || w == "these"
}

// endsWithOneOf reports whether the last of the words before a figure is one
// of words, with no punctuation between it and the figure: "including five".
func endsWithOneOf(before []word, words map[string]bool) bool {
	n := len(before)
	return n > 0 && words[before[n-1].lower] && !before[n-1].punctAfter
}

// nounPhrase returns how many of ws form the noun phrase after a figure: words
// joined by single spaces, up to a stop word or punctuation; 0 when none.
func nounPhrase(ws []word) int {
	n := 0
	for n < len(ws) && n < 4 {
		w := ws[n]
		if phraseStops[w.lower] || n > 0 && !w.spaceBefore {
			break
		}
		n++
		if w.punctAfter {
			break
		}
	}
	return n
}

// countedNoun returns 1 + the index of the noun that a figure of value v counts
// in the phrase after it (the first word that agrees with it in number), or 0
// when the phrase counts nothing: units of time and measure are not counted,
// and a fraction counts nothing ("7.5 magnitude quakes").
func (a *analysis) countedNoun(v float64, phrase []word) int {
	if v != math.Trunc(v) {
		return 0
	}
	for i, w := range phrase {
		lemma := Singular(w.lower)
		if notCounted[lemma] || notCounted[w.lower] {
			return 0
		}
		if agreesInNumber(v, w.lower, lemma, a.vocab) {
			if w.lower == "police" {
				// "two police officers", "four Marksville Police Department
				// officers": the police name whose officers they are.
				for k := i + 1; k < len(phrase) && k <= i+2; k++ {
					if l := Singular(phrase[k].lower); l != phrase[k].lower && agreesInNumber(v, phrase[k].lower, l, a.vocab) {
						return k + 1
					}
				}
			}
			return i + 1
		}
	}
	return 0
}

// agreesInNumber keeps figures whose noun agrees with them: "seven groups",
// "one person". One is kept only for nouns the vocabulary counts, since "one"
// is so often a pronoun.
func agreesInNumber(v float64, w, lemma string, vocab *Vocabulary) bool {
	if v == 1 {
		_, known := vocab.nouns[lemma]
		return known && lemma == w
	}
	return lemma != w || irregularPlurals[w] != ""
}

// qualifiers collects the nationalities in a count's modifiers ("Mexican") and
// in the phrase after it ("based in Mexico", "from Mexico").
func (a *analysis) qualifiers(modifiers []string, trailing []word) []string {
	var qs []string
	for _, m := range modifiers {
		if q, ok := a.vocab.demonyms[m]; ok {
			qs = append(qs, q)
		}
		if place, ok := strings.CutSuffix(m, "-based"); ok {
			if q, ok := a.vocab.places[place]; ok {
				qs = append(qs, q)
			}
		}
	}
	for i := 0; i+1 < len(trailing) && i < 3; i++ {
		w := trailing[i].lower
		if w != "in" && w != "from" {
			continue
		}
		var place strings.Builder
		for j := i + 1; j < len(trailing) && j < i+4; j++ {
			if j > i+1 {
				place.WriteByte(' ')
			}
			place.WriteString(trailing[j].lower)
			if q, ok := a.vocab.places[place.String()]; ok {
				qs = append(qs, q)
				break
			}
		}
		if trailing[i].punctAfter {
			break
		}
	}
	slices.Sort(qs)
	return slices.Compact(qs)
}

// tallyCues mark a sentence that adds up many events ("so far this year",
// "in separate shootings across the city"): its counts are compared only with
// other tallies, never with the count of one event.
var tallyCues = []string{"so far", "a total of", "in total", "year to date", "since january",
	"separate shootings", "separate incidents", "separate attacks", "across the city", "citywide", "city-wide",
	"nationwide", "every year", "each year", "per year", "annually", "per 100,000", "through the end of",
	"for all of", "to date", "in shootings", "shootings across", "shootings throughout", "shootings from",
	"of those homicides", "homicides this", "in the city in"}

// followsFigureOf reports whether "N of" stands just before off, N being the
// figure that ends at prevEnd: "2 of 10", "8 of 8".
func (a *analysis) followsFigureOf(sentStart, off, prevEnd int) bool {
	between := strings.TrimSpace(a.text[max(sentStart, min(prevEnd, off)):off])
	return prevEnd <= off && strings.EqualFold(between, "of")
}

// followsPartOf reports whether "N of the" stands just before off, N being
// the figure that ends at prevEnd: the count is the whole a part is taken
// from, and the verb after it is the part's.
func (a *analysis) followsPartOf(sentStart, off, prevEnd int) bool {
	if prevEnd > off || prevEnd < sentStart {
		return false
	}
	between := strings.TrimSpace(a.text[prevEnd:off])
	return len(between) > 3 && strings.EqualFold(between[:3], "of ") && determiners[strings.ToLower(strings.TrimSpace(between[3:]))]
}

// followsDesignation reports whether the figure at off is the number of a
// model's designation, after its capital letters: "12 AK 47 rifles" counts
// twelve rifles, not 47, and "USB 3.0 ports" counts nothing.
func (a *analysis) followsDesignation(ws []word, off int) bool {
	n := len(ws)
	if n == 0 || ws[n-1].end != off-1 || ws[n-1].end-ws[n-1].start > 3 || a.text[off] < '0' || a.text[off] > '9' {
		return false // a number in words is no designation: "THE THREE SCANDALS"
	}
	for _, c := range []byte(a.text[ws[n-1].start:ws[n-1].end]) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// followsPossessor reports whether the words before a figure end in a
// possessive or in "has", "have", "had": "her two sons", "the victim's
// three brothers", "who had five children".
func followsPossessor(ws []word) bool {
	n := len(ws)
	if n == 0 || ws[n-1].punctAfter {
		return false
	}
	w := ws[n-1].lower
	return possessorWords[w] || isPossessive(w)
}

// possessorWords say whose the counted are: the possessives, and the verbs
// of having.
var possessorWords = setOf(`his her their my our your its has have had`)

// followsOfWhom reports whether the words before a figure end in "of whom",
// "of them" or "of which".
func followsOfWhom(ws []word) bool {
	n := len(ws)
	return n >= 2 && ws[n-2].lower == "of" && isBackReference(ws[n-1].lower) && !ws[n-1].punctAfter
}

// followsOneOf reports whether the words before a figure end in "one of" (or
// "among"): "he was one of nine people killed that weekend" counts a tally of
// which the story is a part.
func followsOneOf(ws []word) bool {
	n := len(ws)
	return n >= 2 && ws[n-2].lower == "one" && ws[n-1].lower == "of" || n >= 1 && ws[n-1].lower == "among"
}

// placeHolding returns what the words before a figure say of a place that
// holds the people it counts: "population" for those who live there ("the
// island, home to 120,000 people", "a city of 500,000"), "crowd" for those
// gathered there ("a party attended by 300 people", "a house packed with
// 400"), or "". Either way the figure counts no one the story's event
// befell, and a town's people are not a party's guests.
func placeHolding(ws []word) string {
	n := len(ws)
	if n < 2 || ws[n-2].punctAfter {
		return ""
	}
	switch before := ws[n-2].lower; {
	case ws[n-1].lower == "to" && before == "home",
		ws[n-1].lower == "of" && populatedPlaces[before]:
		return "population"
	case ws[n-1].lower == "of" && (before == "crowd" || before == "audience"),
		ws[n-1].lower == "by" && before == "attended",
		ws[n-1].lower == "with" && crowdedWords[before]:
		return "crowd"
	}
	return ""
}

// crowdedWords say that a place held the people that "with" counts.
var crowdedWords = setOf(`packed filled crowded crammed`)

// populatedPlaces are the places whose size "a ... of" gives in people.
var populatedPlaces = setOf(`city cities town towns village villages island nation country county region
	community population`)

// earlierModifiers before a counted noun make the count one of the past:
// "four prior arrests", "two previous fires".
var earlierModifiers = setOf(`prior previous past earlier former`)

// earlierEventAge is how long before publication a date must fall for the
// counts beside it to be about an earlier event.
const earlierEventAge = 30 * 24 * time.Hour

// datesEarlierEvent reports whether the sentence [start, end) dates what it
// says well before the document was published ("in 2009", "last month"): its
// counts are background, compared only with other background counts.
func (a *analysis) datesEarlierEvent(start, end int) bool {
	if a.doc.Published.IsZero() {
		return false
	}
	cutoff := a.doc.Published.Add(-earlierEventAge)
	i := sort.Search(len(a.dates), func(i int) bool { return a.dates[i].Start >= start })
	for ; i < len(a.dates) && a.dates[i].End <= end; i++ {
		if d := a.dates[i].Date; d.Resolved && d.To.Before(cutoff) {
			return true
		}
	}
	return false
}

// isTallySentence reports whether the sentence sent adds up many events,
// reading each sentence once however many counts it holds.
func (a *analysis) isTallySentence(sent text.Span) bool {
	if !a.tally.valid || a.tally.sent != sent {
		a.tally = sentenceMemo{valid: true, sent: sent, holds: isTally(a.text[sent.Start:sent.End])}
	}
	return a.tally.holds
}

// isTally reports whether a sentence adds up many events, in any case:
// whether a tally cue starts at one of its words, or it counts several
// events ("in 11 shooting incidents", "four separate triple shootings").
func isTally(sentence string) bool {
	for i := 0; i < len(sentence); {
		if !isLetter(sentence[i]) {
			i++
			continue
		}
		for _, cue := range tallyCuesByFirst[asciiLower(sentence[i])] {
			if text.HasPrefixLower(sentence[i:], cue) {
				return true
			}
		}
		j := i + 1
		for j < len(sentence) && isLetter(sentence[j]) {
			j++
		}
		if asciiLower(sentence[j-1]) == 's' && countsEventsBefore(sentence, j) {
			return true
		}
		i = j
	}
	return false
}

// eventNouns name one event of the kind that roundups count.
var eventNouns = []string{"shootings", "incidents", "attacks", "cases"}

// manyWords before an event noun make it several events: "three overnight
// shootings", "a string of unrelated attacks".
var manyWords = setOf(`two three four five six seven eight nine ten eleven twelve dozen dozens several
	numerous separate unrelated series string spate`)

// countsEventsBefore reports whether the word of sentence that ends at end
// is an event noun that several events are counted by: "three overnight
// shootings".
func countsEventsBefore(sentence string, end int) bool {
	for _, noun := range eventNouns {
		start := end - len(noun)
		if start >= 0 && text.HasPrefixLower(sentence[start:end], noun) && (start == 0 || !isLetter(sentence[start-1])) {
			return manyBefore(sentence, start)
		}
	}
	return false
}

// ownEventDeterminers before an event noun make it the story's own: "in the
// shootings".
var ownEventDeterminers = setOf(`the a an this these those that his her their its our`)

// manyBefore reports whether one of the four words before sentence[i:] says
// many, or is a figure other than 1.
func manyBefore(sentence string, i int) bool {
	end := i
	for n := 0; n < 4; n++ {
		for end > 0 && sentence[end-1] == ' ' {
			end--
		}
		start := end
		for start > 0 && (isLetter(sentence[start-1]) || isASCIIDigit(sentence[start-1]) || sentence[start-1] == '-') {
			start--
		}
		if start == end {
			return false // punctuation ends the phrase
		}
		w := strings.ToLower(sentence[start:end]) // seldom: only before an event noun
		if manyWords[w] || isASCIIDigit(w[0]) && w != "1" || w == "in" && n > 0 {
			return true // "in weekend shootings": shootings not one
		}
		if ownEventDeterminers[w] {
			return false
		}
		end = start
	}
	return false
}

// tallyCuesByFirst holds the tally cues by their first byte.
var tallyCuesByFirst = func() (t [256][]string) {
	for _, cue := range tallyCues {
		t[cue[0]] = append(t[cue[0]], cue)
	}
	return t
}()

// phraseEnd extends a count's words over the phrase that follows them, up to
// punctuation or six words.
func phraseEnd(end int, trailing []word) int {
	for i, w := range trailing {
		if i == 6 || i == 0 && w.start > end+1 {
			break
		}
		end = w.end
		if w.punctAfter {
			break
		}
	}
	return end
}

// countSubject says in words what a count counts: "groups designated / Mexican".
func (a *analysis) countSubject(c *Count) string {
	var b strings.Builder
	b.WriteString(plural(c.Noun))
	if c.Event != "" {
		b.WriteString(" " + c.Event)
	}
	if len(c.Qualifiers) > 0 {
		b.WriteString(" /")
		for _, q := range c.Qualifiers {
			b.WriteString(" " + strings.ToUpper(q[:1]) + q[1:])
		}
	}
	return b.String()
}

// irregularSingulars maps the singular of each irregular plural that differs
// from it back to the plural: "person" to "people".
var irregularSingulars = func() map[string]string {
	m := make(map[string]string, len(irregularPlurals))
	for p, s := range irregularPlurals {
		if p != s {
			m[s] = p
		}
	}
	return m
}()

// invariantNouns are their own plurals: "two police officers", "the series".
var invariantNouns = setOf(`police series species news`)

// plural turns a singular English noun into its plural.
func plural(w string) string {
	if p, ok := irregularSingulars[w]; ok {
		return p
	}
	if invariantNouns[w] {
		return w
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
