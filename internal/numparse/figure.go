package numparse

import (
	"math"

	"github.com/claimlint/claimlint/internal/text"
)

// figure is one quantity as written, before the hedge around it is read.
type figure struct {
	start, end int
	kind       Kind
	val        float64
	scale      float64 // the scale word or suffix ("million", "k"), 1 without
	currency   string
	share      bool
	points     bool
	exact      bool // no rounding tolerance: fractions, decimals, ordinals
	decimal    bool
	words      bool // written in words
	drop       bool // a date, time, score or name read to its end: no quantity
	// override carries the interval of a range, from its two ends.
	override               bool
	loOverride, hiOverride float64
}

// parseNumber reads a bare number at i, in digits or words, with the scale
// words after it: "1,200", "1.2 million", "twenty-three", "a dozen",
// "two thirds", "21st". money says a currency sign came before.
func parseNumber(s string, i int, money, hedged bool) (figure, bool) {
	f := figure{start: i, scale: 1}
	var p phrase
	switch {
	case isDigit(s[i]) || s[i] == '.' && i+1 < len(s) && isDigit(s[i+1]):
		d := parseDigits(s, i, money)
		if d.end <= i || d.digits == 0 && !d.decimal {
			return f, false
		}
		f.end = d.end
		if d.glued || math.IsNaN(d.val) || math.IsInf(d.val, 0) {
			f.drop = true
			return f, true
		}
		f.val, f.scale, f.decimal = d.val, d.scale, d.decimal
		f.exact = d.fraction
		if d.fraction {
			f.share = f.val < 1
		}
		if d.ordinal {
			f.kind, f.exact = Ordinal, true
			if digitContext(s, f, d, money) {
				f.drop = true
			}
			return f, true
		}
		if d.fraction || d.scale != 1 {
			return f, true
		}
		p.toks[0] = token{start: i, end: d.end, class: wDigits, val: d.val}
		p.n = 1
		p.collect(s, d.end)
		p.trim()
		if p.n == 1 {
			if digitContext(s, f, d, money) {
				f.drop = true
				f.end = dayRangeEnd(s, f.start, chainEnd(s, f.end))
			}
			return f, true
		}
		v, ok := p.eval()
		if !ok {
			return f, true
		}
		f.val, f.end = v.val, p.toks[v.used-1].end
		f.scale = phraseScale(p.toks[:v.used])
		return f, true
	case isLetter(s[i]):
		e := text.LetterRunEnd(s, i)
		info := lookup(s, i, e)
		switch info.class {
		case wUnit, wTeen, wTens, wOrd, wHalf, wQuarter, wArticle:
		default:
			return f, false
		}
		p.toks[0] = token{start: i, end: e, class: info.class, val: info.val}
		p.n = 1
		p.collect(s, e)
		p.trim()
		v, ok := p.eval()
		if !ok {
			return bareFraction(s, i, e, info, hedged)
		}
		last := p.toks[v.used-1]
		if isFractionWord(last.class) && last.end+1 < len(s) && s[last.end] == '-' && isLetter(s[last.end+1]) {
			return f, false // "a half-century", "quarter-final"
		}
		if v.share && last.class == wOrd && !hedged && !fractionEnds(s, last.end) {
			// "a third term", "one third time": an ordinal after an article.
			return f, false
		}
		f.val, f.end, f.words = v.val, last.end, true
		if v.share {
			// "two thirds of a million"
			a, b := nextWord(s, f.end)
			n, m := nextWord(s, b)
			x, y := nextWord(s, m)
			if wordIs(s, a, b, "of") && lookup(s, n, m).class == wArticle && lookup(s, x, y).class == wBig {
				v.val *= lookup(s, x, y).val
				v.share = false
				f.val, f.end = v.val, y
			}
		}
		f.exact, f.share = v.exact, v.share
		if v.ordinal {
			f.kind = Ordinal
		}
		f.scale = phraseScale(p.toks[:v.used])
		if wordContext(s, f, &p, v) {
			f.drop = true
		}
		return f, true
	}
	if f2, ok := vulgarAt(s, i); ok {
		return f2, true
	}
	return f, false
}

// phraseScale is the largest scale word of a phrase ("million" in "3
// million and a half"), or 1.
func phraseScale(toks []token) float64 {
	scale := 1.0
	for _, t := range toks {
		if (t.class == wBig || t.class == wHundred) && t.val > scale {
			scale = t.val
		}
	}
	return scale
}

// fractionEnds reports whether a singular fraction ("a third", "one
// fifth") ends at e: before "of", a scale, or no further word.
func fractionEnds(s string, e int) bool {
	a, b := nextWord(s, e)
	return b == a || wordIs(s, a, b, "of") || lookup(s, a, b).class == wBig
}

// bareFraction reads "half" and "quarter" without a number before them,
// where the words around make them a share: "more than half", "half of",
// "half the".
func bareFraction(s string, i, e int, info *wordInfo, hedged bool) (figure, bool) {
	if info.class != wHalf || e-i != 4 {
		return figure{}, false
	}
	a, b := nextWord(s, e)
	if !hedged && !wordIsAny(s, a, b, "of", "the", "its", "their", "his", "her", "our", "all") {
		return figure{}, false
	}
	// "the first half of the year", "the other half" name a part, not a share.
	if x, y := prevWord(s, i); lookup(s, x, y).class == wOrd || wordIsAny(s, x, y, "the", "other", "latter", "back", "front") {
		return figure{}, false
	}
	return figure{start: i, end: e, val: 0.5, scale: 1, share: true, exact: true, words: true}, true
}

// vulgarAt reads a single-character fraction ("¾").
func vulgarAt(s string, i int) (figure, bool) {
	for _, v := range vulgarFractions {
		if hasPrefixFold(s, i, v.sym) {
			return figure{start: i, end: i + len(v.sym), val: v.val, scale: 1, exact: true, share: true}, true
		}
	}
	return figure{}, false
}

// digitContext reports whether the figure in digits at f is a date, a time,
// a phone number, an address or a name ("Section 230") rather than a
// quantity.
func digitContext(s string, f figure, d digitFigure, money bool) bool {
	if money {
		return false
	}
	i, e := f.start, f.end
	if i > 0 {
		switch s[i-1] {
		case '#', '/', ':', '+', '%', '=', '&':
			return true
		case '-':
			if i > 1 && isLetter(s[i-2]) { // "COVID-19", "F-35"
				return true
			}
		}
	}
	if hasPrefixFold(s, e, "(k)") || i >= 4 && hasPrefixFold(s, i-4, "s&p ") { // "401(k)", "S&P 500"
		return true
	}
	if d.digits == 2 && (i >= 1 && s[i-1] == '\'' || i >= 3 && s[i-3:i] == "’") { // "'08", "’90s"
		return true
	}
	if e < len(s) {
		switch s[e] {
		case ':', '/':
			if e+1 < len(s) && isDigit(s[e+1]) {
				return true
			}
		case '-':
			if phoneLike(s, i, e) {
				return true
			}
		}
	}
	a, b := prevWord(s, i)
	prev := lookup(s, a, b)
	n, m := nextWord(s, e)
	next := lookup(s, n, m)
	whole := !d.decimal && !d.grouped && d.scale == 1
	if whole && f.val >= 1 && f.val <= 31 && d.digits <= 2 && (prev.class == wMonth || next.class == wMonth) {
		return true
	}
	if d.ordinal {
		if next.class == wNone && wordIs(s, n, m, "of") {
			n2, m2 := nextWord(s, m)
			return lookup(s, n2, m2).class == wMonth
		}
		return false
	}
	if (prev.class == wLabel || wordIsAny(s, a, b, "no", "nos")) && whole && labelled(s, a, b) {
		return true
	}
	if whole && d.digits == 4 && f.val >= 1500 && f.val <= 2100 && next.class != wBig && next.class != wHundred &&
		next.class != wPercent && (next.class != wCurrency || next.code == "") && (e >= len(s) || s[e] != '%') {
		return true
	}
	if whole && timeAfter(s, e) {
		return true
	}
	if whole && streetAfter(s, e) {
		return true
	}
	return false
}

// chainEnd returns the end of the groups of digits joined by hyphens or
// dots that continue at e, so that a dropped phone number or date is
// dropped whole.
func chainEnd(s string, e int) int {
	for e+1 < len(s) && (s[e] == '-' || s[e] == '.' || s[e] == '/') && isDigit(s[e+1]) {
		e = alnumEnd(s, e+1)
	}
	return e
}

// dayRangeEnd returns the end of the second day of a span of dates after
// a dropped day at s[start:e] ("March 15 to 21"), or e.
func dayRangeEnd(s string, start, e int) int {
	var k int
	switch {
	case e < len(s) && s[e] == '-':
		k = e + 1
	case hasPrefixFold(s, e, "–"):
		k = e + len("–")
	default:
		a, b := nextWord(s, e)
		if !wordIsAny(s, a, b, "to", "through", "and", "until") {
			return e
		}
		k = skipSpace(s, b)
	}
	n := k
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == k || n-k > 2 || !boundaryAt(s, n) {
		return e
	}
	if v := s[k:n]; len(v) == 2 && v > "31" {
		return e
	}
	if a, b := prevWord(s, start); lookup(s, a, b).class != wMonth { // only a day after a month
		return e
	}
	return n
}

// labelled reports whether the word s[a:b] before a number names it: "No."
// needs its dot, so that "no 5" stays a hedge.
func labelled(s string, a, b int) bool {
	if wordIsAny(s, a, b, "no", "nos") {
		return b < len(s) && s[b] == '.'
	}
	return true
}

// phoneLike reports whether the digits at s[i:e] start a chain of groups
// joined by hyphens that is a phone number or a code: three groups or more,
// or three digits then four.
func phoneLike(s string, i, e int) bool {
	groups, k := 1, e
	lens := [2]int{e - i, 0}
	for k+1 < len(s) && (s[k] == '-' || s[k] == '.') && isDigit(s[k+1]) {
		k0 := k + 1
		k = k0
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if groups == 1 {
			lens[1] = k - k0
		}
		groups++
	}
	return groups >= 3 || groups == 2 && lens[0] == 3 && lens[1] == 4
}

// timeAfter reports whether a time-of-day word follows: "3 p.m.", "6pm".
func timeAfter(s string, e int) bool {
	k := e
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return false
	}
	switch s[k] | 0x20 {
	case 'a', 'p':
		if hasPrefixFold(s, k, "a.m") || hasPrefixFold(s, k, "p.m") {
			return true
		}
	case 'o':
		return hasPrefixFold(s, k, "o'clock") || hasPrefixFold(s, k, "o’clock")
	case 'g', 'u', 'b', 'c', 'e':
	default:
		return false
	}
	b := text.LetterRunEnd(s, k)
	return boundaryAt(s, b) && wordIsAny(s, k, b, "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt")
}

// streetSuffixes end a street name after a house number.
var streetSuffixes = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true,
	"rd": true, "boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true,
	"way": true, "place": true, "pl": true, "court": true, "ct": true, "terrace": true, "parkway": true,
	"pkwy": true, "highway": true, "square": true, "plaza": true, "circle": true, "trail": true}

// streetAfter reports whether capitalized words ending in a street suffix
// follow: "1600 Pennsylvania Avenue", "221 Baker St."
func streetAfter(s string, e int) bool {
	k := e
	for w := 0; w < 4; w++ {
		a, b := nextWord(s, k)
		if b == a || !isUpper(s[a]) {
			return false
		}
		if w > 0 && b-a <= 9 {
			var buf [9]byte
			for x := a; x < b; x++ {
				buf[x-a] = s[x] | 0x20
			}
			if streetSuffixes[string(buf[:b-a])] {
				return true
			}
		}
		k = b
		if k < len(s) && s[k] == '.' { // "7110 E. McKellips Road"
			k++
		}
	}
	return false
}

// pronounBefore are the words after which "one" is a pronoun: "the one",
// "no one", "which one".
var pronounBefore = map[string]bool{"the": true, "this": true, "that": true, "which": true, "each": true,
	"every": true, "any": true, "no": true, "another": true, "such": true, "what": true, "whichever": true,
	"little": true, "loved": true, "last": true, "other": true, "someone": true, "everyone": true,
	"anyone": true, "right": true, "wrong": true, "big": true, "new": true, "old": true,
	"a": true, "young": true, "good": true, "bad": true, "better": true, "best": true}

// pronounAfter are the words before which "one" is a pronoun: "one of the",
// "one another", "one can".
var pronounAfter = map[string]bool{"of": true, "another": true, "can": true, "could": true, "would": true,
	"should": true, "must": true, "might": true, "may": true, "cannot": true, "who": true, "which": true,
	"does": true, "needs": true, "wonders": true, "hopes": true}

// ordinalNames are the words that make a capitalized ordinal part of a
// name: "First Lady", "Second Amendment", "Fifth Avenue".
var ordinalNames = map[string]bool{"amendment": true, "lady": true, "gentleman": true, "avenue": true,
	"street": true, "circuit": true, "district": true, "army": true, "fleet": true, "division": true,
	"corps": true, "battalion": true, "regiment": true, "brigade": true, "republic": true, "reich": true,
	"empire": true, "estate": true, "baptist": true, "presbyterian": true, "church": true, "bank": true,
	"national": true, "research": true, "nations": true, "minister": true, "secretary": true,
	"officer": true, "lieutenant": true, "sergeant": true, "class": true, "cavalry": true,
	"infantry": true, "marine": true, "precinct": true, "ward": true, "congressional": true,
	"international": true, "family": true, "world": true, "vatican": true, "book": true, "step": true,
	"look": true, "things": true, "person": true, "deputy": true, "assistant": true}

// wordContext reports whether a number in words is no quantity: "one" as
// a pronoun, "second" as a unit of time, a day next to a month, a label.
func wordContext(s string, f figure, p *phrase, v phraseValue) bool {
	a, b := prevWord(s, f.start)
	prev := lookup(s, a, b)
	if prev.class == wLabel && !wordIsAny(s, a, b, "no", "nos", "number") && !v.share {
		return true
	}
	if v.used == 1 && p.toks[0].class == wUnit && p.toks[0].val == 1 && wordLen(p.toks[0]) == 3 {
		if b > a && b-a <= 9 && pronounBefore[lowerWord(s, a, b)] {
			return true
		}
		n, m := nextWord(s, f.end)
		if m > n && m-n <= 9 && pronounAfter[lowerWord(s, n, m)] {
			return true
		}
		if f.end < len(s) && (s[f.end] == '\'' || hasPrefixFold(s, f.end, "’")) {
			return true
		}
	}
	if v.ordinal {
		last := p.toks[v.used-1]
		// "First Lady", "Second Amendment", "Fifth Avenue": part of a name.
		if n, m := nextWord(s, f.end); isUpper(s[f.start]) && m > n && m-n <= 13 && isUpper(s[n]) &&
			ordinalNames[lowerWord(s, n, m)] {
			return true
		}
		// "Harry First": a surname after a capitalized name.
		if isUpper(s[f.start]) && b > a && isUpper(s[a]) && b < f.start && s[b] == ' ' &&
			!wordIsAny(s, a, b, "the", "a", "an", "its", "his", "her", "their", "our", "for", "in", "on", "at", "by",
				"of", "and", "but", "my", "your", "this", "that") {
			return true
		}
		if last.class == wOrd && last.val == 2 && v.used == 1 {
			if prev.class == wArticle || prev.class == wUnit || b > a && isDigit(s[a]) {
				return true
			}
		}
		n, m := nextWord(s, f.end)
		n2, m2 := nextWord(s, m)
		if wordIs(s, n, m, "of") && lookup(s, n2, m2).class == wMonth {
			return true
		}
		if wordIs(s, n, m, "to") && wordIs(s, n2, m2, "last") { // "second to last" is a position from the end
			return true
		}
		if prev.class == wMonth {
			return true
		}
	}
	if v.share && v.used <= 2 && p.toks[v.used-1].class == wQuarter {
		n, m := nextWord(s, f.end)
		if wordIsAny(s, n, m, "to", "past", "after", "before", "earlier", "later", "ago", "hour", "final",
			"finals", "finalist", "finalists") {
			return true
		}
	}
	return false
}

// lowerWord returns s[a:b] in lower case; it allocates only when the word
// has capitals.
func lowerWord(s string, a, b int) string {
	w := s[a:b]
	for k := 0; k < len(w); k++ {
		if isUpper(w[k]) {
			buf := []byte(w)
			for x := range buf {
				if isUpper(buf[x]) {
					buf[x] += 'a' - 'A'
				}
			}
			return string(buf)
		}
	}
	return w
}
