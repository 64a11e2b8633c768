package numparse

import (
	"strconv"

	"github.com/claimlint/claimlint/internal/text"
)

// token is one word of a number phrase.
type token struct {
	start, end int
	class      wordClass
	val        float64
	hyphen     bool // joined to the token before by a hyphen ("twenty-one")
}

// maxTokens bounds a number phrase; longer runs of number words are cut.
const maxTokens = 24

// phrase is a run of number words, with at most one figure in digits first.
type phrase struct {
	toks [maxTokens]token
	n    int
}

// isFractionWord reports whether a class ends a phrase as a denominator or
// an ordinal.
func isFractionWord(c wordClass) bool {
	return c == wOrd || c == wOrdPlural || c == wHalf || c == wQuarter
}

// collect gathers the number words that follow the tokens already in p,
// from position i. After a figure in digits only scale words follow ("2
// million", "3 dozens").
func (p *phrase) collect(s string, i int) {
	for p.n < maxTokens {
		prev := &p.toks[p.n-1]
		if prev.class == wOrd || prev.class == wOrdPlural {
			return
		}
		j := i
		for j < len(s) && (s[j] == ' ' || spaceLen(s, j) > 0) {
			j += spaceLen(s, j)
		}
		hyphen := false
		if j < len(s) && s[j] == '-' {
			hyphen = true
			j++
			for j < len(s) && s[j] == ' ' {
				j++
			}
		}
		if j > i && !hyphen && j < len(s) && isDigit(s[j]) && p.toks[0].class == wDigits {
			if !p.digitPart(s, j) {
				return
			}
			i = p.toks[p.n-1].end
			continue
		}
		if j == i || j >= len(s) || !isLetter(s[j]) {
			return
		}
		e := text.LetterRunEnd(s, j)
		if !boundaryAt(s, e) {
			return
		}
		info := lookup(s, j, e)
		if info.class == wVague && info.val != 20 && info.val != 40 {
			// A plural scale inside a phrase is the scale: "3 dozens", "five hundreds".
			scale := pluralScale(info.val)
			info = &scale
		}
		digits := p.toks[0].class == wDigits
		switch info.class {
		case wHundred, wBig, wDozen:
		case wUnit, wTeen, wTens:
			if digits && !p.wordsAfterDigits(s, e) {
				return
			}
		case wOrd, wOrdPlural, wPoint:
			if digits {
				return
			}
		case wAnd:
			if digits && prev.class != wHundred && prev.class != wBig && prev.class != wDigits {
				return
			}
		case wHalf, wQuarter:
			if hyphen && prev.class == wArticle || digits && prev.class != wArticle {
				return
			}
		case wArticle:
			if prev.class != wAnd && prev.class != wHalf && prev.class != wQuarter {
				return
			}
		default:
			return
		}
		if (prev.class == wHalf || prev.class == wQuarter) && info.class != wArticle && info.class != wBig &&
			info.class != wDozen && info.class != wHundred {
			return
		}
		p.toks[p.n] = token{start: j, end: e, class: info.class, val: info.val, hyphen: hyphen}
		p.n++
		i = e
	}
}

// digitPart adds a figure in digits inside a phrase that began with one:
// "4 thousand 3 hundred", "3 hundred and 21". A figure after a scale must
// take a scale itself, and one after "and" must follow "hundred", so that
// "$5 million and 20 investors" stays two quantities.
func (p *phrase) digitPart(s string, j int) bool {
	prev := p.toks[p.n-1]
	d := parseDigits(s, j, false)
	if d.glued || d.decimal || d.grouped || d.scale != 1 || d.ordinal || d.fraction || d.val == 0 || d.val >= 1000 {
		return false
	}
	switch prev.class {
	case wAnd:
		a, b := nextWord(s, d.end)
		if c := lookup(s, a, b).class; p.toks[p.n-2].class != wHundred || d.val >= 100 || c == wHundred || c == wBig {
			return false
		}
	case wBig:
		a, b := nextWord(s, d.end)
		if c := lookup(s, a, b).class; c != wHundred && c != wBig {
			return false
		}
	default:
		return false
	}
	p.toks[p.n] = token{start: j, end: d.end, class: wDigitPart, val: d.val}
	p.n++
	return true
}

// wordsAfterDigits reports whether a number word ending at e may go on a
// phrase that began in digits: after "hundred and" ("3 hundred and one"),
// after a scale and "and" when "hundred" follows ("6 crore and two
// hundred"), or inside such words.
func (p *phrase) wordsAfterDigits(s string, e int) bool {
	prev := p.toks[p.n-1].class
	switch prev {
	case wUnit, wTens:
		return true
	case wAnd:
		before := p.toks[p.n-2].class
		return before == wHundred || before == wBig && hundredNext(s, e)
	}
	return false
}

// hundredNext reports whether the word after e is "hundred".
func hundredNext(s string, e int) bool {
	a, b := nextWord(s, e)
	return wordIs(s, a, b, "hundred")
}

// pluralScale is the scale word a plural stands for inside a phrase.
func pluralScale(v float64) wordInfo {
	switch v {
	case 24:
		return wordInfo{class: wDozen, val: 12}
	case 200:
		return wordInfo{class: wHundred, val: 100}
	}
	return wordInfo{class: wBig, val: v / 2}
}

// trim drops the words that cannot end a phrase ("and", "point", "a").
func (p *phrase) trim() {
	for p.n > 1 {
		switch p.toks[p.n-1].class {
		case wAnd, wPoint, wArticle:
			p.n--
		default:
			return
		}
	}
}

// cardinal accumulates a whole number word by word: "two hundred and
// two thousand" is total 202000 once "thousand" is read.
type cardinal struct {
	total, hund, small float64
	last, preAnd       wordClass
	lastBig            float64
	n                  int
}

// push adds one token, reporting false when it cannot follow what came
// before ("two three", "hundred hundred").
func (c *cardinal) push(t *token) bool {
	switch t.class {
	case wDigits, wArticle:
		if c.n != 0 {
			return false
		}
		c.small = t.val
	case wUnit:
		switch c.last {
		case wNone, wHundred, wBig, wTens:
		case wAnd:
			if c.preAnd != wHundred && c.preAnd != wBig && c.preAnd != wTens {
				return false
			}
		default:
			return false
		}
		c.small += t.val
	case wDigitPart:
		switch c.last {
		case wHundred, wBig:
		case wAnd:
			if c.preAnd != wHundred {
				return false
			}
		default:
			return false
		}
		c.small += t.val
	case wTeen, wTens:
		switch c.last {
		case wNone, wHundred, wBig:
		case wAnd:
			if c.preAnd != wHundred && c.preAnd != wBig {
				return false
			}
		default:
			return false
		}
		c.small += t.val
	case wHundred:
		switch c.last {
		case wUnit, wTeen, wTens, wArticle, wDigits, wDigitPart:
		default:
			return false
		}
		if c.hund != 0 {
			return false
		}
		c.hund, c.small = c.small*100, 0
	case wBig:
		switch c.last {
		case wUnit, wTeen, wTens, wHundred, wArticle, wDigits, wDigitPart, wBig, wDozen:
		default:
			return false
		}
		seg := c.hund + c.small
		switch {
		case c.last == wBig:
			c.total *= t.val // "three lakh crore"
		case c.lastBig != 0 && t.val >= c.lastBig:
			c.total = (c.total + seg) * t.val
		default:
			c.total += seg * t.val
		}
		c.hund, c.small, c.lastBig = 0, 0, t.val
	case wDozen:
		switch c.last {
		case wUnit, wTeen, wTens, wArticle, wDigits:
		default:
			return false
		}
		c.small *= 12
	case wAnd:
		switch c.last {
		case wHundred, wBig, wTens, wDozen:
		default:
			return false
		}
		c.preAnd = c.last
	default:
		return false
	}
	c.last = t.class
	c.n++
	return true
}

// done reports whether the words so far make a whole number.
func (c *cardinal) done() bool { return c.n > 0 && c.last != wAnd && c.last != wArticle }

func (c *cardinal) value() float64 { return c.total + c.hund + c.small }

// strict reads all of toks as one whole number.
func strict(toks []token) (cardinal, bool) {
	var c cardinal
	for k := range toks {
		if !c.push(&toks[k]) {
			return c, false
		}
	}
	ok := c.done()
	return c, ok
}

// ordinalValue reads toks, whose last token is an ordinal or a denominator,
// as one ordinal: "twenty fifth" is 25, "one hundred and fifth" 105, "two
// hundredth" 200.
func ordinalValue(toks []token) (float64, bool) {
	last := toks[len(toks)-1]
	if last.class == wHalf || last.class == wQuarter {
		return last.val, len(toks) == 1
	}
	var c cardinal
	for k := range toks[:len(toks)-1] {
		if !c.push(&toks[k]) {
			return 0, false
		}
	}
	if c.n == 0 {
		return last.val, true
	}
	if c.last == wArticle {
		return 0, false
	}
	o := last.val
	switch {
	case o < 10:
		if c.last != wTens && c.last != wHundred && c.last != wBig && c.last != wAnd {
			return 0, false
		}
		return c.value() + o, true
	case o < 100:
		if c.last != wHundred && c.last != wBig && c.last != wAnd {
			return 0, false
		}
		return c.value() + o, true
	case o == 100:
		if c.last != wUnit && c.last != wTeen && c.last != wTens && c.last != wDigits || c.hund != 0 {
			return 0, false
		}
		return c.total + c.small*100, true
	default:
		if c.last == wAnd || c.lastBig != 0 && o >= c.lastBig {
			return 0, false
		}
		return c.total + (c.hund+c.small)*o, true
	}
}

// splitFraction reads toks as numerator and denominator ("three twenty
// firsts" is 3/21, "one hundred thirty fifths" 100/35): the longest
// denominator that leaves a whole number before it.
func splitFraction(toks []token) (num, den float64, ok bool) {
	last := toks[len(toks)-1]
	singular := last.class == wOrd || last.class == wQuarter && last.val == 4 && wordLen(last) == 7 ||
		last.class == wHalf && wordLen(last) == 4
	if last.class == wOrd && last.val == 2 { // "second" is a unit of time, never a denominator
		return 0, 0, false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].hyphen && toks[k-1].class == wTens { // "thirty-fifths" is one denominator
			continue
		}
		if singular && k != 1 {
			break
		}
		var n float64
		if k == 1 && toks[0].class == wArticle {
			n = 1
		} else {
			c, cok := strict(toks[:k])
			if !cok {
				continue
			}
			n = c.value()
		}
		if singular && n != 1 {
			break
		}
		d, dok := ordinalValue(toks[k:])
		if !dok || d <= 1 {
			continue
		}
		return n, d, true
	}
	return 0, 0, false
}

func wordLen(t token) int { return t.end - t.start }

// phraseValue is what a phrase of number words says.
type phraseValue struct {
	val     float64
	used    int // tokens read
	ordinal bool
	share   bool // a fraction of a whole, below one ("two thirds")
	exact   bool // no rounding tolerance: fractions and decimals
}

// eval reads the tokens of p.
func (p *phrase) eval() (phraseValue, bool) {
	toks := p.toks[:p.n]
	if v, ok := leadingFraction(toks); ok {
		return v, true
	}
	f := -1
	for k := range toks {
		if isFractionWord(toks[k].class) {
			f = k
			break
		}
	}
	if f >= 0 {
		if v, ok := fractionPhrase(toks, f); ok {
			return v, true
		}
		if toks[f].class == wOrd {
			if o, ok := ordinalValue(toks[:f+1]); ok && !(f > 0 && toks[f].val == 2 && toks[f-1].class == wUnit) {
				return phraseValue{val: o, used: f + 1, ordinal: true, exact: true}, true
			}
		}
		toks = toks[:f]
	}
	var c cardinal
	used, good := 0, 0
	for used < len(toks) && c.push(&toks[used]) {
		used++
		if c.done() {
			good = used
		}
	}
	if good == 0 {
		return phraseValue{}, false
	}
	v := phraseValue{val: c.value(), used: good}
	if good < len(toks) && toks[good].class == wPoint {
		if frac, n := decimalWords(toks[good+1:]); n > 0 {
			v.val += frac
			v.used = good + 1 + n
			v.exact = true
		}
	}
	return v, true
}

// leadingFraction reads "half a million", "a quarter million", "half a
// dozen".
func leadingFraction(toks []token) (phraseValue, bool) {
	k := 0
	if len(toks) > 0 && toks[0].class == wArticle {
		k = 1
	}
	if k >= len(toks) || toks[k].class != wHalf && toks[k].class != wQuarter {
		return phraseValue{}, false
	}
	frac := 1 / toks[k].val
	j := k + 1
	if j < len(toks) && toks[j].class == wArticle {
		j++
	}
	if j >= len(toks) {
		return phraseValue{}, false
	}
	switch toks[j].class {
	case wDozen, wHundred, wBig:
		return phraseValue{val: frac * toks[j].val, used: j + 1}, true
	}
	return phraseValue{}, false
}

// fractionPhrase reads a phrase whose token f is a denominator: a mixed
// number ("twenty and three fifths", "one and a half"), a fraction ("two
// thirds"), and a scale after it ("five and a half million").
func fractionPhrase(toks []token, f int) (phraseValue, bool) {
	head := toks[:f+1]
	var v phraseValue
	for a := f - 1; a > 0; a-- {
		if head[a].class != wAnd {
			continue
		}
		c, ok := strict(head[:a])
		if !ok {
			break
		}
		num, den, ok := splitFraction(head[a+1:])
		if !ok || num >= den {
			break
		}
		whole, frac := c.value(), num/den
		v.used, v.exact = f+1, true
		switch {
		case f+1 < len(toks) && toks[f+1].class == wBig && c.lastBig > toks[f+1].val:
			v.val = whole + frac*toks[f+1].val // "one billion and a half million"
			v.used++
		case f+1 < len(toks) && toks[f+1].class == wBig:
			v.val = (whole + frac) * toks[f+1].val // "five and a half million"
			v.used++
		case head[a-1].class == wBig && c.lastBig >= 1e6:
			v.val = whole + frac*c.lastBig // "one million and a half"
		default:
			v.val = whole + frac
		}
		return v, true
	}
	num, den, ok := splitFraction(head)
	if !ok {
		return phraseValue{}, false
	}
	v.val = num / den
	v.share = v.val <= 1
	v.used, v.exact = f+1, true
	if f+1 < len(toks) && toks[f+1].class == wBig {
		v.val *= toks[f+1].val
		v.used++
		v.share = false
	}
	return v, true
}

// decimalWords reads the digits spoken after "point": "zero three" is
// 0.03, "seventy-one" 0.71, "eleven" 0.11.
func decimalWords(toks []token) (float64, int) {
	var buf [32]byte
	b := append(buf[:0], '0', '.')
	n := 0
loop:
	for n < len(toks) && len(b) < 30 {
		t := toks[n]
		switch {
		case t.class == wUnit && n > 0 && toks[n-1].class == wTens:
			b[len(b)-1] = byte('0' + int(t.val))
		case t.class == wUnit:
			b = append(b, byte('0'+int(t.val)))
		case t.class == wTeen || t.class == wTens:
			b = strconv.AppendInt(b, int64(t.val), 10)
		default:
			break loop
		}
		n++
	}
	if n == 0 {
		return 0, 0
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, 0
	}
	return f, n
}
