package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"claudia sheinbaum", "claudia sheinbaum"},
		{"Claudia Sheinbaum", "claudia sheinbaum"},
		{"Farfán-Méndez", "farfan mendez"},
		{"Farfan-Mendez", "farfan mendez"},
		{"FARFÁN MÉNDEZ", "farfan mendez"},
		{"O'Brien", "obrien"},
		{"O’Brien", "obrien"},
		{"J.D. Vance", "jd vance"},
		{"U.S. troops", "us troops"},
		{"  Ana \t Ruiz\n", "ana ruiz"},
		{"al-Sadr", "al sadr"},
		{"Jean–Luc", "jean luc"},
		{"Søren Kierkegaard", "soren kierkegaard"},
		{"Łukasz Wróbel", "lukasz wrobel"},
		{"Đorđe", "dorde"},
		{"Ærø", "aero"},
		{"Œuvre", "oeuvre"},
		{"Straße", "strasse"},
		{"Ǿ", "o"},
		{"Joaquín “El Chapo” Guzmán", "joaquin “el chapo” guzman"},
		{"İstanbul", "istanbul"},
		{"snake_case", "snake case"},
		{"a\xffb", "ab"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(Fold(tt.in)); got != tt.want {
			t.Errorf("Fold is not idempotent on %q: %q", tt.in, got)
		}
	}
}

func TestFoldFoldedDoesNotAllocate(t *testing.T) {
	s := strings.Repeat("claudia sheinbaum ", 10) + "x"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold of folded ASCII allocates %v times", n)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Farfán-Méndez", "O’Brien", " a  b ", "ß", "\xff", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if Fold(got) != got {
			t.Errorf("Fold(%q) = %q is not a fixed point", s, got)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("Fold(%q) = %q has stray spaces", s, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	names := []string{"claudia sheinbaum", "Claudia Sheinbaum", "Cecilia Farfán-Méndez", "U.S. Secretary of State"}
	n := 0
	for _, s := range names {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range names {
			_ = Fold(s)
		}
	}
}

func TestFoldASCII(t *testing.T) {
	for _, w := range []string{"", "Ana Ruiz", "ana ruiz", " Ana  Ruiz ", "O'Brien", "U.S.", "Farfan-Mendez", "al-Sadr",
		"Ruiz,", "A-", "-A", "a\tb\nc", "J.D. Vance", "x_y`z", "Smith (R)", "Farfán"} {
		var buf [64]byte
		got, ok := FoldASCII(w, &buf)
		if !ok {
			if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
				t.Errorf("FoldASCII(%q) failed", w)
			}
			continue
		}
		if want := Fold(w); string(got) != want {
			t.Errorf("FoldASCII(%q) = %q, Fold %q", w, got, want)
		}
	}
}

// FuzzFoldASCII checks that FoldASCII folds as Fold does.
func FuzzFoldASCII(f *testing.F) {
	f.Add("Ana  María Ruiz-Díaz")
	f.Add(" O'Brien, U.S. `x_y- ")
	f.Fuzz(func(t *testing.T, w string) {
		var buf [64]byte
		if got, ok := FoldASCII(w, &buf); ok {
			if want := Fold(w); string(got) != want {
				t.Fatalf("FoldASCII(%q) = %q, Fold %q", w, got, want)
			}
		}
	})
}
