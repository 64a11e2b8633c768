package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexClass is the set of word lists a word belongs to. The lists are read
// for every word around every quote, so each word is looked up once, when it
// is tokenized, in one table that holds them all.
type lexClass uint32

// Classes of the word in lower case.
const (
	clsNPStop lexClass = 1 << iota
	clsNPLink
	clsDeterminer
	clsAdverbAux
	clsRoleNoun
	clsLeadWord
	clsTimeAdverb
	clsTitleCue
)

// Classes of the word as written.
const (
	clsPronoun lexClass = 1 << (iota + 16)
	clsNounLikeVerb
	clsWrittenLink       // npLinks, as written
	clsWrittenDeterminer // determiners, as written
	clsTitleWord
	clsNotName
	clsNameParticle
	clsOrgWord
	clsTitleSmallWord
)

const (
	lowerClasses   = clsPronoun - 1
	writtenClasses = ^lowerClasses
	maxLexiconWord = 32 // longer than any listed word
)

// lexiconEntry is what the table knows of one spelling.
type lexiconEntry struct {
	class lexClass
	verb  verbForm // the speech verb this spelling is, as written
}

// quoteLexicon maps every listed spelling to its classes; built once.
var quoteLexicon = buildQuoteLexicon()

func buildQuoteLexicon() map[string]lexiconEntry {
	m := make(map[string]lexiconEntry, len(speechVerbs)+1024)
	for c, set := range map[lexClass]map[string]bool{
		clsNPStop: npStops, clsNPLink: npLinks, clsDeterminer: determiners, clsAdverbAux: adverbsAux,
		clsRoleNoun: roleNouns, clsLeadWord: leadWords, clsTimeAdverb: timeAdverbs, clsTitleCue: titleCues,
		clsPronoun: pronounSpeakers, clsNounLikeVerb: speechNounLike, clsWrittenLink: npLinks,
		clsWrittenDeterminer: determiners, clsTitleWord: titleWords, clsNotName: notNameWords,
		clsNameParticle: nameParticles, clsOrgWord: orgWords, clsTitleSmallWord: titleSmallWords,
	} {
		for w := range set {
			e := m[w]
			e.class |= c
			m[w] = e
		}
	}
	for w, f := range speechVerbs {
		e := m[w]
		e.verb = f
		m[w] = e
	}
	return m
}

// lexiconFilter rules out most words without a lookup: bit b of
// lexiconFilter[n][f] is set when a listed spelling of n bytes starts with a
// byte f and ends with a byte b, both taken modulo 32, which ignores the
// case of ASCII letters.
var lexiconFilter = buildLexiconFilter()

func buildLexiconFilter() *[maxLexiconWord + 1][32]uint32 {
	var f [maxLexiconWord + 1][32]uint32
	for w := range quoteLexicon {
		if len(w) > maxLexiconWord {
			panic("claims: listed word longer than maxLexiconWord: " + w)
		}
		f[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return &f
}

// lookUpWord returns the classes of the word w and the speech verb it is.
// Speech verbs are lower-case in running text.
func lookUpWord(w string) (lexClass, verbForm) {
	if len(w) > maxLexiconWord {
		return 0, 0
	}
	plain := true // lower-case ASCII
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain || isASCII(w) {
		// Lowering keeps the length and the bytes modulo 32.
		if lexiconFilter[len(w)][w[0]&31]&(1<<(w[len(w)-1]&31)) == 0 {
			return 0, 0
		}
	}
	e := quoteLexicon[w]
	class, verb := e.class&writtenClasses, e.verb
	if w[0] < 'a' || w[0] > 'z' {
		verb = 0
	}
	if plain {
		class |= e.class & lowerClasses
	} else if lw, ok := lowerForLookup(w); ok {
		class |= quoteLexicon[string(lw.b[:lw.n])].class & lowerClasses
	}
	return class, verb
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// loweredWord is a word in lower case, kept on the stack.
type loweredWord struct {
	b [maxLexiconWord]byte
	n int
}

// lowerForLookup returns w in lower case when the result can be a listed
// word: short and ASCII. Lowering follows strings.ToLower rune by rune; a
// rune that lowers to no ASCII rules out every listed word.
func lowerForLookup(w string) (lw loweredWord, ok bool) {
	for _, r := range w {
		if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		} else if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r >= utf8.RuneSelf || lw.n == maxLexiconWord {
			return lw, false
		}
		lw.b[lw.n] = byte(r)
		lw.n++
	}
	return lw, true
}

// lowerIs reports whether the word w in lower case is lit, a lower-case
// ASCII word, without building the lower-case string.
func lowerIs(w, lit string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) == lit
		}
	}
	if len(w) != len(lit) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[i] {
			return false
		}
	}
	return true
}
