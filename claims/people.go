package claims

import (
	"strings"
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
	aliasOf := make(map[string]string, len(aliases)) // folded alias -> folded name
	given := make(map[string]string, len(aliases))   // folded name -> name as configured
	for alias, name := range aliases {
		k := text.Fold(name)
		aliasOf[text.Fold(alias)] = k
		given[k] = name
	}
	// A story names few people many times: each name is folded once.
	folded := map[string]string{}
	fold := func(name string) string {
		k, ok := folded[name]
		if !ok {
			k = text.Fold(name)
			folded[name] = k
		}
		return k
	}
	key := func(name string) string {
		k := fold(name)
		if a, ok := aliasOf[k]; ok {
			return a
		}
		return k
	}

	// People named in full, with the count of each spelling.
	spellings := map[string]map[string]int{} // folded full name -> spelling -> mentions
	var short []string                       // one-word names, as written
	forEachPerson(exs, func(p *Person, inMention bool) {
		if !inMention || p.Name == "" {
			return
		}
		if !isFullName(p.Name) {
			short = append(short, p.Name)
			return
		}
		k := key(p.Name)
		if spellings[k] == nil {
			spellings[k] = map[string]int{}
		}
		spellings[k][p.Name]++
	})
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
			aliasOf[longs[0]] = short
			delete(spellings, longs[0])
		}
	}
	surnames := map[string]string{} // folded surname -> folded full name, "" when several
	for k, sp := range spellings {
		for name := range sp {
			s := fold(surname(name))
			if prev, ok := surnames[s]; ok && prev != k {
				surnames[s] = ""
			} else {
				surnames[s] = k
			}
		}
	}

	// The name kept for each person, and for each name written the person.
	canonical := make(map[string]string, len(spellings)) // folded full name -> name kept
	for k, sp := range spellings {
		canonical[k] = preferredSpelling(sp)
		if name, ok := given[k]; ok {
			canonical[k] = name
		}
	}
	shortSpellings := map[string]map[string]int{}
	for _, name := range short {
		k := key(name)
		if _, ok := canonical[k]; ok {
			continue
		}
		if full := surnames[k]; full != "" {
			aliasOf[k] = full
			continue
		}
		if shortSpellings[k] == nil {
			shortSpellings[k] = map[string]int{}
		}
		shortSpellings[k][name]++
	}
	for k, sp := range shortSpellings {
		canonical[k] = preferredSpelling(sp)
	}
	rename := func(name string) (string, bool) {
		n, ok := canonical[key(name)]
		return n, ok
	}

	forEachPerson(exs, func(p *Person, _ bool) {
		if n, ok := rename(p.Name); ok {
			p.Name = n
		}
	})
	for _, ex := range exs {
		for i := range ex.Mentions {
			if q := ex.Mentions[i].Quote; q != nil {
				if n, ok := rename(q.Speaker); ok {
					q.Speaker = n
				}
			}
		}
		for i := range ex.Claims {
			c := &ex.Claims[i]
			if q := c.Quote; q != nil {
				if n, ok := rename(q.Speaker); ok {
					q.Speaker = n
				}
			}
			switch {
			case c.Person != nil:
				c.Subject, c.Key = c.Person.Name, fold(c.Person.Name)
			case c.Kind == KindQuote:
				if n, ok := rename(c.Subject); ok {
					c.Subject, c.Key = n, fold(n)
				}
			}
		}
	}
}

// forEachPerson calls f for every person of the mentions and then of the
// claims; inMention says which.
func forEachPerson(exs []*Extraction, f func(p *Person, inMention bool)) {
	for _, ex := range exs {
		for i := range ex.Mentions {
			if p := ex.Mentions[i].Person; p != nil {
				f(p, true)
			}
		}
		for i := range ex.Claims {
			if p := ex.Claims[i].Person; p != nil {
				f(p, false)
			}
		}
	}
}

// withoutMiddle returns a folded full name without its middle names and
// initials ("donald trump" for "donald j trump"), and false when it has
// none or ends with a suffix ("donald trump jr" is another person).
func withoutMiddle(key string) (string, bool) {
	words := strings.Fields(key)
	if len(words) < 3 || classOf(words[len(words)-1])&wSuffix != 0 {
		return "", false
	}
	short := words[0] + " " + surname(key)
	return short, short != key
}

// isFullName reports whether name has a given name as well as a surname.
func isFullName(name string) bool {
	words := strings.Fields(name)
	for _, w := range words[:max(len(words)-1, 0)] {
		if !isSurnameParticle(w) {
			return true
		}
	}
	return false
}

// surname returns the surname of a full name: its last word that is not a
// suffix or an initial, with the particles before it ("King" for "Martin
// Luther King Jr.", "Van Drew" for "Jeff Van Drew").
func surname(name string) string {
	words := strings.Fields(name)
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

// preferredSpelling returns the spelling written most often; ties go to the
// one with more letters outside ASCII (accents kept), then to the first in
// byte order.
func preferredSpelling(counts map[string]int) string {
	best, bestN, bestWide := "", -1, -1
	for s, n := range counts {
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
