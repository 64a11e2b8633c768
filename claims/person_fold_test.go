package claims

import (
	"testing"

	"github.com/claimlint/claimlint/internal/text"
)

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
