package numparse

import (
	"math"
	"math/bits"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/text"
)

// Byte kinds for the scan loop.
const (
	bSkip   = iota // space and punctuation that start nothing
	bLetter        // an ASCII letter
	bDigit         // an ASCII digit
	bSign          // '$', '.', '-', '+': may start a figure
	bHigh          // a byte of 0x80 and above: part of a word or a symbol
)

var byteKinds = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch b := byte(c); {
		case isLetter(b):
			t[c] = bLetter
		case isDigit(b):
			t[c] = bDigit
		case b == '$' || b == '.' || b == '-' || b == '+':
			t[c] = bSign
		case b >= 0x80:
			t[c] = bHigh
		}
	}
	return t
}()

// Scan finds the quantities in s, in order of position.
func Scan(s string) []Quantity { return AppendScan(nil, s) }

// AppendScan appends the quantities in s to dst, in order of position, and
// returns the extended slice: a caller that reads them only for a while can
// scan text after text into one buffer.
func AppendScan(dst []Quantity, s string) []Quantity {
	out := dst
	for i := 0; i < len(s); {
		c := s[i]
		switch byteKinds[c] {
		case bSkip:
			i++
			continue
		case bLetter:
			if i > 0 && byteKinds[s[i-1]] != bSkip && wordBefore(s, i) {
				i = alnumEnd(s, i)
				continue
			}
			if i = skipPlainWords(s, i); i >= len(s) || byteKinds[s[i]] != bLetter {
				continue
			}
			e := text.LetterRunEnd(s, i)
			info := &noWord
			if mayStart(s, i, e) {
				info = lookup(s, i, e)
			}
			if info.class == wNone && (e >= len(s) || s[e] == ' ' && e+1 < len(s) && s[e+1] != '$' || !dollarNext(s, e)) {
				switch {
				case e >= len(s):
				case s[e] == ' ':
					e++ // the space after the word starts nothing either
				case byteKinds[s[e]] != bSkip:
					e = alnumEnd(s, e)
				}
				i = e
				continue
			}
			q, end, ok := parseWord(s, i, e, info)
			if ok {
				out = appendQuantity(out, q, len(s))
			}
			i = max(end, alnumEnd(s, e))
			continue
		case bDigit:
			if wordBefore(s, i) {
				i = alnumEnd(s, i)
				continue
			}
		case bSign:
			// A full stop, a hyphen or a plus starts a figure only before a
			// digit; most end a sentence or join words.
			if c != '$' && (i+1 >= len(s) || !isDigit(s[i+1])) {
				i++
				continue
			}
		case bHigh:
			if !symbolAt(s, i) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) {
					i = alnumEnd(s, i)
				} else {
					i += n
				}
				continue
			}
		}
		q, end, ok := parseAt(s, i)
		if ok {
			out = appendQuantity(out, q, len(s))
		}
		if end <= i {
			end = i + 1
			if isLetter(c) || isDigit(c) {
				end = alnumEnd(s, i)
			}
		}
		i = end
	}
	return out
}

// appendQuantity appends q to the quantities found in a text of n bytes.
// News text holds a figure every 500 bytes or so: room for most of them at
// once spares the allocations of doubling.
func appendQuantity(out []Quantity, q Quantity, n int) []Quantity {
	if out == nil {
		out = make([]Quantity, 0, n/512+1)
	}
	return append(out, q)
}

// skipPlainWords passes over the words from i on that start nothing and
// are followed by a space, or by a comma and a space, as the scan would, and
// returns where the scan goes on: at a word it must read with care, or at a
// byte other than a letter. The word at i starts after a space, or was found
// not to follow a word. A word of up to seven letters is read in one step of
// eight bytes, a longer one in two, and most are ruled out by the shape
// tables alone.
func skipPlainWords(s string, i int) int {
	for i+8 <= len(s) {
		w := text.Load8(s, i)
		var e int
		if m := text.NonLetters(w); m != 0 {
			n := uint(bits.TrailingZeros64(m) / 8)
			if mayStartWord(w, n) {
				return i
			}
			e = i + int(n)
		} else {
			if i+16 > len(s) {
				return i
			}
			m := text.NonLetters(text.Load8(s, i+8))
			if m == 0 {
				return i // sixteen letters or more
			}
			if e = i + 8 + bits.TrailingZeros64(m)/8; mayStart(s, i, e) {
				return i
			}
		}
		// The scan passes over a comma as it does over a space: neither
		// starts anything, nor does a dollar sign follow.
		if s[e] == ',' && e+1 < len(s) && s[e+1] == ' ' {
			e++
		} else if s[e] != ' ' {
			return i
		}
		if e+1 >= len(s) || s[e+1] == '$' {
			return i
		}
		if i = e + 1; !isLetter(s[i]) {
			return i
		}
	}
	return i
}

// mayStartWord is mayStart for the word of n letters, one to seven, at
// the bottom of w, eight bytes of text: its letters are taken from w
// rather than read again.
func mayStartWord(w uint64, n uint) bool {
	if startShape[w&31][w>>(8*min(1, n-1))&31]&(1<<n) == 0 {
		return false // most words: the first two letters and the length rule out a number word
	}
	penult, last := w>>(8*(max(n, 2)-2))&31, w>>(8*(n-1))&31
	return endShape[penult][last]&(1<<n) != 0
}

// figureMayStart reports cheaply whether a figure may start at k: a digit,
// a sign, or a word that may be a number word or a currency.
func figureMayStart(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	switch byteKinds[s[k]] {
	case bDigit, bSign, bHigh:
		return true
	case bLetter:
		e := text.LetterRunEnd(s, k)
		return lookupStart(s, k, e).class != wNone || dollarNext(s, e)
	}
	return false
}

// dollarNext reports whether a dollar sign follows a word that ends at e,
// as in "US$5", "c $ 16.4 million", "U.S. $5".
func dollarNext(s string, e int) bool {
	if e+1 >= len(s) {
		return e < len(s) && s[e] == '$'
	}
	switch s[e] {
	case '$':
		return true
	case ' ':
		return s[e+1] == '$'
	case '.':
		return dottedDollar(s, e)
	}
	return false
}

// dottedDollar reports whether a dollar sign follows the dots of "U.S. $5".
func dottedDollar(s string, e int) bool {
	for k := e; k < len(s) && k < e+5; k++ {
		switch s[k] {
		case '$':
			return true
		case ' ', '.', 's', 'S':
		default:
			return false
		}
	}
	return false
}

// symbolAt reports whether a currency sign or a vulgar fraction starts at i.
func symbolAt(s string, i int) bool {
	switch s[i] {
	case 0xC2, 0xE5, 0xE0:
	case 0xE2:
		if i+1 < len(s) && s[i+1] == 0x80 { // quotes, dashes and spaces
			return false
		}
	default:
		return false
	}
	for _, sc := range symbolCurrencies {
		if hasPrefixFold(s, i, sc.sym) {
			return true
		}
	}
	for _, v := range vulgarFractions {
		if hasPrefixFold(s, i, v.sym) {
			return true
		}
	}
	return false
}

// parseAt reads the quantity that starts at i, if any. end is where the
// scan goes on; past i even when nothing was found, when a date or a score
// was read.
func parseAt(s string, i int) (q Quantity, end int, ok bool) {
	c := s[i]
	switch {
	case isLetter(c):
		e := text.LetterRunEnd(s, i)
		return parseWord(s, i, e, lookup(s, i, e))
	case c == '.':
		if i+1 >= len(s) || !isDigit(s[i+1]) || i > 0 && isDigit(s[i-1]) {
			return q, i + 1, false
		}
	case c == '-' || c == '+':
		if i+1 >= len(s) || !isDigit(s[i+1]) || wordBefore(s, i) || i > 0 && s[i-1] == '-' {
			return q, i + 1, false
		}
		if c == '+' { // a phone number: "+1-222-2222"
			k := i + 1
			for k < len(s) && (isDigit(s[k]) || s[k] == '-' || s[k] == '/' || s[k] == '.' ||
				s[k] == ' ' && k+1 < len(s) && isDigit(s[k+1])) {
				k++
			}
			return q, k, false
		}
		f, ok := parseFigure(s, i+1, false)
		if !ok || f.drop {
			return q, max(f.end, i+1), false
		}
		f.val, f.start = -f.val, i
		return f.quantity(i, Exact, 0), f.end, true
	}
	return figureAt(s, i)
}

// parseWord reads the quantity that starts with the word s[i:e], whose
// vocabulary entry is info.
func parseWord(s string, i, e int, info *wordInfo) (q Quantity, end int, ok bool) {
	switch info.class {
	case wArticle:
		// "a dozen", "a third", "an estimated 300": the article counts
		// only before a scale, a denominator or "estimated".
		a, b := nextWord(s, e)
		switch lookupStart(s, a, b).class {
		case wHundred, wBig, wDozen, wOrd, wOrdPlural, wHalf, wQuarter, wTens:
		case wHedge:
			if q, end, ok := hedged(s, i, e, info); ok {
				return q, end, true
			}
			return q, e, false
		default:
			return q, e, false
		}
	case wHedge:
		if q, end, ok := hedged(s, i, e, info); ok {
			return q, end, true
		}
		return q, i, false // no figure, nor currency, starts with a hedge word
	case wVague:
		return vague(s, i, e, info)
	case wPercent:
		return percentFirst(s, i, e)
	case wMinus:
		k := skipSpace(s, e)
		if a, b := prevWord(s, i); wordIs(s, a, b, "or") {
			if x, y := prevWord(s, a); wordIs(s, x, y, "plus") {
				return q, e, false // "plus or minus 4 points" is a margin: the figure is read alone
			}
		}
		if k > e && k < len(s) {
			if f, ok := parseFigure(s, k, false); ok && !f.drop && f.kind != Ordinal {
				f.val = -f.val
				f.start = i
				return f.quantity(i, Exact, 0), f.end, true
			}
		}
		return q, e, false
	case wNone, wMonth, wLabel, wAnd, wPoint, wCurrency:
		if !dollarNext(s, e) && info.class != wCurrency {
			return q, e, false
		}
		if _, _, ok := moneyPrefix(s, i); !ok {
			return q, e, false
		}
	}
	return figureAt(s, i)
}

// figureAt reads a figure at i and the range that may follow it.
func figureAt(s string, i int) (q Quantity, end int, ok bool) {
	f, ok := parseFigure(s, i, false)
	if !ok {
		return q, i, false
	}
	if f.drop {
		return q, f.end, false
	}
	if r, ok := rangeAfter(s, f, false); ok {
		if r.drop {
			return q, r.end, false
		}
		return r.quantity(f.start, Range, 0), r.end, true
	}
	return f.quantity(f.start, Exact, 0), f.end, true
}

// parseFigure reads an amount with its unit at i: a number, a percent, an
// amount of money, a share ("two in five"). A figure too large for a
// float64 ("1e300 trillion") is dropped.
func parseFigure(s string, i int, hedged bool) (figure, bool) {
	f, ok := readFigure(s, i, hedged)
	if ok && !f.drop && (math.IsInf(f.val, 0) || math.IsNaN(f.val)) {
		f.drop = true
	}
	return f, ok
}

func readFigure(s string, i int, hedged bool) (figure, bool) {
	if code, k, ok := moneyPrefix(s, i); ok {
		if k >= len(s) {
			return figure{}, false
		}
		f, ok := parseNumber(s, k, true, false)
		if !ok || f.drop || f.kind != Number {
			return figure{}, false
		}
		f.start, f.kind, f.currency = i, Money, code
		// "$ 70 - a - share": the words after belong to the sentence.
		if f.scale == 1 && !f.decimal {
			if v, end, ok := centsAfterSymbol(s, f.end); ok {
				f.val += v
				f.end = end
			}
		}
		return f, true
	}
	f, ok := parseNumber(s, i, false, hedged)
	if !ok || f.drop || f.kind == Ordinal {
		return f, ok
	}
	e := f.end
	k := e
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && s[k] == '%' && !urlEscape(s, k) {
		f.kind, f.end, f.share = Percent, k+1, false
		pointsAfter(s, &f)
		return f, true
	}
	if a, b := nextWord(s, e); b > a {
		switch {
		case wordIsAny(s, a, b, "percent", "percents", "pct"):
			f.kind, f.end, f.share = Percent, b, false
			pointsAfter(s, &f)
			return f, true
		case wordIs(s, a, b, "percentage"):
			f.kind, f.end, f.share = Percent, b, false
			if n, m := nextWord(s, b); wordIsAny(s, n, m, "point", "points") {
				f.points, f.end = true, m
			}
			return f, true
		case wordIs(s, a, b, "per"):
			if n, m := nextWord(s, b); wordIs(s, n, m, "cent") {
				f.kind, f.end, f.share = Percent, m, false
				pointsAfter(s, &f)
				return f, true
			}
		}
	}
	if code, cents, end, ok := currencyAfter(s, e, f.scale >= 1e3); ok {
		f.kind, f.currency, f.end, f.share = Money, code, end, false
		if len(code) == 4 { // "MUSD": millions of dollars
			f.currency, f.val, f.scale = code[1:], f.val*1e6, 1e6
			return f, true
		}
		if a, b := nextWord(s, end); f.scale == 1 && b-a > 3 && lookup(s, a, b).class == wBig {
			scale := lookup(s, a, b).val // "75 USD million"
			f.val, f.scale, f.end = f.val*scale, scale, b
			return f, true
		}
		if cents {
			f.val /= 100
			f.exact = true
			return f, true
		}
		if f.scale == 1 && !f.decimal {
			if v, end, ok := centsAfter(s, f.end); ok {
				f.val += v
				f.end = end
				f.exact = true
			}
		}
		return f, true
	}
	if !f.share && !f.decimal && f.scale == 1 {
		if g, ok := shareAfter(s, f); ok {
			return g, true
		}
	}
	return f, true
}

// centsAfterSymbol reads the hundredths after an amount with a sign: "c $
// 100 and fifty", "$3 50 cents" are rare; only an explicit "and N cents" or
// an "and" with nothing after is taken.
func centsAfterSymbol(s string, e int) (float64, int, bool) {
	a, b := nextWord(s, e)
	if !wordIs(s, a, b, "and") {
		return 0, e, false
	}
	v, end, ok := centsAfter(s, e)
	if !ok {
		return 0, e, false
	}
	if n, m := nextWord(s, end); m > n {
		return 0, e, false
	}
	return v, end, true
}

// urlEscape reports whether the '%' at k escapes a byte in a web address
// ("%20"), where two hexadecimal digits follow it, or runs into a figure.
func urlEscape(s string, k int) bool {
	if k+1 < len(s) && isDigit(s[k+1]) {
		return true
	}
	return k+2 < len(s) && isHex(s[k+1]) && isHex(s[k+2])
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// pointsAfter marks "percentage points" and "percent points".
func pointsAfter(s string, f *figure) {
	a, b := nextWord(s, f.end)
	if wordIsAny(s, a, b, "point", "points") && (b >= len(s) || s[b] != '-') {
		f.points, f.end = true, b
	}
}

// shareAfter reads "two in five", "one out of three", "1 over 3".
func shareAfter(s string, f figure) (figure, bool) {
	a, b := nextWord(s, f.end)
	if f.end < len(s) && s[f.end] == '-' && hasPrefixFold(s, f.end, "-in-") { // "three-in-ten"
		a, b = f.end+1, f.end+3
	}
	over := false
	switch {
	case wordIs(s, a, b, "in"):
	case wordIs(s, a, b, "out"):
		n, m := nextWord(s, b)
		if !wordIs(s, n, m, "of") {
			return f, false
		}
		b = m
	case wordIs(s, a, b, "over"):
		over = true
	default:
		return f, false
	}
	k := skipSpace(s, b)
	if b < len(s) && s[b] == '-' {
		k = b + 1
	}
	if k == b || k >= len(s) {
		return f, false
	}
	g, ok := parseNumber(s, k, false, false)
	if !ok || g.drop || g.kind != Number || g.share || g.decimal || g.val == 0 {
		return f, false
	}
	if over {
		if n, m := nextWord(s, g.end); m > n || f.kind != Number {
			return f, false
		}
	} else if f.val > g.val || f.val <= 0 {
		return f, false
	}
	f.val /= g.val
	f.end, f.share, f.exact = g.end, !over && f.val <= 1, true
	f.scale = 1
	return f, true
}

// rangeAfter reads the upper end of a range after f: "12 to 15", "12-15",
// "three or four", "between 30 and 40" (and, when between is set). A tight
// "2-1" going down is a score: the result is dropped.
func rangeAfter(s string, f figure, between bool) (figure, bool) {
	if f.kind == Ordinal || f.share && f.words {
		return f, false
	}
	e := f.end
	var k int
	tight := false
	switch {
	case e < len(s) && s[e] == '-':
		k, tight = e+1, true
	case hasPrefixFold(s, e, "–"):
		k, tight = e+len("–"), true
	default:
		a, b := nextWord(s, e)
		if !wordIsAny(s, a, b, "to", "or") && (!between || !wordIs(s, a, b, "and")) {
			return f, false
		}
		if x, y := prevWord(s, f.start); wordIs(s, a, b, "or") && wordIsAny(s, x, y, "either", "whether") {
			return f, false // "either 10 bln or 10 tln" are alternatives
		} else if wordIs(s, a, b, "to") && wordIs(s, x, y, "from") {
			// "rose from 5% to 7%" is a change: two figures. "anywhere
			// from 15 to 40" is a range.
			if v, w := prevWord(s, x); !wordIsAny(s, v, w, "anywhere", "ranging", "range", "ranges", "ranged",
				"varying", "vary", "varies", "varied") {
				return f, false
			}
		}
		k = skipSpace(s, b)
	}
	if k >= len(s) || tight && !isDigit(s[k]) && s[k] != '$' {
		return f, false
	}
	g, ok := parseFigure(s, k, false)
	if !ok || g.drop || g.kind == Ordinal {
		return f, false
	}
	if tight && f.kind == Number && g.kind == Number && !f.decimal && !g.decimal && g.val <= f.val {
		f.end, f.drop = g.end, true
		return f, true
	}
	if f.kind == Number && g.kind != Number {
		f.kind, f.currency, f.points = g.kind, g.currency, g.points
	}
	if f.kind != g.kind || f.currency != g.currency {
		return f, false
	}
	if f.scale == 1 && g.scale != 1 && f.val*g.scale <= g.val {
		f.val *= g.scale
		f.scale = g.scale
	}
	if g.val <= f.val {
		return f, false
	}
	lo, _ := f.interval()
	_, hi := g.interval()
	f.end = g.end
	f.exact = f.exact && g.exact
	r := f
	r.val = f.val
	r.hiOverride, r.loOverride, r.override = hi, lo, true
	return r, true
}

// hedge is a phrase before a figure that bounds it.
type hedge struct {
	words []string
	bound Bound
	lean  int8 // -1: the truth lies below the figure ("nearly"); +1 above
}

var hedges = []hedge{
	{[]string{"no", "more", "than"}, AtMost, 0},
	{[]string{"not", "more", "than"}, AtMost, 0},
	{[]string{"no", "fewer", "than"}, AtLeast, 0},
	{[]string{"no", "less", "than"}, AtLeast, 0},
	{[]string{"not", "less", "than"}, AtLeast, 0},
	{[]string{"not", "fewer", "than"}, AtLeast, 0},
	{[]string{"more", "than"}, MoreThan, 0},
	{[]string{"slightly", "more", "than"}, MoreThan, 0},
	{[]string{"over"}, MoreThan, 0},
	{[]string{"just", "over"}, MoreThan, 0},
	{[]string{"well", "over"}, MoreThan, 0},
	{[]string{"above"}, MoreThan, 0},
	{[]string{"upwards", "of"}, MoreThan, 0},
	{[]string{"exceeding"}, MoreThan, 0},
	{[]string{"at", "least"}, AtLeast, 0},
	{[]string{"up", "to"}, AtMost, 0},
	{[]string{"as", "many", "as"}, AtMost, 0},
	{[]string{"as", "much", "as"}, AtMost, 0},
	{[]string{"as", "few", "as"}, AtLeast, 0},
	{[]string{"as", "little", "as"}, AtLeast, 0},
	{[]string{"at", "most"}, AtMost, 0},
	{[]string{"fewer", "than"}, LessThan, 0},
	{[]string{"less", "than"}, LessThan, 0},
	{[]string{"slightly", "less", "than"}, LessThan, 0},
	{[]string{"under"}, LessThan, 0},
	{[]string{"below"}, LessThan, 0},
	{[]string{"well", "under"}, LessThan, 0},
	{[]string{"just", "under"}, Approx, -1},
	{[]string{"about"}, Approx, 0},
	{[]string{"around"}, Approx, 0},
	{[]string{"approximately"}, Approx, 0},
	{[]string{"approx"}, Approx, 0},
	{[]string{"roughly"}, Approx, 0},
	{[]string{"some"}, Approx, 0},
	{[]string{"circa"}, Approx, 0},
	{[]string{"an", "estimated"}, Approx, 0},
	{[]string{"estimated"}, Approx, 0},
	{[]string{"close", "to"}, Approx, -1},
	{[]string{"nearly"}, Approx, -1},
	{[]string{"almost"}, Approx, -1},
	{[]string{"between"}, Range, 0},
}

// hedgeGroups are the hedges grouped by their first word; a word's
// wordInfo.hedges is the index of its group plus one.
var hedgeGroups = func() [][]hedge {
	var groups [][]hedge
	index := map[string]int{}
	for _, h := range hedges {
		g, ok := index[h.words[0]]
		if !ok {
			g = len(groups)
			index[h.words[0]] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], h)
	}
	return groups
}()

// hedged reads a hedge that starts with the word s[i:e] and the figure
// after it: "more than 20", "about $300", "between 30 and 40".
func hedged(s string, i, e int, info *wordInfo) (Quantity, int, bool) {
	if info.hedges == 0 {
		return Quantity{}, i, false
	}
	// The words of the text after the first, read once for all hedges.
	var words [3][2]int
	words[0] = [2]int{i, e}
	read := 1
	for _, h := range hedgeGroups[info.hedges-1] {
		matched := true
		for n := 1; n < len(h.words) && matched; n++ {
			if n == read {
				a, b := nextWord(s, words[n-1][1])
				if !boundaryAt(s, b) {
					b = a
				}
				words[n] = [2]int{a, b}
				read++
			}
			matched = wordIs(s, words[n][0], words[n][1], h.words[n])
		}
		if !matched {
			continue
		}
		k := skipSpace(s, words[len(h.words)-1][1])
		if !figureMayStart(s, k) {
			return Quantity{}, i, false
		}
		f, ok := parseFigure(s, k, h.bound != Range)
		if !ok || f.drop || f.kind == Ordinal {
			return Quantity{}, i, false
		}
		if h.bound == Range {
			r, ok := rangeAfter(s, f, h.words[0] == "between")
			if !ok || r.drop {
				return Quantity{}, i, false
			}
			return r.quantity(i, Range, 0), r.end, true
		}
		if r, ok := rangeAfter(s, f, false); ok && !r.drop {
			return r.quantity(i, Range, 0), r.end, true
		}
		return f.quantity(i, h.bound, h.lean), f.end, true
	}
	return Quantity{}, i, false
}

// vagueRanges are the spans of the plural scale words: "dozens" is 24 to 99.
var vagueRanges = map[float64][2]float64{
	24: {24, 99}, 200: {200, 999}, 2000: {2000, 9999}, 2e6: {2e6, 1e9 - 1}, 2e9: {2e9, 1e12 - 1},
	20: {20, 99}, 40: {40, 99},
}

// vague reads "dozens", "thousands of", "tens of thousands", "hundreds of
// millions of dollars".
func vague(s string, i, e int, info *wordInfo) (Quantity, int, bool) {
	r := vagueRanges[info.val]
	lo, hi := r[0], r[1]
	end := e
	a, b := nextWord(s, e)
	if wordIs(s, a, b, "of") {
		n, m := nextWord(s, b)
		if v := lookup(s, n, m); v.class == wVague && v.val >= 2000 {
			unit := v.val / 2
			lo, hi = lo*unit, (hi+1)*unit-1
			end = m
			a, b = nextWord(s, m)
		}
	}
	if end == e && (info.val == 20 || info.val == 40 && !wordIs(s, a, b, "of")) {
		return Quantity{}, e, false
	}
	q := Quantity{Start: i, End: end, FigureStart: i, FigureEnd: end, Kind: Number, Bound: Vague,
		Value: lo, Lo: lo, Hi: hi}
	if wordIs(s, a, b, "of") {
		if code, cents, _, ok := currencyAfter(s, b, true); ok && !cents && len(code) == 3 {
			q.Kind, q.Currency = Money, code
		}
	}
	return q, end, true
}

// percentFirst reads "percent of 10", "per cent of twenty-two".
func percentFirst(s string, i, e int) (Quantity, int, bool) {
	k := e
	if wordIs(s, i, e, "per") {
		a, b := nextWord(s, e)
		if !wordIs(s, a, b, "cent") {
			return Quantity{}, e, false
		}
		k = b
	} else if !wordIsAny(s, i, e, "percent", "percents") {
		return Quantity{}, e, false
	}
	a, b := nextWord(s, k)
	if !wordIs(s, a, b, "of") {
		return Quantity{}, e, false
	}
	n := skipSpace(s, b)
	if n >= len(s) {
		return Quantity{}, e, false
	}
	f, ok := parseNumber(s, n, false, false)
	if !ok || f.drop || f.kind != Number || math.IsInf(f.val, 0) {
		return Quantity{}, e, false
	}
	if x, y := nextWord(s, f.end); y > x {
		return Quantity{}, e, false
	}
	f.kind, f.start, f.share = Percent, i, false
	return f.quantity(i, Exact, 0), f.end, true
}

// quantity turns the figure into a Quantity whose span starts at start
// (the hedge, if any), with the interval the hedge and rounding allow.
func (f figure) quantity(start int, b Bound, lean int8) Quantity {
	q := Quantity{Start: start, End: f.end, FigureStart: f.start, FigureEnd: f.end, Kind: f.kind, Bound: b,
		Value: f.val, Currency: f.currency, Points: f.points, Share: f.share}
	lo, hi := f.interval()
	v := f.val
	count := f.kind == Number && !f.share && !f.decimal && v == math.Trunc(v)
	top := math.Inf(1)
	if f.share {
		top = 1
	}
	switch b {
	case Approx:
		spread := math.Abs(v) * approxSpread
		switch lean {
		case -1:
			lo = math.Min(lo, v-spread)
		case 1:
			hi = math.Max(hi, v+spread)
		default:
			lo, hi = math.Min(lo, v-spread), math.Max(hi, v+spread)
		}
	case MoreThan:
		lo, hi = math.Nextafter(v, math.Inf(1)), top
		if count {
			lo = v + 1
		}
	case AtLeast:
		lo, hi = v, top
	case AtMost:
		lo, hi = 0, v
	case LessThan:
		lo, hi = 0, math.Nextafter(v, math.Inf(-1))
		if count {
			hi = v - 1
		}
	}
	if v < 0 && (b == AtMost || b == LessThan) {
		lo = math.Inf(-1)
	}
	q.Lo, q.Hi = lo, hi
	return q
}
