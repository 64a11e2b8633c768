package claims

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"sync"
	"unsafe"

	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/numparse"
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
// in a fixed order, and each may read what the earlier ones found; on a long
// text two at a time, each of the pair on its own fields (beside).
type analysis struct {
	doc       *document.Document
	vocab     *Vocabulary
	text      string
	sentences []text.Span

	people     []Mention // person mentions, in order
	quantities []Mention // number, ordinal, percent and money mentions, in order
	dates      []Mention
	quotes     []Mention
	quoted     []text.Span // the words of the direct quotes' parts, in order

	claims []Claim

	quoteScan quoteScan    // inQuote's progress through the text
	dateSkip  sentenceMemo // skipsDates's last sentence
	tally     sentenceMemo // isTallySentence's last sentence
	wordBuf   []word       // what wordsFrom carves its words from
	phrase    []byte       // the phrase an event lookup is building
	scratch   *scratch     // the extractors' working memory

	// mentionsOnly leaves out the claims that linking people does not read.
	mentionsOnly bool
	// scansInScratch scans the figures and dates into the scratch's
	// buffers: no mention of them outlives the extraction, and the claims
	// get copies of theirs (ownFiguresAndDates).
	scansInScratch bool
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
	return extract(doc, vocab, yieldAll)
}

// ExtractMentions is ExtractWith for what `extract --mentions` writes: the
// mentions, and of the claims only those that linking people rewrites
// (names, titles and quotes). Counts, amounts and the dates of events,
// which no mention shows, are not looked for.
func ExtractMentions(doc *document.Document, vocab *Vocabulary) *Extraction {
	return extract(doc, vocab, yieldMentions)
}

// ExtractClaims is ExtractWith for a run that reads claims: of the mentions
// it keeps only the people's, which LinkPeople reads. The numbers and dates
// no claim is made of are left to the collector as soon as the document is
// done, rather than when its story is linked.
func ExtractClaims(doc *document.Document, vocab *Vocabulary) *Extraction {
	return extract(doc, vocab, yieldClaims)
}

// yield is what an extraction keeps.
type yield int

const (
	yieldAll      yield = iota // every mention and claim
	yieldMentions              // every mention, and the claims LinkPeople rewrites
	yieldClaims                // every claim, and the person mentions
)

func extract(doc *document.Document, vocab *Vocabulary, keep yield) *Extraction {
	sc := scratches.Get().(*scratch)
	a := &analysis{doc: doc, vocab: vocab, text: doc.Text, scratch: sc,
		people: sc.people, quantities: sc.quantities, dates: sc.dates, quotes: sc.quotes, quoted: sc.quoted, claims: sc.claims, wordBuf: sc.words,
		mentionsOnly: keep == yieldMentions, scansInScratch: keep == yieldClaims}
	// Each extractor adds its claims in order of position, or nearly: the
	// claims are a run an extractor, which mergeSorted puts in place.
	var runs [][]Claim
	if len(doc.Text) >= besideFrom && runtime.GOMAXPROCS(0) > 1 {
		// Two steps of two chains: the chains of a step read none of what
		// the other writes, and the second step reads what the first found.
		// The runs are put back in the order of the extractors one after
		// the other.
		runs = a.beside([]extractor{(*analysis).extractPeople},
			[]extractor{(*analysis).splitSentences, (*analysis).scanDates, (*analysis).extractQuantities})
		later := a.beside([]extractor{(*analysis).extractQuotes, (*analysis).extractCounts, (*analysis).extractAmounts},
			[]extractor{(*analysis).claimDates})
		quotes, counts, amounts, events := later[0], later[1], later[2], later[3]
		runs = append(runs, events, quotes, counts, amounts)
	} else {
		runs = a.inTurn((*analysis).extractPeople, (*analysis).splitSentences, (*analysis).scanDates, (*analysis).extractQuantities,
			(*analysis).claimDates, (*analysis).extractQuotes, (*analysis).extractCounts, (*analysis).extractAmounts)
	}
	runs[0] = a.withoutQuotedTitles(runs[0])
	mentions := [][]Mention{a.people, a.quantities, a.dates, a.quotes}
	if keep == yieldClaims {
		mentions = mentions[:1]
	}
	ex := &Extraction{Doc: doc,
		Mentions: mergeSorted(mentions, func(a, b *Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		}),
		Claims: mergeSorted(runs, func(a, b *Claim) int { return cmp.Compare(a.Start, b.Start) }),
	}
	if keep == yieldClaims {
		ownFiguresAndDates(ex.Claims)
	}
	sc.keep(a)
	scratches.Put(sc)
	return ex
}

// withoutQuotedTitles drops from the people's claims the titles written
// inside direct quotes: a speaker's "President Clinton" is a courtesy or a
// memory of the speaker's, not the source's account of the office now.
func (a *analysis) withoutQuotedTitles(people []Claim) []Claim {
	if len(a.quoted) == 0 {
		return people
	}
	return slices.DeleteFunc(people, func(c Claim) bool {
		if c.Kind != KindTitle {
			return false
		}
		i := sort.Search(len(a.quoted), func(i int) bool { return a.quoted[i].End > c.Start })
		return i < len(a.quoted) && a.quoted[i].Start <= c.Start
	})
}

// extractor finds one kind of mention or claim in the text of an analysis.
type extractor func(*analysis)

// besideFrom is the length of text from which a document's extractors run
// in two chains at once. A newsroom's articles are far shorter and keep the
// cores busy several at a time; a book or a transcript of tens of megabytes
// would otherwise keep one core busy for seconds while the others wait.
const besideFrom = 1 << 20

// splitSentences finds the sentences, which the date, count and amount
// extractors read, in the scratch's buffer: the claims copy what they keep
// of a sentence.
func (a *analysis) splitSentences() {
	a.sentences = text.AppendSentences(a.scratch.sentences[:0], a.text)
	a.scratch.sentences = a.sentences
}

// inTurn runs extractors one after the other, each adding to a's claims,
// and returns the claims each added.
func (a *analysis) inTurn(extractors ...extractor) [][]Claim {
	runs := make([][]Claim, len(extractors))
	for i, extract := range extractors {
		from := len(a.claims)
		extract(a)
		runs[i] = a.claims[from:]
	}
	return runs
}

// beside runs two chains of extractors at the same time and returns the
// claims each extractor added, the first chain's first. The second chain
// works on a copy of the analysis with claims and buffers of its own; a
// takes back the sentences, dates and figures it found. So the chains must
// not read what the other writes, and only the second may find sentences,
// dates or figures.
func (a *analysis) beside(first, second []extractor) [][]Claim {
	b := *a
	b.claims, b.wordBuf, b.phrase = nil, nil, nil
	done := make(chan [][]Claim)
	go func() { done <- b.inTurn(second...) }()
	runs := a.inTurn(first...)
	runs = append(runs, <-done...)
	a.sentences, a.dates, a.quantities = b.sentences, b.dates, b.quantities
	return runs
}

// ownFiguresAndDates gives the claims copies of their quantities and dates,
// together in one slice of each. The scanners find the figures and the
// dates of a document in one slice each, most of which no claim is about:
// with the mentions let go, a claim would keep the whole slice alive.
func ownFiguresAndDates(cs []Claim) {
	var nq, nd int
	for i := range cs {
		if cs[i].Quantity != nil {
			nq++
		}
		if cs[i].Date != nil {
			nd++
		}
	}
	qs := make([]numparse.Quantity, 0, nq)
	ds := make([]dateparse.Date, 0, nd)
	var lastQ, ownQ *numparse.Quantity // a count and an amount may share a figure
	var lastD, ownD *dateparse.Date
	for i := range cs {
		c := &cs[i]
		if q := c.Quantity; q != nil {
			if q != lastQ {
				qs = append(qs, *q)
				lastQ, ownQ = q, &qs[len(qs)-1]
			}
			c.Quantity = ownQ
		}
		if d := c.Date; d != nil {
			if d != lastD {
				ds = append(ds, *d)
				lastD, ownD = d, &ds[len(ds)-1]
			}
			c.Date = ownD
		}
	}
}

// scratch is the working memory of one extraction, kept for the next: the
// mentions and claims grow there, and the extraction gets copies of exactly
// their size, so that a document costs one allocation of each however they
// grew; the extractors keep their buffers and tables there too.
type scratch struct {
	people, quantities, dates, quotes []Mention
	claims                            []Claim
	words                             []word
	personMentions                    []personMention
	personScanner                     *personScanner
	quoteBuffers                      quoteBuffers
	sentences, quoted                 []text.Span
	figures                           []numparse.Quantity // see analysis.scansInScratch
	dateValues                        []dateparse.Date
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// keep takes back the buffers of a, emptied so that they hold on to nothing
// of its document.
func (sc *scratch) keep(a *analysis) {
	sc.people, sc.quantities = emptied(a.people), emptied(a.quantities)
	sc.dates, sc.quotes = emptied(a.dates), emptied(a.quotes)
	sc.claims, sc.words = emptied(a.claims), emptied(a.wordBuf)
	sc.sentences, sc.figures, sc.dateValues = kept(sc.sentences[:0]), kept(sc.figures[:0]), kept(sc.dateValues[:0])
	sc.quoted = kept(a.quoted[:0])
}

// emptied returns s emptied for the next document, or nil when a long
// document grew it past keepBytes: the buffers of typical articles are
// kept, but not the hundreds of megabytes of a book-length document, which
// would stay live through the rest of the run.
func emptied[T any](s []T) []T {
	clear(s)
	return kept(s)
}

// kept is emptied for a buffer of values that hold no reference into a
// document, which need not be cleared.
func kept[T any](s []T) []T {
	var t T
	if uintptr(cap(s))*unsafe.Sizeof(t) > keepBytes {
		return nil
	}
	return s[:0]
}

// keepBytes is the most a scratch buffer keeps between documents.
const keepBytes = 4 << 20

// mergeSorted returns the elements of runs in one new slice of exactly their
// number, nil for none, in the order of a stable sort of the runs one after
// the other. It sorts each run in place first, which costs one pass over a
// run already in order, as extractors mostly write them, and then merges.
func mergeSorted[T any](runs [][]T, cmp func(a, b *T) int) []T {
	n := 0
	for _, r := range runs {
		n += len(r)
		if !insertionSorted(r, cmp) {
			slices.SortStableFunc(r, func(a, b T) int { return cmp(&a, &b) })
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		best := -1
		for k, r := range runs {
			if len(r) > 0 && (best < 0 || cmp(&r[0], &runs[best][0]) < 0) {
				best = k
			}
		}
		out[i] = runs[best][0]
		runs[best] = runs[best][1:]
	}
	return out
}

// insertionSorted sorts r stably by insertion while that takes a few moves
// an element, as it does for a run of claims that a title before its name
// puts a little out of order, and reports whether it got r sorted. When it
// gives up, r is partly sorted, stably: a stable sort of it still gives what
// a stable sort of the r it was given gives.
func insertionSorted[T any](r []T, cmp func(a, b *T) int) bool {
	budget := 4 * len(r)
	for i := 1; i < len(r); i++ {
		if cmp(&r[i], &r[i-1]) >= 0 {
			continue
		}
		j := i - 1
		for j > 0 && cmp(&r[i], &r[j-1]) < 0 {
			j--
		}
		if budget -= i - j; budget < 0 {
			return false
		}
		x := r[i]
		copy(r[j+1:i+1], r[j:i])
		r[j] = x
	}
	return true
}

// sentenceAt returns the sentence that holds byte offset off.
func (a *analysis) sentenceAt(off int) text.Span {
	i := sort.Search(len(a.sentences), func(i int) bool { return a.sentences[i].End > off })
	if i == len(a.sentences) {
		return text.Span{Start: off, End: off}
	}
	return a.sentences[i]
}
