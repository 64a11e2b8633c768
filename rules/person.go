package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
)

func init() {
	kinds["title-consistency"] = &kind{
		summary:    "sources describe one person with titles that cannot all be true",
		newOptions: func() any { return &titleOptions{} },
		check:      checkTitles,
	}
}

// titleOptions configure a title-consistency rule.
type titleOptions struct {
	// Modifiers are the words of a title that change whether its holder holds
	// the office now ("former", "acting"): one source with the word and
	// another without it, for the same office, is a finding at the rule's level.
	Modifiers []string `yaml:"modifiers"`
	// Ranks are the words that make another office of the same name
	// ("deputy", "vice"): one source with the word and another without it is
	// a finding at office-level.
	Ranks []string `yaml:"ranks"`
	// Generic are the heads of titles that any office of the person may be
	// called ("official", "officer"): they agree with every office.
	Generic []string `yaml:"generic"`
	// OfficeLevel is the level of a different rank or a different office;
	// "none" reports neither.
	OfficeLevel string `yaml:"office-level"`
}

// Defaults of the options a rule leaves out.
var (
	defaultModifiers = []string{"former", "ex", "late", "acting", "interim", "elect", "incoming"}
	defaultRanks     = []string{"deputy", "vice", "assistant", "associate", "under"}
	defaultGeneric   = []string{"official", "officer", "leader", "member", "executive", "spokesperson", "reverend", "agent",
		"investigator", "owner", "trooper"}
)

func (o *titleOptions) validate() []optionError {
	if o.OfficeLevel != "" {
		if _, err := ParseLevel(o.OfficeLevel, true); err != nil {
			return []optionError{{"office-level", err.Error()}}
		}
	}
	return nil
}

// description is what one title claim says of its person: the office, the
// words that make it another office, and the words that say whether the
// person holds it now.
type description struct {
	office string   // folded, without modifiers: "fire chief"
	words  []string // the words that name the office, sorted: "chief", "fire"
	heads  []string // the heads among them: "chief"
	rank   string   // rank words, sorted and joined: "deputy"
	status string   // status words, sorted and joined: "former"
	past   bool     // the title is one the person held before: "former", "retired"
	// then is set for a title given as of the time a story looks back to
	// ("then-Governor", "under President Ruiz", "Mayor Ruiz's term"): it
	// says nothing of whether the person holds the office now.
	then bool
	// anyRank is set for an office named by a word that says no rank: an
	// assistant district attorney is a "prosecutor" as much as the
	// district attorney is.
	anyRank bool
}

func (o *titleOptions) describe(p *claims.Person) description {
	d := description{office: p.Office}
	var rank, status []string
	for _, m := range p.Modifiers {
		switch {
		case slices.Contains(o.Modifiers, m):
			status = append(status, statusSynonym(m))
		case slices.Contains(o.Ranks, m):
			rank = append(rank, m)
		}
		d.past = d.past || pastModifiers[m]
		d.then = d.then || m == "then"
	}
	words, heads := claims.OfficeWords(p.Office)
	// "Police Department representative" speaks for an organization; a
	// representative alone or of a state sits in a legislature.
	spokesperson := len(words) > 1 && !slices.Contains(words, "state") && !slices.Contains(words, "us")
	for i, w := range words {
		if w == "representative" && spokesperson {
			words[i] = "spokesperson"
			heads = slices.DeleteFunc(heads, func(h string) bool { return h == "representative" })
			heads = append(heads, "spokesperson")
		}
	}
	for _, w := range words {
		// Ranks and statuses inside the office as the extractor sees it:
		// "assistant chief", "president elect" (for "President-elect").
		switch {
		case slices.Contains(o.Ranks, w):
			rank = append(rank, w)
		case slices.Contains(o.Modifiers, w):
			status = append(status, statusSynonym(w))
		default:
			d.words = append(d.words, officeSynonym(w))
		}
	}
	for _, h := range heads {
		d.heads = append(d.heads, officeSynonym(h))
	}
	d.words, d.heads = oneWordOffices(d.words, d.heads)
	if prosecutesAsAttorney(d.words) {
		d.words, d.heads = asProsecutor(d.words), asProsecutor(d.heads)
	}
	if len(d.words) == 1 && policeRanks[d.words[0]] {
		rank = slices.DeleteFunc(rank, func(w string) bool { return w == "deputy" })
	}
	d.anyRank = len(d.words) == 1 && d.words[0] == "prosecutor"
	if len(d.heads) > 1 {
		// "head coach": the head of the office is the coach.
		d.heads = slices.DeleteFunc(d.heads, func(h string) bool { return h == "head" })
	}
	d.words, d.heads = sortedSet(d.words), sortedSet(d.heads)
	d.rank, d.status = strings.Join(sortedSet(rank), " "), strings.Join(sortedSet(status), " ")
	return d
}

// describer describes each title once: the many mentions of a person repeat
// a few titles.
type describer struct {
	o    *titleOptions
	seen map[string]description // office and modifiers -> description
}

func newDescriber(o *titleOptions) *describer {
	return &describer{o: o, seen: map[string]description{}}
}

// describe is titleOptions.describe; the description's slices are shared
// and must not be changed.
func (d *describer) describe(p *claims.Person) description {
	key := p.Office
	if len(p.Modifiers) > 0 {
		key += "\x00" + strings.Join(p.Modifiers, "\x00")
	}
	desc, ok := d.seen[key]
	if !ok {
		desc = d.o.describe(p)
		d.seen[key] = desc
	}
	return desc
}

// statusSynonym returns the word for a status that others say alike: an
// "interim director" is an "acting director".
func statusSynonym(w string) string {
	switch w {
	case "interim":
		return "acting"
	case "incoming":
		return "elect"
	case "ex":
		return "former"
	}
	return w
}

// policeRanks are the ranks that a sheriff's deputy holds: a "Deputy Sgt."
// is a deputy with the rank of sergeant, the "Sgt." of other sources, not
// the deputy of a sergeant.
var policeRanks = map[string]bool{"sergeant": true, "lieutenant": true, "captain": true, "corporal": true, "detective": true}

// pastModifiers say that a title is one its holder no longer holds.
var pastModifiers = map[string]bool{"former": true, "ex": true, "late": true, "retired": true, "then": true}

func sortedSet(s []string) []string {
	sort.Strings(s)
	return slices.Compact(s)
}

// officeSynonym writes the words that name one office in one way.
func officeSynonym(w string) string {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "chairman", "chairwoman", "chairperson":
		return "chair"
	case "congressman", "congresswoman", "congressmember":
		return "representative"
	case "councilman", "councilwoman", "councillor", "councilmember":
		return "councilor"
	case "assemblyman", "assemblywoman", "assemblymember":
		return "assemblymember"
	case "advisor":
		return "adviser"
	case "lawyer":
		return "attorney"
	case "superintendent":
		return "chief" // of police: the title of the chief in some cities
	case "physician":
		return "doctor"
	case "correspondent":
		return "reporter"
	case "justice":
		return "judge" // "Justice" is the title of judges of some courts
	}
	return w
}

// oneWordOffices writes as one word the offices that have a one-word name:
// a "prime minister" is a "premier".
func oneWordOffices(words, heads []string) ([]string, []string) {
	if !slices.Contains(words, "prime") || !slices.Contains(words, "minister") {
		return words, heads
	}
	primeMinister := func(w string) bool { return w == "prime" || w == "minister" }
	return append(slices.DeleteFunc(words, primeMinister), "premier"),
		append(slices.DeleteFunc(heads, primeMinister), "premier")
}

// prosecutesAsAttorney reports whether an office's words name an attorney
// who prosecutes for a public body: a district, county, city, state or
// United States attorney. Such an office is a prosecutor's, not a lawyer's:
// a former United States attorney may be a lawyer now.
func prosecutesAsAttorney(words []string) bool {
	if !slices.Contains(words, "attorney") || slices.Contains(words, "general") {
		return false // and an attorney general heads a state's lawyers
	}
	for _, w := range words {
		switch w {
		case "district", "county", "city", "state", "states", "u.s.", "us", "prosecuting":
			return true
		}
	}
	return false
}

func asProsecutor(words []string) []string {
	for i, w := range words {
		if w == "attorney" {
			words[i] = "prosecutor"
		}
	}
	return words
}

// sameOffice reports whether two offices may be the same: the words of one
// are all words of the other ("secretary of state" and "secretary",
// "Orlando police chief" and "chief").
func sameOffice(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return false
	}
	for _, w := range a {
		if _, found := slices.BinarySearch(b, w); !found {
			return false
		}
	}
	return true
}

// genericOnly reports whether the words of an office are generic heads
// alone ("official"), which any office of the person may be called.
func (o *titleOptions) genericOnly(words []string) bool {
	for _, w := range words {
		if !slices.Contains(o.Generic, w) {
			return false
		}
	}
	return true
}

// headKinds puts together the heads that may name one office: whoever
// leads a body, whatever the body calls the office ("FBI chief", "FBI
// director", "head of the FBI"); the attorneys, as a source may leave out
// whom a prosecutor serves ("Atty. Ines Marlow"); and the ministers, of whom
// a deputy prime minister may be one.
var headKinds = map[string]string{"chief": "leads", "director": "leads", "head": "leads",
	"attorney": "law", "prosecutor": "law", "minister": "cabinet", "premier": "cabinet"}

// otherOffice reports whether two descriptions name offices that one person
// is unlikely to hold at once: they share no head, and neither is a
// generic head ("official", "spokesman") or a title held before.
func (o *titleOptions) otherOffice(a, b description) bool {
	if a.past || b.past || len(a.heads) == 0 || len(b.heads) == 0 {
		return false
	}
	for _, h := range a.heads {
		if slices.Contains(o.Generic, h) {
			return false
		}
		if _, found := slices.BinarySearch(b.heads, h); found {
			return false
		}
		if kind := headKinds[h]; kind != "" && slices.ContainsFunc(b.heads, func(h string) bool { return headKinds[h] == kind }) {
			return false
		}
	}
	for _, h := range b.heads {
		if slices.Contains(o.Generic, h) {
			return false
		}
	}
	return true
}

// variant is the claims of one person that describe them alike, and the
// documents they stand in.
type variant struct {
	desc   description
	claims []*claims.Claim
	docs   map[*document.Document]bool
}

// checkTitles compares, for each person, the titles different sources give.
// The titles of one person fall into variants that describe them alike; a
// variant that conflicts with a variant more sources back is a finding in
// each document that gives it, with the other variant's claims in other
// documents as related locations.
func checkTitles(r *Rule, p *pass) []Finding {
	all := p.claims
	o := *r.options.(*titleOptions)
	if o.Modifiers == nil {
		o.Modifiers = defaultModifiers
	}
	if o.Ranks == nil {
		o.Ranks = defaultRanks
	}
	if o.Generic == nil {
		o.Generic = defaultGeneric
	}
	officeLevel := LevelWarning
	if o.OfficeLevel != "" {
		officeLevel, _ = ParseLevel(o.OfficeLevel, true)
	}
	var cs []*claims.Claim
	for _, c := range all {
		if c.Kind == claims.KindTitle && c.Person != nil && c.Person.Office != "" {
			cs = append(cs, c)
		}
	}
	d := newDescriber(&o)
	var out []Finding
	for _, g := range groupByKey(cs) {
		out = append(out, r.compareTitles(d, officeLevel, g.claims)...)
	}
	return out
}

func (r *Rule) compareTitles(d *describer, officeLevel Level, cs []*claims.Claim) []Finding {
	if !inSeveralDocuments(cs) {
		return nil
	}
	o := d.o
	vs := d.variants(cs)
	if len(vs) < 2 {
		return nil
	}
	// Offices one document gives the person together are both theirs.
	together := map[[2]string]bool{}
	for _, a := range vs {
		for _, b := range vs {
			if a != b && a.desc.office != b.desc.office && sharesDocument(a, b) {
				together[[2]string{a.desc.office, b.desc.office}] = true
			}
		}
	}
	type witness struct {
		v     *variant
		level Level
	}
	var out []Finding
	for i, v := range vs {
		// The variants ranked above v, those more documents back, are its witnesses.
		var against []witness
		for _, w := range vs[:i] {
			l := o.conflict(v.desc, w.desc, together[[2]string{v.desc.office, w.desc.office}], r.Level, officeLevel)
			if l > 0 && l < LevelNone {
				against = append(against, witness{w, l})
			}
		}
		if len(against) == 0 {
			continue
		}
		witnesses := make([][]*claims.Claim, len(against))
		for i, w := range against {
			witnesses[i] = firstPerDocument(w.v.claims)
		}
		for _, first := range firstPerDocument(v.claims) {
			f := Finding{Rule: r.ID, Subject: first.Subject, Location: location(first)}
			var others otherValues
			for i, w := range against {
				for _, c := range witnesses[i] {
					if c.Doc == first.Doc || apart(c.Doc, first.Doc) {
						continue // a source is no witness against itself, nor one of another month
					}
					f.Related = append(f.Related, location(c))
					f.Level = max(f.Level, w.level)
					others.add(c.Doc.Source, c.Value)
				}
			}
			if len(f.Related) == 0 {
				continue
			}
			f.Message = r.render(messageData{Subject: first.Subject, Value: first.Value, Source: first.Doc.Source,
				Others: others.String(), Sources: sourcesOf(v.claims)})
			out = append(out, f)
		}
	}
	return out
}

// titleWindow is how far apart two sources' publication dates may be for
// their titles to be compared: people change offices, and a president of
// one year is a former president some years later.
const titleWindow = 30 * 24 * time.Hour

// apart reports whether two documents were published too far apart for
// their titles to be compared; documents without a date are compared.
func apart(a, b *document.Document) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return false
	}
	d := a.Published.Sub(b.Published)
	return d > titleWindow || d < -titleWindow
}

// variants groups claims that describe their person alike: the same status
// and rank, and offices that may be the same. The variants come ranked, the
// one the most documents back first; on a tie, the one whose first claim
// comes last, so that a finding stands at the first.
func (ds *describer) variants(cs []*claims.Claim) []*variant {
	var vs []*variant
	for _, c := range cs {
		d := ds.describe(c.Person)
		if len(d.words) == 0 {
			continue // "harbor master": no word of it is known to name an office
		}
		d.then = d.then || d.status == "" && looksBack(c)
		var into *variant
		for _, v := range vs {
			if v.desc.status == d.status && v.desc.then == d.then && v.desc.rank == d.rank && sameOffice(v.desc.words, d.words) {
				into = v
				break
			}
		}
		if into == nil {
			into = &variant{desc: d, docs: map[*document.Document]bool{}}
			vs = append(vs, into)
		}
		into.claims = append(into.claims, c)
		into.docs[c.Doc] = true
	}
	for _, v := range vs {
		slices.SortStableFunc(v.claims, compareClaims)
	}
	slices.SortStableFunc(vs, func(a, b *variant) int {
		if len(a.docs) != len(b.docs) {
			return cmp.Compare(len(b.docs), len(a.docs))
		}
		return compareClaims(b.claims[0], a.claims[0])
	})
	return vs
}

// looksBack reports whether a title stands where a story looks back to the
// time its holder held it: after "under", "during" or "of" ("the death of
// Justice Ruiz", "under Presidents Ruiz and Soto") or as an owner ("President
// Ruiz's policies"). A former holder is still named so, and such a title
// is no witness that the person holds the office now.
func looksBack(c *claims.Claim) bool {
	text := c.Doc.Text
	rest := text[c.End:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	word, _ := wordBefore(text, c.Start)
	switch strings.ToLower(word) {
	case "under", "during", "of":
		return true
	}
	return false
}

// wordBefore returns the word before offset off, spaces skipped, and the
// offset of the space or mark before that word (-1 at the start of text).
func wordBefore(text string, off int) (word string, mark int) {
	before := strings.TrimRight(text[:off], " ")
	mark = strings.LastIndexAny(before, " \n\t(\"“")
	return before[mark+1:], mark
}

// Reads returns the span of its document's plain text that the rules read
// to check c: the claim, its figure as written, and the words around a
// title that say whether it looks back. A claim checked away from its
// document (claimlint check --claims) must keep at least this span.
func Reads(c *claims.Claim) (start, end int) {
	start, end = c.Start, c.End
	if q := c.Quantity; q != nil {
		start, end = min(start, q.Start), max(end, q.End)
	}
	if c.Kind == claims.KindTitle {
		text := c.Doc.Text
		_, mark := wordBefore(text, c.Start)
		start = min(start, max(mark, 0))
		for range 2 { // the code points of "’s"
			_, n := utf8.DecodeRuneInString(text[end:])
			end += n
		}
	}
	return start, end
}

func sharesDocument(a, b *variant) bool {
	for d := range a.docs {
		if b.docs[d] {
			return true
		}
	}
	return false
}

// conflict returns the level at which description a conflicts with b, or 0
// when both may be true. A different status of the same office (former
// against current) is at the rule's level, unless the office is a generic
// head alone (a former administration official is a party official still);
// a different rank of it (deputy chief against chief) and another office at
// officeLevel. Two offices one source gives together are no conflict.
func (o *titleOptions) conflict(a, b description, together bool, level, officeLevel Level) Level {
	same := sameOffice(a.words, b.words)
	switch {
	case same && a.rank == b.rank && a.status != b.status && !a.then && !b.then:
		if o.genericOnly(a.words) || o.genericOnly(b.words) {
			return 0
		}
		return level
	case same && a.rank != b.rank && a.status == b.status && !a.anyRank && !b.anyRank:
		return officeLevel
	case !same && !together && o.otherOffice(a, b):
		return officeLevel
	}
	return 0
}

func init() {
	kinds["name-spelling"] = &kind{
		summary:    "sources spell one person's name differently",
		newOptions: func() any { return &nameOptions{} },
		check:      checkNames,
	}
}

// nameOptions configure a name-spelling rule.
type nameOptions struct {
	// MaxEdits is how many letters two surnames may differ by for their
	// people to be taken as one when the given name and the role agree
	// ("John Philips" and "John Phillips", both police chiefs); 0 takes
	// only names that fold alike as one person. Default 2.
	MaxEdits *int `yaml:"max-edits"`
}

func (o *nameOptions) validate() []optionError {
	if o.MaxEdits != nil && (*o.MaxEdits < 0 || *o.MaxEdits > 3) {
		return []optionError{{"max-edits", fmt.Sprintf("%d letters is out of range, expected 0 to 3", *o.MaxEdits)}}
	}
	return nil
}

// checkNames compares how the mentions of each person spell each word of
// the name. The spelling most documents use is the person's; a mention that
// spells a word otherwise is a finding, once per document and spelling, with
// the mentions that spell it the common way as related locations. Curly and
// straight apostrophes, Unicode normal forms and words in capitals
// (headlines, datelines) do not count as spellings.
func checkNames(r *Rule, p *pass) []Finding {
	all := p.claims
	o := r.options.(*nameOptions)
	maxEdits := 2
	if o.MaxEdits != nil {
		maxEdits = *o.MaxEdits
	}
	var names, titles []*claims.Claim
	for _, c := range all {
		switch {
		case c.Person == nil:
		case c.Kind == claims.KindName:
			names = append(names, c)
		case c.Kind == claims.KindTitle && c.Person.Office != "":
			titles = append(titles, c)
		}
	}
	people := linkVariants(groupByKey(names), titles, maxEdits)
	var out []Finding
	for _, p := range people {
		out = append(out, r.compareSpellings(p)...)
	}
	return out
}

// person is the name claims of one person, with the surnames that other
// spellings of it were linked by.
type person struct {
	claims []*claims.Claim
	// slotOf maps the folded surname of a linked spelling to the folded
	// surname of the person's first key, so that both fill one slot.
	slotOf map[string]string
}

// linkVariants returns the people of the name claims grouped by key, with
// the people whose surnames differ by a letter or two joined when their
// given names fold alike and they hold the same office. The result follows
// the order of the groups.
func linkVariants(groups []keyGroup, titles []*claims.Claim, maxEdits int) []*person {
	titlesOf := map[string][]*claims.Claim{}
	for _, c := range titles {
		titlesOf[c.Key] = append(titlesOf[c.Key], c)
	}
	byGiven := map[string][]string{}
	for _, g := range groups {
		k := g.key
		if sp := strings.IndexByte(k, ' '); sp > 0 && len(titlesOf[k]) > 0 {
			byGiven[k[:sp]] = append(byGiven[k[:sp]], k)
		}
	}
	strict := newDescriber(&titleOptions{Ranks: defaultRanks})
	offices := map[string][][]string{} // key -> the office words of its titles, for the keys compared
	officesOf := func(k string) [][]string {
		if o, ok := offices[k]; ok {
			return o
		}
		var o [][]string
		for _, c := range titlesOf[k] {
			o = append(o, strict.describe(c.Person).words)
		}
		offices[k] = o
		return o
	}
	root := map[string]string{} // key -> the key it is linked to
	for _, ks := range byGiven {
		for i, a := range ks {
			for _, b := range ks[:i] {
				if surnameVariant(lastWord(a), lastWord(b), maxEdits) && holdsSameOffice(officesOf(a), officesOf(b)) {
					root[a] = rootOf(root, b)
					break // a key is linked once, to the first it may be
				}
			}
		}
	}
	people := make([]*person, 0, len(groups))
	byKey := map[string]*person{}
	for _, g := range groups {
		k := g.key
		rk := rootOf(root, k)
		p := byKey[rk]
		if p == nil {
			p = &person{}
			byKey[rk] = p
			people = append(people, p)
		}
		if rk != k {
			if p.slotOf == nil {
				p.slotOf = map[string]string{}
			}
			p.slotOf[lastWord(k)] = lastWord(rk)
		}
		if p.claims == nil {
			p.claims = g.claims // full: a person joined to it appends to a copy
		} else {
			p.claims = append(p.claims, g.claims...)
		}
	}
	return people
}

func rootOf(root map[string]string, k string) string {
	for {
		r, ok := root[k]
		if !ok {
			return k
		}
		k = r
	}
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// holdsSameOffice reports whether some office of one list may be one of the other.
func holdsSameOffice(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameOffice(x, y) {
				return true
			}
		}
	}
	return false
}

// surnameVariant reports whether two folded surnames differ by at most
// maxEdits letters (one for names shorter than seven letters, none for
// names shorter than five), but are not the same.
func surnameVariant(a, b string, maxEdits int) bool {
	if a == b {
		return false
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	n := min(la, lb)
	limit := 0
	switch {
	case n >= 7:
		limit = maxEdits
	case n >= 5:
		limit = min(maxEdits, 1)
	}
	if limit == 0 || la-lb > limit || lb-la > limit {
		return false
	}
	return text.EditDistance([]rune(a), []rune(b)) <= limit
}

// spelling is one way of writing one word of a name, and the documents
// that write it so.
type spelling struct {
	text string
	docs map[*document.Document]bool
}

// nameWord is one word of a name claim as it takes part in the comparison.
type nameWord struct {
	slot, text string
}

func (r *Rule) compareSpellings(p *person) []Finding {
	if !writtenSeveralWays(p.claims) {
		return nil // most people: nothing to compare
	}
	// The work is done once per way the name is written, not per mention.
	var written []string
	var docsOf [][]*document.Document // for each way written, its documents
	index := map[string]int{}         // way written -> its place in written
	for _, c := range p.claims {
		i, ok := index[c.Value]
		if !ok {
			i = len(written)
			index[c.Value] = i
			written = append(written, c.Value)
			docsOf = append(docsOf, nil)
		}
		if docs := docsOf[i]; len(docs) == 0 || docs[len(docs)-1] != c.Doc {
			docsOf[i] = append(docs, c.Doc)
		}
	}
	words := make(map[string][]nameWord, len(written))
	slots := map[string]map[string]*spelling{}
	for i, v := range written {
		for _, w := range strings.Fields(v) {
			if isCapitals(w) {
				continue // a headline or a dateline
			}
			slot := text.Fold(w)
			if s, ok := p.slotOf[slot]; ok {
				slot = s
			}
			nw := nameWord{slot: slot, text: spellingOf(w)}
			words[v] = append(words[v], nw)
			if slots[slot] == nil {
				slots[slot] = map[string]*spelling{}
			}
			sp := slots[slot][nw.text]
			if sp == nil {
				sp = &spelling{text: nw.text, docs: map[*document.Document]bool{}}
				slots[slot][nw.text] = sp
			}
			for _, d := range docsOf[i] {
				sp.docs[d] = true
			}
		}
	}
	common := map[string]*spelling{} // slot -> the spelling most documents use
	for slot, sps := range slots {
		if len(sps) > 1 {
			common[slot] = commonSpelling(sps)
		}
	}
	if len(common) == 0 {
		return nil
	}
	ordered := slices.Clone(p.claims)
	slices.SortStableFunc(ordered, compareClaims)
	reported := map[string]bool{}
	var out []Finding
	for _, c := range ordered {
		corrected, differs := correctSpelling(c.Value, words[c.Value], common)
		if len(differs) == 0 || reported[c.Doc.ID+"\x00"+c.Value] {
			continue
		}
		reported[c.Doc.ID+"\x00"+c.Value] = true
		f := Finding{Rule: r.ID, Level: r.Level, Subject: c.Subject, Location: location(c)}
		seen := map[*document.Document]bool{}
		for _, d := range ordered {
			if seen[d.Doc] || !spellsCommonly(words[d.Value], differs, common) {
				continue
			}
			seen[d.Doc] = true
			f.Related = append(f.Related, location(d))
		}
		if len(f.Related) == 0 {
			continue
		}
		verb := "sources spell"
		if len(seen) == 1 {
			verb = "source spells"
		}
		f.Message = r.render(messageData{Subject: c.Subject, Value: c.Value, Source: c.Doc.Source,
			Others: fmt.Sprintf("%d %s it %s", len(seen), verb, corrected), Sources: []string{c.Doc.Source}})
		out = append(out, f)
	}
	return out
}

// writtenSeveralWays reports whether the claims have more than one value.
func writtenSeveralWays(cs []*claims.Claim) bool {
	for _, c := range cs[min(1, len(cs)):] {
		if c.Value != cs[0].Value {
			return true
		}
	}
	return false
}

// commonSpelling returns the spelling the most documents use; on a tie, the
// one fewer drafts use (a draft loses a tie with its sources, as in every
// kind), then the one that keeps more of the name (accents, apostrophes,
// capitals, letters), then the first in byte order.
func commonSpelling(sps map[string]*spelling) *spelling {
	var best *spelling
	for _, sp := range sps {
		if best == nil || len(sp.docs) > len(best.docs) {
			best = sp
			continue
		}
		if len(sp.docs) < len(best.docs) {
			continue
		}
		if ds, db := draftsAmong(sp.docs), draftsAmong(best.docs); ds != db {
			if ds < db {
				best = sp
			}
			continue
		}
		if richer(sp.text, best.text) || !richer(best.text, sp.text) && sp.text < best.text {
			best = sp
		}
	}
	return best
}

// draftsAmong counts the drafts among documents.
func draftsAmong(docs map[*document.Document]bool) int {
	n := 0
	for d := range docs {
		if d.Draft {
			n++
		}
	}
	return n
}

// richer reports whether spelling a keeps more of a name than b.
func richer(a, b string) bool {
	ka, kb := richness(a), richness(b)
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] > kb[i]
		}
	}
	return false
}

func richness(s string) [4]int {
	var k [4]int
	for _, r := range s {
		switch {
		case r >= 0x80:
			k[0]++
		case r == '\'' || r == '-':
			k[1]++
		case 'A' <= r && r <= 'Z':
			k[2]++
		}
		k[3]++
	}
	return k
}

// correctSpelling returns the name written with the common spelling of each
// word, and the slots of the words it spells otherwise. The case of a
// particle ("de la" against "De La", "al-Nimr" against "Al-Nimr") is style,
// not spelling.
func correctSpelling(written string, words []nameWord, common map[string]*spelling) (string, []string) {
	var differs []string
	corrected := written
	for _, w := range words {
		c, ok := common[w.slot]
		if !ok || c.text == w.text || particlesInLowerCase(c.text) == particlesInLowerCase(w.text) {
			continue
		}
		differs = append(differs, w.slot)
		corrected = replaceWord(corrected, w.text, c.text)
	}
	return corrected, differs
}

// spellingOf is a word of a name as the comparison sees it: without the
// differences of typography, and without full stops, whose use after
// initials and suffixes ("Jr." and "Jr") is a matter of house style.
func spellingOf(w string) string {
	return strings.ReplaceAll(claims.NormalizeSpelling(w), ".", "")
}

// particlesInLowerCase writes the particles of a name word in lower case:
// "al-Nimr" for "Al-Nimr", "de" for "De".
func particlesInLowerCase(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if claims.IsNameParticle(p) {
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "-")
}

// replaceWord replaces the word that spells old, in its normal form, in s.
func replaceWord(s, old, repl string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if spellingOf(f) == old {
			fields[i] = repl
			return strings.Join(fields, " ")
		}
	}
	return s
}

// spellsCommonly reports whether a claim's words spell one of the slots the
// common way.
func spellsCommonly(words []nameWord, slots []string, common map[string]*spelling) bool {
	for _, w := range words {
		if slices.Contains(slots, w.slot) && common[w.slot].text == w.text {
			return true
		}
	}
	return false
}

// isCapitals reports whether a word is written in capitals: two letters or
// more and none in lower case.
func isCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}
