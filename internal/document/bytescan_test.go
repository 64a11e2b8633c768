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

// controlIndexSlow is controlIndex byte by byte.
func controlIndexSlow(b []byte) int {
	for i, c := range b {
		if c < ' ' {
			return i
		}
	}
	return -1
}

func checkByteScan(t *testing.T, b []byte) {
	t.Helper()
	for from := 0; from <= len(b); from++ {
		if got, want := countRunes(b[from:]), utf8.RuneCount(b[from:]); got != want {
			t.Fatalf("countRunes(%q) = %d, want %d", b[from:], got, want)
		}
		if got, want := controlIndex(b[from:]), controlIndexSlow(b[from:]); got != want {
			t.Fatalf("controlIndex(%q) = %d, want %d", b[from:], got, want)
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
