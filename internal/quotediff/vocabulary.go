package quotediff

import (
	"math"

	"github.com/claimlint/claimlint/internal/text"
)

// Vocabulary numbers the folded words of the quotes parsed with it, and
// their stems, so that comparing two of its quotes works on integers: a word
// is folded and stemmed once however many quotes have it, and a word the
// quotes write alike is looked up without being folded again. Parse changes
// the vocabulary, so it is for one goroutine at a time; once the parsing is
// done, many goroutines may read and compare the quotes at once.
type Vocabulary struct {
	written internTable      // a word as a quote writes it -> its number
	folded  map[string]int32 // a folded word -> its number
	words   []string         // the folded word of each number
	info    []wordInfo       // by word number
	// twoWords are the numbers of the two words that a contraction
	// ("won't") is read as, by its number.
	twoWords  map[int32][2]int32
	asWritten []int32 // Parse's words as written

	stemNumbers map[string]int32
	stems       []string // by stem number

	arena tokenArena // the words of the quotes
	hot   []hotWord  // by a hash of the word: see number
	// seen[n] is stamp when stem n is among the stems of the quote being
	// parsed; the stamp is new for each quote.
	seen  []uint32
	stamp uint32
}

// wordInfo is what comparisons need to know about a word.
type wordInfo struct {
	stem     int32 // a function word is its own stem, never another word's
	function bool
	// contraction is set for a word a quote reads as two (twoWords).
	contraction bool
}

// NewVocabulary returns an empty vocabulary.
func NewVocabulary() *Vocabulary { return NewVocabularyFor(0) }

// NewVocabularyFor returns an empty vocabulary with room for the words of
// quotes of about textBytes bytes in all: the tables of a story's quotes,
// made once at about their size, are not grown again and again. The words
// of a text grow about as the square root of its length (Heaps' law).
func NewVocabularyFor(textBytes int) *Vocabulary {
	words := textBytes / 6
	n := min(words/2, 44*int(math.Sqrt(float64(words))))
	return &Vocabulary{
		written:     newInternTable(n + n/4), // the same word written in other cases
		folded:      make(map[string]int32, n),
		words:       make([]string, 0, n),
		info:        make([]wordInfo, 0, n),
		stemNumbers: make(map[string]int32, n),
		stems:       make([]string, 0, n),
	}
}

// Stems returns the number of stems the vocabulary has numbered: stem
// numbers run from 0 to Stems()-1.
func (v *Vocabulary) Stems() int { return len(v.stems) }

// Stem returns the stem numbered n.
func (v *Vocabulary) Stem(n int32) string { return v.stems[n] }

// Parse splits a quotation into its words and its runs between ellipses, as
// the package's Parse does, numbering its words in v.
func (v *Vocabulary) Parse(text string) *Quote {
	a := &v.arena
	if len(a.quotes) == cap(a.quotes) {
		a.quotes = make([]Quote, 0, blockSize(cap(a.quotes), 0, arenaBlock/16))
	}
	a.quotes = append(a.quotes, Quote{Text: text, vocab: v})
	q := &a.quotes[len(a.quotes)-1]
	from := len(a.spans) // the quote's words are a.spans[from:]
	// The words as written, a contraction one word ("don't"), whose stems
	// pair quotes as written: "I don't think so" is no quote of "I think".
	written := v.asWritten[:0]
	s := scanner{text: text}
	for {
		start, end, gap, ok := s.next()
		if !ok {
			break
		}
		if gap {
			// A run starts after the ellipsis, unless no word came before it.
			switch n := len(a.spans) - from; {
			case n == 0:
			case q.Runs == nil:
				q.Runs = []int{0, n}
			case n > q.Runs[len(q.Runs)-1]:
				q.Runs = append(q.Runs, n)
			}
			continue
		}
		id := v.number(text[start:end])
		if len(a.spans)+1 >= cap(a.spans) {
			a.renew(from)
			from = 0
		}
		written = append(written, id)
		span := wordSpan{start: int32(start), end: int32(end)}
		if v.info[id].contraction {
			// "won't" is read as "will not", both words written in its span
			two := v.twoWords[id]
			a.spans = append(a.spans, span)
			a.ids = append(a.ids, two[0])
			id = two[1]
		}
		a.spans = append(a.spans, span)
		a.ids = append(a.ids, id)
	}
	if q.Runs == nil {
		q.Runs = oneRun
	}
	if end := len(a.spans); end > from {
		q.spans, q.ids = a.spans[from:end:end], a.ids[from:end:end]
	}
	q.stems, q.written = v.contentStems(written), len(written)
	v.asWritten = written
	return q
}

// contentStems returns the distinct stems of words other than function
// words, in the order the words have them.
func (v *Vocabulary) contentStems(ids []int32) []int32 {
	if len(v.seen) < len(v.stems) {
		v.seen = make([]uint32, len(v.stems)+len(v.stems)/2)
	}
	if v.stamp++; v.stamp == 0 { // wrapped around: old stamps could match
		clear(v.seen)
		v.stamp = 1
	}
	a := &v.arena
	if len(a.stems)+len(ids) > cap(a.stems) {
		a.stems = make([]int32, 0, blockSize(cap(a.stems), len(ids), arenaBlock))
	}
	from := len(a.stems)
	for _, id := range ids {
		if w := v.info[id]; !w.function && v.seen[w.stem] != v.stamp {
			v.seen[w.stem] = v.stamp
			a.stems = append(a.stems, w.stem)
		}
	}
	return a.stems[from:len(a.stems):len(a.stems)]
}

// oneRun is the Runs of a quote without ellipses between its words; the
// capacity of one makes an append copy it.
var oneRun = []int{0}[:1:1]

// number returns the number of a word as a quote writes it.
func (v *Vocabulary) number(written string) int32 {
	var hot *hotWord
	if short, ok := text.Pack(written); ok && v.hot != nil {
		hot = &v.hot[(short*0x9E3779B97F4A7C15)>>(64-hotBits)]
		if hot.packed == short {
			return hot.id
		}
		hot.packed = short
	}
	id, ok := v.written.find(written)
	if !ok {
		id = v.add(written)
	}
	if hot != nil {
		hot.id = id
	}
	return id
}

// hotBits is log2 of the words a vocabulary keeps at hand, once it has
// hotAfter words: the commonest words, and those of the last few quotes.
const hotBits, hotAfter = 12, 1 << 10

// hotWord is a word of up to eight bytes, packed in an integer, and its
// number.
type hotWord struct {
	packed uint64
	id     int32
}

// add numbers a word that the vocabulary has not met written so.
func (v *Vocabulary) add(written string) int32 {
	id := v.addFolded(fold(written))
	v.written.add(written, id)
	if v.hot == nil && len(v.written.entries) == hotAfter {
		v.hot = make([]hotWord, 1<<hotBits)
	}
	return id
}

// addFolded returns the number of the folded word w, numbering it when it
// is new.
func (v *Vocabulary) addFolded(w string) int32 {
	id, ok := v.folded[w]
	if !ok {
		id = int32(len(v.words))
		v.folded[w] = id
		v.words = append(v.words, w)
		st := stem(w)
		n, ok := v.stemNumbers[st]
		if !ok {
			n = int32(len(v.stems))
			v.stemNumbers[st] = n
			v.stems = append(v.stems, st)
		}
		v.info = append(v.info, wordInfo{stem: n, function: IsFunctionWord(w)})
		if two, ok := contractions[w]; ok {
			first, second := v.addFolded(two[0]), v.addFolded(two[1])
			if v.twoWords == nil {
				v.twoWords = map[int32][2]int32{}
			}
			v.twoWords[id] = [2]int32{first, second}
			v.info[id].contraction = true
		}
	}
	return id
}

// tokenArena holds many quotes and their words in a few large blocks, each
// quote's words a part of one block.
type tokenArena struct {
	quotes []Quote
	spans  []wordSpan
	ids    []int32 // the words' numbers, beside their spans
	stems  []int32 // the quotes' content stems
}

// arenaBlock is the most words of a block, unless one quote has more.
const arenaBlock = 1 << 14

// blockSize is the size of the block that follows one of size last, for at
// least n things: twice the last, so that a vocabulary of a few quotes
// takes little memory, up to most.
func blockSize(last, n, most int) int {
	return max(min(2*last, most), 16, n)
}

// renew starts new blocks, moving into them the words of the quote being
// read, those at from and after: the old blocks stay with the quotes that
// use them.
func (a *tokenArena) renew(from int) {
	n := len(a.spans) - from
	size := blockSize(cap(a.spans), 2*n, arenaBlock)
	spans, ids := make([]wordSpan, n, size), make([]int32, n, size)
	copy(spans, a.spans[from:])
	copy(ids, a.ids[from:])
	a.spans, a.ids = spans, ids
}
