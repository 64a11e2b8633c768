package claims

import (
	"bytes"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/text"
)

// extractPeople finds the people a document names, with the titles written
// before their names or in an appositive after them, resolves later mentions
// ("Sheinbaum", "President Sheinbaum") to the full name written elsewhere in
// the document, and makes a name claim of every mention and a title claim of
// every mention that carries a title.
func (a *analysis) extractPeople() {
	if a.scratch.personScanner == nil {
		a.scratch.personScanner = newPersonScanner()
	}
	found := a.scratch.personScanner.scan(a.text, a.scratch.personMentions[:0])
	titled := 0
	for i := range found {
		if found[i].person.Title != "" {
			titled++
		}
	}
	a.people = slices.Grow(a.people, len(found))
	a.claims = slices.Grow(a.claims, len(found)+titled)
	people := make([]Person, len(found)) // one allocation for all, not one each
	for i := range found {
		pm := &found[i]
		person := &people[i]
		*person = pm.person
		a.people = append(a.people, Mention{Kind: MentionPerson, Start: pm.start, End: pm.end, Person: person})
		a.claims = append(a.claims, Claim{Kind: KindName, Doc: a.doc, Start: pm.start, End: pm.end,
			Subject: person.Name, Key: pm.key, Value: pm.written, Person: person})
		if person.Title != "" {
			a.claims = append(a.claims, Claim{Kind: KindTitle, Doc: a.doc,
				Start: min(pm.start, pm.titleStart), End: max(pm.end, pm.titleEnd),
				Subject: person.Name, Key: pm.key, Value: person.Title, Person: person})
		}
	}
	a.scratch.personMentions = emptied(found) // no reference into the text stays in the scratch
}

// personMention is a person found in a text: the name as written and the
// title given with it.
type personMention struct {
	start, end           int // the name as written, with a nickname in it
	titleStart, titleEnd int // the title as written; both zero when there is none
	// written is the name as written, without a nickname: "Joaquín Guzmán"
	// for "Joaquín “El Chapo” Guzmán".
	written string
	person  Person
	key     string // the person's name folded
}

// scan appends the person mentions of s to out, in order, and leaves the
// scanner empty for the next text, with the memory it grew.
func (p *personScanner) scan(s string, out []personMention) []personMention {
	if len(s) > math.MaxInt32 {
		return out // past the reach of the tokens' offsets, and of any article
	}
	p.s = s
	// A word and the space after it take six bytes or so of news text:
	// room for a word every five bytes is made at once, rather than grown
	// step by step, which on a text of tens of megabytes holds the old
	// tokens and the new together.
	p.toks = tokenize(s, slices.Grow(p.toks, len(s)/5))
	p.findCandidates()
	out = p.resolve(out)
	p.reset()
	return out
}

func newPersonScanner() *personScanner {
	return &personScanner{offices: map[string]string{}, pairs: map[string]bool{},
		full: map[string]int{}, surnames: map[string]surnameList{}, firstWords: map[string]bool{}}
}

// reset empties the scanner for the next document, keeping the memory it
// holds but no reference into the last text.
func (p *personScanner) reset() {
	p.s, p.toks, p.cands, p.headlines = "", kept(p.toks), emptied(p.cands), kept(p.headlines)
	p.skipTo, p.lowerBuilt, p.lowerQueries = 0, false, 0
	p.folds.reset()
	p.pairs = emptiedMap(p.pairs)
	p.full = emptiedMap(p.full)
	p.surnames = emptiedMap(p.surnames)
	p.surnameLinks = kept(p.surnameLinks)
	p.firstWords = emptiedMap(p.firstWords)
}

// emptiedMap returns m emptied: cleared, or made anew when a long document
// filled it, since clearing a map costs as much as the most it held and a
// cleared map keeps its room.
func emptiedMap[K comparable, V any](m map[K]V) map[K]V {
	const most = 64 // entries, above what most documents need
	if len(m) > most {
		return make(map[K]V)
	}
	clear(m)
	return m
}

// The shapes of a token, as bits.
const (
	shCap        uint16 = 1 << iota // starts with an upper-case letter, or al-, el- and one
	shLower                         // starts with a lower-case letter
	shAcronym                       // two or more letters, all upper-case, without full stops: BBC
	shInitial                       // upper-case letters each followed by a full stop: J., J.D.
	shDigit                         // holds a digit
	shPossessive                    // followed by 's or ’s, which the token does not cover
	shSentStart                     // the first word of a sentence, line or list item
	shHeadline                      // on a line written in title case
	shLooked                        // class has been looked up
	shPlain                         // ASCII letters, all in lower case but perhaps the first
)

// What separates a token from the next.
const (
	gapSpace byte = iota // white space within a line
	gapComma             // a comma and white space
	gapBreak             // anything else: the end of a sentence or line, quotes, brackets
)

// token is a word of the text. Its offsets take 32 bits, which halves the
// memory a text's tokens fill and the time to write and read them.
type token struct {
	start, end int32     // the word, without a possessive 's
	full       int32     // the end of the word with its possessive 's
	class      wordClass // valid once shLooked is set
	shape      uint16
	gap        byte
}

// tokenize splits s into words, appending them to toks. It marks the words
// that start a sentence and those of lines written in title case (headlines,
// section heads, link lists), where capitals say nothing about names.
func tokenize(s string, toks []token) []token {
	sentStart := true
	var gap byte // the gap seen since the last token
	lineFirst := len(toks)
	var line lineCounts
	var last rune // the last character of the line that is not a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !isASCIIWordStart(c) {
			if c > ' ' {
				last = rune(c)
			}
			switch c {
			case ' ', '\t', '\r':
			case ',':
				gap = max(gap, gapComma)
			case '\n':
				gap, sentStart = gapBreak, true
				markHeadline(toks[lineFirst:], line, last)
				lineFirst, line, last = len(toks), lineCounts{}, 0
			case '.', '!', '?', ':', ';':
				gap, sentStart = gapBreak, true
			default:
				gap = gapBreak
			}
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if unicode.IsSpace(r) && r != '\u2028' && r != '\u2029' {
					i += size
					continue
				}
				gap, last = gapBreak, r
				switch r {
				case '\u2028', '\u2029':
					sentStart = true
					markHeadline(toks[lineFirst:], line, last)
					lineFirst, line, last = len(toks), lineCounts{}, 0
				case '…':
					sentStart = true // "… Removing Trump from office"
				}
				i += size
				continue
			}
		}
		if n := len(toks); n > 0 {
			toks[n-1].gap = gap
		}
		var shape uint16
		if sentStart {
			shape = shSentStart
		}
		sentStart, gap, last = false, gapSpace, 'a'
		// The token is written in place, field by field: a token built
		// aside and copied in is read back before its fields are stored.
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		if end, full, plain := plainWord(s, i); plain != 0 {
			t.start, t.end, t.full, t.shape = int32(i), int32(end), int32(full), shape|plain|shPlain
		} else {
			t.shape = shape
			scanWord(s, i, t)
		}
		if t.full > t.end {
			last = 's'
		}
		i = int(t.full)
		line.add(s, t)
		if i < len(s) && s[i] == ' ' {
			i++ // the usual single space, which changes nothing
			var passedGap byte
			var passed rune
			if toks, i, passedGap, passed = plainWords(s, i, toks, &line); passed != 0 {
				gap, last = passedGap, passed
			}
		}
	}
	if n := len(toks); n > 0 {
		toks[n-1].gap = gapBreak
	}
	markHeadline(toks[lineFirst:], line, last)
	return toks
}

// plainWords appends the tokens of the short plain words at s[i:] that are
// each followed by a single space or by a comma and a space, the run of most
// text: one eight-byte read finds each word and what follows it. It returns
// where it stopped, at a word or character tokenize reads, the gap after
// the last token, and the last character it passed that is not a space, or
// 0 when it made no token. The words follow a word and a space, so they
// start no sentence.
func plainWords(s string, i int, toks []token, line *lineCounts) ([]token, int, byte, rune) {
	var gap byte
	var last rune
	for i+8 <= len(s) {
		x := text.Load8(s, i)
		shape := shLower
		if c := byte(x); 'A' <= c && c <= 'Z' {
			shape = shCap
			x |= 0x20 // the first letter in lower case, for the run below
		}
		notLower := text.NonLower(x)
		if notLower&0x80 != 0 {
			break // no letter here
		}
		// The word's length, and the bytes after it, kept of the eight read.
		var n, kept int
		var after uint64
		switch {
		case notLower != 0:
			n = bits.TrailingZeros64(notLower) / 8
			after, kept = x>>(8*n), 8-n
		case i+16 <= len(s): // a longer word, which the next eight bytes may end
			y := text.Load8(s, i+8)
			m := text.NonLower(y)
			if m == 0 {
				return toks, i, gap, last
			}
			k := bits.TrailingZeros64(m) / 8
			n, after, kept = 8+k, y>>(8*k), 8-k
		default:
			return toks, i, gap, last
		}
		skip := 1
		switch {
		case byte(after) == ' ':
			gap = gapSpace
		case byte(after) == ',' && kept >= 2 && byte(after>>8) == ' ':
			gap, skip = gapComma, 2
		default:
			return toks, i, gap, last
		}
		toks = append(toks, token{}) // written in place, as tokenize writes its tokens
		t := &toks[len(toks)-1]
		t.start, t.end, t.full, t.shape, t.gap = int32(i), int32(i+n), int32(i+n), shape|shPlain, gap
		line.add(s, t)
		last = 'a'
		if gap == gapComma {
			last = ','
		}
		i += n + skip
	}
	return toks, i, gap, last
}

// maxHeadlineWords is the most words a headline has. Most lines of running
// text have more: counting stops there.
const maxHeadlineWords = 20

// lineCounts counts the words of a line that start with a letter, up to one
// more than maxHeadlineWords: all, the capitalized ones, and those of each
// kind with four letters or more that are no abbreviation.
type lineCounts struct {
	words, caps, long, longCaps int
}

// add counts token t of s.
func (n *lineCounts) add(s string, t *token) {
	if t.shape&(shCap|shLower) == 0 || n.words > maxHeadlineWords {
		return
	}
	n.words++
	isLong := t.end-t.start >= 4 && s[t.end-1] != '.'
	if isLong {
		n.long++
	}
	if t.shape&shCap != 0 {
		n.caps++
		if isLong {
			n.longCaps++
		}
	}
}

// markHeadline marks the tokens of a line, whose words n counts, as a
// headline when the line is written in title case. last is the last
// character of the line that is not a space.
func markHeadline(line []token, n lineCounts, last rune) {
	if n.words > maxHeadlineWords {
		return
	}
	// A line that ends like a sentence is running text, however many
	// names it holds.
	sentence := strings.ContainsRune(".,;:\"”’')", last) && (n.long < 6 || n.longCaps < n.long)
	if !sentence && ((n.long >= 3 && n.longCaps*4 >= n.long*3) || (n.words > 0 && n.words <= 4 && n.caps == n.words)) {
		for k := range line {
			line[k].shape |= shHeadline
		}
	}
}

// plainWord reads the word at s[i] when it is ASCII letters, all in lower
// case but perhaps the first, and what follows cannot continue it: most
// words of a text, which need none of scanWord's bookkeeping. It returns the
// word's end, its end with a possessive 's, and its shape, which is zero
// when scanWord must read the word.
func plainWord(s string, i int) (end, full int, shape uint16) {
	shape = shLower
	j := i
	if c := s[i]; 'A' <= c && c <= 'Z' {
		shape = shCap
		j++
	}
	// The run of lower-case letters, eight bytes at a time, which spares
	// a branch on every letter.
	for ; j+8 <= len(s); j += 8 {
		if notLower := text.NonLower(text.Load8(s, j)); notLower != 0 {
			j += bits.TrailingZeros64(notLower) / 8
			goto ended
		}
	}
	for j < len(s) && s[j]-'a' < 26 {
		j++
	}
ended:
	if j == i {
		return 0, 0, 0
	}
	if j == len(s) || plainEnds[s[j]] {
		return j, j, shape
	}
	switch s[j] {
	case '.':
		// The full stop after a word of three letters or more ends the
		// sentence, unless the word is an abbreviation ("Sen.").
		if n := j - i; n >= 3 && (n > 5 || !plainAbbreviations[packKey(s[i:j])|0x20]) {
			return j, j, shape
		}
	case '\'':
		if j+2 <= len(s) && s[j+1] == 's' && (j+2 == len(s) || plainEnds[s[j+2]]) {
			return j, j + 2, shape | shPossessive
		}
	case "’"[0]:
		if strings.HasPrefix(s[j:], "’s") && (j+4 == len(s) || plainEnds[s[j+4]]) {
			return j, j + 4, shape | shPossessive
		}
	}
	return 0, 0, 0
}

// plainEnds are the bytes that end a plain word: ASCII, and neither a letter
// or digit that would go on with it nor an apostrophe, hyphen or full stop
// that may.
var plainEnds = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isASCIIWordStart(byte(c)) && c != '\'' && c != '-' && c != '.'
	}
	return t
}()

func isASCIIWordStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// scanWord reads the word that starts at s[i], a letter or digit. A word
// holds letters, digits and marks, apostrophes and hyphens between letters
// ("O’Brien", "Farfán-Méndez"), and full stops between single letters
// ("U.S", "J.D"); a final full stop belongs to initials and to known
// abbreviations ("J.", "U.S.", "Mr.", "Jr.").
func scanWord(s string, i int, t *token) {
	t.start = int32(i)
	letters, upper, lower := 0, 0, 0
	segment, stops := 0, 0 // letters since the last full stop; full stops inside
	singleSegments := true
	first := true
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, without the unicode tables.
			switch {
			case 'a' <= c && c <= 'z':
				// Most bytes of a text are lower-case letters: take them in a run.
				j := i + 1
				for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
					j++
				}
				letters += j - i
				segment += j - i
				lower += j - i
				if first {
					t.shape |= shLower
				}
				first = false
				i = j
				continue
			case 'A' <= c && c <= 'Z':
				letters++
				segment++
				upper++
				if first {
					t.shape |= shCap
				}
			case '0' <= c && c <= '9':
				t.shape |= shDigit
				segment++
			case (c == '\'' || c == '-') && !first && letterAt(s, i+1):
				if segment > 1 {
					singleSegments = false
				}
				segment = 0
			case c == '.' && !first && segment <= 2 && letterAt(s, i+1) && !strings.ContainsAny(s[t.start:i], "-'’"):
				if segment > 1 {
					singleSegments = false
				}
				segment = 0
				stops++
			default:
				finishWord(s, t, i, letters, upper, lower, stops, singleSegments && segment <= 1)
				return
			}
			first = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r):
			letters++
			segment++
			if unicode.IsUpper(r) {
				upper++
				if first {
					t.shape |= shCap
				}
			} else {
				lower++
				if first {
					t.shape |= shLower
				}
			}
		case unicode.IsDigit(r):
			t.shape |= shDigit
			segment++
		case unicode.Is(unicode.Mn, r) && !first:
		case (r == '’' || r == '‐' || r == '‑') && !first && letterAt(s, i+size):
			if segment > 1 {
				singleSegments = false
			}
			segment = 0
		default:
			finishWord(s, t, i, letters, upper, lower, stops, singleSegments && segment <= 1)
			return
		}
		first = false
		i += size
	}
	finishWord(s, t, i, letters, upper, lower, stops, singleSegments && segment <= 1)
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func finishWord(s string, t *token, end, letters, upper, lower, stops int, singleSegments bool) {
	t.end, t.full = int32(end), int32(end)
	if end < len(s) && s[end] == '.' && (stops > 0 || letters == 1 || letters <= 5 && isAbbreviation(s[t.start:end])) {
		t.end, t.full = int32(end+1), int32(end+1)
		if upper == letters && singleSegments {
			t.shape |= shInitial
		}
	} else if stops > 0 && upper == letters && singleSegments {
		t.shape |= shInitial // "U.S" at the end of the text
	}
	if lower == 0 && letters >= 2 && stops == 0 {
		t.shape |= shAcronym
	}
	w := s[t.start:t.end]
	if n := len(w); n > 2 && (w[n-1] == 's' || w[n-1] == 'S') {
		switch {
		case w[n-2] == '\'':
			t.end -= 2
			t.shape |= shPossessive
		case n > 4 && w[n-4:n-1] == "’":
			t.end -= 4
			t.shape |= shPossessive
		}
	}
	// "al-Sadr", "el-Sisi": a lower-case article joined to a capitalized name.
	if t.shape&shLower != 0 && len(w) > 3 && w[2] == '-' && nameArticles[w[:2]] {
		if r, _ := utf8.DecodeRuneInString(w[3:]); unicode.IsUpper(r) {
			t.shape = t.shape&^shLower | shCap
		}
	}
}

// nameArticles are the lower-case articles that Arabic names join to the
// name with a hyphen.
var nameArticles = map[string]bool{"al": true, "el": true, "ad": true, "an": true, "ar": true, "as": true, "at": true, "az": true}

// abbreviations are the words whose final full stop marks an abbreviation
// rather than the end of a sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms mx dr sen gov rep lt sgt capt col gen det st jr sr prof rev
		supt insp cpl pvt adm maj cmdr ofc atty pres sec secy amb ft mt messrs hon sens reps`) {
		m[w] = true
	}
	return m
}()

// plainAbbreviations holds the abbreviations packed as packKey packs them,
// for the plain words, whose first letter alone may be a capital.
var plainAbbreviations = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range abbreviations {
		m[packKey(w)] = true
	}
	return m
}()

// isAbbreviation reports whether w is a known abbreviation ("Mr", "Sen").
func isAbbreviation(w string) bool {
	var buf [32]byte
	key, ok := asciiKey(w, &buf)
	return ok && abbreviations[string(key)]
}

// asciiKey writes into buf the key of an ASCII word w, as lowerKey does, and
// reports false when w is longer than buf or not ASCII.
func asciiKey(w string, buf *[32]byte) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case c == '.' || c == '\'':
		case 'A' <= c && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
		default:
			buf[n] = c
			n++
		}
	}
	return buf[:n], true
}

// lowerKeyBytes is lowerKey(w) written into buf when w is ASCII.
func lowerKeyBytes(w string, buf *[32]byte) []byte {
	if key, ok := asciiKey(w, buf); ok {
		return key
	}
	return []byte(lowerKey(w))
}

// hasKey reports whether set holds the lexicon key of w.
func hasKey(set map[string]bool, w string) bool {
	var buf [32]byte
	return set[string(lowerKeyBytes(w, &buf))]
}

// lowerKey is w in lower case without full stops, as the lexicon spells it.
func lowerKey(w string) string {
	var buf [32]byte
	if key, ok := asciiKey(w, &buf); ok {
		return string(key)
	}
	if len(w) > len(buf) {
		return ""
	}
	return strings.ReplaceAll(text.Fold(w), " ", "-")
}

// Evidence that a one-word name is a person's.
const (
	evTitle  uint8 = 1 << iota // a title stands before it: President Sheinbaum
	evSpeech                   // a verb of saying: Riley said, said Riley
	evAppos                    // an appositive with a role: Riley, a former official
)

// candidate is a name the scanner may report.
type candidate struct {
	first, last int // token indices of the name, inclusive
	// titleFirst and titleLast are the token indices of the title before the
	// name or of the appositive after it, inclusive; titleFirst is -1 when
	// there is none.
	titleFirst, titleLast int
	appositive            bool
	words                 int // name words that are not initials, particles or suffixes
	// weak is set for a name in a context where capitals mostly make other
	// proper names ("the Cook Political Report", "Office of Government
	// Ethics"): a longer name there is dropped, and a one-word name is a
	// person only as the surname of a full name found elsewhere.
	weak     bool
	evidence uint8
	// commonWord is set for a one-word name that is a common word ("Page",
	// "Brown"): it names only someone the text names in full with a given
	// name the lists know or with a title, a verb of saying or a role.
	commonWord bool
	// nickFirst and nickLast are the token indices of a quoted nickname
	// inside the name, inclusive; nickLast < nickFirst when there is none.
	nickFirst, nickLast int
	// key is the name folded, set when the candidates are resolved.
	key string
	// sharesSurname is set for a given name that borrows the surname of the
	// name "and" joins it to ("Hillary and Bill Clinton"): the words
	// between are skipped as a nickname is, and the mention is the given
	// name alone.
	sharesSurname bool
	// inHeadline is set for a full name read from a headline to resolve a
	// surname the running text writes alone: headlineNames reports it.
	inHeadline bool
}

type personScanner struct {
	s     string
	toks  []token
	cands []candidate
	// headlines are runs of capitalized words on title-case lines: they
	// are names only where they repeat a name found in running text.
	headlines [][2]int
	// skipTo is the token where the scan goes on when a name went past the
	// end of its run: "Joaquín “El Chapo” Guzmán".
	skipTo int
	// lowerWords holds the words written in lower case once lowerBuilt is
	// set, after more than lowerQueries questions.
	lowerWords   bloom
	lowerBuilt   bool
	lowerQueries int
	// folds remembers the folded forms of the names and words resolve
	// compares: a story repeats few names many times.
	folds foldMemo
	// offices holds the folded offices of titles, each keyed by itself,
	// from one document to the next.
	offices map[string]string
	// The tables of resolve, keyed by folded names.
	pairs    map[string]bool        // two-word names
	full     map[string]int         // full name -> candidate of its first mention
	surnames map[string]surnameList // surname -> full-name candidates, one per person
	// surnameLinks holds the lists of surnames, linked: a list for each
	// surname would be an allocation for each.
	surnameLinks []surnameLink
	firstWords   map[string]bool // first words of full names
}

// fold returns text.Fold(w), remembered for the document.
func (p *personScanner) fold(w string) string {
	return p.folds.get(w)
}

// internedOffice returns the string of a folded office, from the offices
// the scanner has met when it is one of them: a story's documents give
// the same few offices again and again.
func (p *personScanner) internedOffice(folded []byte) string {
	if f, ok := p.offices[string(folded)]; ok {
		return f
	}
	if len(p.offices) >= maxFolded {
		p.offices = make(map[string]string) // a fresh start costs less than clearing
	}
	f := string(folded)
	p.offices[f] = f
	return f
}

// maxFolded is the most folded offices a scanner keeps.
const maxFolded = 1 << 14

// cls returns the lexicon classes of token i.
func (p *personScanner) cls(i int) wordClass {
	t := &p.toks[i]
	if t.shape&shLooked == 0 {
		t.shape |= shLooked
		if t.shape&shInitial != 0 && t.end-t.start == 2 {
			t.class = 0 // "A." is an initial, not the article: "A. J. Smith"
		} else if k, ok := p.packedWord(i); ok {
			t.class = classOfPackedWord(k, int(t.end-t.start))
		} else if t.shape&shPlain != 0 {
			t.class = classOfPlainWord(p.s[t.start:t.end])
		} else {
			t.class = classOfWord(p.s[t.start:t.end])
		}
	}
	return t.class
}

func (p *personScanner) word(i int) string { return p.s[p.toks[i].start:p.toks[i].end] }

func (p *personScanner) isCap(i int) bool { return p.toks[i].shape&shCap != 0 }

// lowerIs reports whether token i is a lower-case word of one of classes c.
func (p *personScanner) lowerIs(i int, c wordClass) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].shape&shLower == 0 {
		return false
	}
	return !p.lacks(i, c) && p.cls(i)&c != 0
}

// lacks reports whether token i, before it is looked up, is known to have
// none of classes c: one probe of a small table tells that of most words.
// False says nothing.
func (p *personScanner) lacks(i int, c wordClass) bool {
	k, ok := p.packedWord(i)
	return ok && p.toks[i].shape&shLooked == 0 && lexicon.packedClassesNear(k)&c == 0
}

// packedWord returns token i packed as classOfPackedWord takes it, when it
// is a plain word of at most eight letters with eight bytes of text from its
// start.
func (p *personScanner) packedWord(i int) (uint64, bool) {
	t := &p.toks[i]
	n := int(t.end - t.start)
	if t.shape&shPlain == 0 || n > 8 || int(t.start)+8 > len(p.s) {
		return 0, false
	}
	// The word read with the bytes after it, which are masked off.
	return text.Load8(p.s, int(t.start)) & (1<<(8*n) - 1), true
}

// findCandidates walks the runs of capitalized words and finds the names
// and titles in them.
func (p *personScanner) findCandidates() {
	pending := [2]int{-1, -1} // a title-only run that ended in a comma: "Ambassador to Mexico, Ronald Johnson"
	for i := 0; i < len(p.toks); {
		if !p.isCap(i) {
			i++
			continue
		}
		j := p.runEnd(i)
		if p.toks[i].shape&shHeadline != 0 {
			p.headlines = append(p.headlines, [2]int{i, j})
			pending = [2]int{-1, -1}
		} else {
			pending = p.run(i, j, pending)
		}
		i = max(j, p.skipTo)
	}
}

// runEnd returns the end of the run of capitalized words that starts at
// token i: words joined by spaces, with the lower-case particles of names
// ("de", "van") and the words that join a title to its domain ("Secretary of
// State", "Secretary of Health and Human Services") between them.
func (p *personScanner) runEnd(i int) int {
	j := i
	for {
		t := &p.toks[j]
		j++
		if j >= len(p.toks) || t.shape&shPossessive != 0 {
			return j
		}
		if t.gap == gapComma && p.isCap(j) && p.cls(j)&wSuffix != 0 {
			continue // "King, Jr."
		}
		if t.gap != gapSpace {
			return j
		}
		if p.isCap(j) {
			continue
		}
		if j+1 >= len(p.toks) || p.toks[j].gap != gapSpace || p.toks[j].shape&shLower == 0 {
			return j
		}
		if t := &p.toks[j]; t.shape&shPlain != 0 && int(t.end-t.start) > runJoinerLen {
			return j // too long to join the run, which spares looking it up
		}
		if p.lacks(j, wParticle|wConnector|wArticle) && p.word(j) != "and" {
			return j // no word that may join the run
		}
		c := p.cls(j)
		switch {
		case c&wParticle != 0 && (p.isCap(j+1) || // "van der Berg", "de la Cruz"
			p.lowerIs(j+1, wParticle) && j+2 < len(p.toks) && p.toks[j+1].gap == gapSpace && p.isCap(j+2)):
		case c&wConnector != 0 && p.cls(j-1)&wHead != 0 && p.isCap(j-1) &&
			(p.isCap(j+1) || p.lowerIs(j+1, wArticle) && j+2 < len(p.toks) && p.toks[j+1].gap == gapSpace && p.isCap(j+2)):
		case c&wArticle != 0 && p.lowerIs(j-1, wConnector) && p.isCap(j+1):
		case p.word(j) == "and" && p.cls(j-1)&wDomain != 0 && p.isCap(j+1) && p.cls(j+1)&wDomain != 0:
		default:
			return j
		}
	}
}

// runJoinerLen is the length of the longest plain word that may join two
// capitalized words into one run: a particle, a connector or an article.
var runJoinerLen = lexicon.longestKey(wParticle | wConnector | wArticle)

// nameStart returns where the name begins after a title head at token h of
// the run [h, j): after the head, or after the domain that follows it.
func (p *personScanner) nameStart(h, j int) int {
	k := h + 1
	if k < j && p.lowerIs(k, wConnector) {
		k++
		isDomain := func(k int) bool {
			return p.lowerIs(k, wArticle) || p.word(k) == "and" ||
				p.cls(k)&(wDomain|wPlace|wNamePlace|wNationality|wOrgCue|wQualifier) != 0 || p.toks[k].shape&shAcronym != 0
		}
		if k < j && !isDomain(k) {
			// An unknown word after "of" is the domain, not a name: "Prince
			// of Whales", "Mayor of Springdale Doug Sprouse".
			k++
		}
		for k < j && isDomain(k) {
			k++
		}
	}
	return k
}

// run finds the title and the name in the run of capitalized words [i, j).
// pending is a title-only run that ended in a comma just before, or -1s; run
// returns such a title for the next run.
func (p *personScanner) run(i, j int, pending [2]int) [2]int {
	c := candidate{titleFirst: -1, nickLast: -1}
	// The title ends at the last head that has a name after it.
	ns := i
	h := -1
	for k := j - 1; k >= i; k-- {
		if p.cls(k)&(wHead|wHonorific) != 0 && p.toks[k].shape&shAcronym == 0 && (k+1 == j || p.cls(k+1)&wSuffix == 0) {
			if n := p.nameStart(k, j); n < j && !p.onlyHeads(n, j) {
				h, ns = k, n
				break
			} else if h < 0 {
				h, ns = k, j // a title with no name after it, unless an earlier head has one
			}
		}
	}
	if h >= 0 && hasKey(surnameHeads, p.word(h)) &&
		(ns >= j && h == j-1 && h == i || h > i && p.cls(h-1) == 0 && p.toks[h-1].shape&(shAcronym|shInitial) == 0) {
		// A surname that is also a title: "Gary King", "Christopher Head",
		// "King said"; or a middle name: "Christopher Dean Wright".
		h, ns = -1, i
	}
	if h >= 0 {
		tf := i
		for k := i; k < h; k++ {
			cl := p.cls(k)
			if cl&(wStop|wTime|wArticle) != 0 && cl&(wNationality|wQualifier|wHead|wModifier) == 0 ||
				cl == 0 && p.toks[k].shape&shAcronym != 0 && p.toks[k].end-p.toks[k].start > 4 { // "WATCHED"
				tf = k + 1
			}
		}
		if tf < h && p.toks[tf].shape&shSentStart != 0 && p.cls(tf) == 0 && p.toks[tf].shape&(shAcronym|shInitial) == 0 {
			tf++ // "Recently President Trump"
		}
		c.titleFirst, c.titleLast = tf, ns-1
		if tf == i {
			c.titleFirst = p.extendTitleLeft(i, true)
		}
	}
	if ns >= j {
		if h >= 0 && p.toks[j-1].gap == gapComma && !p.officeSought(c.titleFirst) {
			return [2]int{c.titleFirst, c.titleLast}
		}
		return [2]int{-1, -1}
	}
	// Words that start the run but are no part of a name: "The", "In
	// February", "Mexican" without a title after it.
	for ns < j && (p.cls(ns)&(wStop|wTime|wArticle|wNationality) != 0 || p.toks[ns].shape&shPlain == 0 && !p.capitalizedParts(ns)) {
		ns++ // also "Six-year-old"
	}
	if ns < j-1 && h < 0 && p.toks[ns].shape&shSentStart != 0 {
		if p.barsName(ns+1, p.dateCut(ns, j)) {
			// No name starts at ns or after it ("Senate Democrats"), so
			// it does not matter whether the first word is written in
			// lower case: the question is counted, not asked.
			p.skipLowerCaseQuestion()
			return [2]int{-1, -1}
		}
		if p.usedInLowerCase(ns) {
			ns++ // "Recent Gallup polling"
		}
	}
	if ns >= j {
		return [2]int{-1, -1}
	}
	j = p.dateCut(ns, j)
	if !p.nameWords(&c, ns, j) || p.namesPlace(j-1) {
		return [2]int{-1, -1}
	}
	for c.words > 2 && p.cls(c.last)&wCommon != 0 {
		c.last-- // "Alan Grayson Live"
		c.words--
	}
	if m, ok := p.nickname(c.last); ok {
		sur := candidate{}
		if e := p.runEnd(m + 1); p.nameWords(&sur, m+1, e) {
			c.nickFirst, c.nickLast = c.last+1, m
			c.last, c.words = sur.last, c.words+sur.words
			p.skipTo = e
		}
	}
	if c.titleFirst < 0 && pending[0] >= 0 && pending[1] == i-1 && pending[1] > pending[0] && c.words >= 2 {
		c.titleFirst, c.titleLast = pending[0], pending[1]
	}
	if c.titleFirst < 0 {
		if tf := p.extendTitleLeft(ns, false); tf < ns {
			c.titleFirst, c.titleLast = tf, ns-1
		}
	}
	if c.titleFirst >= 0 {
		c.evidence |= evTitle
	} else if last, ok := p.appositive(c.last); ok {
		c.titleFirst, c.titleLast, c.appositive = c.last+1, last, true
		if p.lowerIs(c.titleFirst, wArticle) {
			c.titleFirst++
		}
		c.evidence |= evAppos
	}
	if p.lowerIs(c.last+1, wSpeech) && p.toks[c.last].gap == gapSpace && p.toks[c.last].shape&shPossessive == 0 {
		c.evidence |= evSpeech
	}
	if c.first > 0 && p.toks[c.first-1].gap == gapSpace {
		if w := p.word(c.first - 1); w == "said" || w == "says" || w == "to" && c.first > 1 && p.word(c.first-2) == "according" {
			c.evidence |= evSpeech
		}
	}
	common := c.evidence&evTitle == 0 && p.allCommon(c)
	if common && !p.standsAsSurname(c) ||
		c.evidence&evTitle != 0 && c.last > c.first && p.cls(c.last)&wHead != 0 { // "Chief Information Officer"
		return [2]int{-1, -1}
	}
	if c.evidence&evTitle == 0 {
		c.weak = p.properNameContext(c.first)
		if c.weak && c.first != c.last || p.thingAfterA(&c) {
			return [2]int{-1, -1}
		}
		// A common word names someone only as the surname of a full name
		// the text writes: "Page" of "Bettie Page".
		c.weak, c.commonWord = c.weak || common, common
	}
	p.cands = append(p.cands, c)
	p.coordinatedGivenName()
	return [2]int{-1, -1}
}

// officeSought reports whether the title that starts at token k follows
// "for": an office someone is named or runs for, not one held ("his nominee
// for Surgeon General, Regina Benjamin").
func (p *personScanner) officeSought(k int) bool {
	return k > 0 && p.toks[k-1].gap == gapSpace && p.word(k-1) == "for"
}

// onlyHeads reports whether the words [i, j) are all heads, none of them a
// surname too: the end of a title ("Attorney General", "Chief Justice",
// "Mr. President"), not a name.
func (p *personScanner) onlyHeads(i, j int) bool {
	for k := i; k < j; k++ {
		if p.cls(k)&wHead == 0 || hasKey(surnameHeads, p.word(k)) {
			return false
		}
	}
	return true
}

// coordinatedGivenName adds, before the candidate just found, the given
// name that "and" joins to it when the two share its surname: "Hillary and
// Bill Clinton" names Hillary Clinton too. Both must be given names the
// lists know, so "Johnson and Bill Clinton" names no one more.
func (p *personScanner) coordinatedGivenName() {
	n := len(p.cands)
	c := &p.cands[n-1]
	k := c.first - 2
	if k < 0 || c.last == c.first || p.word(k+1) != "and" || c.nickLast >= c.nickFirst || !p.isCap(k) ||
		p.toks[k].gap != gapSpace || p.toks[k+1].gap != gapSpace || k > 0 && p.toks[k-1].gap == gapSpace && p.isCap(k-1) ||
		nameGender(p.word(k)) == genderUnknown || nameGender(p.word(c.first)) == genderUnknown {
		return
	}
	last := c.last
	for last > c.first && p.cls(last)&wSuffix != 0 {
		last-- // "Eric and Donald Trump Jr.": Eric Trump
	}
	if last == c.first {
		return // "Eric and Donald Jr." share no surname
	}
	given := candidate{first: k, last: last, titleFirst: -1, words: 2, evidence: c.evidence,
		nickFirst: k + 1, nickLast: last - 1, sharesSurname: true}
	if n >= 2 && p.cands[n-2].first == k {
		n-- // "Hillary" found alone before
	}
	found := *c
	p.cands = append(p.cands[:n-1], given, found)
}

// dateCut returns where a name that starts at token ns of the run [ns, j)
// ends because a date follows it. A weekday after a name is a date: "said
// Sheinbaum Friday", and so is a month with a day ("Trump July 4"); a month
// alone may be a surname: "Theresa May".
func (p *personScanner) dateCut(ns, j int) int {
	for k := ns + 1; k < j; k++ {
		if p.cls(k)&wTime != 0 && (p.cls(k)&wMonth == 0 || k+1 < len(p.toks) && p.toks[k+1].shape&shDigit != 0) {
			return k
		}
	}
	return j
}

// barsName reports whether a capitalized word among tokens [from, to) names
// an organization, an outlet, a place or a nationality, which nameWords
// takes for no name's: no name of the run holds it.
func (p *personScanner) barsName(from, to int) bool {
	for k := from; k < to; k++ {
		if cl := p.cls(k); p.isCap(k) && cl&(wOrgCue|wOutlet|wPlace|wNationality) != 0 && cl&wParticle == 0 {
			return true
		}
	}
	return false
}

// namesPlace reports whether the name that ends at token last is the
// possessive that names a county or an institution: "Prince George's
// County", "St. Jude's Hospital".
func (p *personScanner) namesPlace(last int) bool {
	next := last + 1
	return p.toks[last].shape&shPossessive != 0 && next < len(p.toks) && p.isCap(next) &&
		hasKey(possessivePlaces, p.word(next))
}

// possessivePlaces are the words that make a place or an institution of a
// possessive name before them.
var possessivePlaces = map[string]bool{"county": true, "parish": true, "hospital": true, "college": true,
	"university": true, "church": true, "school": true, "island": true, "academy": true}

// nickname reports the last token of a quoted nickname between the given
// name that ends at token last and the surname that follows it: "Joaquín
// “El Chapo” Guzmán".
func (p *personScanner) nickname(last int) (int, bool) {
	open := last + 1
	if open+1 >= len(p.toks) || p.toks[last].gap != gapBreak || !p.isCap(open) {
		return 0, false
	}
	if q := p.s[p.toks[last].full:p.toks[open].start]; q != " “" && q != " \"" {
		return 0, false
	}
	for m := open; m < open+3 && m+1 < len(p.toks); m++ {
		if p.toks[m].gap == gapSpace && p.isCap(m+1) {
			continue
		}
		q := p.s[p.toks[m].full:p.toks[m+1].start]
		return m, (q == "” " || q == "\" ") && p.isCap(m+1) && p.cls(m+1)&wStop == 0
	}
	return 0, false
}

// name returns the name of a candidate as written, without a nickname.
func (p *personScanner) name(c *candidate) string {
	if c.nickLast < c.nickFirst {
		return p.s[p.toks[c.first].start:p.toks[c.last].end]
	}
	return p.s[p.toks[c.first].start:p.toks[c.nickFirst-1].end] + " " + p.s[p.toks[c.nickLast+1].start:p.toks[c.last].end]
}

// properNameContext reports whether the name that starts at token k follows
// "the" or "of" after a capitalized word, where capitals mostly make the
// names of things: "the Deferred Action", "Office of Government Ethics".
func (p *personScanner) properNameContext(k int) bool {
	if k == 0 || p.toks[k-1].gap != gapSpace {
		return false
	}
	if p.cls(k-1)&wArticle != 0 && p.word(k-1) != "a" && p.word(k-1) != "an" {
		return true
	}
	return k >= 2 && p.lowerIs(k-1, wConnector) && p.toks[k-2].gap == gapSpace && p.isCap(k-2) &&
		p.toks[k-2].shape&shSentStart == 0
}

// thingAfterA reports whether a candidate of several words that follows
// "a" or "an" starts with no given name the lists know: the name of a thing
// ("a Wonderful Life", "a Cracker Barrel"), where a person's name after "a"
// starts with one ("a Ted Cruz rally").
func (p *personScanner) thingAfterA(c *candidate) bool {
	k := c.first
	if c.first == c.last || k == 0 || p.toks[k-1].gap != gapSpace || p.toks[k-1].shape&shLower == 0 {
		return false
	}
	if w := p.word(k - 1); w != "a" && w != "an" {
		return false
	}
	return !knownGivenName(p.fold(p.word(k)))
}

// nameWords checks that tokens [ns, j) make a name and records them in c.
func (p *personScanner) nameWords(c *candidate, ns, j int) bool {
	if j-ns > 7 || p.cls(ns)&wPlacePrefix != 0 {
		return false
	}
	c.first, c.last, c.words = ns, j-1, 0
	for k := ns; k < j; k++ {
		t := p.toks[k]
		cl := p.cls(k)
		switch {
		case t.shape&shDigit != 0 || t.shape&shPlain == 0 && (!p.capitalizedParts(k) || isContraction(p.word(k))):
			return false
		case t.shape&shLower != 0:
			if cl&wParticle == 0 || k == ns || k == j-1 {
				return false
			}
		case cl&(wOrgCue|wOutlet|wPlace|wNationality) != 0 && cl&wParticle == 0,
			cl&wStop != 0 && cl&wParticle == 0 && (k == ns || cl&wMonth == 0): // but "Theresa May"
			return false
		case t.shape&shInitial != 0:
		case cl&wSuffix != 0 && k == j-1 && k > ns:
		case t.shape&shAcronym != 0, t.end-t.start == 1: // "BBC", "John Q citizen"
			return false
		case k == j-1 && k > ns && hasKey(streetSuffixes, p.word(k)): // "Main St."
			return false
		default:
			c.words++
		}
	}
	return c.words >= 1 && c.words <= 4
}

// streetSuffixes are the abbreviations that end the names of streets.
var streetSuffixes = map[string]bool{"st": true, "ave": true, "av": true, "rd": true, "blvd": true, "ln": true,
	"dr": true, "ct": true, "hwy": true, "pkwy": true, "pl": true, "ter": true, "cir": true, "sq": true}

// isContraction reports whether w ends like "Weren’t", "I’ve" or "We'll".
// It reads only the end of the word: names are checked word by word.
func isContraction(w string) bool {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return false
	}
	for _, end := range contractionEnds {
		n := len(w) - len(end)
		if n > 0 && strings.EqualFold(w[n:], end) && (w[n-1] == '\'' || strings.HasSuffix(w[:n], "’")) {
			return true
		}
	}
	return false
}

var contractionEnds = [...]string{"t", "ve", "ll", "re", "m", "d"}

// capitalizedParts reports whether every part of a hyphenated word after the
// first starts with a capital, as in "Ocasio-Cortez" but not in
// "Medicaid-expanding".
func (p *personScanner) capitalizedParts(k int) bool {
	w := p.word(k)
	for h := strings.IndexByte(w, '-'); h >= 0; {
		w = w[h+1:]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && p.toks[k].shape&shLower == 0 {
			return false
		}
		h = strings.IndexByte(w, '-')
	}
	return true
}

// standsAsSurname reports whether the capitalized common word of a
// one-word candidate stands where a surname would: inside a sentence and
// before punctuation, a possessive or a verb ("photos of Page were", "Page
// said"), not before the noun it describes ("Black voters", "Young people").
func (p *personScanner) standsAsSurname(c candidate) bool {
	if c.first != c.last {
		return false
	}
	if c.evidence&evSpeech != 0 {
		return true // "Page said", "said Page": run read the verb of saying
	}
	t := p.toks[c.first]
	if t.shape&shSentStart != 0 {
		return false
	}
	if t.shape&shPossessive != 0 || t.gap != gapSpace && !strings.HasPrefix(p.s[t.full:], ":") { // not "Photos:"
		return true
	}
	if c.first+1 >= len(p.toks) || p.toks[c.first+1].shape&shLower == 0 {
		return false
	}
	next := p.word(c.first + 1)
	return surnameVerbs[next] || len(next) > 4 && strings.HasSuffix(next, "ed")
}

// surnameVerbs follow a surname as its verb; the verbs of saying give the
// candidate evSpeech before it is asked.
var surnameVerbs = setOf(`was is were are has had have will would could can did does
	called went came made took gave wore got became returned`)

// allCommon reports whether every word of the name is a common word.
func (p *personScanner) allCommon(c candidate) bool {
	for k := c.first; k <= c.last; k++ {
		if p.toks[k].shape&(shInitial|shLower) == 0 && p.cls(k)&(wCommon|wSuffix) == 0 {
			return false
		}
	}
	return true
}

// extendTitleLeft extends a title or a name that starts at token i to the
// left over lower-case modifiers, heads and qualifiers ("police chief Ana
// Ruiz") and, when a lower-case head was found, over the capitalized words
// that qualify it ("Mexico's president", "HHS official"). headSeen says whether the
// title already has a head; then only modifiers extend it ("former
// President"). It returns the new start.
func (p *personScanner) extendTitleLeft(i int, headSeen bool) int {
	start := i
	allowed := wModifier | wHead | wQualifier
	if headSeen {
		allowed = wModifier // "former President", not "drug recognition expert Sgt."
	}
	for k := i - 1; k >= 0 && p.toks[k].gap == gapSpace && p.toks[k].shape&shLower != 0; k-- {
		if p.lacks(k, allowed) {
			break
		}
		cl := p.cls(k)
		if cl&allowed == 0 || cl&wHead != 0 && pluralHead(p.word(k)) {
			break // also "told reporters Trump was"
		}
		if k == i-1 && adjectiveHeads[p.word(k)] && k > 0 &&
			(p.lowerIs(k-1, wArticle|wStop) || p.toks[k-1].shape&shPossessive != 0) {
			break // "the major Watergate case", "Trump's chief Washington ally"; but "police chief Ana Ruiz"
		}
		if cl&wHead != 0 {
			headSeen = true
		}
		start = k
	}
	if !headSeen {
		return i
	}
	// Capitalized words that qualify a lower-case title: "Mexico's
	// president", "HHS official", "Police chief".
	for k := start - 1; start < i && k >= 0 && start-k <= 3 && p.toks[k].gap == gapSpace && p.isCap(k) &&
		(p.cls(k)&(wPlace|wNamePlace|wNationality|wQualifier|wOrgCue) != 0 || p.toks[k].shape&shAcronym != 0); k-- {
		start = k
		if p.toks[k].shape&shPossessive != 0 {
			break
		}
	}
	// "former Ohio GOP chairman": a modifier before the qualifiers is the title's.
	for k := start - 1; start < i && k >= 0 && p.toks[k].gap == gapSpace && p.toks[k].shape&shLower != 0 &&
		p.cls(k)&wModifier != 0; k-- {
		start = k
	}
	return start
}

// surnameHeads are heads that are also common surnames: "Gary King".
var surnameHeads = map[string]bool{"king": true, "head": true, "bishop": true, "marshal": true, "judge": true,
	"major": true, "dean": true, "pope": true, "cardinal": true, "chancellor": true, "chamberlain": true}

// adjectiveHeads are heads that, in lower case after a determiner, are
// more often adjectives: "the major Watergate case".
var adjectiveHeads = map[string]bool{"major": true, "general": true, "chief": true, "private": true,
	"principal": true, "fellow": true, "head": true, "lead": true}

// appositive reports the last token of a role set off by a comma after the
// name that ends at token last: "Jack Riley, a former deputy administrator
// at the Drug Enforcement Administration". The role starts with an article
// or a lower-case title word and has a head among its first words.
func (p *personScanner) appositive(last int) (int, bool) {
	if p.toks[last].gap != gapComma || p.toks[last].shape&shPossessive != 0 {
		return 0, false
	}
	k := last + 1
	if k >= len(p.toks) {
		return 0, false
	}
	if p.lowerIs(k, wArticle) {
		k++
	} else if !p.lowerIs(k, wModifier|wHead|wQualifier) {
		return 0, false
	}
	head := false
	headAt := -1 // the token of the head
	end := -1
	for n := 0; k < len(p.toks) && n < 14; k, n = k+1, n+1 {
		t := p.toks[k]
		if t.shape&shLower != 0 {
			w := p.word(k)
			if isRelativePronoun(w) || w == "whose" || p.cls(k)&wSpeech != 0 || w == "and" && head || appositiveEnds[w] {
				break
			}
			if w == "and" && p.lowerIs(k+1, wArticle) {
				return 0, false // more than one: "Rahami, police and the mayor said"
			}
			if head && (simplePasts[w] || k == headAt+1 && p.startsClause(k)) {
				return 0, false // a clause of its own: "with Pence, the South Korean president made it clear"
			}
		}
		if n > 0 && p.isCap(k) && p.cls(k)&wTime != 0 {
			break // the date of what the clause tells: "the county's fire chief Monday"
		}
		if n > 0 && p.isCap(k) && p.lowerIs(k-1, wHead) && p.toks[k-1].gap == gapSpace &&
			p.cls(k)&(wHead|wQualifier|wDomain|wPlace|wNationality|wOrgCue|wOutlet|wTime|wStop|wArticle) == 0 {
			return 0, false // a title of the next name: "Dale Ames, coach Roy Wilkins and director Ruth Penn"
		}
		if p.cls(k)&wHead != 0 && n < 4 && !pluralHead(p.word(k)) {
			head, headAt = true, k
		}
		end = k
		if t.gap != gapSpace {
			break
		}
	}
	for end > last+1 && p.toks[end].shape&shLower != 0 && danglingWords[p.word(end)] {
		end-- // cut short by the length or a relative pronoun: "a top FBI lawyer with whom he"
	}
	return end, head && end >= 0
}

// danglingWords do not end a role: "the deputy marshal indicted in".
var danglingWords = setOf(`in of for on to at by from with as into about after the a an and or`)

// pluralHead reports whether w is the plural of a head ("scholars",
// "officials"): an appositive that names many people is no role of the one
// before it ("Ryan, the scholars say, ..."), nor a title written before a
// name ("told reporters Trump was").
func pluralHead(w string) bool {
	lower := strings.ToLower(w)
	n := len(lower)
	return n > 3 && lower[n-1] == 's' && classOf(lower[:n-1])&wHead != 0
}

// startsClause reports whether the lower-case word k, just after the head
// of a role set off by a comma, is the verb of a clause whose subject the
// role is, not part of an appositive: "the president never released
// them", "the senator dodged the question". A participle in an appositive
// is followed by a preposition or a name ("a lawyer based in Brussels", "a
// dog named Rex").
func (p *personScanner) startsClause(k int) bool {
	w := p.word(k)
	if clauseAdverbs[w] || w == "does" || w == "did" {
		return true
	}
	if k+1 >= len(p.toks) || p.toks[k].gap != gapSpace || p.toks[k+1].shape&shLower == 0 {
		return false
	}
	next := p.word(k + 1)
	if w == "also" {
		return p.cls(k+1)&wSpeech != 0 || simplePasts[next] // but "a lawyer also named in the suit"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && verbObjects[next]
}

// simplePasts are verbs in the past tense that are seldom participles after
// a role: the role before one is the subject of a clause of its own, not an
// appositive ("the president made it clear").
var simplePasts = setOf(`made took gave came went saw knew became began wrote spoke drove ate fell flew grew
	rose ran threw wore chose stole broke woke forgot`)

// clauseAdverbs stand between a subject and its verb, never in an
// appositive after its head: "the president never released them".
var clauseAdverbs = setOf(`never often always still already later repeatedly reportedly previously
	initially quickly immediately then`)

// verbObjects begin the object of a verb in the past tense, which a
// participle in an appositive does not have ("the senator dodged the
// question", but "a lawyer based in Brussels", "an officer recorded
// kneeling").
var verbObjects = setOf(`the a an his her their its my our your this these those me him them us it`)

// appositiveEnds are the verbs that end an appositive: after them the
// sentence goes on about the person ("Ana Ruiz, the owner of the motel, is
// ...", "the ex-partner of the mother is jailed").
var appositiveEnds = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true,
	"had": true, "have": true, "will": true, "would": true, "could": true, "can": true}

// resolve decides which candidates are people, resolves short mentions to
// the full names written elsewhere in the document, and appends the
// mentions to out.
func (p *personScanner) resolve(out []personMention) []personMention {
	for ci := range p.cands {
		c := &p.cands[ci]
		c.key = p.fold(p.name(c))
	}
	p.dropDatelinePlaces()
	p.dropBorrowedSurnames()
	// A long name that starts with a two-word name of the text is that name
	// with other words after it: "Colin Powell Blasts Trump". (One that ends
	// with one is not: "Eleanor Holmes Norton" is also "Holmes Norton".)
	pairs := p.pairs
	for ci := range p.cands {
		if c := &p.cands[ci]; c.last == c.first+1 {
			pairs[c.key] = true
		}
	}
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.last-c.first < 2 || c.words < 3 || c.nickLast >= c.nickFirst {
			continue
		}
		if pairs[p.fold(p.s[p.toks[c.first].start:p.toks[c.first+1].end])] {
			c.last = c.first + 1
			c.key = p.fold(p.name(c))
			if c.appositive {
				c.titleFirst, c.appositive = -1, false
			}
		}
	}
	p.headlineFullNames()
	// Full names, and the people each surname may stand for.
	full, surnames, firstWords := p.full, p.surnames, p.firstWords
	for ci := range p.cands {
		c := &p.cands[ci]
		if p.surnameOnly(c) {
			continue
		}
		if _, ok := full[c.key]; ok {
			continue
		}
		full[c.key] = ci
		firstWords[p.fold(p.word(c.first))] = true
		sk := p.fold(p.surname(c))
		p.addSurname(sk, ci)
		if i := strings.LastIndexByte(sk, ' '); i >= 0 {
			// "de la Cruz left": the capitalized word alone names her too.
			p.addSurname(sk[i+1:], ci)
		}
	}
	out = slices.Grow(out, len(p.cands))
	emit := func(first, last int, c *candidate, written string, named *candidate) {
		pm := personMention{start: int(p.toks[first].start), end: int(p.toks[last].end), written: written,
			person: Person{Name: p.name(named)}, key: named.key}
		if c != nil && c.titleFirst >= 0 {
			pm.titleStart, pm.titleEnd = int(p.toks[c.titleFirst].start), int(p.toks[c.titleLast].full)
			pm.person.Title = strings.TrimSpace(p.s[pm.titleStart:pm.titleEnd])
			pm.person.Office, pm.person.Modifiers = p.office(c.titleFirst, c.titleLast)
		}
		out = append(out, pm)
	}
	// nameOf resolves the surname written at token k, folded, to the
	// candidate that names the person in full.
	nameOf := func(surname string, k int, titled bool, g gender) (*candidate, bool) {
		l, ok := surnames[surname]
		if !ok {
			return nil, false
		}
		// When several people share the surname, a bare surname is the one
		// named first (news style introduces the main person first and
		// relatives later) and a titled one ("Sen. Romney") the one named
		// last before it; an honorific of one sex passes over the people
		// whose given name is of the other ("Mrs. Clinton" is not Bill
		// Clinton).
		best := -1
		for i := l.first; i >= 0; i = p.surnameLinks[i].next {
			ci := p.surnameLinks[i].cand
			if g != genderUnknown {
				if h := nameGender(p.name(&p.cands[ci])); h != genderUnknown && h != g {
					continue
				}
			}
			if best < 0 || titled && p.cands[ci].first < k && p.cands[ci].first > p.cands[best].first {
				best = ci
			}
		}
		if best < 0 {
			return nil, false
		}
		return &p.cands[best], true
	}
	hi := 0
	for ci := range p.cands {
		c := &p.cands[ci]
		for ; hi < len(p.headlines) && p.headlines[hi][0] < c.first; hi++ {
			out = p.headlineNames(out, p.headlines[hi], full, firstWords, nameOf)
		}
		if c.inHeadline {
			continue
		}
		written := p.name(c)
		if !p.surnameOnly(c) {
			named := c
			if fc, ok := full[c.key]; ok {
				named = &p.cands[fc]
			}
			if c.sharesSurname {
				emit(c.first, c.first, c, p.word(c.first), named)
				continue
			}
			emit(c.first, c.last, c, written, named)
			continue
		}
		if named, ok := nameOf(c.key, c.first, c.evidence&evTitle != 0, p.honorificGender(c)); ok {
			if !c.commonWord || named.evidence != 0 || knownGivenName(p.fold(p.word(named.first))) {
				emit(c.first, c.last, c, written, named) // not "Photos" of "Ferguson Photos"
			}
			continue
		}
		if c.weak || c.evidence == 0 || c.evidence&evTitle == 0 && p.cls(c.first)&wNamePlace != 0 {
			continue
		}
		if c.evidence&evTitle == 0 && p.toks[c.first].shape&shSentStart != 0 &&
			(c.evidence == evSpeech && strings.HasSuffix(written, "s") && !strings.Contains(written, "-") || p.usedInLowerCase(c.first)) {
			continue // "Scientists say", but not "Farrera-Montes said"
		}
		emit(c.first, c.last, c, written, c)
	}
	for ; hi < len(p.headlines); hi++ {
		out = p.headlineNames(out, p.headlines[hi], full, firstWords, nameOf)
	}
	return out
}

// headlineFullNames adds the full names that only a headline writes, for
// the surnames the running text writes alone: "Peter Capaldi announced as
// the new Doctor Who" over "Capaldi is best known for …". A name is a given
// name the lists know and the word after it, on one headline line.
func (p *personScanner) headlineFullNames() {
	body := len(p.cands)
	for _, r := range p.headlines {
		for k := r[0]; k+1 < r[1]; k++ {
			if p.toks[k].gap != gapSpace || !p.isCap(k+1) || p.toks[k+1].shape&shPlain == 0 ||
				k > r[0] && p.cls(k-1)&wPlacePrefix != 0 { // "San Francisco Board"
				continue
			}
			if p.cls(k+1)&(wOrgCue|wPlace|wNationality|wHead|wStop|wTime|wCommon) != 0 {
				continue
			}
			if given := p.fold(p.word(k)); !knownGivenName(given) || headlineWords[given] {
				continue
			}
			p.cands = append(p.cands, candidate{first: k, last: k + 1, titleFirst: -1, nickLast: -1, words: 2, inHeadline: true})
		}
	}
	if len(p.cands) == body {
		return
	}
	kept := p.cands[:body]
	for _, h := range p.cands[body:] {
		if p.writtenAlone(p.word(h.last), kept) {
			h.key = p.fold(p.name(&h))
			kept = append(kept, h)
		}
	}
	p.cands = kept
}

// writtenAlone reports whether the candidates write the surname alone and
// in no full name.
func (p *personScanner) writtenAlone(surname string, cands []candidate) bool {
	alone := false
	for ci := range cands {
		c := &cands[ci]
		if c.first == c.last || p.surnameOnly(c) {
			alone = alone || strings.EqualFold(p.word(c.last), surname)
			continue
		}
		if strings.EqualFold(p.word(p.surnameEnd(c)), surname) {
			return false // also "Eric H. Holder Jr."
		}
	}
	return alone
}

// headlineWords are given names that a headline writes as words: "Will
// Obama Veto …", "Residents Sue Washington".
var headlineWords = setOf(`will may sue`)

// honorificGender is the sex that the honorific in a candidate's title says
// ("Mrs.", "Mr."), if any.
func (p *personScanner) honorificGender(c *candidate) gender {
	if c.titleFirst < 0 {
		return genderUnknown
	}
	for k := c.titleFirst; k <= c.titleLast; k++ {
		if g := honorificGender(p.word(k)); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}

// surnameList is the full-name candidates of a surname, in the order they
// were added: the first and last of their links in surnameLinks.
type surnameList struct{ first, last int }

// surnameLink is a candidate of a surnameList and the link to the next, or
// -1.
type surnameLink struct{ cand, next int }

// addSurname adds candidate ci to the list of surname sk.
func (p *personScanner) addSurname(sk string, ci int) {
	n := len(p.surnameLinks)
	p.surnameLinks = append(p.surnameLinks, surnameLink{cand: ci, next: -1})
	l, ok := p.surnames[sk]
	if !ok {
		p.surnames[sk] = surnameList{n, n}
		return
	}
	p.surnameLinks[l.last].next = n
	l.last = n
	p.surnames[sk] = l
}

// dropBorrowedSurnames drops the given names that borrow a surname
// ("Hillary and Bernie Sanders") when the text names a person of that given
// name with another surname: Hillary Clinton, not Hillary Sanders.
func (p *personScanner) dropBorrowedSurnames() {
	var given []string // the given names that borrow a surname, folded
	for i := range p.cands {
		if c := &p.cands[i]; c.sharesSurname {
			given = append(given, firstWord(c.key))
		}
	}
	if len(given) == 0 {
		return
	}
	surnameOf := map[string]string{} // given name -> the surname written with it, "" when several
	for ci := range p.cands {
		c := &p.cands[ci]
		g := firstWord(c.key)
		if c.sharesSurname || c.last == c.first || !slices.Contains(given, g) || p.surnameOnly(c) {
			continue
		}
		s := p.fold(p.surname(c))
		if prev, ok := surnameOf[g]; ok && prev != s {
			s = ""
		}
		surnameOf[g] = s
	}
	kept := p.cands[:0]
	for ci := range p.cands {
		c := &p.cands[ci]
		if c.sharesSurname {
			if s, ok := surnameOf[firstWord(c.key)]; ok && s != p.fold(p.surname(c)) {
				continue
			}
		}
		kept = append(kept, *c)
	}
	p.cands = kept
}

// firstWord returns the words of s up to its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// dropDatelinePlaces drops the candidates that name a place the text's
// datelines name: "Calloway Harbor" after "CALLOWAY HARBOR — A fire broke
// out".
func (p *personScanner) dropDatelinePlaces() {
	places := p.datelinePlaces()
	if len(places) == 0 {
		return
	}
	kept := p.cands[:0]
	for _, c := range p.cands {
		if !places[c.key] {
			kept = append(kept, c)
		}
	}
	p.cands = kept
}

// datelinePlaces returns the folded places of the datelines of the text: the
// words in capitals that start a line and end at a dash, after a state and
// an agency ("BATON ROUGE, La. (AP) —").
func (p *personScanner) datelinePlaces() map[string]bool {
	var places map[string]bool
	for i := 0; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.shape&shAcronym == 0 || !lineStart(p.s, int(t.start)) {
			continue
		}
		j := i
		for j+1 < len(p.toks) && p.toks[j].gap == gapSpace && p.toks[j+1].shape&shAcronym != 0 {
			j++
		}
		if rest := p.s[p.toks[j].full:]; isDatelineEnd(rest[:min(len(rest), 40)]) {
			if places == nil {
				places = map[string]bool{}
			}
			places[text.Fold(p.s[t.start:p.toks[j].end])] = true
		}
		i = j
	}
	return places
}

// lineStart reports whether only white space stands between the start of a
// line and s[i].
func lineStart(s string, i int) bool {
	for i > 0 {
		switch s[i-1] {
		case ' ', '\t':
			i--
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// isDatelineEnd reports whether rest, the text after the place of a
// dateline, ends the dateline: a dash, after an optional state
// abbreviation (", La.", ", Ohio") and agency ("(AP)").
func isDatelineEnd(rest string) bool {
	if r, ok := strings.CutPrefix(rest, ","); ok {
		r = strings.TrimLeft(r, " ")
		k := 0
		for k < len(r) && (letterAt(r, k) || r[k] == '.') {
			k++
		}
		if k == 0 {
			return false
		}
		rest = r[k:]
	}
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "("); ok {
		k := strings.IndexByte(r, ')')
		if k < 0 {
			return false
		}
		rest = strings.TrimLeft(r[k+1:], " ")
	}
	for _, dash := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(rest, dash) {
			return true
		}
	}
	return false
}

// headlineNames appends the names of a title-case run [r[0], r[1]) that
// repeat a full name or a surname of running text.
func (p *personScanner) headlineNames(out []personMention, r [2]int, full map[string]int, firstWords map[string]bool,
	nameOf func(string, int, bool, gender) (*candidate, bool)) []personMention {
	if len(full) == 0 {
		return out // no name to repeat, nor surname
	}
	for k := r[0]; k < r[1]; k++ {
		if !p.isCap(k) {
			continue
		}
		matched := false
		longest := k // the last token of the longest full name that may start at k
		if firstWords[p.fold(p.word(k))] {
			longest = min(r[1]-1, k+4)
		}
		for last := longest; last > k; last-- {
			if fc, ok := full[p.fold(p.s[p.toks[k].start:p.toks[last].end])]; ok {
				named := &p.cands[fc]
				out = append(out, personMention{start: int(p.toks[k].start), end: int(p.toks[last].end),
					written: p.s[p.toks[k].start:p.toks[last].end], person: Person{Name: p.name(named)}, key: named.key})
				k, matched = last, true
				break
			}
		}
		if matched {
			continue
		}
		if named, ok := nameOf(p.fold(p.word(k)), k, false, genderUnknown); ok {
			out = append(out, personMention{start: int(p.toks[k].start), end: int(p.toks[k].end), written: p.word(k),
				person: Person{Name: p.name(named)}, key: named.key})
		}
	}
	return out
}

// surname returns a name's surname as written: its last word that is not a
// suffix or an initial, with the particles before it ("Van Drew" for "Jeff
// Van Drew", "de la Cruz" for "Maria de la Cruz").
func (p *personScanner) surname(c *candidate) string {
	last := p.surnameEnd(c)
	first := last
	for first-1 > c.first && isSurnameParticle(p.word(first-1)) {
		first--
	}
	return p.s[p.toks[first].start:p.toks[last].end]
}

// surnameEnd returns the token of the last word of a name's surname: its
// last word that is not a suffix or an initial.
func (p *personScanner) surnameEnd(c *candidate) int {
	last := c.last
	for last > c.first && (p.cls(last)&wSuffix != 0 || p.toks[last].shape&shInitial != 0) {
		last--
	}
	return last
}

// surnameOnly reports whether a name is a surname alone: one word, or
// particles and a word ("Van Drew").
func (p *personScanner) surnameOnly(c *candidate) bool {
	for k := c.first; k < c.last; k++ {
		if !isSurnameParticle(p.word(k)) {
			return false
		}
	}
	return true
}

// isSurnameParticle reports whether w is a particle that belongs to the
// surname after it: "de", "van", "Van", but not "Al".
func isSurnameParticle(w string) bool {
	var buf [32]byte
	key := lowerKeyBytes(w, &buf)
	if classIn(lexicon, key, fnvHash(key))&wParticle == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsUpper(r) || surnamePrefixes[string(key)]
}

// surnamePrefixes are the particles that start a surname written alone with
// a capital ("Van Drew", "De Niro"); "Al" and "El" more often start a given
// name or a place.
var surnamePrefixes = map[string]bool{"van": true, "von": true, "de": true, "del": true, "della": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "der": true, "den": true, "ten": true, "ter": true,
	"dos": true, "das": true, "do": true}

// usedInLowerCase reports whether the word at token k also appears in lower
// case in the text, as common words do. It asks a Bloom filter of the
// lower-case words, built on first use.
func (p *personScanner) usedInLowerCase(k int) bool {
	if !p.lowerBuilt && p.lowerQueries < 4 {
		// A few questions are cheaper to answer by searching the text.
		p.lowerQueries++
		return p.searchLowerCase(p.word(k))
	}
	if !p.lowerBuilt {
		p.lowerBuilt = true
		clear(p.lowerWords[:])
		for _, t := range p.toks {
			if t.shape&shLower != 0 {
				p.lowerWords.add(wordHash(p.s[t.start:t.end], false))
			}
		}
	}
	return p.lowerWords.has(wordHash(p.word(k), true))
}

// skipLowerCaseQuestion counts a question usedInLowerCase was spared, as
// usedInLowerCase counts those it answers: the questions after it are
// answered as they would have been had it been asked.
func (p *personScanner) skipLowerCaseQuestion() {
	if !p.lowerBuilt && p.lowerQueries < 4 {
		p.lowerQueries++
	}
}

// searchLowerCase reports whether w, with its first letter in lower case,
// is a word of the text. It finds the places of the word's rarest byte,
// fewer than those of its first letter, and looks for the word around them;
// an occurrence that overlaps one that is no word is passed over, as a
// search from the end of that one would.
func (p *personScanner) searchLowerCase(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	lw := string(unicode.ToLower(r)) + w[size:]
	if len(lw) > len(p.s) {
		return false
	}
	o := rarestByte(lw)
	from := 0 // where the next occurrence may start
	for off := o; ; {
		k := strings.IndexByte(p.s[off:], lw[o])
		if k < 0 {
			return false
		}
		i := off + k - o
		off += k + 1
		if i < from || !strings.HasPrefix(p.s[i:], lw) {
			continue
		}
		end := i + len(lw)
		if (i == 0 || !letterBefore(p.s, i)) && (end == len(p.s) || !letterAt(p.s, end)) {
			return true
		}
		from = end
	}
}

// lettersByFrequency are the lower-case letters from the most to the least
// common in English text.
const lettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz"

// rarestByte returns the index of the byte of w that is likely the rarest in
// a text: its least common lower-case letter, or sooner any other byte.
func rarestByte(w string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(w); i++ {
		rank := strings.IndexByte(lettersByFrequency, w[i])
		if rank < 0 {
			return i
		}
		if rank > bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// bloom is a Bloom filter of 16,384 bits with two hash functions.
type bloom [256]uint64

func (b *bloom) add(h uint64) {
	b[h>>8&255] |= 1 << (h & 63)
	b[h>>40&255] |= 1 << (h >> 32 & 63)
}

func (b *bloom) has(h uint64) bool {
	return b[h>>8&255]&(1<<(h&63)) != 0 && b[h>>40&255]&(1<<(h>>32&63)) != 0
}

// wordHash is the FNV-1a hash of w, with its first letter in lower case when
// lowerFirst is set.
func wordHash(w string, lowerFirst bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i == 0 && lowerFirst && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// office returns the office a title names and its modifiers, both folded:
// for "former U.S. Secretary of State", "secretary of state" and
// ["former"]. Honorifics, articles and the country or nationality that
// qualifies the title are left out; abbreviations are written out.
func (p *personScanner) office(first, last int) (string, []string) {
	lastHead := -1
	for k := first; k <= last; k++ {
		if p.cls(k)&wHead != 0 {
			lastHead = k
		}
	}
	var office [64]byte // the words of the office joined by spaces, as far as they fit
	words := office[:0]
	n := 0 // words in words
	var mods []string
	for k := first; k <= last; k++ {
		cl := p.cls(k)
		var buf [32]byte
		key := lowerKeyBytes(p.word(k), &buf)
		if pre, rest, ok := bytes.Cut(key, []byte("-")); ok && (string(pre) == "ex" || string(pre) == "then" || string(pre) == "former") {
			mods = append(mods, modifierName(string(pre)))
			key, cl = rest, classIn(lexicon, rest, fnvHash(rest))
		}
		switch {
		case cl&wModifier != 0 && k != lastHead:
			mods = append(mods, modifierName(string(key)))
		case cl&wHonorific != 0 && cl&wHead == 0:
		case cl&wArticle != 0 && p.toks[k].shape&shLower != 0:
		case n == 0 && (cl&(wPlace|wNamePlace|wNationality) != 0 || p.toks[k].shape&shPossessive != 0) &&
			!p.qualifiesAttorney(k, last):
		default:
			if n > 0 {
				words = append(words, ' ')
			}
			if w, ok := titleAbbreviations[string(key)]; ok {
				words = append(words, w...)
			} else {
				words = append(words, key...)
			}
			n++
		}
	}
	var folded [64]byte
	if b, ok := text.FoldASCII(words, &folded); ok {
		return p.internedOffice(b), mods
	}
	return text.Fold(string(words)), mods
}

// qualifiesAttorney reports whether word k is a place just before
// "attorney" in a title: a "U.S. Attorney" prosecutes, an attorney need not.
func (p *personScanner) qualifiesAttorney(k, last int) bool {
	return k < last && p.toks[k].shape&shPossessive == 0 && strings.EqualFold(p.word(k+1), "attorney")
}

// modifierName names a modifier as the Person.Modifiers list spells it.
func modifierName(key string) string {
	if key == "ex" || key == "resigned" { // "resigned RNC political director": one who was
		return "former"
	}
	return key
}

// titleAbbreviations are the abbreviated titles, written out.
var titleAbbreviations = map[string]string{
	"sen": "senator", "gov": "governor", "rep": "representative", "lt": "lieutenant", "sgt": "sergeant",
	"capt": "captain", "det": "detective", "gen": "general", "col": "colonel", "maj": "major",
	"adm": "admiral", "cpl": "corporal", "pvt": "private", "supt": "superintendent", "insp": "inspector",
	"prof": "professor", "rev": "reverend", "pres": "president", "sec": "secretary", "amb": "ambassador",
	"atty": "attorney", "ofc": "officer", "cmdr": "commander", "da": "district attorney",
	"sens": "senator", "reps": "representative", "secy": "secretary",
	"ceo": "chief executive officer", "co-founder": "cofounder", "vp": "vice president",
}
