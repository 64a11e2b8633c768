package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// searchLowerCaseSlow is searchLowerCase written plainly, with a search from
// the end of each occurrence that is no word.
func searchLowerCaseSlow(s, w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	lw := string(unicode.ToLower(r)) + w[size:]
	for off := 0; ; {
		i := strings.Index(s[off:], lw)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(lw)
		if (i == 0 || !letterBefore(s, i)) && (end == len(s) || !letterAt(s, end)) {
			return true
		}
		off = end
	}
}

func TestSearchLowerCase(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"Recent polls show a recent shift.", "Recent", true},
		{"Recently the polls shifted.", "Recent", false},
		{"The blacksmith Smith arrived.", "Smith", false},
		{"A smith's forge.", "Smith", true},
		{"smith", "Smith", true},
		{"smith2 was here", "Smith", true}, // a digit is no letter
		{"Ana-a-b met a-a", "A-a", true},
		{"xa-a-a", "A-a", false}, // the second occurrence overlaps the first
		{"Élan and élan", "Élan", true},
		{"Élan and Élan", "Élan", false},
		{"al-Sadr spoke", "al-Sadr", true},
		{"", "Word", false},
		{"McCain and mcCain", "McCain", true},
	} {
		p := &personScanner{s: tc.text}
		if got := p.searchLowerCase(tc.word); got != tc.want {
			t.Errorf("searchLowerCase(%q in %q) = %v, want %v", tc.word, tc.text, got, tc.want)
		}
		if got := searchLowerCaseSlow(tc.text, tc.word); got != tc.want {
			t.Errorf("searchLowerCaseSlow(%q in %q) = %v, want %v", tc.word, tc.text, got, tc.want)
		}
	}
}

func TestRarestByte(t *testing.T) {
	for _, tc := range []struct {
		word string
		want int
	}{
		{"recent", 2},  // c
		{"mcCain", 2},  // an upper-case letter
		{"zebra", 0},   // z
		{"o'brien", 1}, // the apostrophe
		{"élan", 0},    // a byte of é
		{"eeee", 0},    // the first of equals
		{"quiz", 3},    // z, rarer than q
		{"e.g", 1},     // the full stop
		{"x", 0},
	} {
		if got := rarestByte(tc.word); got != tc.want {
			t.Errorf("rarestByte(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}

// FuzzSearchLowerCase checks that the search by the rarest byte answers as
// the plain search does.
func FuzzSearchLowerCase(f *testing.F) {
	f.Add("xa-a-a and A-a", "A-a")
	f.Add("Recent polls show a recent shift.", "Recent")
	f.Add("The blacksmith Smith's forge", "Smith")
	f.Add("aaaa aaa", "Aaa")
	f.Add("\xffsmith \xc3", "Smith")
	f.Add("0", "Aa0") // a word longer than the text
	f.Fuzz(func(t *testing.T, text, word string) {
		if word == "" {
			return
		}
		p := &personScanner{s: text}
		if got, want := p.searchLowerCase(word), searchLowerCaseSlow(text, word); got != want {
			t.Errorf("searchLowerCase(%q in %q) = %v, the plain search %v", word, text, got, want)
		}
	})
}
