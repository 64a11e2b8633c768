package claims

import (
	"strings"

	"github.com/claimlint/claimlint/internal/numparse"
	"github.com/claimlint/claimlint/internal/text"
)

// peopleHeads are the nouns whose counts count people: the parts of a group
// of people ("two men and a woman") add up to a count of the people.
var peopleHeads = setOf(`person individual resident civilian victim bystander man woman boy girl child kid
	minor teen teenager adult juvenile youth infant baby toddler officer policeman policewoman deputy
	trooper cop soldier student worker employee customer patron passenger driver motorist pedestrian
	relative guest friend neighbor neighbour member male female citizen suspect gunman shooter`)

// countsPeople reports whether a count's noun counts people.
func countsPeople(c *Count) bool {
	return peopleHeads[c.Head] || c.Noun == "person"
}

// peopleEvents befall only the living.
var peopleEvents = setOf(`killed injured hospitalized arrested charged extradited`)

// thingSets and thingHeads are the nouns of things that none of
// peopleEvents befalls: "250 others injured and more than 800 homes
// destroyed", "damaged 18 houses, injuring 11 residents".
var (
	thingSets  = setOf(`home vehicle country`)
	thingHeads = setOf(`building hotel motel school church mosque temple synagogue office store shop
		business bridge road street village town city apartment structure boat ship vessel plane
		aircraft helicopter bus train cable tower factory plant warehouse hospital clinic farm
		barn shelter camp tent window wall door room floor block acre`)
)

// countsThings reports whether a count's noun counts things, not people.
func countsThings(c *Count) bool { return thingSets[c.Noun] || thingHeads[c.Head] }

// perpetrators are the nouns for who did it. They name a part in the story
// rather than what people are: a story has one set of suspects, but many
// groups of men, children or officers. A count of the dead may include one
// ("five people dead, including the gunman").
var perpetrators = setOf(`suspect gunman shooter attacker assailant killer`)

// includesPerpetrator reports whether the count whose phrase ends at end
// goes on, in its sentence, with ", including the gunman": such a count is
// one more than the same story's count of victims ("four people shot dead by
// a man who later killed himself"), and is compared only with its like.
func (a *analysis) includesPerpetrator(end, sentEnd int) bool {
	rest := a.text[end:min(sentEnd, end+60)]
	i := strings.Index(rest, "including the ")
	if i < 0 || i > 20 {
		return false
	}
	rest = rest[i+len("including the "):]
	rest = strings.TrimPrefix(rest, "suspected ")
	for p := range perpetrators {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// CountsBystanders reports whether a count counts people by what they are
// ("two children", "about 200 officers"), not by their part in the story.
func (c *Count) CountsBystanders() bool {
	return countsPeople(c) && !perpetrators[c.Head]
}

// peopleSum is a coordination of counts of people ("seven officers and two
// civilians", "two men, a woman and a child") added up.
type peopleSum struct {
	value     float64
	end       int  // where the last part's noun ends
	remainder bool // a part is the rest of a group: "four other officers and two civilians"
}

// coordinatedPeople reads the coordination of counts of people that starts
// with the figure m, after is the words after the figure. It reports false
// unless two parts or more end with "and"; every part must be exact.
func (a *analysis) coordinatedPeople(m *Mention, next []Mention, after []word, sentEnd int) (peopleSum, bool) {
	q := m.Quantity
	if q.Bound != numparse.Exact || !conjunctionWithin(a.text, after) {
		return peopleSum{}, false
	}
	end, remainder, ok := a.peopleNoun(after, m.End, q.Value)
	if !ok {
		return peopleSum{}, false
	}
	sum := peopleSum{value: q.Value, end: end, remainder: remainder}
	for {
		at, last := nextConjunct(a.text[sum.end:sentEnd])
		if at < 0 {
			return sum, false
		}
		at += sum.end
		value, from := 1.0, at+1 // "a woman"
		switch {
		case len(next) > 0 && next[0].Start == at:
			if next[0].Kind != MentionNumber || next[0].Quantity.Bound != numparse.Exact {
				return sum, false
			}
			value, from = next[0].Quantity.Value, next[0].End
			next = next[1:]
		case strings.HasPrefix(a.text[at:sentEnd], "an "):
			from = at + 2
		case !strings.HasPrefix(a.text[at:sentEnd], "a "):
			return sum, false
		}
		end, remainder, ok := a.peopleNoun(a.wordsFrom(from, sentEnd, 4), from, value)
		if !ok {
			return sum, false
		}
		sum.value += value
		sum.end = end
		sum.remainder = sum.remainder || remainder
		if last {
			return sum, true
		}
	}
}

// conjunctionWithin reports whether a conjunction follows one of the first
// three words ws after a figure: a cheap test before the nouns are read.
func conjunctionWithin(s string, ws []word) bool {
	for i := 0; i < len(ws) && i < 3; i++ {
		if at, _ := nextConjunct(s[ws[i].end:]); at >= 0 {
			return true
		}
	}
	return false
}

// nextConjunct returns where the next part of a coordination starts in s, the
// text after a part ("and two", ", a", ", and a"), and whether "and" makes it
// the last part; -1 when s does not go on with one.
func nextConjunct(s string) (at int, last bool) {
	for _, sep := range [...]string{", and ", " and ", ", "} {
		if strings.HasPrefix(s, sep) {
			return len(sep), sep != ", "
		}
	}
	return -1, false
}

// peopleNoun finds, among the first words ws after a figure of value v that
// ends at figureEnd, the noun of people it counts ("two civilians", "one
// police officer", "four other officers"): where the noun ends and whether
// the words before it make the part a remainder. A part whose words say what
// befell it ("one dead man and two wounded women") is no part of one group.
func (a *analysis) peopleNoun(ws []word, figureEnd int, v float64) (end int, remainder, ok bool) {
	if len(ws) == 0 || ws[0].start != figureEnd+1 {
		return 0, false, false
	}
	for i, w := range ws {
		if i == 3 || i > 0 && !w.spaceBefore || phraseStops[w.lower] {
			break
		}
		lemma := Singular(w.lower)
		if peopleHeads[lemma] {
			plural := lemma != w.lower || irregularPlurals[w.lower] != ""
			return w.end, remainder, plural == (v != 1)
		}
		if _, ok := a.vocab.events[w.lower]; ok || unharmedWords[w.lower] || w.lower == "deceased" {
			break
		}
		remainder = remainder || remainderWords[w.lower]
		if w.punctAfter {
			break
		}
	}
	return 0, false, false
}

// peopleSumClaim is the count of people that a coordination of counts adds
// up to, from the figure m to the last part's noun: "seven officers and two
// civilians were hurt" counts nine people hurt. A sum that restates a count
// just before it ("four people were found dead -- two men and a woman
// inside") is a part of that count, however many it leaves out. sentWords
// are the words of the sentence sent.
func (a *analysis) peopleSumClaim(m *Mention, sum peopleSum, before []word, sent text.Span, sentWords []word, restates bool) Claim {
	c := &Count{Noun: "person", Head: "person", SentenceStart: sent.Start, SentenceEnd: sent.End,
		PhraseEnd: sum.end, Subset: endsWithOneOf(before, subsetMarkers)}
	ev := a.nearestEventWord(sentWords, m.Start, sum.end, false)
	c.Event = ev.event
	if q := ev.severity(nil); q != "" {
		c.Qualifiers = append(c.Qualifiers, q)
	}
	if sum.remainder || ev.addsToOthers() || endsWithOneOf(before, remainderWords) {
		c.Subset = true
		c.Qualifiers = append(c.Qualifiers, "other")
	}
	if restates {
		c.Subset = true
		c.Qualifiers = append(c.Qualifiers, "part")
	}
	if a.isTallySentence(sent) || followsOneOf(before) {
		c.Qualifiers = append(c.Qualifiers, "tally")
	}
	if a.datesEarlierEvent(sent.Start, sent.End) {
		c.Qualifiers = append(c.Qualifiers, "earlier")
	}
	q := *m.Quantity
	q.End, q.FigureEnd = sum.end, sum.end
	q.Value, q.Lo, q.Hi = sum.value, sum.value, sum.value
	subject := a.countSubject(c)
	return Claim{Kind: KindCount, Doc: a.doc, Start: m.Start, End: sum.end, Subject: subject,
		Key: strings.ToLower(subject), Value: q.Decimal(), Quantity: &q, Count: c}
}

// restates reports whether what starts at off restates the count prev of
// people, from which only a dash, a colon, a parenthesis or a comma and the
// words up to the clause's end set it apart: "three students -- two boys
// and a girl", "four people were found dead: two men and two women".
func (a *analysis) restates(prev *Claim, off int) bool {
	if prev == nil || !countsPeople(prev.Count) || prev.End > off {
		return false
	}
	between := strings.TrimSpace(a.text[prev.End:off])
	if between == "" {
		return false
	}
	switch between[len(between)-1] {
	case '-', ':', '(', ',':
	default:
		if !strings.HasSuffix(between, "—") && !strings.HasSuffix(between, "–") {
			return false
		}
	}
	return !strings.ContainsAny(between[:len(between)-1], ",;:()")
}
