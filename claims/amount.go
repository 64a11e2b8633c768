package claims

import (
	"strings"

	"github.com/claimlint/claimlint/internal/numparse"
)

// amountLinks join an amount to the noun it measures: "$3.1 million in aid",
// "40 percent of voters".
var amountLinks = setOf(`in of for on to`)

// amountLeads stand between a noun and the amount that measures it: "damage
// estimated at $80,000", "a budget of $3.1 million", "aid worth $5 million".
var amountLeads = setOf(`of at worth totaling totalling valued estimated costing cost costs was were is are
	reached reach topped exceeded nearly about almost roughly approximately some around rose fell
	increased decreased dropped grew jumped climbed slipped surged soared plunged by`)

// vagueNouns say nothing about what an amount measures: "$5 million in
// total", "$40,000 worth".
var vagueNouns = setOf(`total sum amount figure all worth`)

// notMeasured stand where an amount's noun would and name nothing it
// measures: pronouns, the verbs of a poll's answers ("52 percent approve"),
// comparatives and adverbs ("5 percent higher", "now at 40 percent").
var notMeasured = setOf(`he him she her they them we us it you i who what
	say saying think want stand stood standing approve disapprove oppose favor favour support
	believe agree disagree prefer expect feel trust
	higher lower high low greater smaller larger bigger better worse overall now nationally
	statewide nationwide between respectively`)

// measures reports whether w may be the noun an amount measures: no word of
// notMeasured, nor a verb's past form ("raised $5 million", "52 percent
// approved").
func measures(w string) bool {
	return !notMeasured[w] && !notMeasured[Singular(w)] && !phraseStops[w] && !notCounted[w] && !vagueNouns[w] &&
		!pastForm(w)
}

// pastForm reports whether w reads as a verb's past form: "raised",
// "approved", but not "speed" or "bed".
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// extractAmounts binds money and percents to the noun they measure, as count
// claims whose subject names the unit, so that "$3.1 million in aid" is
// compared with "$3.1 billion in aid" and never with a count of people.
func (a *analysis) extractAmounts() {
	if a.mentionsOnly {
		return // amounts make claims only
	}
	var sw sentenceWords
	for i := range a.quantities {
		m := &a.quantities[i]
		q := m.Quantity
		if m.Kind != MentionMoney && m.Kind != MentionPercent || q.Points {
			continue
		}
		sent := a.sentenceAt(m.Start)
		noun, start, end := a.amountNoun(m, sent.Start, sent.End)
		if noun == "" {
			continue
		}
		unit := "%"
		if m.Kind == MentionMoney {
			unit = q.Currency
		}
		c := &Count{Noun: noun, Head: noun, SentenceStart: sent.Start, SentenceEnd: sent.End, PhraseEnd: end}
		c.Event = a.nearestEvent(&sw, sent, start, end)
		subject := noun
		if c.Event != "" {
			subject += " " + c.Event
		}
		subject += " (" + unit + ")"
		a.claims = append(a.claims, Claim{Kind: KindCount, Doc: a.doc, Start: start, End: end, Subject: subject,
			Key: strings.ToLower(subject), Value: amountValue(q, unit), Quantity: q, Count: c})
	}
}

// amountValue writes an amount with its unit: "3100000 USD", "2.75%".
func amountValue(q *numparse.Quantity, unit string) string {
	if unit == "%" {
		return q.Decimal() + "%"
	}
	return strings.TrimSpace(q.Decimal() + " " + unit)
}

// amountNoun finds the noun an amount measures: after it ("$5 million in
// aid", "a $5 million grant") or before it ("damage estimated at $80,000").
// It returns the noun's lemma and the span of the claim's words.
func (a *analysis) amountNoun(m *Mention, sentStart, sentEnd int) (noun string, start, end int) {
	after := a.wordsFrom(m.End, sentEnd, 6)
	if len(after) > 0 && after[0].start <= m.End+1 {
		ws := after
		if ws[0].lower == "worth" && len(ws) > 2 && ws[1].lower == "of" {
			ws = ws[2:] // "$2.6m worth of gems" measures the gems
		} else if amountLinks[ws[0].lower] && len(ws) > 1 {
			ws = ws[1:]
		}
		if n := nounPhrase(ws); n > 0 && n <= 3 {
			head := ws[n-1]
			if !notCounted[Singular(head.lower)] && measures(head.lower) {
				return Singular(head.lower), m.Start, head.end
			}
		}
	}
	before := a.wordsFrom(max(sentStart, m.Start-60), m.Start, 12)
	k := len(before) - 1
	for k >= 0 && amountLeads[before[k].lower] && !before[k].punctAfter {
		k--
	}
	if k >= 0 && k < len(before)-1 && !before[k].punctAfter && measures(before[k].lower) {
		return Singular(before[k].lower), before[k].start, m.End
	}
	return "", 0, 0
}
