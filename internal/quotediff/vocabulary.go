package quotediff

// Vocabulary numbers the folded words of the quotes parsed with it, and
// their stems, so that comparing two of its quotes works on integers: a word
// is folded and stemmed once however many quotes have it, and a word the
// quotes write alike is looked up without being folded again. It also holds
// the scratch space that comparisons reuse, so a Vocabulary and its quotes
// are not for concurrent use; one per goroutine is.
type Vocabulary struct {
	written map[string]int32 // a word as a quote writes it -> its number
	folded  map[string]int32 // a folded word -> its number
	words   []string         // the folded word of each number
	info    []wordInfo       // by word number

	stemNumbers map[string]int32
	stems       []string // by stem number

	// Scratch space of the quotes' parses and comparisons.
	tokens   []Token
	ids      []int32
	arena    tokenArena
	left     []int32 // by stem number: the words of a stretch not yet matched
	lcs      lcsScratch
	clusters []cluster
}

// wordInfo is what comparisons need to know about a word.
type wordInfo struct {
	stem     int32 // a function word is its own stem, never another word's
	function bool
}

// NewVocabulary returns an empty vocabulary.
func NewVocabulary() *Vocabulary {
	return &Vocabulary{
		written:     map[string]int32{},
		folded:      map[string]int32{},
		stemNumbers: map[string]int32{},
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
	q := &Quote{Text: text, vocab: v}
	tokens, ids := v.tokens[:0], v.ids[:0]
	s := scanner{text: text}
	for {
		start, end, gap, ok := s.next()
		if !ok {
			break
		}
		if gap {
			// A run starts after the ellipsis, unless no word came before it.
			switch n := len(tokens); {
			case n == 0:
			case q.Runs == nil:
				q.Runs = []int{0, n}
			case n > q.Runs[len(q.Runs)-1]:
				q.Runs = append(q.Runs, n)
			}
			continue
		}
		id := v.number(text[start:end])
		tokens = append(tokens, Token{Word: v.words[id], Start: start, End: end})
		ids = append(ids, id)
	}
	v.tokens, v.ids = tokens, ids
	if q.Runs == nil {
		q.Runs = oneRun
	}
	if len(tokens) > 0 {
		q.Words, q.ids = v.arena.copy(tokens, ids)
	}
	return q
}

// oneRun is the Runs of a quote without ellipses between its words; the
// capacity of one makes an append copy it.
var oneRun = []int{0}[:1:1]

// number returns the number of a word as a quote writes it.
func (v *Vocabulary) number(written string) int32 {
	if id, ok := v.written[written]; ok {
		return id
	}
	w := fold(written)
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
	}
	v.written[written] = id
	return id
}

// tokenArena hands out the words of many quotes from a few large blocks.
type tokenArena struct {
	tokens []Token
	ids    []int32
}

const arenaBlock = 1 << 14

// copy returns copies of a quote's tokens and word numbers.
func (a *tokenArena) copy(tokens []Token, ids []int32) ([]Token, []int32) {
	n := len(tokens)
	if n > arenaBlock/4 {
		return append([]Token(nil), tokens...), append([]int32(nil), ids...)
	}
	if len(a.tokens)+n > cap(a.tokens) {
		a.tokens = make([]Token, 0, arenaBlock)
		a.ids = make([]int32, 0, arenaBlock)
	}
	at := len(a.tokens)
	a.tokens = append(a.tokens, tokens...)
	a.ids = append(a.ids, ids...)
	return a.tokens[at : at+n : at+n], a.ids[at : at+n : at+n]
}
