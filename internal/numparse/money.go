package numparse

import "github.com/claimlint/claimlint/internal/text"

// moneyPrefix reads a currency sign or code written before an amount: "$",
// "US$", "c $", "£", "€", "USD ". It returns the code and where the amount
// starts.
func moneyPrefix(s string, i int) (code string, at int, ok bool) {
	c := s[i]
	switch {
	case c == '$':
		return "USD", skipSpace(s, i+1), true
	case c >= 0x80:
		for _, sc := range symbolCurrencies {
			if hasPrefixFold(s, i, sc.sym) {
				return sc.code, skipSpace(s, i+len(sc.sym)), true
			}
		}
		return "", i, false
	case !isLetter(c):
		return "", i, false
	}
	e := text.LetterRunEnd(s, i)
	if hasPrefixFold(s, i, "u.s.") || hasPrefixFold(s, i, "u.s $") || hasPrefixFold(s, i, "u.s$") {
		e = i + 3
		if s[e] == '.' {
			e++
		}
	}
	k := e
	spaced := false
	if k < len(s) && s[k] == ' ' {
		k++
		spaced = true
	}
	if k < len(s) && s[k] == '$' {
		w := lowerWord(s, i, e)
		code, ok := dollarPrefixes[w]
		if !ok {
			return "", i, false
		}
		// "a $5 bill" and "cost us $5" are not Australian or US dollars.
		if spaced && (w == "a" || w == "s" || w == "r" || w == "us" && !isUpper(s[i]) && !usBeforeDollar(s, i)) {
			return "", i, false
		}
		return code, skipSpace(s, k+1), true
	}
	// The rupee's "Rs 500", "Rs. 1,200".
	if wordIs(s, i, e, "rs") && isUpper(s[i]) {
		n := e
		if n < len(s) && s[n] == '.' {
			n++
		}
		if n = skipSpace(s, n); n < len(s) && isDigit(s[n]) {
			return "INR", n, true
		}
	}
	// An ISO code before the amount: "USD 200", "EUR 125".
	if e-i == 3 && k < len(s) && isDigit(s[k]) {
		info := lookup(s, i, e)
		if info.class == wCurrency && !info.cents && info.code != "" && isISO(s, i) {
			return info.code, k, true
		}
	}
	return "", i, false
}

// isISO reports whether the three letters at a are written as a currency
// code: in capitals, or lower-case in lower-cased text.
func isISO(s string, a int) bool {
	return isUpper(s[a]) && isUpper(s[a+1]) && isUpper(s[a+2]) || !isUpper(s[a])
}

// usBeforeDollar tells "a us $ 150 million loan" from "cost us $5": the
// lower-case "us" is a country only after an article or a possessive.
func usBeforeDollar(s string, i int) bool {
	a, b := prevWord(s, i)
	return wordIsAny(s, a, b, "a", "an", "the", "s", "of", "about", "some", "than", "to", "at")
}

// currencyAfter reads a currency written after an amount, from e: "dollars",
// "Australian dollars", "-cent", "€", "元". It returns the code, whether
// the amount counts hundredths, and where the currency ends.
func currencyAfter(s string, e int, scaled bool) (code string, cents bool, end int, ok bool) {
	k := e
	if k < len(s) && s[k] == '-' {
		k++
	} else {
		k = skipSpace(s, k)
	}
	if k >= len(s) {
		return "", false, e, false
	}
	if s[k] >= 0x80 || s[k] == '$' {
		if s[k] == '$' {
			n := skipSpace(s, k+1)
			if n < len(s) && isDigit(s[n]) {
				return "", false, e, false
			}
			return "USD", false, k + 1, true
		}
		for _, sc := range symbolCurrencies {
			if hasPrefixFold(s, k, sc.sym) {
				return sc.code, false, k + len(sc.sym), true
			}
		}
		return "", false, e, false
	}
	a := k
	b := text.LetterRunEnd(s, a)
	if hasPrefixFold(s, a, "u.s.") {
		b = a + 4
		n, m := nextWord(s, b)
		if wordIsAny(s, n, m, "dollar", "dollars") {
			return "USD", false, m, true
		}
		return "", false, e, false
	}
	if !boundaryAt(s, b) {
		return "", false, e, false
	}
	info := lookup(s, a, b)
	if info.class == wCurrency && info.code != "" {
		if ambiguousCurrency[lowerWord(s, a, b)] && !scaled {
			return "", false, e, false
		}
		if b-a == 3 && !isISO(s, a) && isUpper(s[a]) {
			return "", false, e, false
		}
		return info.code, info.cents, b, true
	}
	// A code for millions: "30 MUSD", "120 MEUR".
	if b-a == 4 && s[a] == 'M' && isISO(s, a+1) {
		if info := lookup(s, a+1, b); info.class == wCurrency && !info.cents {
			return "M" + info.code, false, b, true
		}
	}
	// A qualifier: "Australian dollars", "Hong Kong dollars", "New Zealand dollars".
	qa, qb := a, b
	n, m := nextWord(s, b)
	if wordIsAny(s, a, b, "hong", "new", "south") && wordIsAny(s, n, m, "kong", "zealand", "korean", "african") {
		qa, qb = n, m
		n, m = nextWord(s, m)
	}
	if lookup(s, n, m).class != wCurrency || qb-qa > maxWordLen {
		return "", false, e, false
	}
	if code, ok := currencyQualifiers[lowerWord(s, qa, qb)][lowerWord(s, n, m)]; ok {
		return code, false, m, true
	}
	return "", false, e, false
}

// centsAfter reads the hundredths after a whole amount: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars 50".
func centsAfter(s string, e int) (float64, int, bool) {
	k := skipSpace(s, e)
	if k == e || k >= len(s) {
		return 0, e, false
	}
	if a, b := k, text.LetterRunEnd(s, k); wordIs(s, a, b, "and") {
		k = skipSpace(s, b)
		if k >= len(s) {
			return 0, e, false
		}
	}
	n, ok := parseNumber(s, k, true, false)
	if !ok || n.drop || n.kind != Number || n.scale != 1 || n.val >= 100 || n.val < 0 || n.val != float64(int(n.val)) {
		return 0, e, false
	}
	a, b := nextWord(s, n.end)
	if wordIsAny(s, a, b, "cents", "cent", "pence", "p") {
		return n.val / 100, b, true
	}
	if b > a && !wordIs(s, a, b, "and") {
		return 0, e, false
	}
	return n.val / 100, n.end, true
}
