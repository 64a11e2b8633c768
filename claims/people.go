package claims

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimlint/claimlint/internal/text"
)

// LinkPeople gives each person named in several documents one name
// everywhere, so that their title and name claims share one key.
//
// Two names are the same person when they fold alike (text.Fold: case,
// accents, apostrophes and dashes do not count), when aliases says so, when
// a name with middle names or initials ("Ana María Ruiz", "Ana M. Ruiz") is
// the only one that adds them to a name written without ("Ana Ruiz"), or
// when a one-word name ("Farfan-Mendez") is the surname of exactly one person
// named in full. The name kept is the spelling of the full name written most
// often; ties go to the spelling with more accented letters, then to the
// first in byte order. aliases maps a name to the name it stands for
// ("Donald J. Trump" -> "Donald Trump"), compared folded; the name it stands
// for is kept as written there.
//
// LinkPeople rewrites Person.Name of every person mention and claim, the
// Subject and Key of every claim about a person, and the speaker of every
// quote whose speaker is one of the names rewritten. The spellings as
// written stay in the name claims' Value. Its cost grows linearly with the
// number of mentions, and its result does not depend on map order.
func LinkPeople(exs []*Extraction, aliases map[string]string) {
	l := newLinker(aliases)
	names := namesWritten(exs)
	l.group(names)
	l.resolveAll(names)
	eachPart(exs, 64, func(part []*Extraction) {
		for _, ex := range part {
			l.rewrite(ex)
		}
	})
}

// linker holds what LinkPeople learns of the names of a story.
type linker struct {
	aliasOf map[string]string // folded alias -> folded name
	given   map[string]string // folded name -> name as configured
	// canonical is the name kept for each person, by folded name.
	canonical map[string]string
	// resolved is the renaming of every name written and kept, worked out
	// before the extractions are rewritten in parallel, which only read it.
	resolved map[string]resolvedName
	// settled is set when every name kept is renamed to itself, as it is
	// unless aliases chain: then renaming a name twice renames it once,
	// and rewrite renames each claim's person once.
	settled bool
}

// resolvedName is what a name becomes: the name kept for its person (to,
// with renamed true) or itself, the name folded, and the key that to
// resolves to.
type resolvedName struct {
	to      string
	renamed bool
	key     string
	toKey   string
}

func newLinker(aliases map[string]string) *linker {
	l := &linker{
		aliasOf: make(map[string]string, len(aliases)),
		given:   make(map[string]string, len(aliases)),
	}
	for alias, name := range aliases {
		k := text.Fold(name)
		l.aliasOf[text.Fold(alias)] = k
		l.given[k] = name
	}
	return l
}

// key returns the folded name of the person a folded name names, by the
// aliases known so far.
func (l *linker) key(folded string) string {
	if a, ok := l.aliasOf[folded]; ok {
		return a
	}
	return folded
}

// writtenName is a name as person mentions write it, with what grouping
// needs to know of it.
type writtenName struct {
	name     string
	mentions int
	folded   string
	full     bool   // the name has a given name as well as a surname
	surname  string // of a full name, folded
}

// namesWritten returns the names the person mentions write, each once, with
// the count of mentions of each. The extractions are read, and the names
// folded, in parallel.
func namesWritten(exs []*Extraction) []writtenName {
	var mu sync.Mutex
	var total map[string]int
	eachPart(exs, 64, func(part []*Extraction) {
		counts := map[string]int{}
		for _, ex := range part {
			for i := range ex.Mentions {
				if p := ex.Mentions[i].Person; p != nil && p.Name != "" {
					counts[p.Name]++
				}
			}
		}
		mu.Lock()
		defer mu.Unlock()
		if total == nil {
			total = counts
			return
		}
		for name, n := range counts {
			total[name] += n
		}
	})
	names := make([]writtenName, 0, len(total))
	for name, n := range total {
		names = append(names, writtenName{name: name, mentions: n})
	}
	eachPart(names, 1024, func(part []writtenName) {
		for i := range part {
			w := &part[i]
			w.folded = text.Fold(w.name)
			if w.full = isFullName(w.name); w.full {
				w.surname = text.Fold(surname(w.name))
			}
		}
	})
	return names
}

// group finds the people of the names written and the name kept for each.
func (l *linker) group(names []writtenName) {
	// People named in full, with the count of each spelling.
	spellings := make(map[string][]spelling, len(names)/2) // folded full name -> spellings
	var short []writtenName                                // one-word names
	for _, w := range names {
		if !w.full {
			short = append(short, w)
			continue
		}
		k := l.key(w.folded)
		spellings[k] = append(spellings[k], spelling{name: w.name, mentions: w.mentions, surname: w.surname})
	}
	// A full name with a middle name or initial is the person named by the
	// given name and surname alone, when it is the only such name.
	middles := map[string][]string{} // folded short name -> folded names with middles
	for k := range spellings {
		if short, ok := withoutMiddle(k); ok {
			if _, named := spellings[short]; named {
				middles[short] = append(middles[short], k)
			}
		}
	}
	for short, longs := range middles {
		if len(longs) == 1 {
			l.aliasOf[longs[0]] = short
			delete(spellings, longs[0])
		}
	}
	surnames := make(map[string]string, len(spellings)) // folded surname -> folded full name, "" when several
	for k, sps := range spellings {
		for _, sp := range sps {
			s := sp.surname
			if prev, ok := surnames[s]; ok && prev != k {
				surnames[s] = ""
			} else {
				surnames[s] = k
			}
		}
	}

	// The name kept for each person, and for each name written the person.
	l.canonical = make(map[string]string, len(spellings))
	for k, sp := range spellings {
		l.canonical[k] = preferredSpelling(sp)
		if name, ok := l.given[k]; ok {
			l.canonical[k] = name
		}
	}
	shortSpellings := map[string][]spelling{}
	for _, w := range short {
		k := l.key(w.folded)
		if _, ok := l.canonical[k]; ok {
			continue
		}
		if full := surnames[k]; full != "" {
			l.aliasOf[k] = full
			continue
		}
		shortSpellings[k] = append(shortSpellings[k], spelling{name: w.name, mentions: w.mentions})
	}
	for k, sp := range shortSpellings {
		l.canonical[k] = preferredSpelling(sp)
	}
}

// resolveAll works out the renaming of every name written in a mention and
// of every name kept. Renaming gives a name kept, so the renamings of a
// person's name and of its speeches' speakers, which LinkPeople rewrites
// once for each claim sharing them, are all found there.
func (l *linker) resolveAll(names []writtenName) {
	l.resolved = make(map[string]resolvedName, len(names)+len(l.canonical))
	add := func(name, folded string) {
		to, renamed := l.canonical[l.key(folded)]
		if !renamed {
			to = name
		}
		l.resolved[name] = resolvedName{to: to, renamed: renamed, key: folded}
	}
	for _, w := range names {
		add(w.name, w.folded)
	}
	for _, name := range l.canonical {
		if _, ok := l.resolved[name]; !ok {
			add(name, text.Fold(name))
		}
	}
	l.settled = true
	for name, r := range l.resolved {
		r.toKey = l.resolved[r.to].key // every name kept has been resolved
		l.resolved[name] = r
		if r.renamed && l.resolved[r.to].to != r.to {
			l.settled = false
		}
	}
}

// resolve returns what name becomes. It only reads the linker, so the
// extractions can be rewritten in parallel; a name not resolved before (a
// speaker no person mention writes) is worked out again each time.
func (l *linker) resolve(name string) resolvedName {
	if r, ok := l.resolved[name]; ok {
		return r
	}
	k := text.Fold(name)
	to, renamed := l.canonical[l.key(k)]
	if !renamed {
		return resolvedName{to: name, key: k, toKey: k}
	}
	return resolvedName{to: to, renamed: true, key: k, toKey: text.Fold(to)}
}

// rename returns the name kept for the person name names, and false when
// name is no person's.
func (l *linker) rename(name string) (string, bool) {
	r := l.resolve(name)
	return r.to, r.renamed
}

// rewrite gives the people and speakers of an extraction the names kept.
// A mention and its claims share their Person and Quote, renamed once for
// each of them.
func (l *linker) rewrite(ex *Extraction) {
	var last lastResolved
	for i := range ex.Mentions {
		if p := ex.Mentions[i].Person; p != nil {
			p.Name = last.resolve(l, p.Name).to
		}
	}
	for i := range ex.Claims {
		c := &ex.Claims[i]
		p := c.Person
		switch {
		case p == nil:
		case l.settled:
			// Renaming the name again would leave it as it is.
			r := last.resolve(l, p.Name)
			p.Name = r.to
			c.Subject, c.Key = r.to, r.toKey
		default:
			p.Name = l.resolve(p.Name).to
		}
	}
	for i := range ex.Mentions {
		if q := ex.Mentions[i].Quote; q != nil {
			if n, ok := l.rename(q.Speaker); ok {
				q.Speaker = n
			}
		}
	}
	for i := range ex.Claims {
		c := &ex.Claims[i]
		if q := c.Quote; q != nil {
			if n, ok := l.rename(q.Speaker); ok {
				q.Speaker = n
			}
		}
		switch {
		case c.Person != nil:
			if !l.settled {
				c.Subject, c.Key = c.Person.Name, l.resolve(c.Person.Name).key
			}
		case c.Kind == KindQuote:
			if r := l.resolve(c.Subject); r.renamed {
				c.Subject, c.Key = r.to, l.resolve(r.to).key
			}
		}
	}
}

// lastResolved remembers the last name resolved and what it became: the
// name and title claims of a mention come one after the other.
type lastResolved struct {
	name string
	r    resolvedName
	ok   bool
}

// resolve returns l.resolve(name).
func (m *lastResolved) resolve(l *linker, name string) resolvedName {
	if !m.ok || m.name != name {
		m.name, m.r, m.ok = name, l.resolve(name), true
	}
	return m.r
}

// eachPart calls f on parts of items, in parallel: one part a core, or all
// of them at once when there are fewer than fewest for each core.
func eachPart[T any](items []T, fewest int, f func(part []T)) {
	parts := min(runtime.GOMAXPROCS(0), len(items)/fewest)
	if parts <= 1 {
		f(items)
		return
	}
	var wg sync.WaitGroup
	size := (len(items) + parts - 1) / parts
	for start := 0; start < len(items); start += size {
		part := items[start:min(start+size, len(items))]
		wg.Go(func() { f(part) })
	}
	wg.Wait()
}

// withoutMiddle returns a folded full name without its middle names and
// initials ("donald trump" for "donald j trump"), and false when it has
// none or ends with a suffix ("donald trump jr" is another person).
func withoutMiddle(key string) (string, bool) {
	var first, last string
	n := 0
	for w := range strings.FieldsSeq(key) {
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	if n < 3 || classOf(last)&wSuffix != 0 {
		return "", false
	}
	short := first + " " + surname(key)
	return short, short != key
}

// isFullName reports whether name has a given name as well as a surname.
func isFullName(name string) bool {
	before := "" // the word before, "" for none
	for w := range strings.FieldsSeq(name) {
		if before != "" && !isSurnameParticle(before) {
			return true
		}
		before = w
	}
	return false
}

// surname returns the surname of a full name: its last word that is not a
// suffix or an initial, with the particles before it ("King" for "Martin
// Luther King Jr.", "Van Drew" for "Jeff Van Drew").
func surname(name string) string {
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(name) {
		words = append(words, w)
	}
	last := len(words) - 1
	for last > 0 {
		w := words[last]
		if classOf(lowerKey(strings.TrimSuffix(w, ",")))&wSuffix == 0 && (!strings.HasSuffix(w, ".") || utf8.RuneCountInString(w) > 2) {
			break
		}
		last--
	}
	first := last
	for first > 1 && isSurnameParticle(words[first-1]) {
		first--
	}
	return strings.Join(words[first:last+1], " ")
}

// spelling is a name as written and the number of mentions that write it,
// with its folded surname when it is a full name.
type spelling struct {
	name     string
	mentions int
	surname  string
}

// preferredSpelling returns the spelling written most often; ties go to the
// one with more letters outside ASCII (accents kept), then to the first in
// byte order.
func preferredSpelling(spellings []spelling) string {
	best, bestN, bestWide := "", -1, -1
	for _, sp := range spellings {
		s, n := sp.name, sp.mentions
		wide := len(s) - utf8.RuneCountInString(s)
		if n > bestN || n == bestN && (wide > bestWide || wide == bestWide && s < best) {
			best, bestN, bestWide = s, n, wide
		}
	}
	return best
}

// NormalizeSpelling returns a name as written, with the differences that
// are typography rather than spelling removed: Unicode composition (NFC),
// curly apostrophes and the modifier letter apostrophe ("O’Brien" is
// "O'Brien"), and the Unicode hyphens.
func NormalizeSpelling(name string) string {
	if isPlainASCII(name) {
		return name
	}
	return spellingReplacer.Replace(norm.NFC.String(name))
}

var spellingReplacer = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "‐", "-", "‑", "-")

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsNameParticle reports whether w is a particle that joins the parts of a
// name ("de", "van", "bin"), whatever its case.
func IsNameParticle(w string) bool {
	return classOf(lowerKey(w))&wParticle != 0
}
