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
	var prev *Claim // the last count in the current sentence, for "six of them"
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
		after := a.wordsFrom(m.End, sent.End, 8)
		before := a.wordsFrom(max(sent.Start, m.Start-24), m.Start, 8) // the words just before the figure
		c := &Count{SentenceStart: sent.Start, SentenceEnd: sent.End}
		var end int
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
		case len(after) >= 1 && after[0].start == m.End+1 && after[0].lower == "fatally" && prev != nil:
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
		c.PhraseEnd = phraseEnd(end, trailing)
		c.Event = a.nearestEvent(sent.Start, sent.End, m.Start, end)
		if fatal {
			c.Event = "killed"
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
	}
	return false
}

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

// isTally reports whether a sentence adds up many events: whether a tally
// cue starts at one of its words, in any case.
func isTally(sentence string) bool {
	for i := 0; i < len(sentence); i++ {
		cues := tallyCuesByFirst[asciiLower(sentence[i])]
		if len(cues) == 0 || i > 0 && isLetter(sentence[i-1]) {
			continue
		}
		for _, cue := range cues {
			if hasPrefixASCIIFold(sentence[i:], cue) {
				return true
			}
		}
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

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixASCIIFold reports whether s starts with prefix, a lower-case
// ASCII string, in any case.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if asciiLower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
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
// spans [from, to) in the sentence [start, end). Nearness is counted in words,
// and a clause boundary between them (a comma, a dash, "and", "but") counts as
// several, so that "two were injured and 40 residents were evacuated" binds
// the residents to the evacuation.
func (a *analysis) nearestEvent(start, end, from, to int) string {
	ws := a.wordsFrom(start, end, 200)
	first, last := len(ws), -1
	for i, w := range ws {
		if w.start >= from && w.end <= to {
			first, last = min(first, i), max(last, i)
		}
	}
	if last < 0 {
		return ""
	}
	best, bestDist := "", maxEventDistance+1
	for i := range ws {
		phrase := a.phrase[:0]
		for j := i; j < len(ws) && j < i+a.vocab.maxEvent; j++ {
			if j > i {
				if !ws[j].spaceBefore {
					break // a phrase does not run across punctuation or figures
				}
				phrase = append(phrase, ' ')
			}
			phrase = append(phrase, ws[j].lower...)
			a.phrase = phrase
			ev, ok := a.vocab.events[string(phrase)] // indexing by string(phrase) does not copy it
			if !ok {
				continue
			}
			var d int
			switch {
			case j < first:
				d = wordDistance(ws, j, first)
			case i > last:
				d = wordDistance(ws, last, i)
			default:
				continue // an event word inside the count's own words
			}
			// At equal distance the longer phrase wins: "shot dead" over "shot".
			if d < bestDist || d == bestDist && j > i {
				best, bestDist = ev, d
			}
		}
	}
	return best
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
