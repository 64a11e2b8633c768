package claims

import "testing"

func TestPlainWord(t *testing.T) {
	for _, tc := range []struct {
		text  string
		end   int
		shape uint16
	}{
		{"said the", 4, shLower},
		{"Riley said", 5, shCap},
		{"said, and", 4, shLower},
		{"said", 4, shLower},
		{"A man", 1, shCap},
		{"said.", 0, 0},        // a full stop may end an abbreviation
		{"O'Brien", 0, 0},      // an apostrophe may join letters
		{"Farfán", 0, 0},       // not ASCII
		{"well-known", 0, 0},   // a hyphen may join words
		{"BBC reported", 0, 0}, // an acronym
		{"McCain", 0, 0},
		{"covid19", 0, 0},
		{"Trump’s", 0, 0},
		{"1999", 0, 0},
	} {
		end, shape := plainWord(tc.text, 0)
		if end != tc.end || shape != tc.shape {
			t.Errorf("plainWord(%q) = %d, %b, want %d, %b", tc.text, end, shape, tc.end, tc.shape)
		}
	}
}

// FuzzPlainWord checks that every word plainWord reads is the token scanWord
// would make of it.
func FuzzPlainWord(f *testing.F) {
	f.Add("Riley said the al-Sadr Mr. Smith's J.D. O'Brien well-known U.S said.")
	f.Add("Farfán-Méndez, Trump’s BBC covid19 e.g. A man")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if !isASCIIWordStart(s[i]) {
				continue
			}
			end, shape := plainWord(s, i)
			if shape == 0 {
				continue
			}
			var want token
			scanWord(s, i, &want)
			if got := (token{start: i, end: end, full: end, shape: shape}); got != want {
				t.Fatalf("plainWord(%q, %d) = %+v, scanWord %+v", s, i, got, want)
			}
		}
	})
}

func TestLowerRun(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi jk", "abcdefgZ", "abc{defghijk", "abc`defghijk",
		"abcdéfghijkl", "zzzzzzzzzzzzzzzzz.", "abcdefg\x80hij", "aaaaaaa\xffaaaa", "Abcdefghij"} {
		for j := 0; j <= len(s); j++ {
			want := j
			for want < len(s) && 'a' <= s[want] && s[want] <= 'z' {
				want++
			}
			if got := lowerRun(s, j); got != want {
				t.Errorf("lowerRun(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
}
