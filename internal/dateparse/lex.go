package dateparse

// class is what a known word can do in a date expression.
type class uint8

const (
	clNone    class = iota
	clMonth         // val 1..12
	clWeekday       // val time.Weekday
	clCard          // spelled cardinal, val n
	clOrd           // spelled ordinal, val n
	clUnit          // val a unit
	clSeason        // val a season
	clDecade        // "seventies": val the decade within a century (70)
	clZone          // val offset in minutes, or zoneUS* for the US zones that follow daylight saving
	clKw            // val a keyword
)

// units of relative expressions.
const (
	uDay = iota + 1
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uNight
	uMorning
	uAfternoon
	uEvening
)

// seasons, northern hemisphere.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// keywords.
const (
	kwToday = iota + 1
	kwTonight
	kwTomorrow
	kwYesterday
	kwLast
	kwNext
	kwThis
	kwPast
	kwPrevious
	kwComing
	kwCurrent
	kwEarlier
	kwLater
	kwEarly
	kwLate
	kwMid
	kwBeginning
	kwEnd
	kwMiddle
	kwRest
	kwAgo
	kwFrom
	kwNow
	kwBefore
	kwAfter
	kwHence
	kwThe
	kwOf
	kwOn
	kwIn
	kwAt
	kwSince
	kwBetween
	kwAnd
	kwTo
	kwUntil
	kwThrough
	kwA
	kwFew
	kwCouple
	kwWithin
	kwThat
	kwSame
	kwAm
	kwPm
	kwNoon
	kwMidnight
	kwBy
	kwDuring
	kwFor
)

// US zones whose offset depends on daylight saving time.
const (
	zoneUSEastern = 10000 + iota
	zoneUSCentral
	zoneUSMountain
	zoneUSPacific
)

// word is what the lexicon knows about a word.
type word struct {
	val int
	cls class
	// anchor words start a closer look in the byte scan; other words only
	// matter next to an anchor.
	anchor bool
	// needCap marks words that are dates only when capitalised ("Sat", "May", "March").
	needCap bool
	abbr    bool // an abbreviation ("Aug", "Wed")
	plural  bool // a unit in the plural ("years")
	// tense is what the word says of the tense of its sentence: 1 future,
	// -1 past; before "to", 3 future ("going to", "plans to") and 2 future
	// after "is" or "are" ("is set to").
	tense int8
}

// lexicon is an open-addressing hash table of the known words, faster
// than a map for the short words looked up on every token.
var lexicon [lexSize]struct {
	key string
	w   word
}

const lexSize = 1024

// lexHash hashes a word case-insensitively by its length and its first,
// middle and last bytes: without a loop, whose end a branch would guess
// wrong, and well enough for the few hundred words of the lexicon.
func lexHash(w string) uint32 {
	h := uint32(len(w))<<24 | uint32(w[0]|0x20)<<16 | uint32(w[len(w)/2]|0x20)<<8 | uint32(w[len(w)-1]|0x20)
	return (h * 2654435761) >> 22
}

// prefixes holds what the lexicon knows of words by their first three
// letters, hashed into a table small enough to stay in the first-level
// cache: the scan, the tokenizer and the reading of tense ask it about every
// word they meet. Prefixes may share an entry, so that it only rules words
// out; a lookup decides.
var prefixes [1 << prefixBits]prefixInfo

const prefixBits = 11

// prefixInfo is what the words of the lexicon that start with some three
// letters are.
type prefixInfo struct {
	// anchorLengths holds the lengths of the anchor words (bit n for n
	// letters, bit 15 for longer ones).
	anchorLengths uint16
	// knownLengths holds the lengths of all the words of the lexicon, as
	// anchorLengths does.
	knownLengths uint16
	tense        bool // some word that marks tense
}

// prefixOf returns the entry of the words that start with the letters a,
// b and c, in any case.
func prefixOf(a, b, c byte) *prefixInfo {
	return prefixAt(uint32(a) | uint32(b)<<8 | uint32(c)<<16)
}

// prefixAt returns the entry of the words that start with the three bytes
// at the bottom of k, the first lowest, read as letters in any case.
func prefixAt(k uint32) *prefixInfo {
	k = k&0xFFFFFF | 0x202020
	return &prefixes[(k*0x9E3779B1)>>(32-prefixBits)]
}

// setTense marks a word, known or new, as a cue of tense.
func setTense(w string, t int8) {
	x, _ := lookupWord(w)
	x.tense = t
	addWord(w, x)
	prefixOf(w[0], w[1], w[2]).tense = true
}

func addWord(w string, x word) {
	i := lexHash(w)
	for lexicon[i].key != "" && lexicon[i].key != w {
		i = (i + 1) % lexSize
	}
	lexicon[i].key, lexicon[i].w = w, x
	if len(w) <= 2 {
		shortWords[shortIndex(w)] = uint16(i) + 1
	}
	if len(w) >= 3 && isLetter(w[0]) && isLetter(w[1]) && isLetter(w[2]) {
		p := prefixOf(w[0], w[1], w[2])
		p.knownLengths |= 1 << min(len(w), 15)
		if x.anchor {
			p.anchorLengths |= 1 << min(len(w), 15)
		}
	}
}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		for j, n := range names {
			addWord(n, word{cls: clMonth, val: i + 1, anchor: true, abbr: j > 0,
				needCap: n == "may" || n == "march" || n == "mar"})
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range days {
		for j, n := range names {
			addWord(n, word{cls: clWeekday, val: i, anchor: true, abbr: j > 0, needCap: j > 0})
		}
	}
	cards := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, n := range cards {
		addWord(n, word{cls: clCard, val: i})
	}
	for i, n := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		addWord(n, word{cls: clCard, val: 30 + 10*i})
	}
	addWord("hundred", word{cls: clCard, val: 100})
	// "thousand" and "nineteen" start spelled years: "two thousand and
	// eighteen", "nineteen seventy-eight".
	addWord("thousand", word{cls: clCard, val: 1000, anchor: true})
	addWord("nineteen", word{cls: clCard, val: 19, anchor: true})
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, n := range ords[1:] {
		addWord(n, word{cls: clOrd, val: i + 1})
	}
	addWord("thirtieth", word{cls: clOrd, val: 30})
	units := map[string]int{
		"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek, "weekend": uWeekend, "weekends": uWeekend,
		"fortnight": uFortnight, "month": uMonth, "months": uMonth, "quarter": uQuarter,
		"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade, "century": uCentury,
		"night": uNight, "morning": uMorning, "afternoon": uAfternoon, "evening": uEvening,
	}
	for n, u := range units {
		addWord(n, word{cls: clUnit, val: u, anchor: true, plural: n[len(n)-1] == 's'})
	}
	seasons := map[string]int{"spring": sSpring, "summer": sSummer, "fall": sFall, "autumn": sFall, "winter": sWinter}
	for n, v := range seasons {
		addWord(n, word{cls: clSeason, val: v, anchor: true})
	}
	decades := map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
		"seventies": 70, "eighties": 80, "nineties": 90, "noughties": 0, "tens": 10}
	for n, v := range decades {
		addWord(n, word{cls: clDecade, val: v, anchor: true})
	}
	zones := map[string]int{
		"utc": 0, "gmt": 0, "z": 0,
		"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
		"pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
		"bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
		"ist": 330, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
		"et": zoneUSEastern, "ct": zoneUSCentral, "mt": zoneUSMountain, "pt": zoneUSPacific,
	}
	for n, v := range zones {
		addWord(n, word{cls: clZone, val: v, needCap: true})
	}
	kws := map[string]int{
		"today": kwToday, "tonight": kwTonight, "tomorrow": kwTomorrow, "tmrw": kwTomorrow, "yesterday": kwYesterday,
		"last": kwLast, "next": kwNext, "this": kwThis, "past": kwPast, "previous": kwPrevious,
		"coming": kwComing, "upcoming": kwComing, "current": kwCurrent, "earlier": kwEarlier, "later": kwLater,
		"early": kwEarly, "late": kwLate, "mid": kwMid, "beginning": kwBeginning, "start": kwBeginning,
		"end": kwEnd, "middle": kwMiddle, "rest": kwRest, "ago": kwAgo, "from": kwFrom, "now": kwNow,
		"before": kwBefore, "after": kwAfter, "hence": kwHence, "the": kwThe, "of": kwOf, "on": kwOn,
		"in": kwIn, "at": kwAt, "since": kwSince, "between": kwBetween, "and": kwAnd, "to": kwTo,
		"till": kwUntil, "until": kwUntil, "through": kwThrough, "thru": kwThrough, "a": kwA, "an": kwA,
		"few": kwFew, "couple": kwCouple, "several": kwFew, "within": kwWithin, "that": kwThat, "same": kwSame,
		"am": kwAm, "pm": kwPm, "noon": kwNoon, "midnight": kwMidnight, "by": kwBy, "during": kwDuring, "for": kwFor,
	}
	for n, v := range kws {
		anchor := v == kwToday || v == kwTonight || v == kwTomorrow || v == kwYesterday
		addWord(n, word{cls: clKw, val: v, anchor: anchor})
	}
}

// lookupWord finds a word case-insensitively.
func lookupWord(w string) (word, bool) {
	if len(w) <= 2 {
		if len(w) == 0 || !isLetter(w[0]) || len(w) == 2 && !isLetter(w[1]) {
			return word{}, false
		}
		i := shortWords[shortIndex(w)]
		if i == 0 {
			return word{}, false
		}
		return lexicon[i-1].w, true
	}
	if len(w) > 12 || !isLetter(w[1]) || !isLetter(w[2]) || prefixOf(w[0], w[1], w[2]).knownLengths&(1<<len(w)) == 0 {
		return word{}, false
	}
	for i := lexHash(w); ; i = (i + 1) % lexSize {
		e := &lexicon[i]
		if e.key == "" {
			return word{}, false
		}
		if len(e.key) == len(w) && equalLower(e.key, w) {
			return e.w, true
		}
	}
}

// shortWords holds one more than the slot of the lexicon of each word of
// one or two letters, which the prefixes do not cover, under shortIndex.
var shortWords [27 * 27]uint16

// shortIndex numbers a word of one or two ASCII letters, in any case.
func shortIndex(w string) int {
	i := int(w[0]|0x20-'a') * 27
	if len(w) == 2 {
		i += int(w[1]|0x20-'a') + 1
	}
	return i
}

// equalLower compares a lower-case key with a word in any case.
func equalLower(key, w string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] != w[i]|0x20 {
			return false
		}
	}
	return true
}
