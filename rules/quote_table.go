package rules

import (
	"hash/maphash"
	"slices"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/quotediff"
)

// quoteTable is the quote claims of a check parsed, and grouped into
// renderings, once for all the quote rules. It does not change once built,
// so rules that run at the same time can read it.
type quoteTable struct {
	vocab *quotediff.Vocabulary
	// all are the renderings of the quotes with words, in document order of
	// their first claims.
	all []*rendering
}

// renderings returns the renderings of at least minWords words, in
// document order of their first claims.
func (t *quoteTable) renderings(minWords int) []*rendering {
	out := make([]*rendering, 0, len(t.all))
	for _, x := range t.all {
		if x.q.WrittenWords() >= minWords {
			out = append(out, x)
		}
	}
	return out
}

// quoteTable returns the quote claims of the pass parsed and grouped into
// renderings, for all its quote rules.
func (p *pass) quoteTable() *quoteTable {
	p.quotesOnce.Do(func() { p.quotes = newQuoteTable(p.claims) })
	return p.quotes
}

// newQuoteTable parses the quote claims among all and groups them into
// renderings.
func newQuoteTable(all []*claims.Claim) *quoteTable {
	var quotes []*claims.Claim
	size := 0 // the bytes of the quotes
	for _, c := range all {
		if c.Kind == claims.KindQuote {
			quotes = append(quotes, c)
			size += len(c.Value)
		}
	}
	speakers := canonicalSpeakers(quotes)
	names := make(map[string]string, len(speakers))
	for _, c := range quotes {
		if names[c.Key] == "" {
			names[c.Key] = c.Subject
		}
	}
	t := &quoteTable{vocab: quotediff.NewVocabularyFor(size)}
	// The renderings by a hash of their speaker and words: byHash holds the
	// last rendering with a hash, and sameHash[k] the one before rendering k
	// (places in blocks.renderings, plus one; 0 for none).
	seed := maphash.MakeSeed()
	byHash := make(map[uint64]int32, len(quotes))
	var sameHash []int32
	blocks := struct { // at most a rendering a quote
		renderings []rendering
		claims     []*claims.Claim
		docs       []*document.Document
		docNumbers []int32
	}{make([]rendering, 0, len(quotes)), make([]*claims.Claim, len(quotes)), make([]*document.Document, len(quotes)), make([]int32, len(quotes))}
	docNumbers := map[*document.Document]int32{}
	var out []*rendering
	// A document's quotes come together, and often from one speaker.
	var lastDoc *document.Document
	var lastKey, speaker string
	var doc int32
	known := false // whether speaker is that of lastKey
	for _, c := range quotes {
		if c.Quote == nil {
			continue
		}
		q := t.vocab.Parse(c.Value)
		if q.Len() == 0 {
			continue
		}
		if !known || c.Key != lastKey {
			lastKey, speaker, known = c.Key, speakers[c.Key], true
		}
		h := maphash.String(seed, speaker)
		for _, id := range q.IDs() {
			h = (h ^ uint64(id)) * 0x100000001b3 // FNV-1a's prime
		}
		if c.Doc != lastDoc {
			n, ok := docNumbers[c.Doc]
			if !ok {
				n = int32(len(docNumbers))
				docNumbers[c.Doc] = n
			}
			lastDoc, doc = c.Doc, n
		}
		var r *rendering
		for k := byHash[h]; k != 0; k = sameHash[k-1] {
			if x := &blocks.renderings[k-1]; x.speaker == speaker && slices.Equal(x.q.IDs(), q.IDs()) {
				r = x
				break
			}
		}
		if r == nil {
			// Most renderings stand in one claim: they take it from blocks
			// that all share, and grow past it in memory of their own.
			k := len(blocks.renderings)
			blocks.renderings = append(blocks.renderings, rendering{speaker: speaker, name: names[speaker], q: q,
				claims: blocks.claims[k : k+1 : k+1], docs: blocks.docs[k : k+1 : k+1], docNumbers: blocks.docNumbers[k : k+1 : k+1]})
			r = &blocks.renderings[k]
			r.claims[0], r.docs[0], r.docNumbers[0] = c, c.Doc, doc
			sameHash = append(sameHash, byHash[h])
			byHash[h] = int32(k + 1)
			out = append(out, r)
			continue
		}
		r.claims = append(r.claims, c)
		if at, found := slices.BinarySearch(r.docNumbers, doc); !found {
			r.docNumbers = slices.Insert(r.docNumbers, at, doc)
			r.docs = append(r.docs, c.Doc)
		}
	}
	for _, r := range out {
		slices.SortStableFunc(r.claims, compareClaims)
	}
	slices.SortStableFunc(out, func(a, b *rendering) int { return compareClaims(a.first(), b.first()) })
	t.all = out
	return t
}
