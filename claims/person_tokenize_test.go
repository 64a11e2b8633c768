package claims

import "testing"

func TestPlainWord(t *testing.T) {
	for _, tc := range []struct {
		text      string
		end, full int
		shape     uint16
	}{
		{"said the", 4, 4, shLower},
		{"Riley said", 5, 5, shCap},
		{"said, and", 4, 4, shLower},
		{"said", 4, 4, shLower},
		{"A man", 1, 1, shCap},
		{"said.", 4, 4, shLower},
		{"O'Brien", 0, 0, 0},      // an apostrophe may join letters
		{"Farfán", 0, 0, 0},       // not ASCII
		{"well-known", 0, 0, 0},   // a hyphen may join words
		{"BBC reported", 0, 0, 0}, // an acronym
		{"McCain", 0, 0, 0},
		{"covid19", 0, 0, 0},
		{"Trump’s", 5, 9, shCap | shPossessive},
		{"1999", 0, 0, 0},
		{"year. Then", 4, 4, shLower},
		{"Sen. Ruiz", 0, 0, 0}, // an abbreviation keeps its full stop
		{"Ruiz. Then", 4, 4, shCap},
		{"Ms. Ruiz", 0, 0, 0},
		{"he. Then", 0, 0, 0}, // too short to tell from initials
		{"Riley's car", 5, 7, shCap | shPossessive},
		{"Riley’s car", 5, 9, shCap | shPossessive},
		{"Riley’s.", 0, 0, 0},
		{"Riley'so", 0, 0, 0},
	} {
		end, full, shape := plainWord(tc.text, 0)
		if end != tc.end || full != tc.full || shape != tc.shape {
			t.Errorf("plainWord(%q) = %d, %d, %b, want %d, %d, %b", tc.text, end, full, shape, tc.end, tc.full, tc.shape)
		}
	}
}

// FuzzPlainWord checks that every word plainWord reads is the token scanWord
// would make of it.
func FuzzPlainWord(f *testing.F) {
	f.Add("Riley said the al-Sadr Mr. Smith's J.D. O'Brien well-known U.S said.")
	f.Add("Farfán-Méndez, Trump’s BBC covid19 e.g. A man")
	f.Add("the year. Sen. Ruiz's car, Ruiz’s. Riley's, it's ok.")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if !isASCIIWordStart(s[i]) {
				continue
			}
			end, full, shape := plainWord(s, i)
			if shape == 0 {
				continue
			}
			var want token
			scanWord(s, i, &want)
			if got := (token{start: int32(i), end: int32(end), full: int32(full), shape: shape}); got != want {
				t.Fatalf("plainWord(%q, %d) = %+v, scanWord %+v", s, i, got, want)
			}
		}
	})
}

// TestPlainWordRun checks that plainWord ends a word where its run of
// lower-case letters ends, which it reads eight bytes at a time.
func TestPlainWordRun(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi jk", "abcdefgZ", "abc{defghijk", "abc`defghijk",
		"abcdéfghijkl", "zzzzzzzzzzzzzzzzz.", "abcdefg\x80hij", "aaaaaaa\xffaaaa", "Abcdefghij", "abcdefgh@"} {
		for j := 0; j < len(s); j++ {
			want := j + 1
			for want < len(s) && 'a' <= s[want] && s[want] <= 'z' {
				want++
			}
			if !isASCIIWordStart(s[j]) || want < len(s) && !plainEnds[s[want]] {
				continue
			}
			if got, _, _ := plainWord(s, j); got != want {
				t.Errorf("plainWord(%q, %d) ends at %d, want %d", s, j, got, want)
			}
		}
	}
}

// FuzzPlainWords checks that the tokens plainWords makes are those
// plainWord reads, each followed by a space or a comma and a space, and
// that it counts them for headlines.
func FuzzPlainWords(f *testing.F) {
	f.Add("the man said that it was a fine day to go out. Then")
	f.Add("a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iii Jjj kk")
	f.Add("is the’s it's one, two, Three, Four Fivefive, Sixsixsix ,x")
	f.Add("the government administration, Secretariats officials extraordinarily long")
	f.Fuzz(func(t *testing.T, s string) {
		var line, want lineCounts
		toks, end, gap, last := plainWords(s, 0, nil, &line)
		i := 0
		for k := range toks {
			tok := &toks[k]
			wantEnd, wantFull, shape := plainWord(s, i)
			wantGap, next := gapSpace, wantEnd+1
			if s[wantEnd] == ',' {
				wantGap, next = gapComma, wantEnd+2
			}
			if int(tok.start) != i || int(tok.end) != wantEnd || int(tok.full) != wantFull || shape&(shCap|shLower) == 0 ||
				tok.shape != shape|shPlain || tok.gap != wantGap || s[next-1] != ' ' {
				t.Fatalf("plainWords(%q): token %+v at %d, plainWord %d, %d, %b", s, *tok, i, wantEnd, wantFull, shape)
			}
			want.add(s, tok)
			i = next
		}
		if end != i || line != want {
			t.Fatalf("plainWords(%q) stopped at %d with counts %+v, want %d, %+v", s, end, line, i, want)
		}
		if n := len(toks); n > 0 && (gap != toks[n-1].gap || last != map[byte]rune{gapSpace: 'a', gapComma: ','}[gap]) || n == 0 && last != 0 {
			t.Fatalf("plainWords(%q) ended with gap %d and last %q", s, gap, last)
		}
	})
}
