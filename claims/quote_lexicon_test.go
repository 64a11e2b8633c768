package claims

import (
	"strings"
	"testing"
)

// listedClasses is what the word lists say of w, looked up one list at a
// time as the attribution once did: the reference quoteLexicon must match.
func listedClasses(w string) (lexClass, verbForm) {
	var c lexClass
	lw := strings.ToLower(w)
	for cls, set := range map[lexClass]map[string]bool{
		clsNPStop: npStops, clsNPLink: npLinks, clsDeterminer: determiners, clsAdverbAux: adverbsAux,
		clsRoleNoun: roleNouns, clsLeadWord: leadWords, clsTimeAdverb: timeAdverbs, clsTitleCue: titleCues,
	} {
		if set[lw] {
			c |= cls
		}
	}
	for cls, set := range map[lexClass]map[string]bool{
		clsPronoun: pronounSpeakers, clsNounLikeVerb: speechNounLike, clsWrittenLink: npLinks,
		clsWrittenDeterminer: determiners, clsTitleWord: titleWords, clsNotName: notNameWords,
		clsNameParticle: nameParticles, clsOrgWord: orgWords, clsTitleSmallWord: titleSmallWords,
	} {
		if set[w] {
			c |= cls
		}
	}
	var verb verbForm
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		verb = speechVerbs[w]
	}
	return c, verb
}

// checkWordClasses compares every way the attribution asks about the word
// w with the word lists.
func checkWordClasses(t *testing.T, w string) {
	t.Helper()
	if w == "" {
		return
	}
	wantClass, wantVerb := listedClasses(w)
	if c, v := lookUpWord(w); c != wantClass || v != wantVerb {
		t.Errorf("lookUpWord(%q) = %b, %d; want %b, %d", w, c, v, wantClass, wantVerb)
	}
	x := &quoteExtractor{analysis: &analysis{text: w}, buf: new(quoteBuffers)}
	x.buf.words.forget()
	tok := quoteToken{start: 0, end: len(w), word: true}
	for range 2 { // looked up, then remembered
		if c := x.classOf(tok); c != wantClass {
			t.Errorf("classOf(%q) = %b, want %b", w, c, wantClass)
		}
		if v := x.verbOf(tok); v != wantVerb {
			t.Errorf("verbOf(%q) = %d, want %d", w, v, wantVerb)
		}
		want := wantVerb == verbFinite || wantVerb == verbBare || wantClass&clsNounLikeVerb != 0
		if got := x.isVerbAfterQuote(tok); got != want {
			t.Errorf("isVerbAfterQuote(%q) = %v, want %v", w, got, want)
		}
	}
	for _, lit := range []string{"according", "to", "it", "and", "the", "he", "she", "they", "with", "that", "but"} {
		lw := strings.ToLower(w)
		if got, want := lowerIs(w, lit), lw == lit; got != want {
			t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lit, got, want)
		}
	}
}

func TestQuoteLexicon(t *testing.T) {
	words := []string{
		"said", "Said", "SAID", "says", "saying", "reported", "report", "Report", "the", "The", "THE",
		"of", "Of", "he", "He", "HE", "it", "It", "According", "according", "Sen.", "U.S.", "Mr.",
		"de", "De", "administration's", "Jane", "Farfán-Méndez", "\u212Aey", "İt", "İT", "ſaid",
		"x", "A", "a", "reportedly", "flatly", "\xff\xfe", strings.Repeat("said", 9),
	}
	for _, set := range []map[string]bool{npStops, npLinks, determiners, adverbsAux, roleNouns, leadWords,
		timeAdverbs, titleCues, pronounSpeakers, speechNounLike, titleWords, notNameWords, nameParticles,
		orgWords, titleSmallWords} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
		}
	}
	for w := range speechVerbs {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		checkWordClasses(t, w)
	}
}

func FuzzQuoteLexicon(f *testing.F) {
	for _, w := range []string{"said", "The", "according", "\u212Aey", "İt", "Sen.", "ſaid", "\xe2\x80"} {
		f.Add(w)
	}
	f.Fuzz(checkWordClasses)
}
