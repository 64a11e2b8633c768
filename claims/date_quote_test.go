package claims

import (
	"strings"
	"testing"
)

// inQuoteByBytes is inQuote read afresh from the start of the paragraph,
// one byte at a time.
func inQuoteByBytes(text string, off int) bool {
	open := false
	for i := strings.LastIndexByte(text[:off], '\n') + 1; i < off; i++ {
		switch {
		case text[i] == '"':
			open = !open
		case strings.HasPrefix(text[i:], "“"):
			open = true
		case strings.HasPrefix(text[i:], "”"):
			open = false
		}
	}
	return open
}

// checkInQuote asks inQuote about the offsets of s in order, as dates come,
// and compares each answer with inQuoteByBytes.
func checkInQuote(t *testing.T, s string, offs []int) {
	t.Helper()
	a := &analysis{text: s}
	for _, off := range offs {
		if got, want := a.inQuote(off), inQuoteByBytes(s, off); got != want {
			t.Fatalf("inQuote(%d) in %q = %v, want %v", off, s, got, want)
		}
	}
}

func TestInQuote(t *testing.T) {
	s := "Pellow said \"the pier shut yesterday\" and left.\n“It burned Friday,” Venn said, “and again today.”\n\"Open\nclosed"
	var offs []int
	for off := range len(s) + 1 {
		offs = append(offs, off)
	}
	checkInQuote(t, s, offs)
	checkInQuote(t, s, []int{40, 10, 60, 100, 3, len(s)})
}

func FuzzInQuote(f *testing.F) {
	f.Add("a \"b\" c\n“d” e \"f", uint8(3), uint8(9))
	f.Add("“x\ny”z", uint8(1), uint8(1))
	f.Fuzz(func(t *testing.T, s string, step, back uint8) {
		var offs []int
		for off := 0; off <= len(s); off += int(step%16) + 1 {
			offs = append(offs, off, max(off-int(back), 0))
		}
		checkInQuote(t, s, offs)
	})
}
