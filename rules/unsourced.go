package rules

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/quotediff"
)

func init() {
	kinds["unsourced-quote"] = &kind{
		summary:    "a draft quotes words that no source has",
		newOptions: func() any { return &unsourcedOptions{} },
		check:      checkUnsourced,
		// A quote that a source has in other words is a rewording: the
		// quote-fidelity finding shows the diff.
		supersededBy: []string{"quote-fidelity"},
		draftsOnly:   true,
	}
}

// defaultUnsourcedWords is the default of min-words: one or two quoted
// words are a scare quote or a term, not a quotation to source.
const defaultUnsourcedWords = 3

// unsourcedOptions configure an unsourced-quote rule.
type unsourcedOptions struct {
	// MinWords is the number of words below which a quote is not looked for.
	MinWords int `yaml:"min-words"`
}

func (o *unsourcedOptions) validate() []optionError {
	if o.MinWords < 0 {
		return []optionError{{"min-words", "expected a number of words, 0 or more"}}
	}
	return nil
}

func (o *unsourcedOptions) minWords() int {
	if o.MinWords == 0 {
		return defaultUnsourcedWords
	}
	return o.MinWords
}

// checkUnsourced looks for every quote of a draft in the sources: first in
// their quotes, whose parts a source may have split around its attribution,
// then in their text, which may give the words without quotation marks;
// typography is folded, and the draft's ellipses stand for words it left
// out. A quote found nowhere is a finding; its related locations are the
// speaker's quote nearest to it in each source. The sources searched are the
// documents of the claims: a document without any claim is not among them.
func checkUnsourced(r *Rule, p *pass) []Finding {
	all := p.claims
	o := r.options.(*unsourcedOptions)
	type pending struct {
		c *claims.Claim
		q *quotediff.Quote
	}
	v := quotediff.NewVocabulary() // the quotes are compared with each other
	var quotes []pending
	var sources []*document.Document
	var sourceQuotes []*claims.Claim
	seen := map[*document.Document]bool{}
	for _, c := range all {
		if c.Doc.Draft {
			if c.Kind != claims.KindQuote {
				continue
			}
			if q := v.Parse(withGaps(c)); q.WrittenWords() >= max(o.minWords(), 1) {
				quotes = append(quotes, pending{c, q})
			}
			continue
		}
		if !seen[c.Doc] {
			seen[c.Doc] = true
			sources = append(sources, c.Doc)
		}
		if c.Kind == claims.KindQuote {
			sourceQuotes = append(sourceQuotes, c)
		}
	}
	if len(quotes) == 0 {
		return nil
	}
	parsed := make([]*quotediff.Quote, len(sourceQuotes))
	for i, c := range sourceQuotes {
		parsed[i] = v.Parse(c.Value)
	}
	quotes = slices.DeleteFunc(quotes, func(p pending) bool { return slices.ContainsFunc(parsed, p.q.Within) })
	// One source's text at a time, parsed once and let go, and none once
	// every quote is found.
	for _, d := range sources {
		if len(quotes) == 0 {
			break
		}
		words := v.Parse(d.Text)
		quotes = slices.DeleteFunc(quotes, func(p pending) bool { return p.q.Within(words) })
	}
	speakers := canonicalSpeakers(all)
	out := make([]Finding, 0, len(quotes))
	for _, p := range quotes {
		f := Finding{Rule: r.ID, Level: r.Level, Subject: p.c.Subject, Location: location(p.c)}
		var others []string
		for _, c := range nearestQuotes(p.q, speakers[p.c.Key], speakers, sourceQuotes, parsed) {
			f.Related = append(f.Related, location(c))
			others = append(others, c.Doc.Source)
		}
		f.Message = r.render(messageData{Subject: p.c.Subject, Value: p.c.Value, Source: p.c.Doc.Source,
			Others: strings.Join(others, ", "), Sources: []string{p.c.Doc.Source}})
		out = append(out, f)
	}
	return out
}

// withGaps returns a quote claim's value with an ellipsis where one part of
// the quote ends and the next begins ("A," she said, "B." is "A, … B."), so
// that the parts are looked for in order but not side by side: a source may
// interrupt the quote elsewhere, or give its parts as two quotes. The value
// is the parts joined by a space, each as the document writes it, so the
// value and the document are walked side by side and a part ends where the
// document leaves the value at a joining space. A value that cannot be
// walked so is returned whole.
func withGaps(c *claims.Claim) string {
	text, doc := c.Value, c.Doc.Text[c.Start:min(c.End, len(c.Doc.Text))]
	if text == doc {
		return text
	}
	var b strings.Builder
	d := 0
	for q := 0; q < len(text); q++ {
		if d < len(doc) && doc[d] == text[q] {
			b.WriteByte(text[q])
			d++
			continue
		}
		probe := text[q+1 : min(len(text), q+13)]
		i := strings.Index(doc[d:], probe)
		if text[q] != ' ' || probe == "" || i < 0 {
			return text
		}
		b.WriteString(" … ")
		d += i
	}
	return b.String()
}

// nearestQuotes returns, for each source that quotes the speaker, the quote
// of theirs that shares the most words with q, in document order.
func nearestQuotes(q *quotediff.Quote, speaker string, speakers map[string]string, cs []*claims.Claim, parsed []*quotediff.Quote) []*claims.Claim {
	type scored struct {
		c     *claims.Claim
		score float64
	}
	best := map[*document.Document]scored{}
	for i, c := range cs {
		if speakers[c.Key] != speaker {
			continue
		}
		s := quotediff.Compare(q, parsed[i]).Similarity
		if b, ok := best[c.Doc]; !ok || s > b.score {
			best[c.Doc] = scored{c, s}
		}
	}
	out := make([]*claims.Claim, 0, len(best))
	for _, b := range best {
		out = append(out, b.c)
	}
	sort.Slice(out, func(i, j int) bool { return lessClaim(out[i], out[j]) })
	return out
}
