package claims

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/text"
)

// scanDates finds the dates of a document, resolved against its publication
// date.
func (a *analysis) scanDates() {
	var ds []dateparse.Date
	if a.scansInScratch {
		ds = dateparse.Scanner{}.AppendScan(a.scratch.dateValues[:0], a.text, a.doc.Published)
		a.scratch.dateValues = ds
	} else {
		ds = dateparse.Scan(a.text, a.doc.Published)
	}
	a.dates = slices.Grow(a.dates, len(ds))
	for i := range ds {
		d := &ds[i]
		a.dates = append(a.dates, Mention{Kind: MentionDate, Start: d.Start, End: d.End, Date: d})
	}
}

// claimDates binds each date scanDates found to the event it dates, when
// the words around it say so plainly.
func (a *analysis) claimDates() {
	if a.mentionsOnly {
		return
	}
	for i := range a.dates {
		if c, ok := a.dateClaim(a.dates[i].Date); ok {
			a.claims = append(a.claims, c)
		}
	}
}

// eventClass says how a date event word names the event it dates.
type eventClass uint8

const (
	// eventNoun names a happening by itself: "fire", "briefing".
	eventNoun eventClass = iota + 1
	// eventOccurred says only that something happened ("broke out", "took
	// place"); the happening is the event noun before it, when there is one.
	eventOccurred
	// eventAction is a thing done or undergone: "died", "signed", "arrested".
	eventAction
)

// dateEvent is what an event word of a date means.
type dateEvent struct {
	name  string // the event's set name, which keys its date claims
	class eventClass
}

// dateEventWords are the event words of dates beyond the vocabulary's events,
// by class; the first word of each set names it.
var dateEventWords = map[eventClass]map[string][]string{
	eventNoun: {
		"fire":       {"fire", "fires", "blaze", "inferno"},
		"explosion":  {"explosion", "blast"},
		"crash":      {"crash", "collision"},
		"attack":     {"attack", "assault"},
		"stabbing":   {"stabbing"},
		"robbery":    {"robbery", "holdup", "hold-up"},
		"storm":      {"storm"},
		"earthquake": {"earthquake", "quake"},
		"flood":      {"flood", "flooding"},
		"briefing":   {"briefing", "press briefing", "press conference", "news conference"},
		"meeting":    {"meeting"},
		"hearing":    {"hearing"},
		"trial":      {"trial"},
		"funeral":    {"funeral"},
		"vigil":      {"vigil"},
		"protest":    {"protest", "demonstration"},
		"election":   {"election"},
		"ceremony":   {"ceremony"},
		"rally":      {"rally"},
		"incident":   {"incident"},
		"shot":       {"shooting", "shootings", "gunfire"},
		"killed":     {"killing", "killings"},
		"died":       {"death"},
	},
	eventOccurred: {
		"happened": {"happened", "happens", "occurred", "occurs", "took place", "takes place", "unfolded"},
		"began": {"began", "begun", "begins", "started", "starts", "broke out", "erupted", "was held", "were held",
			"will be held", "is held", "is scheduled", "was scheduled", "opened"},
	},
	eventAction: {
		// Dying is dated apart from the attack: a victim shot on Monday may die on Wednesday.
		"died":      {"died", "dies", "dead", "pronounced dead", "passed away", "succumbed"},
		"killed":    {"killed", "slain", "murdered", "shot dead", "shot and killed", "fatally shot", "shot to death"},
		"found":     {"found", "discovered"},
		"announced": {"announced"},
		"signed":    {"signed"},
		"sentenced": {"sentenced"},
		"convicted": {"convicted"},
		"released":  {"released"},
		"resigned":  {"resigned"},
		"elected":   {"elected"},
		"reported":  {"reported missing"},
	},
}

// notDateEvents are event words of the vocabulary that date nothing: "at the
// hospital Sunday" says where, not what happened.
var notDateEvents = setOf(`hospital list label charge injury injuries missing unaccounted detention wound wounds`)

// dateEventTable maps an event word or phrase to its event; maxDateEvent is
// the length in words of its longest phrase.
var dateEventTable, maxDateEvent = func() (map[string]dateEvent, int) {
	t := map[string]dateEvent{}
	n := 1
	for class, sets := range dateEventWords {
		for name, words := range sets {
			for _, w := range words {
				t[w] = dateEvent{name, class}
				n = max(n, strings.Count(w, " ")+1)
			}
		}
	}
	return t, n
}()

// dateBlockers end the search for a date's event: the date belongs to what
// they introduce ("police said Friday", "until Friday", "since June"), or
// they start another clause.
var dateBlockers = setOf(`said says told tells say until till since by through from before after when while and but
	or because as who whom which that where if than during between within except nor so yet whether ago following
	amid over`)

// dateSkipCues mark a sentence about another event than the story's own ("a
// separate shooting on Tuesday"): its dates bind to nothing.
var dateSkipCues = cuesOf("separate", "unrelated", "previous", "previously", "prior", "anniversary", "similar",
	"an earlier", "the earlier", "most recent", "another", "day after", "days after", "days before", "day earlier",
	"days earlier", "week after", "weeks after")

// countedFromCues mark a relative date counted from another date ("two days
// later", "the next day") or written loosely ("two years ago"): which day it
// names is a guess.
var countedFromCues = cuesOf("later", "earlier", "next", "following", "before", "after", "years ago",
	"year ago", "months ago", "month ago", "weeks ago", "week ago")

// negations before an event say it did not happen ("no arrest had been made
// Saturday").
var negations = setOf(`no not never without nobody none n't`)

// inQuote reports whether off stands inside quotation marks in its
// paragraph: a speaker's "yesterday" counts from the day they spoke, which
// may not be the publication date.
func (a *analysis) inQuote(off int) bool {
	// Dates come in order: the scan goes on from the last date of the same
	// paragraph, so a paragraph is read once however many dates it holds.
	q := &a.quoteScan
	start, open := q.at, q.open
	if !q.valid || off < q.at {
		start, open = strings.LastIndexByte(a.text[:off], '\n')+1, false
	} else if nl := lastIndexIn(a.text, q.at, off, '\n'); nl >= 0 {
		start, open = nl+1, false
	}
	open = quoteOpenAfter(a.text, start, off, open)
	*q = quoteScan{valid: true, at: off, open: open}
	return open
}

// quoteOpenAfter reads text[from:to] for quotation marks and returns
// whether one is open at to, given whether one was at from: a straight
// quote opens or closes one, a curly quote, read at its first byte, opens
// or closes by its form.
func quoteOpenAfter(text string, from, to int, open bool) bool {
	straight, curly := indexIn(text, from, to, '"'), indexIn(text, from, to, "“"[0])
	for straight >= 0 || curly >= 0 {
		if curly < 0 || straight >= 0 && straight < curly {
			open = !open
			straight = indexIn(text, straight+1, to, '"')
			continue
		}
		if strings.HasPrefix(text[curly:], "“") {
			open = true
		} else if strings.HasPrefix(text[curly:], "”") {
			open = false
		}
		curly = indexIn(text, curly+1, to, "“"[0])
	}
	return open
}

// indexIn returns the index in s of the first c in s[from:to], or -1.
func indexIn(s string, from, to int, c byte) int {
	if k := strings.IndexByte(s[from:to], c); k >= 0 {
		return from + k
	}
	return -1
}

// lastIndexIn returns the index in s of the last c in s[from:to], or -1,
// looking forward, which is faster than back.
func lastIndexIn(s string, from, to int, c byte) int {
	last := -1
	for k := indexIn(s, from, to, c); k >= 0; k = indexIn(s, k+1, to, c) {
		last = k
	}
	return last
}

// quoteScan is where inQuote stopped reading: the offset, and whether a
// quotation was open there.
type quoteScan struct {
	valid bool
	at    int
	open  bool
}

// skipsDates reports whether the dates of a sentence bind to nothing: it is
// about another event (dateSkipCues) or adds up many (isTally). The answer
// is kept for the sentence, which a long one is asked for many times.
func (a *analysis) skipsDates(sent text.Span) bool {
	if a.dateSkip.valid && a.dateSkip.sent == sent {
		return a.dateSkip.holds
	}
	skip := hasCueFold(a.text[sent.Start:sent.End], dateSkipCues) || a.isTallySentence(sent)
	a.dateSkip = sentenceMemo{valid: true, sent: sent, holds: skip}
	return skip
}

// sentenceMemo keeps a judgement of the last sentence asked about, since the
// mentions of a sentence are judged one after another.
type sentenceMemo struct {
	valid bool
	sent  text.Span
	holds bool
}

// maxDateEventWords is how many words may stand between a date and the event
// it dates ("signed the new harbor agreement on Friday").
const maxDateEventWords = 5

// dateWindow bounds the bytes read on either side of a date for its event.
const dateWindow = 160

// maxNounGap is how many words may stand between an event noun and its date:
// "the fire early Friday", but not "the shooting in west Houston on Monday",
// where the date more often belongs to the verb of the sentence.
const maxNounGap = 2

// maxEventNounWords is how far before a verb that only says something
// happened its event noun may stand ("the fire at the Pier 7 grain terminal
// broke out").
const maxEventNounWords = 8

// dateClaim binds a resolved date to the event it dates. It binds only when
// the event stands in the date's clause: just before the date ("broke out on
// Friday"), after a date that opens the sentence ("On Friday, a fire broke
// out"), or after a possessive or attributive date ("Friday's fire", "the
// Friday briefing").
func (a *analysis) dateClaim(d *dateparse.Date) (Claim, bool) {
	if !d.Resolved || d.Grain == dateparse.GrainDecade || d.Grain == dateparse.GrainCentury {
		return Claim{}, false
	}
	sent := a.sentenceAt(d.Start)
	// The words of the sentence near the date are enough: events stand a few
	// words from it.
	winStart, winEnd := max(sent.Start, d.Start-dateWindow), min(sent.End, d.End+dateWindow)
	// Most dates have no event near them, which costs least to ask first.
	if !a.mayBind(d, sent.Start, winStart, winEnd) || a.bareTime(d) {
		return Claim{}, false
	}
	written := a.text[d.Start:d.End]
	if d.Relative && (containsFold(written, "week") || containsFold(written, "month")) {
		return Claim{}, false // "last week", "this month": writers use them loosely
	}
	if d.Relative && (hasCueFold(written, countedFromCues) || a.inQuote(d.Start)) || strings.EqualFold(written, "today") {
		// "today" as often says when something is said or done about the event
		return Claim{}, false
	}
	ws, ev, from, to, ok := a.findDateEvent(d, sent.Start, winStart, winEnd)
	// Whether the sentence is about another event is asked last, as reading
	// all of it costs more than the words near the date.
	if !ok || a.skipsDates(sent) {
		return Claim{}, false
	}
	subject := strings.ToLower(a.text[ws[from].start:ws[to].end])
	key := ev.name
	if ev.class == eventOccurred {
		// "broke out" dates the fire before it; without one, it might date anything.
		noun, nf, nt, ok := a.eventNounBefore(ws, from)
		if !ok {
			return Claim{}, false
		}
		key = noun.name
		subject = strings.ToLower(a.text[ws[nf].start:ws[nt].end]) + " " + subject
	} else if from > 0 && (ws[from-1].lower == "was" || ws[from-1].lower == "were") {
		subject = ws[from-1].lower + " " + subject // "was killed"
	}
	if ev.class == eventAction {
		// Who died or was shot: a story's victims may die on different days.
		if age, ok := ageBefore(a.text[max(sent.Start, ws[from].start-80):ws[from].start]); ok {
			key += "/" + age
			subject = age + " " + subject
		}
	}
	return Claim{Kind: KindDate, Doc: a.doc, Start: d.Start, End: d.End, Subject: subject, Key: "date:" + key,
		Value: DateValue(d), Date: d}, true
}

// findDateEvent finds the event of a date in the words of s[winStart:winEnd],
// the window around it in the sentence that starts at sentStart: the words
// and the event's first and last.
func (a *analysis) findDateEvent(d *dateparse.Date, sentStart, winStart, winEnd int) (ws []word, ev dateEvent, from, to int, ok bool) {
	ws = a.wordsFrom(winStart, winEnd, 200)
	first := len(ws) // the first word of the date
	last := -1       // the last word of the date
	for i, w := range ws {
		if w.start < d.End && w.end > d.Start { // "Friday's" is one word
			first, last = min(first, i), max(last, i)
		}
	}
	if last < 0 {
		return ws, dateEvent{}, 0, 0, false // a numeric date: words are letters only
	}
	ev, from, to, ok = a.eventQualified(ws, last, d.End)
	if ok && objectOf(ws, first) {
		return ws, dateEvent{}, 0, 0, false // "investigating the June 20 shooting": another event than the story's
	}
	if !ok {
		ev, from, to, ok = a.eventBefore(ws, first, d.Start)
	}
	if !ok && winStart == sentStart {
		ev, from, to, ok = a.eventAfter(ws, first, last, d.End, sentStart)
	}
	return ws, ev, from, to, ok
}

// lookupEvent returns the event of the phrase of n words ending at word j,
// from the date words and the vocabulary's events.
func (a *analysis) lookupEvent(ws []word, j, n int) (dateEvent, bool) {
	i := j - n + 1
	if i < 0 {
		return dateEvent{}, false
	}
	b := a.phrase[:0]
	for k := i; k <= j; k++ {
		if k > i {
			if !ws[k].spaceBefore {
				return dateEvent{}, false
			}
			b = append(b, ' ')
		}
		b = append(b, ws[k].lower...)
	}
	a.phrase = b
	// Indexing a map by string(b) does not copy b.
	if ev, ok := dateEventTable[string(b)]; ok {
		return ev, true
	}
	if name, ok := a.vocab.events[string(b)]; ok && !notDateEvents[string(b)] {
		return dateEvent{name, eventAction}, true
	}
	return dateEvent{}, false
}

// eventAt returns the longest event phrase that ends at word j, and where it
// starts. An event noun that only qualifies the noun after it ("fire
// officials", "shooting suspect", "funeral home") is no event.
func (a *analysis) eventAt(ws []word, j int) (dateEvent, int, bool) {
	for n := max(maxDateEvent, a.vocab.maxEvent); n >= 1; n-- {
		if ev, ok := a.lookupEvent(ws, j, n); ok {
			if j+1 < len(ws) && ws[j+1].spaceBefore && !ws[j].punctAfter && compoundHeads[ws[j+1].lower] {
				return dateEvent{}, 0, false
			}
			return ev, j - n + 1, true
		}
	}
	return dateEvent{}, 0, false
}

// compoundHeads are nouns that an event word before them only qualifies.
var compoundHeads = setOf(`home homes department departments official officials officer officers chief crew crews
	station truck trucks fighter fighters marshal director hall alarm investigator investigators victim victims
	suspect suspects charge charges case investigation scene site range services service survivor survivors
	spree report reports`)

// auxiliaries between an event and a date show that the date belongs to
// another verb: "the slain Marines were identified Friday".
var auxiliaries = setOf(`was were is are been be has have had`)

// objectMarkers before an event noun make it the object of what the date
// dates: "revealed details about the shooting Thursday".
var objectMarkers = setOf(`about into over regarding concerning of address addressed discuss discussed confirmed
	announced reported investigating investigate`)

// eventBefore finds the event just before the date that starts at word
// first (byte dateStart), in its clause.
func (a *analysis) eventBefore(ws []word, first, dateStart int) (ev dateEvent, from, to int, ok bool) {
	next := dateStart
	for j := first - 1; j >= 0 && j >= first-maxDateEventWords; j-- {
		if clauseBreak(a.text[ws[j].end:next]) {
			break
		}
		if ev, from, ok := a.eventAt(ws, j); ok {
			if negated(ws, from, first) || ev.class == eventNoun && (objectOf(ws, from) || first-j > maxNounGap+1) {
				break
			}
			return ev, from, j, true
		}
		if dateBlockers[ws[j].lower] || auxiliaries[ws[j].lower] {
			break
		}
		next = ws[j].start
	}
	return dateEvent{}, 0, 0, false
}

// ageBefore returns the age that the last "N-year-old" of s gives, the
// person an event befell in "a 4-year-old girl was shot"; it stops at a
// clause break.
func ageBefore(s string) (string, bool) {
	i := strings.LastIndex(s, "-year-old")
	if i <= 0 || clauseBreak(s[i:]) {
		return "", false
	}
	j := i
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if j == i {
		return "", false
	}
	return s[j:i] + "-year-old", true
}

// eventDeterminers are the words objectOf passes over before an event noun.
var eventDeterminers = setOf(`the a an his her their its this that fatal deadly`)

// objectOf reports an event noun at word from that is the object of a
// preposition or verb that the date may belong to instead.
func objectOf(ws []word, from int) bool {
	k := from - 1
	for k >= 0 && eventDeterminers[ws[k].lower] {
		k--
	}
	return k >= 0 && objectMarkers[ws[k].lower]
}

// negated reports a negation in the three words before an event that
// starts at word from, or between it and the date at word first.
func negated(ws []word, from, first int) bool {
	for k := max(0, from-3); k < first; k++ {
		if negations[ws[k].lower] || strings.HasSuffix(ws[k].lower, "n't") {
			return true
		}
	}
	return false
}

// possessiveReach is how many words after a possessive date its event may
// end: "Friday night's deadly shooting".
const possessiveReach = 3

// eventQualified finds the event a date qualifies as a possessive or an
// attributive: "Friday's fire", "Friday night's deadly shooting", "in
// Saturday shooting", "the Friday briefing".
func (a *analysis) eventQualified(ws []word, last, dateEnd int) (ev dateEvent, from, to int, ok bool) {
	rest := a.text[dateEnd:]
	possessive := strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
	attributive := strings.HasPrefix(rest, " ") && last+1 < len(ws) && ws[last+1].start == dateEnd+1
	if !possessive && !attributive {
		return dateEvent{}, 0, 0, false
	}
	reach := 1 // an attributive date stands right before its noun
	if possessive {
		reach = possessiveReach
	}
	for j := last + 1; j < len(ws) && j <= last+reach; j++ {
		if j > last+1 && !ws[j].spaceBefore || a.text[ws[j].start:ws[j].end] == strings.ToUpper(ws[j].lower) {
			break // a heading in capitals after a date ("June 24, 2013 ROBBERY") is no attribute
		}
		if ev, from, ok := a.eventAt(ws, j); ok && from > last && ev.class == eventNoun || ok && possessive && from > last && ev.class == eventAction {
			return ev, from, j, true
		}
	}
	return dateEvent{}, 0, 0, false
}

// eventAfter finds the event after a date that opens its sentence: "On
// Friday, a fire broke out"; "Late Thursday police arrested".
func (a *analysis) eventAfter(ws []word, first, last, dateEnd, sentStart int) (ev dateEvent, from, to int, ok bool) {
	opener := first == 1 && (ws[0].lower == "on" || ws[0].lower == "in" || ws[0].lower == "early" || ws[0].lower == "late") &&
		!clauseBreak(a.text[sentStart:ws[0].start])
	opens := opener || first == 0 && strings.HasPrefix(a.text[dateEnd:], ",")
	if !opens {
		return dateEvent{}, 0, 0, false
	}
	prev := dateEnd
	crossed := false
	for j := last + 1; j < len(ws) && j <= last+maxDateEventWords+1; j++ {
		if clauseBreak(a.text[prev:ws[j].start]) {
			if crossed {
				break
			}
			crossed = true // the comma after an opening date
		}
		if dateBlockers[ws[j].lower] {
			break
		}
		// the longest phrase that starts at j
		for n := min(max(maxDateEvent, a.vocab.maxEvent), len(ws)-j); n >= 1; n-- {
			if ev, ok := a.lookupEvent(ws, j+n-1, n); ok && ev.class != eventOccurred {
				return ev, j, j + n - 1, true
			}
		}
		prev = ws[j].end
	}
	return dateEvent{}, 0, 0, false
}

// eventNounBefore finds the event noun that a verb at word v says happened:
// the nearest one before it in its clause ("the fire at the terminal broke
// out", "the shooting happened").
func (a *analysis) eventNounBefore(ws []word, v int) (ev dateEvent, from, to int, ok bool) {
	next := ws[v].start
	for j := v - 1; j >= 0 && j >= v-maxEventNounWords; j-- {
		if clauseBreak(a.text[ws[j].end:next]) {
			break
		}
		if ev, from, ok := a.eventAt(ws, j); ok && ev.class != eventOccurred {
			return ev, from, j, true
		}
		if dateBlockers[ws[j].lower] && (j != v-1 || ws[j].lower != "that" && ws[j].lower != "which") {
			break // but "the fire that broke out", "the blaze, which began"
		}
		next = ws[j].start
	}
	return dateEvent{}, 0, 0, false
}

// clauseBreak reports whether the bytes between two words end a clause:
// punctuation other than a period inside an abbreviation or a figure.
func clauseBreak(between string) bool {
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case ',', ';', ':', '(', ')', '"', '!', '?', '\n':
			return true
		case '.':
			if i+1 < len(between) && between[i+1] == ' ' && i > 0 && between[i-1] >= '0' && between[i-1] <= '9' {
				return true // the end of "... at 10." is not inside a figure
			}
		case 0xE2: // en and em dashes, curly quotes
			if i+2 < len(between) && between[i+1] == 0x80 && between[i+2] >= 0x93 && between[i+2] <= 0x9D {
				return true
			}
		}
	}
	return false
}

// timeWords are the words a bare time of day is written with.
var timeWords = setOf(`a.m p.m am pm a m p noon midnight o'clock at about around approximately shortly just after
	before gmt utc et ct mt pt est edt cst cdt mst mdt pst pdt bst cet cest local time`)

// bareTime reports a time of day written without its day ("at 10 p.m."): its
// day is the reader's guess, not the writer's claim.
func (a *analysis) bareTime(d *dateparse.Date) bool {
	if d.Grain != dateparse.GrainHour && d.Grain != dateparse.GrainMinute {
		return false
	}
	for _, w := range a.wordsFrom(d.Start, d.End, 16) {
		if !timeWords[strings.TrimSuffix(w.lower, ".")] {
			return false
		}
	}
	return !strings.ContainsAny(a.text[d.Start:d.End], "/-")
}

// cues are words or phrases in lower case, as bytes for bytes.Index.
type cues [][]byte

func cuesOf(words ...string) cues {
	c := make(cues, len(words))
	for i, w := range words {
		c[i] = []byte(w)
	}
	return c
}

// hasCueFold reports whether s, lower-cased, holds one of cs as a word or
// the start of one, where it first holds it. Most often it does so without
// allocating.
func hasCueFold(s string, cs cues) bool {
	var buf [512]byte
	lower, ok := lowerASCII(buf[:0], s)
	if !ok {
		lower = []byte(strings.ToLower(s))
	}
	for _, cue := range cs {
		if i := bytes.Index(lower, cue); i >= 0 && (i == 0 || !isLetter(lower[i-1])) {
			return true
		}
	}
	return false
}

// containsFold is strings.Contains(strings.ToLower(s), sub), most often
// without allocating.
func containsFold(s, sub string) bool {
	var buf [64]byte
	lower, ok := lowerASCII(buf[:0], s)
	if !ok {
		return strings.Contains(strings.ToLower(s), sub)
	}
	return bytes.Contains(lower, []byte(sub))
}

// lowerASCII appends s to b with its ASCII letters in lower case, when b
// has room for it. It is strings.ToLower as far as ASCII text goes (the
// bytes beyond ASCII stay bytes beyond ASCII), unless s holds one of the
// two capitals that lower-case to ASCII letters: then it reports false.
func lowerASCII(b []byte, s string) ([]byte, bool) {
	if len(s) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 && lowersToASCIIAt(s, i) {
			return b, false
		}
		b = append(b, asciiLower(c))
	}
	return b, true
}

// DateValue writes a date's interval as a reader would: "2026-06-05" for a
// day, "2026-06" for a month, "2026" for a year, "2026-06-05T23:15Z" for a
// time, and the first and last day joined by a slash for other spans.
func DateValue(d *dateparse.Date) string {
	if !d.Resolved {
		return ""
	}
	f := d.From
	if !d.Range {
		switch d.Grain {
		case dateparse.GrainMinute:
			return f.Format("2006-01-02T15:04Z")
		case dateparse.GrainHour:
			return f.Format("2006-01-02T15Z")
		case dateparse.GrainDay:
			return f.Format(time.DateOnly)
		case dateparse.GrainMonth:
			return f.Format("2006-01")
		case dateparse.GrainYear:
			return f.Format("2006")
		}
	}
	return f.Format(time.DateOnly) + "/" + d.To.Add(-time.Nanosecond).Format(time.DateOnly)
}
