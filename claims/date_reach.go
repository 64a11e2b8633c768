package claims

import (
	"strings"

	"github.com/claimlint/claimlint/internal/dateparse"
)

// A date binds to an event only through an event phrase whose last word
// stands a few words from it, and most dates have none. mayBind looks for
// such a word in the bytes near the date, which costs far less than
// carving the words of the window that dateClaim reads. It may answer yes
// where dateClaim then finds nothing, but never no where it would find an
// event.

// eventEnds holds how the event phrases of one vocabulary end, by the
// letters of their last word after its last hyphen, apostrophe or period: a
// word of the text that reads as such a last word ends in a run of ASCII
// letters that lower-cases to them.
type eventEnds struct {
	// tails holds, by those letters in lower case, the last two words of
	// each phrase (the last one of a phrase of one word), which the text
	// before the run must then read as.
	tails map[string][]string
	// lens holds, by their first and last letters, the lengths of the ends
	// (bit n for n letters), which rule out most runs without a lookup.
	lens [26 * 26]uint32
	// any is set when some phrase ends in other characters: then no run of
	// letters rules it out.
	any bool
}

// newEventEnds returns the ends of the event phrases of the date words and
// of the vocabulary's events; Vocabulary.Add keeps them for the
// vocabulary's events of the moment.
func newEventEnds(v *Vocabulary) *eventEnds {
	e := &eventEnds{tails: map[string][]string{}}
	for phrase := range dateEventTable {
		e.add(phrase)
	}
	for phrase := range v.events {
		if !notDateEvents[phrase] {
			e.add(phrase)
		}
	}
	return e
}

func (e *eventEnds) add(phrase string) {
	phrase = strings.ToLower(phrase)
	words := strings.Split(phrase, " ")
	last := words[len(words)-1]
	end := last[strings.LastIndexAny(last, "-'.")+1:]
	if end == "" || len(end) >= 32 || strings.ContainsFunc(phrase, func(r rune) bool {
		return (r < 'a' || r > 'z') && !strings.ContainsRune(" -'.", r)
	}) {
		e.any = true
		return
	}
	tail := last
	if len(words) > 1 {
		tail = words[len(words)-2] + " " + last
	}
	e.tails[end] = append(e.tails[end], tail)
	e.lens[letterPair(end[0], end[len(end)-1])] |= 1 << len(end)
}

func letterPair(first, last byte) int { return int(first|0x20-'a')*26 + int(last|0x20-'a') }

// isEnd reports whether the run of ASCII letters s[i:j] may end an event
// phrase whose words lie in s[winStart:j].
func (e *eventEnds) isEnd(s string, winStart, i, j int) bool {
	n := j - i
	if n >= 32 || e.lens[letterPair(s[i], s[j-1])]&(1<<n) == 0 {
		return false
	}
	var buf [32]byte
	for k := range n {
		buf[k] = s[i+k] | 0x20
	}
	for _, tail := range e.tails[string(buf[:n])] {
		if mayEndIn(s, winStart, j, tail) {
			return true
		}
	}
	return false
}

// mayEndIn reports whether s[lo:end] may end in tail, the end of an event
// phrase: its letters in any case, its hyphens, apostrophes and periods as
// they are, and one space or more for each of its spaces. A byte beyond
// ASCII may belong to a capital that lower-cases to an ASCII letter, and
// ends the comparison in doubt.
func mayEndIn(s string, lo, end int, tail string) bool {
	p := end
	for k := len(tail) - 1; k >= 0; k-- {
		if p <= lo {
			return false
		}
		c := s[p-1]
		switch {
		case c >= 0x80:
			return true
		case tail[k] == ' ':
			if c != ' ' {
				return false
			}
			for p > lo && s[p-1] == ' ' {
				p--
			}
			continue
		case c != tail[k] && (c|0x20 != tail[k] || byteClass[c] != bLetter):
			return false
		}
		p--
	}
	return true
}

// mayBind reports whether the words that the event finders read around a
// date may hold the end of an event phrase: the maxDateEventWords words
// before it and the words after it, in the window [winStart, winEnd) of
// its sentence that dateClaim carves its words from.
func (a *analysis) mayBind(d *dateparse.Date, sentStart, winStart, winEnd int) bool {
	e := a.vocab.eventEnds
	if e.any {
		return true
	}
	// The word that holds the start of the date may begin before it: one
	// word more.
	found, words := e.endBefore(a.text, winStart, d.Start, maxDateEventWords+1)
	if found {
		return true
	}
	after := possessiveReach // eventQualified's
	if winStart == sentStart && words < 3 {
		// A date after at most one word may open its sentence, and
		// eventAfter reads phrases that start up to maxDateEventWords+1
		// words after it.
		after = maxDateEventWords + max(maxDateEvent, a.vocab.maxEvent)
	}
	return e.endAfter(a.text, winStart, d.End, winEnd, after)
}

// The scans of mayBind count only the words that surely start where they
// see one, whatever the rules that join letters into words: an ASCII letter
// after an ASCII byte that is neither a letter nor a hyphen, apostrophe or
// period. Counting fewer words than there are only makes them read on.

// endBefore reports whether the n words before s[i:] hold the end of an
// event phrase, reading back no further than lo, and how many words it
// read: n, or fewer when it came to lo first.
func (e *eventEnds) endBefore(s string, lo, i, n int) (found bool, words int) {
	end := i // of the run of letters being read
	for p := i - 1; p >= lo; p-- {
		switch byteClass[s[p]] {
		case bLetter:
			if p > lo && byteClass[s[p-1]] == bLetter {
				continue
			}
			if e.isEnd(s, lo, p, end) {
				return true, words
			}
			if p > lo && byteClass[s[p-1]] == bApart {
				if words++; words == n {
					return false, words
				}
			}
		case bHigh:
			if lowersToASCIIAt(s, p) {
				return true, words
			}
		}
		end = p
	}
	return false, words
}

// endAfter reports whether the words from s[i:] hold the end of an event
// phrase in their first n, reading no further than hi. i is above 0.
func (e *eventEnds) endAfter(s string, winStart, i, hi, n int) bool {
	for p := i; p < hi; {
		switch byteClass[s[p]] {
		case bLetter:
			if byteClass[s[p-1]] == bApart {
				if n--; n < 0 {
					return false
				}
			}
			q := p + 1
			for q < hi && byteClass[s[q]] == bLetter {
				q++
			}
			if e.isEnd(s, winStart, p, q) {
				return true
			}
			p = q
			continue
		case bHigh:
			if lowersToASCIIAt(s, p) {
				return true
			}
		}
		p++
	}
	return false
}

// lowersToASCIIAt reports İ or the Kelvin sign at s[i:], capitals that
// lower-case to ASCII letters: runs of ASCII letters do not show them.
func lowersToASCIIAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "\u0130") || strings.HasPrefix(s[i:], "\u212A")
}

// Classes of bytes for the scans of mayBind.
const (
	bApart  = iota // an ASCII byte that no word holds
	bLetter        // an ASCII letter
	bJoin          // a hyphen, apostrophe or period, which may join letters
	bHigh          // a byte beyond ASCII
)

var byteClass = func() (c [256]uint8) {
	for b := 'a'; b <= 'z'; b++ {
		c[b], c[b-'a'+'A'] = bLetter, bLetter
	}
	c['-'], c['\''], c['.'] = bJoin, bJoin, bJoin
	for b := 0x80; b < 0x100; b++ {
		c[b] = bHigh
	}
	return c
}()
