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
	maxLexiconWord = 32 // longer than any listed word, even spelt with İ or K (U+212A), which lower to ASCII
)

// lexiconEntry is what the table knows of one spelling.
type lexiconEntry struct {
	class lexClass
	verb  verbForm // the speech verb this spelling is, as written
}

// quoteLexicon holds every listed spelling with its classes; built once.
var quoteLexicon = newLexiconTable(listedSpellings())

func listedSpellings() map[string]lexiconEntry {
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

// lexiconTable is an open-addressing hash table of spellings: the words
// around every quote are looked up in it, faster than in a map.
type lexiconTable struct {
	keys    []string // "" marks an empty slot
	entries []lexiconEntry
	mask    uint32
}

func newLexiconTable(m map[string]lexiconEntry) *lexiconTable {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := &lexiconTable{keys: make([]string, size), entries: make([]lexiconEntry, size), mask: uint32(size - 1)}
	for w, e := range m {
		i := hashWord(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.entries[i] = w, e
	}
	return t
}

// get returns the entry of the spelling w, zero when it is not listed.
func (t *lexiconTable) get(w string) lexiconEntry {
	for i := hashWord(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			return t.entries[i]
		case "":
			return lexiconEntry{}
		}
	}
}

// hashWord is FNV-1a.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// wordFilter is a Bloom filter of words, which ignores the case of ASCII
// letters: it rules out most words without a lookup.
type wordFilter [1 << 10]uint64

func (f *wordFilter) add(w string) {
	h := filterHash(w)
	f[h>>6&1023] |= 1 << (h & 63)
	f[h>>22] |= 1 << (h >> 16 & 63)
}

// mayHold reports whether w, an ASCII word, may be in the filter; false
// means it is not, in any case.
func (f *wordFilter) mayHold(w string) bool {
	h := filterHash(w)
	return f[h>>6&1023]&(1<<(h&63)) != 0 && f[h>>22]&(1<<(h>>16&63)) != 0
}

// filterHash mixes the length and the first two and last two bytes of w,
// taken in lower case.
func filterHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(asciiLower(w[0]))<<24 ^ uint32(asciiLower(w[min(1, n-1)]))<<16 ^
		uint32(asciiLower(w[max(n-2, 0)]))<<8 ^ uint32(asciiLower(w[n-1]))
	h *= 0x85EBCA6B
	return h ^ h>>13
}

// lexiconFilter holds every listed spelling, speechVerbFilter the speech
// verbs and the nouns that are speech verbs after a quote.
var lexiconFilter, speechVerbFilter = buildLexiconFilters()

func buildLexiconFilters() (lexicon, verbs *wordFilter) {
	lexicon, verbs = new(wordFilter), new(wordFilter)
	for i, w := range quoteLexicon.keys {
		if w == "" {
			continue
		}
		if len(w) > maxLexiconWord || !isASCII(w) {
			panic("claims: listed word too long or not ASCII: " + w)
		}
		lexicon.add(w)
		if e := quoteLexicon.entries[i]; e.verb != 0 || e.class&clsNounLikeVerb != 0 {
			verbs.add(w)
		}
	}
	return lexicon, verbs
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
	if (plain || isASCII(w)) && !lexiconFilter.mayHold(w) {
		return 0, 0
	}
	e := quoteLexicon.get(w)
	class, verb := e.class&writtenClasses, e.verb
	if w[0] < 'a' || w[0] > 'z' {
		verb = 0
	}
	if plain {
		class |= e.class & lowerClasses
	} else if lw, ok := lowerForLookup(w); ok {
		class |= quoteLexicon.get(string(lw.b[:lw.n])).class & lowerClasses
	}
	return class, verb
}

// lowerSlow is lowerIs for a word that is not ASCII.
func lowerSlow(w, lit string) bool {
	lw := strings.ToLower(w)
	return lw == lit
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
// ASCII word, without building the lower-case string of an ASCII word. It
// is not strings.EqualFold, which also folds "ſ" to "s".
func lowerIs(w, lit string) bool {
	if len(w) != len(lit) {
		// Only lowering a non-ASCII letter can change the length.
		return !isASCII(w) && lowerSlow(w, lit)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lowerSlow(w, lit)
		}
		if asciiLower(c) != lit[i] {
			return false
		}
	}
	return true
}

// wordCache remembers the classes of the words of one text, looked up when
// first asked for: most words around a quote are never asked about, and the
// others are asked about again and again. It is direct-mapped by the offset
// of the word; an entry of an earlier text is told apart by its generation.
type wordCache struct {
	entries    [1024]wordCacheEntry
	generation uint32
}

type wordCacheEntry struct {
	start, end int
	generation uint32
	class      lexClass
	verb       verbForm
}

// forget starts a new text.
func (c *wordCache) forget() {
	c.generation++
	if c.generation == 0 { // wrapped: entries of old texts could match again
		c.entries = [len(c.entries)]wordCacheEntry{}
		c.generation = 1
	}
}

// classOf returns the classes of the word t; 0 for punctuation.
func (x *quoteExtractor) classOf(t quoteToken) lexClass { return x.lookUp(t).class }

// verbOf returns the form of the speech verb t, or 0. Speech verbs are
// lower-case ASCII in running text.
func (x *quoteExtractor) verbOf(t quoteToken) verbForm {
	if !x.maybeSpeechVerb(t) {
		return 0
	}
	return x.lookUp(t).verb
}

// isVerbAfterQuote reports whether t is a finite or bare speech verb, or
// one that is usually a noun ("report", see speechNounLike): after a quote,
// all of them attribute it.
func (x *quoteExtractor) isVerbAfterQuote(t quoteToken) bool {
	if !x.maybeSpeechVerb(t) {
		return false
	}
	e := x.lookUp(t)
	return e.verb == verbFinite || e.verb == verbBare || e.class&clsNounLikeVerb != 0
}

// maybeSpeechVerb rules out most words that are no speech verb, cheaply.
func (x *quoteExtractor) maybeSpeechVerb(t quoteToken) bool {
	return t.word && 'a' <= x.text[t.start] && x.text[t.start] <= 'z' && t.end-t.start <= maxLexiconWord &&
		speechVerbFilter.mayHold(x.text[t.start:t.end])
}

func (x *quoteExtractor) lookUp(t quoteToken) wordCacheEntry {
	if !t.word {
		return wordCacheEntry{}
	}
	c := &x.buf.words
	e := &c.entries[t.start%len(c.entries)]
	if e.generation != c.generation || e.start != t.start || e.end != t.end {
		class, verb := lookUpWord(x.text[t.start:t.end])
		*e = wordCacheEntry{start: t.start, end: t.end, generation: c.generation, class: class, verb: verb}
	}
	return *e
}
