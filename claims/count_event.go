package claims

import (
	"slices"
	"strings"

	"github.com/claimlint/claimlint/internal/text"
)

// eventStarts are the first words of a vocabulary's event phrases. Most
// words of a sentence start none, and a count's search for its event skips
// them on their length and first letter, without a map lookup.
type eventStarts struct {
	words map[string]int // first word -> words in the longest phrase it starts
	// lens has bit n of [c&31] set when a first word of n letters (31 for
	// longer ones) starts with the byte c.
	lens [32]uint32
}

// add records the first word of the event phrase p.
func (e *eventStarts) add(p string) {
	first, _, _ := strings.Cut(p, " ")
	if first == "" {
		return // no word of a text is empty
	}
	e.words[first] = max(e.words[first], strings.Count(p, " ")+1)
	e.lens[first[0]&31] |= 1 << min(len(first), 31)
}

// longest returns how many words the longest event phrase that starts with
// w has, or 0 when none starts with it.
func (e *eventStarts) longest(w string) int {
	if w == "" || e.lens[w[0]&31]&(1<<min(len(w), 31)) == 0 {
		return 0
	}
	return e.words[w]
}

// sentenceWords keeps the words of the last sentence whose event words a
// count looked for, since the counts of a sentence are read one after
// another.
type sentenceWords struct {
	valid bool
	sent  text.Span
	ws    []word
}

// of returns the words of the sentence sent, carving them only when the
// sentence is not the one asked about last.
func (sw *sentenceWords) of(a *analysis, sent text.Span) []word {
	if !sw.valid || sw.sent != sent {
		*sw = sentenceWords{valid: true, sent: sent, ws: a.wordsFrom(sent.Start, sent.End, maxSentenceWords)}
	}
	return sw.ws
}

// maxSentenceWords bounds the words of a sentence that an event is looked
// for among.
const maxSentenceWords = 200

// nearestEvent returns the event of the event word nearest to the count that
// spans [from, to) in the sentence sent.
func (a *analysis) nearestEvent(sw *sentenceWords, sent text.Span, from, to int) string {
	return a.nearestEventWord(sw.of(a, sent), from, to, false).event
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
// [from, to) among the words ws of its sentence. Nearness is counted in
// words, and a clause boundary between them (a comma, a dash, "and", "but")
// counts as several, so that "two were injured and 40 residents were
// evacuated" binds the residents to the evacuation. An event inside an aside
// that names part of a group ("including the two who died") befell that
// part, not the count outside it; an event the sentence denies ("was not
// hurt") befell nobody.
//
// A count that is the subject of its clause ("one person was injured")
// takes only events after it: an event before it befell another subject.
func (a *analysis) nearestEventWord(ws []word, from, to int, subject bool) eventWord {
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
	asideEnd := -1                       // the last word of the aside being read, if any
	dashed := a.dashedAside(ws, ev.last) // the last word of the count's own aside between dashes, if any
words:
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
		longest := a.vocab.eventStarts.longest(ws[i].lower)
		if longest == 0 {
			continue
		}
		phrase := a.phrase[:0]
		for j := i; j < len(ws) && j < i+longest; j++ {
			if j > i {
				if !ws[j].spaceBefore {
					break // a phrase does not run across punctuation or figures
				}
				phrase = append(phrase, ' ')
			}
			phrase = append(phrase, ws[j].lower...)
			a.phrase = phrase
			e, ok := a.vocab.events[string(phrase)] // indexing by string(phrase) does not copy it
			if !ok || a.notEventAt(ws, i, ev.first, ev.last) {
				continue
			}
			var d int
			switch {
			case j < ev.first && subject:
				continue
			case j < ev.first:
				if a.eventOfOtherFigure(ws, ev.first, ev.last, j) || namesIncident(ws, 0, i) && a.clauseEndsAmong(ws, j, ev.first) {
					continue // "at the time of the shooting, and five of those children"
				}
				d = wordDistance(ws, j, ev.first)
				if k := ev.first - 1; ws[k].punctAfter && ws[k].end <= from && isBlank(a.text[ws[k].end:from]) {
					d -= clausePenalty // the count's own figure, "killed 49 people", is no clause boundary
				}
			case i <= dashed:
				continue // what befell a part the aside names: "six people — two fatally — were shot"
			case i > ev.last:
				if eventOfOtherClause(ws, ev.last, i) || othersClauseBetween(ws, ev.last, i) {
					break words // and so is every event after it
				}
				if a.eventOfOtherFigure(ws, ev.first, ev.last, i) || a.figureObjectAfter(ws, j) || incidentClause(ws, ev.last, i) {
					continue
				}
				d = wordDistance(ws, ev.last, i)
				if dashed >= 0 {
					// As if the aside were not there: "four people — two
					// men and two women — were shot".
					d = wordDistance(ws, dashed, i) - clausePenalty
				}
			default:
				continue // an event word inside the count's own words
			}
			// At equal distance the longer phrase wins: "shot dead" over "shot".
			if d < bestDist || d == bestDist && j > i {
				ev.event, ev.i, ev.j, bestDist = e, i, j, d
			}
		}
	}
	if ev.event != "" && eventDenied(ws, ev.i) {
		ev.event = ""
	}
	return ev
}

// notEventAt reports whether the event word i of ws, outside the count's
// words [first, last], is no event of the count: a figure stands just before
// it and it befell that figure ("4 victims, 1 fatality, 3 wounded"), or it
// is a verb of another sense ("three people wound up dead", "shot at by a
// deputy"), or the count did it ("five people were shooting", "three men
// opened fire on the crowd") or took part in it ("were involved in the
// killing").
func (a *analysis) notEventAt(ws []word, i, first, last int) bool {
	if ws[i].lower == "wound" && i+1 < len(ws) && ws[i+1].lower == "up" {
		return true
	}
	if ws[i].lower == "shot" && i+2 < len(ws) && ws[i+1].lower == "at" && ws[i+2].lower == "by" {
		return true
	}
	if ws[i].lower == "shooting" && i > 0 && shooterVerbs[ws[i-1].lower] && (i+1 == len(ws) || !victimNouns[ws[i+1].lower]) ||
		ws[i].lower == "opened" && i > last {
		return true // "five people were shooting", "three men opened fire": they fired
	}
	if describesIncident(ws, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3 && !ws[k].punctAfter; k-- {
		if ws[k].lower == "involved" {
			return true // "three people were involved in the killing": not its victims
		}
	}
	if i > 0 && (i-1 < first || i-1 > last) && ws[i].spaceBefore && figureWords[ws[i-1].lower] {
		return true
	}
	k := ws[i].start - 1
	for k > 0 && a.text[k] == ' ' {
		k--
	}
	return k >= 0 && isASCIIDigit(a.text[k])
}

// shooterVerbs before "shooting" make it what the count did: "were
// shooting", "began shooting".
var shooterVerbs = setOf(`were was are is been began begin started start kept stopped`)

// victimNouns after "shooting" make it a modifier: "were shooting victims".
var victimNouns = setOf(`victim victims survivor survivors`)

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

// eventOfOtherFigure reports whether the event word i befell another count
// that stands between it and the count's words [first, last], in the event's
// clause: "900 people marched, a day after four marchers were shot"; "the
// death toll rose after two victims were found in one of the 12 flooded
// villages". Counts listed together share their event ("40 birds and 16
// plants are listed", "the dead included six children, two women and a
// man"), and so does a part of the other count ("killed 30 people,
// including a family of five children").
func (a *analysis) eventOfOtherFigure(ws []word, first, last, i int) bool {
	if i > last {
		for k := i - 1; k > last+1; k-- {
			if ws[k-1].punctAfter && !a.figureBefore(ws[k]) {
				return false // the event's clause starts here
			}
			if a.isCounted(ws, k) {
				return !listed(ws[last+1].lower, ws[last].punctAfter && a.text[ws[last].end] == ',')
			}
		}
		return false
	}
	for k := i + 1; k < first; k++ {
		if a.isCounted(ws, k) {
			for _, w := range ws[k+1 : first] {
				if subsetMarkers[w.lower] {
					return false
				}
			}
			from := ws[first-1].end
			return !listed(ws[first-1].lower, strings.Contains(a.text[from:ws[first].start], ","))
		}
		if ws[k].punctAfter && !a.figureBefore(ws[k+1]) {
			return false // the event's clause ends here
		}
	}
	return false
}

// figureObjectAfter reports whether a figure follows the event word j as its
// object: "fired on more than 100 people, wounding 13" wounded 13, not the
// people fired on.
func (a *analysis) figureObjectAfter(ws []word, j int) bool {
	at := ws[j].end + 1
	if at >= len(a.text) || a.text[ws[j].end] != ' ' {
		return false
	}
	k, found := slices.BinarySearchFunc(a.quantities, at, func(m Mention, at int) int { return m.Start - at })
	return found && a.quantities[k].Kind == MentionNumber
}

// dashedAside returns the last word of an aside that dashes set off just
// after word k ("four people — two men and two women — were shot"), or -1
// when none does.
func (a *analysis) dashedAside(ws []word, k int) int {
	if k+1 >= len(ws) || !ws[k].punctAfter || !dashBetween(a.text[ws[k].end:ws[k+1].start]) {
		return -1
	}
	for e := k + 1; e+1 < len(ws); e++ {
		if ws[e].punctAfter && dashBetween(a.text[ws[e].end:ws[e+1].start]) {
			return e
		}
	}
	return -1
}

// dashBetween reports whether the bytes between two words hold a dash.
func dashBetween(s string) bool {
	return strings.Contains(s, "-") || strings.Contains(s, "—") || strings.Contains(s, "–")
}

// listed reports whether a count is an item of a list, from the word beside
// it toward the other items and whether a comma separates them.
func listed(beside string, comma bool) bool {
	return comma || beside == "and" || beside == "or"
}

// isCounted reports whether ws[k] is a plural noun that a figure counts,
// perhaps with a word between them: "two more victims".
func (a *analysis) isCounted(ws []word, k int) bool {
	if Singular(ws[k].lower) == ws[k].lower {
		return false
	}
	for f := k; f >= 0 && f >= k-1; f-- {
		if f < k && ws[f].punctAfter {
			break
		}
		if a.figureBefore(ws[f]) || f > 0 && figureWords[ws[f-1].lower] && !ws[f-1].punctAfter {
			return true
		}
	}
	return false
}

// figureBefore reports whether digits and a space stand just before w: "5 people".
func (a *analysis) figureBefore(w word) bool {
	return w.start >= 2 && a.text[w.start-1] == ' ' && isASCIIDigit(a.text[w.start-2])
}

// eventOfOtherClause reports whether the event word i, a noun after a count's
// last word, names the incident that another verb of the count's clause
// relates it to, not what befell the count: "about 80 neighbors gathered
// where the shooting happened", "two teens were seen running from the
// shooting". A count whose own words go on to the event noun takes it ("two
// victims of the Sunday shooting", "three victims in the market shooting"),
// and so does a count of people treated after it ("four people were taken
// to clinics after a fatal shooting").
func eventOfOtherClause(ws []word, last, i int) bool {
	if !incidentEvents[ws[i].lower] || last+1 >= i || eventPrepositions[ws[last+1].lower] && !prepositionBetween(ws, last+2, i) {
		return false
	}
	for k := last + 1; k < i; k++ {
		if treatmentVerbs[ws[k].lower] {
			return false
		}
		if !auxiliaries[ws[k].lower] && !adverbsAux[ws[k].lower] {
			break
		}
	}
	return namesIncident(ws, last+1, i)
}

// namesIncident reports whether the event word i, after word from, is a noun
// that names the incident: a determiner stands among the three words before
// it ("the shooting", "the Sunday shooting").
func namesIncident(ws []word, from, i int) bool {
	if !incidentEvents[ws[i].lower] {
		return false
	}
	for k := i - 1; k >= from && k >= i-3 && !ws[k].punctAfter; k-- {
		if determiners[ws[k].lower] {
			return true
		}
	}
	return false
}

// clauseEndsAmong reports whether punctuation that ends a clause stands
// between two of the words ws[from:to+1]; a figure between them is none.
func (a *analysis) clauseEndsAmong(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k].punctAfter && clauseEndsBetween(a.text, ws[k].end, ws[k+1].start) {
			return true
		}
	}
	return false
}

// incidentClause reports whether the event word i, after a count's last
// word, opens a relative clause of an incident noun: "four officers involved
// in the shooting that killed a boy" did not die, the boy did.
func incidentClause(ws []word, last, i int) bool {
	return i-2 > last && isRelativePronoun(ws[i-1].lower) && incidentNouns[ws[i-2].lower]
}

// prepositionBetween reports whether a preposition stands among ws[from:to]:
// "16 people at the apartment at the time of the shooting" were where it
// happened, the shooting is no noun of their own words.
func prepositionBetween(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if eventPrepositions[ws[k].lower] {
			return true
		}
	}
	return false
}

// othersClauseBetween reports whether a clause of one other person's opens
// between a count's last word and the event word i: "about 100 people were
// in the building when she began shooting" were not shot, nor were "two
// officers charged after a boy was shot to death". The count's own
// pronoun keeps the event: "three men were outside when they were shot".
func othersClauseBetween(ws []word, last, i int) bool {
	for k := last + 1; k+1 < i; k++ {
		if !subordinators[ws[k].lower] {
			continue
		}
		switch ws[k+1].lower {
		case "a", "an": // a clause, not a noun phrase: "after a fatal shooting" befell the count
			for v := k + 2; v < i; v++ {
				if subjectVerbs[ws[v].lower] {
					return true
				}
			}
		default:
			if singularSubjects[ws[k+1].lower] {
				return true
			}
		}
	}
	return false
}

// subordinators open a clause of time; singularSubjects are the one person
// or thing that may be its subject.
var (
	subordinators    = setOf(`when while as after before until once`)
	singularSubjects = setOf(`he she someone somebody`)
)

// treatmentVerbs say what was done for the hurt after an incident.
var treatmentVerbs = setOf(`taken transported rushed treated brought airlifted flown admitted released remain remains remained`)

// incidentEvents are the event words that, made nouns, name the incident:
// "the shooting". Others name what befell someone as nouns too: "in the
// hospital".
var incidentEvents = setOf(`shooting shootings killing killings death deaths`)

// isBlank reports whether s holds only spaces.
func isBlank(s string) bool { return strings.TrimLeft(s, " ") == "" }

// eventPrepositions after a count's noun tie an event noun to it: "victims of
// the shooting".
var eventPrepositions = setOf(`of in at from during after following`)

// figureWords are the figures written as words that a bare event word may
// follow: "two wounded".
var figureWords = setOf(`two three four five six seven eight nine ten eleven twelve dozen dozens`)

// subjectVerbs after a count make it the subject of its clause.
var subjectVerbs = setOf(`was were is are has have had remain remains remained`)

// asideEnd returns the last word of the aside that "including" opens at
// word i ("six people, including the two who died, were shot"): the last
// before a comma, a dash, a parenthesis, the verb of the clause the aside
// stands in ("12 people including a child were hurt") or the sentence's end.
// Figures do not end it ("including the 2 who died").
func (a *analysis) asideEnd(ws []word, i int) int {
	for ; i < len(ws)-1; i++ {
		if ws[i].punctAfter && clauseEndsBetween(a.text, ws[i].end, ws[i+1].start) ||
			!ws[i].punctAfter && subjectVerbs[ws[i+1].lower] && !isRelativePronoun(ws[i].lower) {
			break
		}
	}
	return i
}

// isRelativePronoun reports whether w opens a relative clause inside an
// aside: "including two who were killed".
func isRelativePronoun(w string) bool {
	return w == "who" || w == "that" || w == "which" || w == "whom"
}

// clauseEndsBetween reports whether the bytes s[from:to] between two words
// hold punctuation that ends a clause.
func clauseEndsBetween(s string, from, to int) bool {
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

// eventDenials before an event word say that it did not happen: "was not
// hurt", "escaped injury", "without injuries".
var eventDenials = setOf(`not never no escaped without`)

// eventDenied reports whether the event word i of ws is denied, by the word
// before it or by the word before an adverb ("were not seriously injured").
func eventDenied(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := ws[k].lower
		if eventDenials[w] || strings.HasSuffix(w, "n't") {
			return true
		}
		if ws[k].punctAfter || !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// severityOf returns the qualifier that a word saying how badly a count's
// people were hurt gives the count, or "": "two people were critically
// injured", "three suffered minor injuries" count a part of the injured.
func severityOf(w string) string {
	switch w {
	case "critically", "critical", "gravely", "life-threatening":
		return "critical"
	case "seriously", "serious", "severely", "badly":
		return "serious"
	case "minor", "non-life", "non-life-threatening":
		return "minor"
	}
	return ""
}

// severity returns the qualifier of the words that say how badly the
// count's people were hurt: among its modifiers ("the three most seriously
// injured victims"), in its own clause after it ("were critically wounded",
// "remains in critical condition", "were hurt critically") or just before
// the event word before it ("critically wounding two"); "" when none.
func (ev *eventWord) severity(modifiers []string) string {
	for _, m := range modifiers {
		if q := severityOf(m); q != "" {
			return q
		}
	}
	if ev.last < 0 {
		return ""
	}
	for k := ev.last + 1; k < len(ev.ws); k++ {
		w := ev.ws[k]
		if q := severityOf(w.lower); q != "" {
			return q
		}
		if w.punctAfter || k+1 < len(ev.ws) && clauseWords[ev.ws[k+1].lower] {
			break
		}
	}
	if ev.event != "" && ev.j < ev.first && ev.i > 0 {
		return severityOf(ev.ws[ev.i-1].lower)
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

// diesInOwnClause reports whether the count's own clause goes on to say its
// people died: "1 shooting victim has died", "two wounded men died at the
// hospital". The death is then what the count counts, more than what its
// modifiers say befell them.
func (ev *eventWord) diesInOwnClause() bool {
	if ev.event != "killed" || ev.i <= ev.last {
		return false
	}
	for k := ev.last; k < ev.i; k++ {
		if ev.ws[k].punctAfter || k > ev.last && clauseWords[ev.ws[k].lower] {
			return false
		}
	}
	return true
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
		if m == "surviving" {
			return "injured" // "the four surviving shooting victims": hurt, not killed
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
