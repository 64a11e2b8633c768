package claims

import (
	"strings"
	"testing"
)

func TestLexTable(t *testing.T) {
	words := map[string]wordClass{"envoy": wHead, "de": wParticle, "mr": wHonorific | wStop, "x": wOutlet}
	tab := newLexTable(words)
	for _, tc := range []struct {
		key  string
		want wordClass
	}{
		{"envoy", wHead},
		{"de", wParticle},
		{"mr", wHonorific | wStop},
		{"x", wOutlet},
		{"envoys", 0},
		{"envo", 0},
		{"", 0},
		{"Envoy", 0}, // keys are lower case; classOfWord lowers words first
	} {
		if got := classIn(tab, tc.key, fnvHash(tc.key)); got != tc.want {
			t.Errorf("classIn(%q) = %b, want %b", tc.key, got, tc.want)
		}
		if got := classIn(tab, []byte(tc.key), fnvHash([]byte(tc.key))); got != tc.want {
			t.Errorf("classIn([]byte(%q)) = %b, want %b", tc.key, got, tc.want)
		}
	}
}

// TestLexTableFull checks that many keys whose probe sequences collide are
// all found, in the table of all keys and in that of the short ones packed.
func TestLexTableFull(t *testing.T) {
	words := map[string]wordClass{}
	for i := range lexSlots / 2 {
		w := string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
		if i >= packedSlots*3/4 {
			w += "-longer-than-eight" // too long to pack: the packed table has fewer slots
		}
		words[w] = wordClass(i + 1)
	}
	tab := newLexTable(words)
	for w, c := range words {
		if got := classIn(tab, w, fnvHash(w)); got != c {
			t.Fatalf("classIn(%q) = %d, want %d", w, got, c)
		}
		if len(w) <= 8 {
			if got := tab.packedClassOf(packKey(w)); got != c {
				t.Fatalf("packedClassOf(%q) = %d, want %d", w, got, c)
			}
		}
	}
	if got := classIn(tab, "zzzz", fnvHash("zzzz")); got != 0 {
		t.Errorf("classIn(zzzz) = %d, want 0", got)
	}
	if got := tab.packedClassOf(packKey("zzzz")); got != 0 {
		t.Errorf("packedClassOf(zzzz) = %d, want 0", got)
	}
}

func TestClassOfWord(t *testing.T) {
	for _, tc := range []struct {
		word string
		want wordClass
	}{
		{"President", classOf("president")},
		{"Mr.", classOf("mr")},
		{"U.S.", classOf("us")},
		{"Envoys", classOf("envoy")}, // the plural of a head
		{"Reps", classOf("reps")},    // a head of its own
		{"Cats", 0},                  // unknown either way
		{"ex-President", classOf("president") | wModifier},
		{"US-Mexico", wPlace},
		{"Texas-based", wPlace},
		{"then-Gov.", classOf("gov") | wModifier},
		{"Núñez-Mexico", wPlace}, // hyphenated and not ASCII
		{"-ex", 0},
		{"Ruiz", 0},
		{"Méndez", 0},
		{"Señor", classOf("senor")}, // folded to ASCII
		{"MÉXICO", classOf("mexico")},
		{"Supercalifragilisticexpialidocious", 0}, // longer than any key
	} {
		if got := classOfWord(tc.word); got != tc.want {
			t.Errorf("classOfWord(%q) = %b, want %b", tc.word, got, tc.want)
		}
	}
}

// FuzzClassOfPlainWord checks that plain words are classed as classOfWord
// classes them.
func FuzzClassOfPlainWord(f *testing.F) {
	for _, w := range []string{"president", "President", "envoys", "Envoys", "a", "A", "reps", "said", "Ruiz", "ss"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return
		}
		if end, _, shape := plainWord(w, 0); shape == 0 || end != len(w) {
			return
		}
		if got, want := classOfPlainWord(w), classOfWord(w); got != want {
			t.Errorf("classOfPlainWord(%q) = %b, classOfWord %b", w, got, want)
		}
	})
}

func TestClassOfPlainWord(t *testing.T) {
	for _, w := range []string{"president", "President", "envoys", "Envoys", "a", "A", "reps", "said", "Ruiz",
		"ss", "s", "Ambassadors", "supercalifragilisticexpialidociousness"} {
		if got, want := classOfPlainWord(w), classOfWord(w); got != want {
			t.Errorf("classOfPlainWord(%q) = %b, classOfWord %b", w, got, want)
		}
	}
}

func TestRunJoinerLen(t *testing.T) {
	for _, w := range []string{"de", "della", "binti", "of", "the", "and"} {
		if len(w) > runJoinerLen {
			t.Errorf("runJoinerLen %d is shorter than %q", runJoinerLen, w)
		}
	}
	if runJoinerLen > 6 {
		t.Errorf("runJoinerLen = %d, want the length of a short word", runJoinerLen)
	}
}

// TestPackedLoad keeps the packed table at most half full, which keeps the
// probes of words it lacks short.
func TestPackedLoad(t *testing.T) {
	used := 0
	for _, k := range lexicon.packed {
		if k != 0 {
			used++
		}
	}
	if used > packedSlots/2 {
		t.Errorf("%d short keys fill more than half of the packed table's %d slots", used, packedSlots)
	}
}

// TestClsMatchesClassOfWord checks that the classes the scanner reads for
// its tokens, in place in the text, are those classOfWord gives the words.
func TestClsMatchesClassOfWord(t *testing.T) {
	s := "Former President Ana Ruiz, the envoys and Reps of the State Department, said on Monday that " +
		"a U.S. Secretary of State met Sheriff Dan Ortiz's deputies in Mexico City. Officials"
	p := newPersonScanner()
	p.s = s
	p.toks = tokenize(s, nil)
	for k := range p.toks {
		if got, want := p.cls(k), classOfWord(p.word(k)); got != want {
			t.Errorf("cls of %q = %b, classOfWord %b", p.word(k), got, want)
		}
	}
}

// TestPackedClassesNear checks that the near table holds every class a
// short plain word may have, for the keys, their plurals, and their
// capitalized forms.
func TestPackedClassesNear(t *testing.T) {
	for _, k := range lexicon.keys {
		for _, w := range []string{k, k + "s", strings.ToUpper(k[:min(1, len(k))]) + k[min(1, len(k)):]} {
			if w == "" || len(w) > 8 {
				continue
			}
			if end, _, shape := plainWord(w, 0); shape == 0 || end != len(w) {
				continue
			}
			if cl := classOfPlainWord(w); lexicon.packedClassesNear(packKey(w))&cl != cl {
				t.Errorf("near classes of %q lack some of %b", w, cl)
			}
		}
	}
}
