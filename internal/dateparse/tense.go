package dateparse

// tenseReach bounds how far from a date its sentence is read for tense.
const tenseReach = 300

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
	a := pos
	for a > 0 && pos-a < tenseReach && !sentenceEnd(s, a-1) {
		a--
	}
	b := pos
	for b < len(s) && b-pos < tenseReach && !sentenceEnd(s, b) {
		b++
	}
	futDist, pastDist := 1<<30, 1<<30
	prevWord := ""
	for i := a; i < b; {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < b && (isLetter(s[j]) || s[j] == '\'') {
			j++
		}
		w := s[i:j]
		dist := pos - j
		if i > pos {
			dist = i - pos
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

// sentenceEnd reports a byte that ends a sentence: a line break, "!", "?",
// or a full stop after a lower-case word of more than three letters.
func sentenceEnd(s string, i int) bool {
	switch s[i] {
	case '\n', '!', '?':
		return true
	case '.':
		k := i
		for k > 0 && s[k-1] >= 'a' && s[k-1] <= 'z' {
			k--
		}
		return i-k > 3
	}
	return false
}

// tenseOf is 1 for a future cue, -1 for a past one, 0 otherwise; after
// is the text that follows the word.
func tenseOf(w, prev, after string) int {
	if len(w) > 3 && (w[len(w)-3:] == "'ll" || w[len(w)-3:] == "'LL") {
		return 1
	}
	lw := lowerASCII(w)
	switch lw {
	case "will", "shall", "won't", "tomorrow", "upcoming", "scheduled", "next", "plans", "plan":
		return 1
	case "going", "set", "expected", "due":
		if len(after) >= 3 && after[0] == ' ' && after[1] == 't' && after[2] == 'o' {
			if lw == "going" || prev == "is" || prev == "are" {
				return 1
			}
		}
		return 0
	case "was", "were", "had", "did", "said", "told", "ago", "yesterday", "last":
		return -1
	}
	if len(lw) > 4 && lw[len(lw)-2:] == "ed" && prev != "be" && prev != "been" && prev != "being" && prev != "is" && prev != "are" {
		return -1
	}
	return 0
}

// lowerASCII lower-cases short ASCII words, allocating only when needed.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			b := []byte(w)
			for j := range b {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}
