package numparse

// wordClass says what part a word plays in a quantity.
type wordClass uint8

const (
	wNone      wordClass = iota
	wUnit                // zero .. nine
	wTeen                // ten .. nineteen
	wTens                // twenty .. ninety
	wHundred             // hundred
	wBig                 // thousand, million, lakh, crore ...
	wDozen               // dozen, dozens, dz
	wOrd                 // a singular ordinal: first, twenty-fifth's "fifth", hundredth
	wOrdPlural           // a plural ordinal used as a denominator: fifths, hundredths
	wHalf                // half, halves
	wQuarter             // quarter, quarters
	wArticle             // a, an: "one" before a scale or a denominator
	wPoint               // point, as in "two point five"
	wAnd                 // and
	wMinus               // minus, negative
	wHedge               // the first word of a hedge: about, more, at ...
	wVague               // dozens, hundreds, thousands, millions, billions, tens
	wPercent             // percent, percentage, per (cent)
	wCurrency            // a currency word: dollars, euros, yen ...
	wMonth               // a month name: a number next to it is a date
	wLabel               // a word that makes the next number a name: Section 230
	wDigits              // a figure in digits that starts a phrase ("2 million")
	wDigitPart           // a figure in digits inside a phrase ("4 thousand 3 hundred")
)

// wordInfo is what the vocabulary knows of a word.
type wordInfo struct {
	class wordClass
	val   float64 // the number, the ordinal, the scale or the month
	// code is the ISO 4217 code of a currency word; cents marks hundredths
	// of it ("cents", "pence").
	code  string
	cents bool
	// hedges is one more than the index of the hedgeGroups that start with
	// the word, or 0.
	hedges uint8
}

// maxWordLen bounds the words looked up, so that a word is lowered into a
// fixed buffer.
const maxWordLen = 16

var vocab = buildVocab()

// vocabSlots is the size of vocabTable, a power of two over twice the
// vocabulary.
const vocabSlots = 1024

// vocabTable is vocab as an open-addressing table under wordHash: cheaper
// than a map on the hot path, and probed with the hash the scan computes as
// it reads a word.
var vocabTable, vocabInfos = buildTable()

type vocabEntry struct {
	key  string
	info uint16 // index into vocabInfos
}

func buildTable() (*[vocabSlots]vocabEntry, []wordInfo) {
	var t [vocabSlots]vocabEntry
	infos := make([]wordInfo, 0, len(vocab))
	for w, info := range vocab {
		slot := wordHash(w, 0, len(w)) & (vocabSlots - 1)
		for t[slot].key != "" {
			slot = (slot + 1) & (vocabSlots - 1)
		}
		t[slot] = vocabEntry{key: w, info: uint16(len(infos))}
		infos = append(infos, info)
	}
	return &t, infos
}

// startShape and endShape have bit n of [a&31][b&31] set when a word of n
// letters that may start a quantity begins (ends) with the letters a and b;
// a one-letter word sets [a][a] in both. Most words of running text are
// ruled out by two table loads, without hashing their letters. Words that
// only matter next to a number (months, labels, "and", "point", currency
// names) are left out: the scan never starts at them.
var startShape, endShape = buildShapes()

func buildShapes() (start, end *[32][32]uint32) {
	start, end = new([32][32]uint32), new([32][32]uint32)
	for w, info := range vocab {
		switch {
		case info.class == wMonth || info.class == wLabel || info.class == wAnd || info.class == wPoint:
			continue
		case info.class == wCurrency && len(w) != 3 && w != "rs": // only codes come before an amount
			continue
		}
		n := len(w)
		if n > maxWordLen || !isLetter(w[0]) || !isLetter(w[n-1]) {
			continue
		}
		start[w[0]&31][w[min(1, n-1)]&31] |= 1 << n
		end[w[max(0, n-2)]&31][w[n-1]&31] |= 1 << n
	}
	return start, end
}

// mayStart reports whether the word s[a:b], a run of letters, may start a
// quantity. The shapes have no bit for words longer than maxWordLen, and
// the two tests are one, without a branch between them.
func mayStart(s string, a, b int) bool {
	n := b - a
	second, penult := a+min(1, n-1), max(a, b-2)
	return startShape[s[a]&31][s[second]&31]&endShape[s[penult]&31][s[b-1]&31]&(1<<n) != 0
}

// lookupStart is lookup for the words that may start a quantity: others
// are ruled out without a table lookup.
func lookupStart(s string, a, b int) *wordInfo {
	if b-a <= 0 || !mayStart(s, a, b) {
		return &noWord
	}
	return lookup(s, a, b)
}

func buildVocab() map[string]wordInfo {
	v := make(map[string]wordInfo, 400)
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		v[w] = wordInfo{class: wUnit, val: float64(i)}
	}
	v["nought"] = wordInfo{class: wUnit}
	v["naught"] = wordInfo{class: wUnit}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		v[w] = wordInfo{class: wTeen, val: float64(10 + i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		v[w] = wordInfo{class: wTens, val: float64(20 + 10*i)}
	}
	v["fourty"] = wordInfo{class: wTens, val: 40} //nolint:misspell // a misspelling news text has

	v["hundred"] = wordInfo{class: wHundred, val: 100}
	for w, n := range map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6,
		"tln": 1e12, "trn": 1e12} {
		v[w] = wordInfo{class: wBig, val: n}
	}
	for _, w := range []string{"dozen", "dz", "dzs", "doz", "dozs"} {
		v[w] = wordInfo{class: wDozen, val: 12}
	}
	ordinals := map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, //nolint:misspell // a misspelling news text has
		"eleventh": 11, "twelfth": 12,
		"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
		"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
		"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
		"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
	}
	for w, n := range ordinals {
		v[w] = wordInfo{class: wOrd, val: n}
		if w != "first" && w != "second" {
			v[w+"s"] = wordInfo{class: wOrdPlural, val: n}
		}
	}
	v["firsts"] = wordInfo{class: wOrdPlural, val: 1}
	v["half"] = wordInfo{class: wHalf, val: 2}
	v["halves"] = wordInfo{class: wHalf, val: 2}
	v["quarter"] = wordInfo{class: wQuarter, val: 4}
	v["quarters"] = wordInfo{class: wQuarter, val: 4}
	v["a"] = wordInfo{class: wArticle, val: 1}
	v["an"] = wordInfo{class: wArticle, val: 1}
	v["point"] = wordInfo{class: wPoint}
	v["and"] = wordInfo{class: wAnd}
	v["minus"] = wordInfo{class: wMinus}
	v["negative"] = wordInfo{class: wMinus}
	for _, w := range []string{"about", "around", "approximately", "roughly", "some", "nearly", "almost",
		"close", "more", "over", "above", "upwards", "exceeding", "at", "no", "not", "up", "as", "fewer",
		"less", "under", "below", "between", "just", "well", "estimated", "circa", "approx", "an",
		"slightly"} {
		if _, ok := v[w]; !ok {
			v[w] = wordInfo{class: wHedge}
		}
	}
	for w, n := range map[string]float64{"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6,
		"billions": 2e9, "tens": 20, "scores": 40} {
		v[w] = wordInfo{class: wVague, val: n}
	}
	for _, w := range []string{"percent", "percents", "percentage", "per", "pct"} {
		v[w] = wordInfo{class: wPercent}
	}
	for w, c := range currencyWords {
		v[w] = c
	}
	for g, group := range hedgeGroups {
		info := v[group[0].words[0]]
		info.hedges = uint8(g + 1)
		v[group[0].words[0]] = info
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, w := range months {
		v[w] = wordInfo{class: wMonth, val: float64(i + 1)}
	}
	for w, n := range map[string]float64{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		v[w] = wordInfo{class: wMonth, val: n}
	}
	for _, w := range []string{"section", "sections", "article", "chapter", "title", "rule", "amendment",
		"proposition", "prop", "resolution", "route", "highway", "interstate", "flight", "room", "suite",
		"apartment", "apt", "unit", "gate", "platform", "page", "pages", "paragraph", "clause", "item",
		"exhibit", "figure", "table", "no", "nos", "number", "vol", "volume", "part", "episode",
		"season", "level", "phase", "stage", "grade", "category", "form", "district", "precinct", "ward",
		"channel", "version", "day", "week", "game", "round", "act", "bill", "hb", "sb", "hr", "box",
		"exit", "pier", "terminal", "lot", "line", "bus", "track", "psalm", "verse", "row", "seat", "floor",
		"model", "code", "tier", "class", "type", "lane", "caption"} {
		if _, ok := v[w]; !ok {
			v[w] = wordInfo{class: wLabel}
		}
	}
	return v
}

// currencyWords are currency names written after an amount ("75 million
// dollars") or, for codes, before it ("USD 200").
var currencyWords = map[string]wordInfo{
	"dollar": {class: wCurrency, code: "USD"}, "dollars": {class: wCurrency, code: "USD"},
	"usd": {class: wCurrency, code: "USD"}, "euro": {class: wCurrency, code: "EUR"},
	"euros": {class: wCurrency, code: "EUR"}, "eur": {class: wCurrency, code: "EUR"},
	"pound": {class: wCurrency, code: "GBP"}, "pounds": {class: wCurrency, code: "GBP"},
	"sterling": {class: wCurrency, code: "GBP"}, "gbp": {class: wCurrency, code: "GBP"},
	"pence": {class: wCurrency, code: "GBP", cents: true}, "penny": {class: wCurrency, code: "GBP", cents: true},
	"pennies": {class: wCurrency, code: "GBP", cents: true},
	"cent":    {class: wCurrency, code: "USD", cents: true}, "cents": {class: wCurrency, code: "USD", cents: true},
	"yen": {class: wCurrency, code: "JPY"}, "jpy": {class: wCurrency, code: "JPY"},
	"yuan": {class: wCurrency, code: "CNY"}, "renminbi": {class: wCurrency, code: "CNY"},
	"rmb": {class: wCurrency, code: "CNY"}, "cny": {class: wCurrency, code: "CNY"},
	"rupee": {class: wCurrency, code: "INR"}, "rupees": {class: wCurrency, code: "INR"},
	"inr": {class: wCurrency, code: "INR"}, "rs": {class: wCurrency, code: "INR"}, "franc": {class: wCurrency, code: "CHF"},
	"francs": {class: wCurrency, code: "CHF"}, "chf": {class: wCurrency, code: "CHF"},
	"peso": {class: wCurrency, code: "MXN"}, "pesos": {class: wCurrency, code: "MXN"},
	"mxn": {class: wCurrency, code: "MXN"}, "reais": {class: wCurrency, code: "BRL"},
	"brl": {class: wCurrency, code: "BRL"}, "cad": {class: wCurrency, code: "CAD"},
	"aud": {class: wCurrency, code: "AUD"}, "rubles": {class: wCurrency, code: "RUB"},
	"roubles": {class: wCurrency, code: "RUB"}, "ruble": {class: wCurrency, code: "RUB"},
	"rub": {class: wCurrency, code: "RUB"}, "lira": {class: wCurrency, code: "TRY"},
	"liras": {class: wCurrency, code: "TRY"}, "pesetas": {class: wCurrency, code: "ESP"},
	"peseta": {class: wCurrency, code: "ESP"}, "markka": {class: wCurrency, code: "FIM"},
	"guilders": {class: wCurrency, code: "NLG"}, "guilder": {class: wCurrency, code: "NLG"},
	"marks": {class: wCurrency, code: "DEM"}, "bitcoin": {class: wCurrency, code: "BTC"},
	"bitcoins": {class: wCurrency, code: "BTC"}, "btc": {class: wCurrency, code: "BTC"},
	"satoshi": {class: wCurrency, code: "SAT"}, "satoshis": {class: wCurrency, code: "SAT"},
	"hkd": {class: wCurrency, code: "HKD"}, "nzd": {class: wCurrency, code: "NZD"},
	"krw": {class: wCurrency, code: "KRW"}, "zar": {class: wCurrency, code: "ZAR"},
	"sgd": {class: wCurrency, code: "SGD"}, "rand": {class: wCurrency, code: "ZAR"},
	"kuai": {class: wCurrency, code: "CNY"}, "kip": {class: wCurrency, code: "LAK"},
	// Names that are money only after a qualifier ("Brazilian real", "South Korean won").
	"real": {class: wCurrency}, "won": {class: wCurrency}, "naira": {class: wCurrency},
	"hryvnia": {class: wCurrency}, "hryvnias": {class: wCurrency}, "krona": {class: wCurrency},
	"kronor": {class: wCurrency}, "krone": {class: wCurrency}, "kroner": {class: wCurrency},
	"zloty": {class: wCurrency}, "zlotys": {class: wCurrency}, "riyal": {class: wCurrency},
	"riyals": {class: wCurrency}, "shekel": {class: wCurrency}, "shekels": {class: wCurrency},
}

// ambiguousCurrency are currency words that name something else as often
// ("5 pounds" of weight, "marks", "rand"): they make money only after a
// scale word ("361 million pounds") or a qualifier ("British pounds").
var ambiguousCurrency = map[string]bool{"pound": true, "pounds": true, "marks": true, "rand": true,
	"franc": true, "lira": true, "peso": true, "kip": true, "kuai": true}

// currencyQualifiers are the words before a currency name that change its
// code: "Australian dollars", "Swiss francs".
var currencyQualifiers = map[string]map[string]string{
	"us":         {"dollar": "USD", "dollars": "USD"},
	"american":   {"dollar": "USD", "dollars": "USD"},
	"australian": {"dollar": "AUD", "dollars": "AUD"},
	"canadian":   {"dollar": "CAD", "dollars": "CAD"},
	"singapore":  {"dollar": "SGD", "dollars": "SGD"},
	"taiwan":     {"dollar": "TWD", "dollars": "TWD"},
	"zealand":    {"dollar": "NZD", "dollars": "NZD"},
	"kong":       {"dollar": "HKD", "dollars": "HKD"},
	"swiss":      {"franc": "CHF", "francs": "CHF"},
	"french":     {"franc": "FRF", "francs": "FRF"},
	"belgian":    {"franc": "BEF", "francs": "BEF"},
	"british":    {"pound": "GBP", "pounds": "GBP"},
	"egyptian":   {"pound": "EGP", "pounds": "EGP"},
	"chinese":    {"yuan": "CNY"},
	"japanese":   {"yen": "JPY"},
	"indian":     {"rupee": "INR", "rupees": "INR"},
	"pakistani":  {"rupee": "PKR", "rupees": "PKR"},
	"turkish":    {"lira": "TRY", "liras": "TRY"},
	"italian":    {"lira": "ITL"},
	"mexican":    {"peso": "MXN", "pesos": "MXN"},
	"argentine":  {"peso": "ARS", "pesos": "ARS"},
	"brazilian":  {"real": "BRL", "reais": "BRL"},
	"finnish":    {"markka": "FIM"},
	"dutch":      {"guilder": "NLG", "guilders": "NLG"},
	"german":     {"marks": "DEM"},
	"deutsche":   {"marks": "DEM"},
	"south":      {"rand": "ZAR"},
	"spanish":    {"pesetas": "ESP"},
	"korean":     {"won": "KRW"},
	"russian":    {"rubles": "RUB", "roubles": "RUB"},
	"african":    {"rand": "ZAR"},
	"philippine": {"peso": "PHP", "pesos": "PHP"},
	"colombian":  {"peso": "COP", "pesos": "COP"},
	"chilean":    {"peso": "CLP", "pesos": "CLP"},
	"nigerian":   {"naira": "NGN"},
	"ukrainian":  {"hryvnia": "UAH", "hryvnias": "UAH"},
	"swedish":    {"krona": "SEK", "kronor": "SEK"},
	"norwegian":  {"krone": "NOK", "kroner": "NOK"},
	"danish":     {"krone": "DKK", "kroner": "DKK"},
	"polish":     {"zloty": "PLN", "zlotys": "PLN"},
	"saudi":      {"riyal": "SAR", "riyals": "SAR"},
	"israeli":    {"shekel": "ILS", "shekels": "ILS"},
}

// dollarPrefixes are the letters written before "$" that say which dollar
// ("US$5", "C$ 16.4 million", "R$ 2 billion").
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
	"cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "nz": "NZD", "nzd": "NZD",
	"r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "s": "SGD", "nt": "TWD",
}

// symbolCurrencies are the currency signs other than "$".
var symbolCurrencies = []struct{ sym, code string }{
	{"£", "GBP"}, {"€", "EUR"}, {"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"}, {"₽", "RUB"}, {"₺", "TRY"},
	{"₿", "BTC"}, {"元", "CNY"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"ரூ", "LKR"}, {"₱", "PHP"},
	{"₪", "ILS"}, {"₦", "NGN"}, {"₴", "UAH"}, {"฿", "THB"}, {"₫", "VND"},
}

// vulgarFractions are the single-character fractions.
var vulgarFractions = []struct {
	sym string
	val float64
}{
	{"½", 0.5}, {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"¼", 0.25}, {"¾", 0.75}, {"⅕", 0.2}, {"⅙", 1.0 / 6},
	{"⅛", 0.125},
}
