package document

import (
	"testing"
	"unicode/utf8"
)

var byteScanCases = []string{
	"",
	"plain",
	"exactly8",
	"sixteen bytes!!!",
	"a “curly” quote, then more plain text after it",
	"Farfán-Méndez and 東京 in one line of text",
	"\xff\xfe invalid \x80 continuation \xe2\x80 cut short",
	"tab\there, a \"quote\" and a back\\slash after eight",
	"no specials in the first sixteen bytes, then \x01 a control",
	"\xe2\x80\x9c",
}

// stringPlainEndSlow is stringPlainEnd byte by byte.
func stringPlainEndSlow(b []byte, i int) int {
	for i < len(b) && !stringSpecial[b[i]] {
		i++
	}
	return i
}

func checkByteScan(t *testing.T, b []byte) {
	t.Helper()
	for from := 0; from <= len(b); from++ {
		if got, want := countRunes(b[from:]), utf8.RuneCount(b[from:]); got != want {
			t.Fatalf("countRunes(%q) = %d, want %d", b[from:], got, want)
		}
		if got, want := stringPlainEnd(b, from), stringPlainEndSlow(b, from); got != want {
			t.Fatalf("stringPlainEnd(%q, %d) = %d, want %d", b, from, got, want)
		}
	}
}

func TestByteScan(t *testing.T) {
	for _, s := range byteScanCases {
		checkByteScan(t, []byte(s))
	}
}

func FuzzByteScan(f *testing.F) {
	for _, s := range byteScanCases {
		f.Add([]byte(s))
	}
	f.Fuzz(checkByteScan)
}
