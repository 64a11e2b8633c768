package claims

import (
	"cmp"
	"slices"
	"sort"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
)

// Extraction is what one document yields: its mentions and its claims, each
// in order of position.
type Extraction struct {
	Doc      *document.Document
	Mentions []Mention
	Claims   []Claim
}

// analysis is the state the extractors of one document share. Extractors run
// in a fixed order, and each may read what the earlier ones found.
type analysis struct {
	doc       *document.Document
	vocab     *Vocabulary
	text      string
	sentences []text.Span

	people     []Mention // person mentions, in order
	quantities []Mention // number, ordinal, percent and money mentions, in order
	dates      []Mention
	quotes     []Mention

	claims []Claim

	quoteScan quoteScan    // inQuote's progress through the text
	dateSkip  sentenceMemo // skipsDates's last sentence
	tally     sentenceMemo // isTallySentence's last sentence
	wordBuf   []word       // what wordsFrom carves its words from
	phrase    []byte       // the phrase an event lookup is building
}

// defaultVocabulary is read once; Extract never changes it.
var defaultVocabulary = DefaultVocabulary()

// Extract finds the mentions and claims of one document with the built-in
// vocabulary.
func Extract(doc *document.Document) *Extraction {
	return ExtractWith(doc, defaultVocabulary)
}

// ExtractWith finds the mentions and claims of one document. It reads nothing
// but its arguments and changes neither, so documents can be extracted in
// parallel with one vocabulary.
func ExtractWith(doc *document.Document, vocab *Vocabulary) *Extraction {
	words := wordBufs.Get().(*[]word)
	a := &analysis{doc: doc, vocab: vocab, text: doc.Text, sentences: text.Sentences(doc.Text), wordBuf: (*words)[:0]}
	defer func() {
		*words = a.wordBuf[:0]
		wordBufs.Put(words)
	}()
	a.extractPeople()
	a.extractDates()
	a.extractQuantities()
	a.extractQuotes()
	a.extractCounts()
	a.extractAmounts()

	ex := &Extraction{Doc: doc, Claims: a.claims,
		Mentions: slices.Concat(a.people, a.quantities, a.dates, a.quotes)}
	slices.SortStableFunc(ex.Mentions, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	slices.SortStableFunc(ex.Claims, func(a, b Claim) int { return cmp.Compare(a.Start, b.Start) })
	return ex
}

// sentenceAt returns the sentence that holds byte offset off.
func (a *analysis) sentenceAt(off int) text.Span {
	i := sort.Search(len(a.sentences), func(i int) bool { return a.sentences[i].End > off })
	if i == len(a.sentences) {
		return text.Span{Start: off, End: off}
	}
	return a.sentences[i]
}
