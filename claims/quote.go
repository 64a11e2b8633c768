package claims

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/text"
)

// Quote extraction runs in three steps. A scanner finds the quoted stretches
// of every paragraph, telling quotation marks from apostrophes by what
// flanks them; stretches are grouped into quotes (a quote split around its
// attribution, a quote that runs on into the next paragraph); each quote is
// then attributed by reading the words around it.

// maxContext bounds how far from a quote its attribution is looked for, so a
// quote costs a fixed amount of work whatever the length of its paragraph.
const maxContext = 400

// quotePart is one quoted stretch of a paragraph.
type quotePart struct {
	open       int  // offset of the opening mark
	start, end int  // the quoted words, without marks and surrounding spaces
	close      int  // offset just past the closing mark; the paragraph end when unclosed
	closed     bool // false when the paragraph ended first
	para       int  // index of the paragraph in quoteExtractor.paragraphs
}

// quoteGroup is one quote: its parts and its attribution.
type quoteGroup struct {
	parts   []quotePart
	speaker speakerRef
	dropped bool // a scare quote or a title, not a quote
}

// speakerRef is the mention that attributes a quote.
type speakerRef struct {
	start, end int    // the mention; -1 when there is none
	name       string // resolved full name, the role phrase, or ""
	person     bool   // name is a person's name (not a role or a pronoun left unresolved)
	pronoun    bool   // the mention is a pronoun
	resolved   bool   // name is resolved to a full name
}

var noSpeaker = speakerRef{start: -1, end: -1}

func (s speakerRef) found() bool { return s.start >= 0 }

// markFamily groups the quotation marks that can close one another.
type markFamily uint8

const (
	famDouble markFamily = iota + 1 // " “ ” „ ‟
	famSingle                       // ' ‘ ’ ‚
	famGuillemet
	famSingleGuillemet
)

// quoteMarkAt reports the quotation mark that starts at s[i], if any.
func quoteMarkAt(s string, i int) (r rune, size int, fam markFamily) {
	switch c := s[i]; c {
	case '"':
		return '"', 1, famDouble
	case '\'':
		return '\'', 1, famSingle
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB:
				return '«', 2, famGuillemet
			case 0xBB:
				return '»', 2, famGuillemet
			}
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C, 0x9D, 0x9E, 0x9F:
				return rune(0x2000 | int(s[i+2]&0x3F)), 3, famDouble
			case 0x98, 0x99, 0x9A:
				return rune(0x2000 | int(s[i+2]&0x3F)), 3, famSingle
			case 0xB9, 0xBA:
				return rune(0x2000 | int(s[i+2]&0x3F)), 3, famSingleGuillemet
			}
		}
	}
	return 0, 0, 0
}

// nextMarkStart returns the index of the first byte of s[i:end] that can
// begin a quotation mark (", ', or the first byte of « » or of the curly
// marks), or end. Most bytes of a text begin none, so it tests eight at a
// time: for the two ASCII marks, and for any byte past ASCII, which is
// then looked at alone, as few of them are in English text.
func nextMarkStart(s string, i, end int) int {
	for i+8 <= end {
		w := text.Load8(s, i)
		m := text.BytesOf(w, '"') | text.BytesOf(w, '\'') | w&text.Highs
		if m == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(m) / 8
		if mayBeginMark(s[i]) {
			return i
		}
		i++
	}
	for ; i < end; i++ {
		if mayBeginMark(s[i]) {
			return i
		}
	}
	return end
}

// mayBeginMark reports whether c is ", ' or the first byte of « », or of
// the curly marks.
func mayBeginMark(c byte) bool { return c == '"' || c == '\'' || c == 0xC2 || c == 0xE2 }

// openMark is an opening quotation mark waiting for its close.
type openMark struct {
	pos, size int
	r         rune
	fam       markFamily
}

// closedBy reports whether the mark r of family fam can close the open mark o.
func (o openMark) closedBy(r rune, fam markFamily) bool {
	if o.fam != fam {
		return false
	}
	switch fam {
	case famGuillemet, famSingleGuillemet:
		return r != o.r
	}
	return true
}

// prefersOpen reports the marks that normally open a quote, prefersClose
// those that normally close one; straight marks do either.
func prefersOpen(r rune) bool  { return strings.ContainsRune("“„‟«‹‘‚", r) }
func prefersClose(r rune) bool { return strings.ContainsRune("”»›’", r) }

func isSpaceOrNone(r rune) bool { return r == utf8.RuneError || unicode.IsSpace(r) }

func isQuoteRune(r rune) bool { return strings.ContainsRune("\"'“”„‟«»‹›‘’‚", r) }

// opensAfter reports whether a quote can open after the rune p.
func opensAfter(p rune) bool {
	return isSpaceOrNone(p) || strings.ContainsRune("([{—–-―/…:;", p) || isQuoteRune(p)
}

// closesBefore reports whether a quote can close before the rune n.
func closesBefore(n rune) bool {
	return isSpaceOrNone(n) || unicode.IsPunct(n) || unicode.IsSymbol(n)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// elisions are the words that begin with an apostrophe ('em, 'til, rock 'n' roll).
var elisions = setOf(`n em til cause cuz tis twas bout round nuff kay sup`)

// isApostrophe reports whether the single mark at s[i:i+size], between the
// runes p and n, is an apostrophe rather than a quotation mark.
func isApostrophe(s string, i, size int, p, n rune) bool {
	if isWordRune(p) && isWordRune(n) {
		return true // don't, O'Brien
	}
	if !opensAfter(p) {
		return false
	}
	if unicode.IsDigit(n) {
		return true // '90s
	}
	j := i + size
	for j < len(s) && j-i < 8 && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	return elisions[s[i+size:j]] && (j == len(s) || !isWordRune(rune(s[j])))
}

// scanParagraph appends the top-level quoted stretches of text[ps:pe] to out.
// With singles false, single quotation marks open no quote at the top level:
// the second pass for a paragraph where a single mark never closed. A carried
// mark (fam not 0) is the quote of the paragraph before, left open, which this
// one goes on with until a mark closes it; it reports false when none does.
func scanParagraph(s string, ps, pe, para int, singles bool, carried openMark, out []quotePart) ([]quotePart, bool) {
	var stack [8]openMark
	depth := 0
	if carried.fam != 0 {
		stack[0], depth = carried, 1
	}
	for i := nextMarkStart(s, ps, pe); i < pe; i = nextMarkStart(s, i+1, pe) {
		r, size, fam := quoteMarkAt(s, i)
		if size == 0 {
			continue
		}
		if r == '\'' && i+1 < pe && s[i+1] == '\'' {
			// Doubled apostrophes are a typewriter convention of some news
			// archives, not a quotation mark of published text.
			i++
			continue
		}
		p, _ := utf8.DecodeLastRuneInString(s[ps:i])
		n, _ := utf8.DecodeRuneInString(s[i+size : pe])
		if fam == famSingle && isApostrophe(s, i, size, p, n) {
			i += size - 1
			continue
		}
		left := !isSpaceOrNone(n) && opensAfter(p)
		right := !isSpaceOrNone(p) && closesBefore(n)
		j := depth - 1
		for j >= 0 && !stack[j].closedBy(r, fam) {
			j--
		}
		var closeIt, openIt bool
		switch {
		case prefersOpen(r):
			closeIt = j >= 0 && right && !left
			openIt = !closeIt && (left || !right)
			if !closeIt && !openIt {
				closeIt = j >= 0
			}
		case prefersClose(r):
			openIt = left && !right
			closeIt = !openIt && j >= 0
		default:
			closeIt = j >= 0 && (right || !left)
			openIt = !closeIt && left
		}
		if fam == famSingle && !right && !left && j < 0 {
			openIt = false
		}
		switch {
		case closeIt:
			if j == 0 {
				out = appendPart(out, s, stack[0], i, i+size, para)
				carried.fam = 0
			}
			depth = j
		case openIt && (depth > 0 || singles || fam != famSingle):
			if depth < len(stack) {
				stack[depth] = openMark{pos: i, size: size, r: r, fam: fam}
				depth++
			}
		}
		i += size - 1
	}
	if carried.fam != 0 {
		return out, false
	}
	if depth > 0 {
		if stack[0].fam == famSingle {
			return out, false
		}
		out = appendPart(out, s, stack[0], pe, pe, para)
	}
	return out, true
}

// appendPart appends the stretch from the open mark o to the mark at
// [closeAt, closeEnd) unless it holds no words.
func appendPart(out []quotePart, s string, o openMark, closeAt, closeEnd, para int) []quotePart {
	start, end := o.pos+o.size, closeAt
	for start < end && isASCIISpace(s[start]) {
		start++
	}
	for end > start && isASCIISpace(s[end-1]) {
		end--
	}
	if start == end {
		return out
	}
	return append(out, quotePart{open: o.pos, start: start, end: end, close: closeEnd,
		closed: closeEnd > closeAt, para: para})
}

func isASCIISpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// span is a byte range [start, end) of the text.
type span struct{ start, end int }

// scanQuotes appends the paragraphs of the text and the quoted stretches in
// them to paras and parts. A double quote left open at the end of a
// paragraph goes on into the next when that one does not open with a mark of
// its own but closes one: text broken into a line a sentence, "“We are
// glad.\nWe start Monday,” she said."
func scanQuotes(s string, paras []span, parts []quotePart) ([]span, []quotePart) {
	var open openMark // the double quote the last paragraph left open
	for ps := 0; ps <= len(s); {
		i := strings.IndexByte(s[ps:], '\n')
		if i < 0 {
			i = len(s)
		} else {
			i += ps
		}
		para := len(paras)
		paras = append(paras, span{ps, i})
		n := len(parts)
		ok := false
		content := ps
		for content < i && isASCIISpace(s[content]) {
			content++
		}
		if open.fam != 0 && content < i {
			if _, size, _ := quoteMarkAt(s, content); size == 0 {
				carried := openMark{pos: content, r: open.r, fam: open.fam}
				if parts, ok = scanParagraph(s, ps, i, para, true, carried, parts); !ok {
					parts = parts[:n]
				}
			}
		}
		if !ok {
			if parts, ok = scanParagraph(s, ps, i, para, true, openMark{}, parts); !ok {
				parts, _ = scanParagraph(s, ps, i, para, false, openMark{}, parts[:n])
			}
		}
		if content < i {
			open = openMark{}
			if last := len(parts) - 1; last >= n && !parts[last].closed {
				if r, _, fam := quoteMarkAt(s, parts[last].open); fam == famDouble {
					open = openMark{r: r, fam: fam}
				}
			}
		}
		ps = i + 1
	}
	return paras, parts
}

// quotedAt reports whether the byte at pos is within the words of a quote.
func (x *quoteExtractor) quotedAt(pos int) bool {
	_, ok := x.quoteAt(pos)
	return ok
}

// quoteAt returns the part of a quote whose words hold the byte at pos.
func (x *quoteExtractor) quoteAt(pos int) (quotePart, bool) {
	i := sort.Search(len(x.parts), func(i int) bool { return x.parts[i].end > pos })
	if i < len(x.parts) && x.parts[i].start <= pos {
		return x.parts[i], true
	}
	return quotePart{}, false
}

// extractQuotes finds direct quotes and attributes them to their speakers.
func (a *analysis) extractQuotes() {
	buf := &a.scratch.quoteBuffers
	defer buf.empty()
	buf.words.forget()
	paras, parts := scanQuotes(a.text, buf.paragraphs[:0], buf.parts[:0])
	buf.paragraphs, buf.parts = paras, parts
	x := &quoteExtractor{analysis: a, personIndex: newPeopleIndex(a.people), paragraphs: paras,
		lastPerson: noSpeaker, buf: buf}
	parts = x.addBlockQuotes(parts)
	if len(parts) == 0 {
		return
	}
	x.parts = parts
	groups := x.groupQuotes(parts)
	for gi := range groups {
		x.attribute(groups, gi)
	}
	a.quotes = slices.Grow(a.quotes, len(groups))
	a.claims = slices.Grow(a.claims, len(groups))
	for gi := range groups {
		g := &groups[gi]
		if g.dropped {
			continue
		}
		for _, p := range g.parts {
			a.quoted = append(a.quoted, text.Span{Start: p.start, End: p.end})
		}
		first, last := g.parts[0], g.parts[len(g.parts)-1]
		q := &Quote{Text: x.partsText(g.parts), Speaker: g.speaker.name,
			SpeakerStart: g.speaker.start, SpeakerEnd: g.speaker.end}
		a.quotes = append(a.quotes, Mention{Kind: MentionQuote, Start: first.start, End: last.end, Quote: q})
		if q.Speaker != "" {
			a.claims = append(a.claims, Claim{Kind: KindQuote, Doc: a.doc, Start: first.start, End: last.end,
				Subject: q.Speaker, Key: x.speakerKey(q.Speaker), Value: q.Text, Quote: q})
		}
	}
}

// speakerKey returns text.Fold(speaker), folding each speaker of the text
// once: most speak more than once.
func (x *quoteExtractor) speakerKey(speaker string) string {
	key, ok := x.buf.speakerKeys[speaker]
	if !ok {
		key = text.Fold(speaker)
		if x.buf.speakerKeys == nil {
			x.buf.speakerKeys = map[string]string{}
		}
		x.buf.speakerKeys[speaker] = key
	}
	return key
}

// addBlockQuotes adds the block quotes to the quoted stretches: a paragraph
// without quotation marks after a paragraph that introduces speech and ends
// with a colon ("The ministry said in a statement:"), which is how a block
// quote of Markdown or HTML arrives in plain text.
func (x *quoteExtractor) addBlockQuotes(parts []quotePart) []quotePart {
	out := x.buf.merged[:0]
	k := 0
	for i := 1; i < len(x.paragraphs); i++ {
		hasParts := false
		for k < len(parts) && parts[k].para <= i {
			hasParts = hasParts || parts[k].para == i
			out = append(out, parts[k])
			k++
		}
		start, end := x.paraContentStart(i), x.paragraphs[i].end
		for end > start && isASCIISpace(x.text[end-1]) {
			end--
		}
		if hasParts || end-start < 20 || x.text[end-1] == ':' {
			continue
		}
		prev := x.prevNonBlankPara(i)
		if prev < 0 || !x.introducesSpeech(prev) {
			continue
		}
		out = append(out, quotePart{open: start, start: start, end: end, close: end, closed: true, para: i})
	}
	out = append(out, parts[k:]...)
	x.buf.merged = out
	return out
}

// introducesSpeech reports whether paragraph i ends with a colon after a
// speech verb and its speaker.
func (x *quoteExtractor) introducesSpeech(i int) bool {
	p := x.paragraphs[i]
	end := p.end
	for end > p.start && isASCIISpace(x.text[end-1]) {
		end--
	}
	if end == p.start || x.text[end-1] != ':' {
		return false
	}
	x.releaseTokens()
	toks := x.tokens(max(p.start, end-maxContext), end)
	toks = toks[x.sentenceStart(toks):]
	for k := range toks {
		if x.verbIn(toks, k) != 0 {
			return x.beforeAttribution(toks).found()
		}
	}
	return false
}

// partsText joins the words of the parts of a quote with single spaces.
func (x *quoteExtractor) partsText(parts []quotePart) string {
	if len(parts) == 1 {
		return x.text[parts[0].start:parts[0].end]
	}
	n := len(parts) - 1
	for _, p := range parts {
		n += p.end - p.start
	}
	var b strings.Builder
	b.Grow(n)
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.text[p.start:p.end])
	}
	return b.String()
}

// groupQuotes joins the parts of one quote: a quote left open at the end of
// a paragraph continues when the next paragraph opens with a quotation mark,
// and a quote interrupted by its attribution ("A," she said, "B.") resumes
// after it.
func (x *quoteExtractor) groupQuotes(parts []quotePart) []quoteGroup {
	groups := x.buf.groups[:0]
	for i := 0; i < len(parts); i++ {
		first := i
		for i+1 < len(parts) && x.continues(parts[i], parts[i+1]) {
			i++
		}
		groups = append(groups, quoteGroup{parts: parts[first : i+1 : i+1], speaker: noSpeaker})
	}
	x.buf.groups = groups
	return groups
}

// continues reports whether the part next carries on the quote of part p.
func (x *quoteExtractor) continues(p, next quotePart) bool {
	if !p.closed {
		return next.para > p.para && x.firstNonBlankPara(p.para+1) == next.para &&
			next.open == x.paraContentStart(next.para)
	}
	if next.para != p.para || next.open-p.close > 200 {
		return false
	}
	x.releaseTokens()
	gap := x.tokens(p.close, next.open)
	ref, used := x.afterAttribution(gap, true)
	if !ref.found() {
		return false
	}
	// The attribution and what follows it make one sentence at most.
	last := gap[len(gap)-1]
	for _, t := range gap[used:] {
		if t.isSentenceEnd(x.text) && t != last {
			return false
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(x.text[p.start:p.end]); r != '.' {
		return true // "We collaborate," she said, "but ..."
	}
	// After a full stop the quote resumes only after an attribution that is
	// a sentence of its own: "We collaborate." she said. "But ..."
	for _, t := range gap[used:] {
		if x.lowerIs(t, "that") || x.lowerIs(t, "but") {
			return false
		}
	}
	return last.isSentenceEnd(x.text)
}

// firstNonBlankPara returns the index of the first paragraph from i that
// holds more than spaces, or -1.
func (x *quoteExtractor) firstNonBlankPara(i int) int {
	for ; i < len(x.paragraphs); i++ {
		if x.paraContentStart(i) < x.paragraphs[i].end {
			return i
		}
	}
	return -1
}

// paraContentStart returns the offset of the first non-space byte of paragraph i.
func (x *quoteExtractor) paraContentStart(i int) int {
	p := x.paragraphs[i]
	j := p.start
	for j < p.end && isASCIISpace(x.text[j]) {
		j++
	}
	return j
}
