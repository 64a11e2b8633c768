package claims

import (
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
	qs := numparse.Scan(a.text)
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
// units of time and measure, and the words of dates.
var notCounted = setOf(`second minute hour day night week weekend month year decade century time percent per cent
	point mile kilometer kilometre meter metre foot inch yard pound ounce kilogram kg km gram
	ton tonne acre hectare degree dollar cent euro peso a.m p.m am pm o'clock million billion
	thousand hundred trillion dozen january february march april may june july august
	september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday gmt utc est edt cst cdt pst pdt
	et pt`)

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
	var prev *Claim              // the last count in the current sentence, for "six of them"
	partsEnd, sumIndex := -1, -1 // where the parts of the last sum of people end, and the sum
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
		after := wordsFrom(a.text, m.End, sent.End, 8)
		before := wordsFrom(a.text, max(sent.Start, m.Start-24), m.Start, 8) // the words just before the figure
		if m.Start >= partsEnd {
			if sum, ok := a.coordinatedPeople(m, a.quantities[i+1:], after, sent.End); ok {
				a.claims = append(a.claims, a.peopleSumClaim(m, sum, before, sent, a.restates(prev, m.Start)))
				partsEnd, sumIndex = sum.end, len(a.claims)-1
				prev = &a.claims[sumIndex]
			}
		}
		part := m.Start < partsEnd // a part of the sum of people before
		c := &Count{SentenceStart: sent.Start, SentenceEnd: sent.End}
		var end int
		eventTo := -1 // where the count's own words end for its event, when not at end
		var trailing []word
		remainder := false // the rest of a group: compared only with other remainders
		fatal := false
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
		case prev != nil && followsOfWhom(before):
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
			c.Noun, c.Head, fatal = prev.Count.Noun, prev.Count.Head, true
			end = after[0].end
		default:
			n := 0
			if len(after) > 0 && after[0].start == m.End+1 && a.text[m.End] == ' ' {
				n = a.countedNoun(q.Value, after[:nounPhrase(after)])
			}
			if n == 0 {
				continue
			}
			head := after[n-1]
			lemma := Singular(head.lower)
			c.Head, c.Noun = lemma, a.vocab.NounSet(lemma)
			for _, w := range after[:n-1] {
				c.Modifiers = append(c.Modifiers, w.lower)
			}
			end = head.end
			trailing = after[n:]
			c.Subset = endsWithOneOf(before, subsetMarkers)
			remainder = endsWithOneOf(before, remainderWords)
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
		ev := a.nearestEventWord(sent.Start, sent.End, m.Start, eventTo, len(trailing) > 0 && trailing[0].spaceBefore && subjectVerbs[trailing[0].lower])
		c.Event = ev.event
		if countsPeople(c) {
			c.Event = a.modifiersEvent(c.Modifiers, ev.event)
		}
		if q := ev.severity(c.Modifiers); q != "" {
			c.Qualifiers = append(c.Qualifiers, q)
		}
		remainder = remainder || ev.addsToOthers() || ev.followsInAddition()
		if remainder {
			c.Subset = true
			c.Qualifiers = append(c.Qualifiers, "other")
		}
		if a.isTallySentence(sent) || followsOneOf(before) {
			c.Qualifiers = append(c.Qualifiers, "tally")
		}
		population := followsPlaceOf(before)
		if population {
			c.Qualifiers = append(c.Qualifiers, "population")
		}
		if a.datesEarlierEvent(sent.Start, sent.End) || slices.ContainsFunc(c.Modifiers, func(w string) bool { return earlierModifiers[w] }) {
			c.Qualifiers = append(c.Qualifiers, "earlier")
		}
		if fatal {
			c.Event = "killed"
		}
		if (fatal || backReference && c.Event == "killed") && prev.Count.Event == "injured" {
			// "six people wounded, two mortally", "20 people were hurt, and
			// two of those are dead": the wounded count the dead too, so
			// they count all who were shot.
			prev.Count.Event = "shot"
			prev.Subject = a.countSubject(prev.Count)
			prev.Key = strings.ToLower(prev.Subject)
		}
		if population {
			c.Event = "" // "a city of 500,000 people": nothing befell them
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
		if c.Subset && backReference && c.Head == prev.Count.Head && len(c.Qualifiers) == 0 {
			c.Qualifiers = append(c.Qualifiers, "part")
		}
		subject := a.countSubject(c)
		claim := Claim{Kind: KindCount, Doc: a.doc, Start: m.Start, End: end, Subject: subject,
			Key: strings.ToLower(subject), Value: countValue(a.text[m.Start:m.End], q), Quantity: q, Count: c}
		a.claims = append(a.claims, claim)
		prev = &a.claims[len(a.claims)-1]
		if part {
			prev = &a.claims[sumIndex] // "of them" after the parts refers to them all
		}
	}
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
// when the phrase counts nothing: units of time and measure are not counted.
func (a *analysis) countedNoun(v float64, phrase []word) int {
	for i, w := range phrase {
		lemma := Singular(w.lower)
		if notCounted[lemma] || notCounted[w.lower] {
			return 0
		}
		if agreesInNumber(v, w.lower, lemma, a.vocab) {
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

// followsPlaceOf reports whether the words before a figure give a place's
// size: "the island, home to 120,000 people", "a city of 500,000". Such a
// figure counts the people who live there, not those the story's event befell.
func followsPlaceOf(ws []word) bool {
	n := len(ws)
	if n < 2 || ws[n-2].punctAfter {
		return false
	}
	switch ws[n-1].lower {
	case "to":
		return ws[n-2].lower == "home"
	case "of":
		return populatedPlaces[ws[n-2].lower]
	case "by":
		return ws[n-2].lower == "attended" // "a party attended by 300 people"
	case "with":
		return crowdedWords[ws[n-2].lower] // "a house packed with 400 people"
	}
	return false
}

// crowdedWords say that a place held the people that "with" counts.
var crowdedWords = setOf(`packed filled crowded crammed`)

// populatedPlaces are the places whose size "a ... of" gives in people.
var populatedPlaces = setOf(`city cities town towns village villages island nation country county region
	community population crowd audience`)

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

// isTally reports whether a sentence adds up many events.
func isTally(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, cue := range tallyCues {
		if i := strings.Index(lower, cue); i >= 0 && (i == 0 || !isLetter(lower[i-1])) {
			return true
		}
	}
	return countsEvents(lower)
}

// eventNouns name one event of the kind that roundups count.
var eventNouns = []string{"shootings", "incidents", "attacks", "cases"}

// manyWords before an event noun make it several events: "three overnight
// shootings", "a string of unrelated attacks".
var manyWords = setOf(`two three four five six seven eight nine ten eleven twelve dozen dozens several
	numerous separate unrelated series string spate`)

// countsEvents reports whether a lower-case sentence counts several events
// ("in 11 shooting incidents", "four separate triple shootings"): the people
// it counts are those of all of them.
func countsEvents(lower string) bool {
	// One scan for the words that end in "s", instead of one per noun.
	for from := 0; ; {
		i := strings.IndexByte(lower[from:], 's')
		if i < 0 {
			return false
		}
		end := from + i + 1
		from = end
		if end < len(lower) && isLetter(lower[end]) {
			continue
		}
		for _, noun := range eventNouns {
			start := end - len(noun)
			if start >= 0 && lower[start:end] == noun && (start == 0 || !isLetter(lower[start-1])) {
				if manyBefore(lower, start) {
					return true
				}
				break
			}
		}
	}
}

// ownEventDeterminers before an event noun make it the story's own: "in the
// shootings".
var ownEventDeterminers = setOf(`the a an this these those that his her their its our`)

// manyBefore reports whether one of the four words before lower[i:] says
// many, or is a figure other than 1.
func manyBefore(lower string, i int) bool {
	end := i
	for n := 0; n < 4; n++ {
		for end > 0 && lower[end-1] == ' ' {
			end--
		}
		start := end
		for start > 0 && (isLetter(lower[start-1]) || isDigit(lower[start-1]) || lower[start-1] == '-') {
			start--
		}
		if start == end {
			return false // punctuation ends the phrase
		}
		w := lower[start:end]
		if manyWords[w] || isDigit(w[0]) && w != "1" || w == "in" && n > 0 {
			return true // "in weekend shootings": shootings not one
		}
		if ownEventDeterminers[w] {
			return false
		}
		end = start
	}
	return false
}

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

// nearestEvent returns the event of the event word nearest to the count that
// spans [from, to) in the sentence [start, end).
func (a *analysis) nearestEvent(start, end, from, to int) string {
	return a.nearestEventWord(start, end, from, to, false).event
}

// eventWord is the event word nearest to a count: the event ("" when none or
// when the sentence denies it), the sentence's words, and where the count's
// words [first, last] and the event's words [i, j] stand among them.
type eventWord struct {
	event       string
	ws          []word
	first, last int
	i, j        int
}

// nearestEventWord finds the event word nearest to the count that spans
// [from, to) in the sentence [start, end). Nearness is counted in words, and
// a clause boundary between them (a comma, a dash, "and", "but") counts as
// several, so that "two were injured and 40 residents were evacuated" binds
// the residents to the evacuation. An event inside an aside that names part
// of a group ("including the two who died") befell that part, not the count
// outside it; an event the sentence denies ("was not hurt") befell nobody.
//
// A count that is the subject of its clause ("one person was injured")
// takes only events after it: an event before it befell another subject.
func (a *analysis) nearestEventWord(start, end, from, to int, subject bool) eventWord {
	ws := wordsFrom(a.text, start, end, 200)
	ev := eventWord{ws: ws, first: len(ws), last: -1}
	for i, w := range ws {
		if w.start >= from && w.end <= to {
			ev.first, ev.last = min(ev.first, i), max(ev.last, i)
		}
	}
	if ev.last < 0 {
		return ev
	}
	bestDist := maxEventDistance + 1
	asideEnd := -1 // the last word of the aside being read, if any
	for i := range ws {
		if i > asideEnd && ws[i].lower == "including" {
			asideEnd = a.asideEnd(ws, i)
			if ev.first >= i && ev.first <= asideEnd {
				asideEnd = -1 // the count's own aside
			}
		}
		if i <= asideEnd {
			continue
		}
		var phrase strings.Builder
		for j := i; j < len(ws) && j < i+a.vocab.maxEvent; j++ {
			if j > i {
				if !ws[j].spaceBefore {
					break // a phrase does not run across punctuation or figures
				}
				phrase.WriteByte(' ')
			}
			phrase.WriteString(ws[j].lower)
			e, ok := a.vocab.events[phrase.String()]
			if !ok || a.notEventAt(ws, i, ev.first, ev.last) {
				continue
			}
			var d int
			switch {
			case j < ev.first && subject:
				continue
			case j < ev.first:
				d = wordDistance(ws, j, ev.first)
			case i > ev.last:
				d = wordDistance(ws, ev.last, i)
			default:
				continue // an event word inside the count's own words
			}
			// At equal distance the longer phrase wins: "shot dead" over "shot".
			if d < bestDist || d == bestDist && j > i {
				ev.event, ev.i, ev.j, bestDist = e, i, j, d
			}
		}
	}
	if ev.event != "" && denied(ws, ev.i) {
		ev.event = ""
	}
	return ev
}

// notEventAt reports whether the event word i of ws, outside the count's
// words [first, last], is no event of the count: a figure stands just before
// it and it befell that figure ("4 victims, 1 fatality, 3 wounded"), or it
// is a verb of another sense ("three people wound up dead"), or the count
// took part in it ("were involved in the killing").
func (a *analysis) notEventAt(ws []word, i, first, last int) bool {
	if ws[i].lower == "wound" && i+1 < len(ws) && ws[i+1].lower == "up" {
		return true
	}
	if describesIncident(ws, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3 && !ws[k].punctAfter; k-- {
		if ws[k].lower == "involved" {
			return true // "three people were involved in the killing": not its victims
		}
	}
	if i > 0 && (i-1 < first || i-1 > last) && ws[i].spaceBefore && numberWords[ws[i-1].lower] {
		return true
	}
	k := ws[i].start - 1
	for k > 0 && a.text[k] == ' ' {
		k--
	}
	return k >= 0 && isDigit(a.text[k])
}

// incidentNouns name an incident that an adjective before them may describe.
var incidentNouns = setOf(`shooting shootings attack crash stabbing incident`)

// describesIncident reports whether the adjective ws[i] describes an incident
// named within the next three words ("in fatal Sunday morning shooting"),
// not what befell a count.
func describesIncident(ws []word, i int) bool {
	if ws[i].lower != "fatal" && ws[i].lower != "nonfatal" && ws[i].lower != "non-fatal" {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+3 && !ws[k-1].punctAfter; k++ {
		if incidentNouns[ws[k].lower] {
			return true
		}
	}
	return false
}

// numberWords are the figures written as words that a bare event word may
// follow: "two wounded".
var numberWords = setOf(`two three four five six seven eight nine ten eleven twelve dozen dozens`)

// subjectVerbs after a count make it the subject of its clause.
var subjectVerbs = setOf(`was were is are has have had remain remains remained`)

// asideEnd returns the last word of the aside that "including" opens at
// word i ("six people, including the two who died, were shot"): the last
// before a comma, a dash, a parenthesis or the sentence's end. Figures do not
// end it ("including the 2 who died").
func (a *analysis) asideEnd(ws []word, i int) int {
	for ; i < len(ws)-1; i++ {
		if ws[i].punctAfter && endsClause(a.text, ws[i].end, ws[i+1].start) {
			break
		}
	}
	return i
}

// endsClause reports whether the bytes s[from:to] between two words hold
// punctuation that ends a clause.
func endsClause(s string, from, to int) bool {
	for k := from; k < to; k++ {
		switch s[k] {
		case ',', ';', ':', '(', ')', '-':
			return true
		}
		if isMultiByteDash(s, k) {
			return true
		}
	}
	return false
}

// denials before an event word say that it did not happen: "was not hurt",
// "escaped injury", "without injuries".
var denials = setOf(`not never no escaped without`)

// denied reports whether the event word i of ws is denied, by the word before
// it or by the word before an adverb ("were not seriously injured").
func denied(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := ws[k].lower
		if denials[w] || strings.HasSuffix(w, "n't") {
			return true
		}
		if ws[k].punctAfter || !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// severities are the words that say how badly a count's people were hurt,
// and the qualifier each gives the count: "two people were critically
// injured" counts a part of the injured.
var severities = map[string]string{
	"critically": "critical", "critical": "critical", "gravely": "critical",
	"seriously": "serious", "serious": "serious", "severely": "serious", "badly": "serious",
	"life-threatening": "critical", "minor": "minor", "non-life": "minor", "non-life-threatening": "minor",
}

// severity returns the qualifier of the words that say how badly the
// count's people were hurt: among its modifiers ("the three most seriously
// injured victims"), in its own clause after it ("were critically wounded",
// "remains in critical condition", "were hurt critically") or just before
// the event word before it ("critically wounding two"); "" when none.
func (ev *eventWord) severity(modifiers []string) string {
	for _, m := range modifiers {
		if q := severities[m]; q != "" {
			return q
		}
	}
	if ev.last < 0 {
		return ""
	}
	for k := ev.last + 1; k < len(ev.ws); k++ {
		w := ev.ws[k]
		if q := severities[w.lower]; q != "" {
			return q
		}
		if w.punctAfter || k+1 < len(ev.ws) && clauseWords[ev.ws[k+1].lower] {
			break
		}
	}
	if ev.event != "" && ev.j < ev.first && ev.i > 0 {
		return severities[ev.ws[ev.i-1].lower]
	}
	return ""
}

// addsToOthers reports whether "also" stands between a count and the event
// after it ("two civilians were also injured"): the count adds to others
// that event befell, it is not their number.
func (ev *eventWord) addsToOthers() bool {
	if ev.event == "" || ev.i <= ev.last {
		return false
	}
	for k := ev.last + 1; k < ev.i; k++ {
		if ev.ws[k].lower == "also" {
			return true
		}
	}
	return false
}

// followsInAddition reports whether the count's clause follows "in addition
// to" ("In addition to the six shooting victims, one person fell"): it
// counts others than those named there.
func (ev *eventWord) followsInAddition() bool {
	aside := false // a clause boundary stands between "in addition to" and the count
	for k := ev.first - 1; k >= 2 && k < len(ev.ws); k-- {
		aside = aside || ev.ws[k].punctAfter
		if aside && ev.ws[k].lower == "to" && ev.ws[k-1].lower == "addition" && ev.ws[k-2].lower == "in" {
			return true
		}
	}
	return false
}

// unharmedWords among a count's modifiers say that nothing befell it.
var unharmedWords = setOf(`uninjured unharmed unhurt unscathed`)

// modifiersEvent returns what befell a count of people whose modifiers name
// it ("two dead people", "four shooting victims", "two uninjured residents"),
// or else the event nearest to the count. The modifiers of other things name
// kinds of them, not what befell them ("12 shooting incidents").
func (a *analysis) modifiersEvent(modifiers []string, nearest string) string {
	for _, m := range modifiers {
		if unharmedWords[m] {
			return ""
		}
		if e, ok := a.vocab.events[m]; ok {
			return e
		}
	}
	return nearest
}

// clausePenalty is what a clause boundary adds to the distance between words.
const clausePenalty = 6

// maxEventDistance is how far an event word may stand from a count and still
// be what befell it; beyond, a count has no event.
const maxEventDistance = 24

var clauseWords = setOf(`and but while whereas or although though because`)

// wordDistance is the distance from word i to word j > i.
func wordDistance(ws []word, i, j int) int {
	d := j - i
	for k := i; k < j; k++ {
		if ws[k].punctAfter {
			d += clausePenalty
		}
		if k > i && clauseWords[ws[k].lower] {
			d += clausePenalty
		}
	}
	return d
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

// plural turns a singular English noun into its plural.
func plural(w string) string {
	for p, s := range irregularPlurals {
		if s == w && p != w {
			return p
		}
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
