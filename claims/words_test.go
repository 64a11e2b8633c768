package claims

import (
	"strings"
	"testing"
)

// TestAppendWordsLower checks that each word's lower case is strings.ToLower
// of its text, whether it is lower case already, has ASCII capitals (cut from
// one string shared by the call) or other letters.
func TestAppendWordsLower(t *testing.T) {
	for _, s := range []string{
		"Seven officers and two civilians were hurt.",
		"The ÉCOLE said NASA's Mid-Term count was O'Brien's, not McDonald's.",
		"İstanbul POLICE: 12 hurt — ÅSA and Zoë",
		"lower case only",
		"",
	} {
		ws := appendWords(nil, s, 0, len(s), 200)
		for _, w := range ws {
			if want := strings.ToLower(s[w.start:w.end]); w.lower != want {
				t.Errorf("%q: word %q lowered to %q, want %q", s, s[w.start:w.end], w.lower, want)
			}
		}
	}
}

// TestAppendWordsLeavesOutPunctuation: curly quotation marks, ellipses and
// bullets are no letters of a word; a curly apostrophe inside one is.
func TestAppendWordsLeavesOutPunctuation(t *testing.T) {
	s := "“Two people were shot,” police said… O’Brien’s fee was 46 cents.” • ‘Done’"
	var got []string
	for _, w := range appendWords(nil, s, 0, len(s), 200) {
		got = append(got, w.lower)
	}
	want := "two people were shot police said o’brien’s fee was cents done"
	if strings.Join(got, " ") != want {
		t.Errorf("words of %q:\n got %q\nwant %q", s, strings.Join(got, " "), want)
	}
}

// TestWordEndAt checks the word ends, read eight bytes at a time, against
// a reading one byte at a time, from every offset of the stories and of
// words that cross an eight-byte boundary with capitals, accents, dashes,
// hyphens and apostrophes.
func TestWordEndAt(t *testing.T) {
	texts := []string{
		"abcdefghIJKLMNOPqrstuvwxyz O'Brien-Smith's U.S.A. McDonald’s",
		"Farfán-Méndez—and twelve–thirteen long-standing-rule-breakers.",
		"eightchr-ninechars'tenletters.x abcdefgh",
		"“Quoted,” he said… ‘Twelve’ cents.” O’Neill’s • end",
	}
	for _, st := range readStories(t) {
		texts = append(texts, st.text)
	}
	for _, s := range texts {
		for i := 0; i < len(s); i++ {
			if !isLetter(s[i]) {
				continue
			}
			for _, to := range []int{len(s), min(len(s), i+9), i + 1} {
				end, upper, ascii := wordEndAt(s, i, to)
				wantEnd, wantUpper, wantASCII := wordEndBytewise(s, i, to)
				if end != wantEnd || upper != wantUpper || ascii != wantASCII {
					t.Fatalf("wordEndAt(%q, %d, %d) = %d, %v, %v; want %d, %v, %v",
						s[i:to], i, to, end, upper, ascii, wantEnd, wantUpper, wantASCII)
				}
			}
		}
	}
}

// wordEndBytewise is wordEndAt one byte at a time.
func wordEndBytewise(s string, i, to int) (end int, upper, ascii bool) {
	j := i
	upper, ascii = false, true
	for j < to && inWord(s, j, to) {
		upper = upper || 'A' <= s[j] && s[j] <= 'Z'
		ascii = ascii && s[j] < 0x80
		j++
	}
	return j, upper, ascii
}

// TestAppendWordsReuse checks that words appended to a buffer that already
// holds some are read from the new span only, as wordsFrom reads them.
func TestAppendWordsReuse(t *testing.T) {
	s := "Four Victims were HURT in Oakridge"
	ws := appendWords(nil, s, 0, 4, 8)
	ws = appendWords(ws[:0], s, 5, len(s), 3)
	var got []string
	for _, w := range ws {
		got = append(got, w.lower)
	}
	if strings.Join(got, " ") != "victims were hurt" || ws[0].spaceBefore {
		t.Errorf("got %q, first spaceBefore %v", got, ws[0].spaceBefore)
	}
}

// TestEventStarts checks that only the first words of event phrases start
// one, with the length of their longest phrase.
func TestEventStarts(t *testing.T) {
	e := eventStarts{words: map[string]int{}}
	for _, p := range []string{"shot", "shot dead", "taken to hospital", "killed"} {
		e.add(p)
	}
	for w, want := range map[string]int{"shot": 2, "taken": 3, "killed": 1, "kill": 0, "shots": 0, "hospital": 0, "": 0} {
		if got := e.longest(w); got != want {
			t.Errorf("longest(%q) = %d, want %d", w, got, want)
		}
	}
}
