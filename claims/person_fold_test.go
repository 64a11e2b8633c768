package claims

import (
	"testing"

	"github.com/claimlint/claimlint/internal/text"
)

func TestFoldASCII(t *testing.T) {
	for _, w := range []string{"", "Ana Ruiz", "ana ruiz", " Ana  Ruiz ", "O'Brien", "U.S.", "Farfan-Mendez", "al-Sadr",
		"Ruiz,", "A-", "-A", "a\tb\nc", "J.D. Vance", "x_y`z", "Smith (R)", "Farfán"} {
		var buf [64]byte
		got, ok := foldASCII(w, &buf)
		if !ok {
			if isPlainASCII(w) {
				t.Errorf("foldASCII(%q) failed", w)
			}
			continue
		}
		if want := text.Fold(w); string(got) != want {
			t.Errorf("foldASCII(%q) = %q, text.Fold %q", w, got, want)
		}
	}
}

// FuzzFoldASCII checks that foldASCII folds as text.Fold does.
func FuzzFoldASCII(f *testing.F) {
	f.Add("Ana  María Ruiz-Díaz")
	f.Add(" O'Brien, U.S. `x_y- ")
	f.Fuzz(func(t *testing.T, w string) {
		var buf [64]byte
		if got, ok := foldASCII(w, &buf); ok {
			if want := text.Fold(w); string(got) != want {
				t.Fatalf("foldASCII(%q) = %q, text.Fold %q", w, got, want)
			}
		}
	})
}

func TestFoldMemo(t *testing.T) {
	var m foldMemo
	names := []string{"Ana Ruiz", "ana ruiz", "Farfán-Méndez", "O'Brien", "", "U.S."}
	for i := range 1000 {
		names = append(names, "Name"+string(rune('A'+i%26))+string(rune('a'+i/26%26)))
	}
	for round := range 3 {
		for _, w := range append(names, names...) {
			if got, want := m.get(w), text.Fold(w); got != want {
				t.Fatalf("round %d: get(%q) = %q, want %q", round, w, got, want)
			}
		}
		m.reset()
		for i, e := range m.slots {
			if e != (foldSlot{}) {
				t.Fatalf("round %d: slot %d kept %+v", round, i, e)
			}
		}
	}
}
