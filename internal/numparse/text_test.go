package numparse

import "testing"

// TestLetterEnd checks the eight-byte reading of letterEnd against a byte
// loop at every position of texts with letters of both cases, the bytes
// next to them ('@', '[', '`', '{'), digits and UTF-8.
func TestLetterEnd(t *testing.T) {
	texts := []string{
		"", "a", "Zebra", "seventeen", "twenty-five thousand", "@AZ[az`{", "ÄbcdefghijÜ",
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0", "x\x7fy\x80z\xffw", "He said 12 were hurt.",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && isLetter(s[want]) {
				want++
			}
			if got := letterEnd(s, i); got != want {
				t.Errorf("letterEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func FuzzLetterEnd(f *testing.F) {
	f.Add("Seven people were injured", 0)
	f.Add("@AZ[az`{ÄÜ", 2)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want := i
		for want < len(s) && isLetter(s[want]) {
			want++
		}
		if got := letterEnd(s, i); got != want {
			t.Errorf("letterEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}
