package dateparse

import (
	"math/bits"

	"github.com/claimlint/claimlint/internal/text"
)

// tenseReach bounds how far from a date its sentence is read for tense.
const tenseReach = 80

// isFuture reports that the sentence around the current window speaks of
// the future: a future cue ("will", "'ll", "going to", "plans to", "is
// scheduled", "next") nearer to the date than a past one ("was", "said",
// a past participle).
func (c *ctx) isFuture() bool {
	if c.future < 0 {
		c.future = 0
		if futureAt(c.s, c.pos) {
			c.future = 1
		}
	}
	return c.future == 1
}

// futureAt reads the sentence of s around byte pos for tense.
func futureAt(s string, pos int) bool {
	a := sentenceStart(s, max(pos-tenseReach, 0), pos)
	b := sentenceStop(s, pos, min(pos+tenseReach, len(s)))
	futDist, pastDist := 1<<30, 1<<30
	prevWord := ""
	for i := a; i < b; {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := min(text.LetterRunEnd(s, i), b)
		for j < b && s[j] == '\'' {
			j = min(text.LetterRunEnd(s, j+1), b)
		}
		w := s[i:j]
		dist := pos - j
		if i > pos {
			dist = i - pos
			if dist > min(futDist, pastDist) {
				// The words after pos lie ever farther: none can
				// change which cue is nearer.
				break
			}
		}
		switch tenseOf(w, prevWord, s[j:min(j+4, len(s))]) {
		case 1:
			futDist = min(futDist, dist)
		case -1:
			pastDist = min(pastDist, dist)
		}
		prevWord = w
		i = j
	}
	return futDist < pastDist
}

// sentenceStart returns where the sentence that holds s[i-1] starts, or lo
// when that is before lo: after the last byte of s[lo:i] that ends a
// sentence.
func sentenceStart(s string, lo, i int) int {
	for ; i-8 >= lo; i -= 8 {
		for m := mayEndSentence(text.Load8(s, i-8)); m != 0; {
			top := 63 - bits.LeadingZeros64(m)
			if k := i - 8 + top/8; sentenceEnd(s, k) {
				return k + 1
			}
			m &^= 1 << top
		}
	}
	for ; i > lo; i-- {
		if sentenceEnd(s, i-1) {
			return i
		}
	}
	return lo
}

// sentenceStop returns the first byte of s[i:hi] that ends a sentence, or hi.
func sentenceStop(s string, i, hi int) int {
	for ; i+8 <= hi; i += 8 {
		for m := mayEndSentence(text.Load8(s, i)); m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8; sentenceEnd(s, k) {
				return k
			}
		}
	}
	for ; i < hi; i++ {
		if sentenceEnd(s, i) {
			return i
		}
	}
	return hi
}

// mayEndSentence returns the high bit of each byte of w (eight bytes of
// text) that sentenceEnd may report: a line break, '!', '?' or '.'.
func mayEndSentence(w uint64) uint64 {
	return text.BytesOf(w, '\n') | text.BytesOf(w, '!') | text.BytesOf(w, '?') | text.BytesOf(w, '.')
}

// sentenceEnd reports a byte that ends a sentence: a line break, "!", "?",
// or a full stop after a lower-case word of more than three letters or
// after a number before a capital.
func sentenceEnd(s string, i int) bool {
	switch s[i] {
	case '\n', '!', '?':
		return true
	case '.':
		k := i
		for k > 0 && s[k-1] >= 'a' && s[k-1] <= 'z' {
			k--
		}
		if i-k > 3 {
			return true
		}
		// "in 2019. On March 3": a number, then a new sentence
		return i > 0 && isDigit(s[i-1]) && i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z'
	}
	return false
}

func init() {
	for w, t := range map[string]int8{
		"will": 1, "shall": 1, "won't": 1, "tomorrow": 1, "upcoming": 1, "scheduled": 1, "next": 1,
		"plans": 3, "plan": 3, "going": 3,
		"was": -1, "were": -1, "had": -1, "did": -1, "said": -1, "told": -1, "ago": -1, "yesterday": -1, "last": -1,
		"set": 2, "expected": 2, "due": 2,
	} {
		setTense(w, t)
	}
}

// tenseOf is 1 for a future cue, -1 for a past one, 0 otherwise; after
// is the text that follows the word.
func tenseOf(w, prev, after string) int {
	n := len(w)
	if n > 3 && w[n-3] == '\'' && w[n-2]|0x20 == 'l' && w[n-1]|0x20 == 'l' {
		return 1
	}
	var x word
	if n >= 3 && prefixOf(w[0], w[1], w[2]).tense {
		x, _ = lookupWord(w)
	}
	switch x.tense {
	case 1, -1:
		return int(x.tense)
	case 2, 3:
		if len(after) >= 3 && after[0] == ' ' && after[1] == 't' && after[2] == 'o' &&
			(x.tense == 3 || prev == "is" || prev == "are") {
			return 1
		}
		return 0
	}
	if n > 4 && w[n-2] == 'e' && w[n-1] == 'd' && prev != "be" && prev != "been" && prev != "being" && prev != "is" && prev != "are" {
		return -1
	}
	return 0
}
