package claims

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed vocabulary.yml
var builtinVocabulary []byte

// VocabularyFile is the YAML shape of a vocabulary: the built-in one and the
// `vocabulary:` block of user rules.
type VocabularyFile struct {
	Nouns    map[string][]string `yaml:"nouns"`
	Events   map[string][]string `yaml:"events"`
	Demonyms map[string]string   `yaml:"demonyms"`
	// People maps a person's name to the other names they go by
	// ("Donald Trump": ["Donald J. Trump"]).
	People map[string][]string `yaml:"people"`
}

// Vocabulary binds the words of a text to what they mean for comparison:
// counted nouns to their synonym set, event words to their event, demonyms and
// place names to one qualifier.
type Vocabulary struct {
	nouns    map[string]string // lemma -> set name
	events   map[string]string // word or phrase -> event name
	maxEvent int               // words in the longest event phrase
	// eventStarts are the first words of the event phrases, for counts to
	// rule out most words of a sentence without building phrases.
	eventStarts eventStarts
	places      map[string]string // lower-case place name -> qualifier
	demonyms    map[string]string // lower-case demonym -> qualifier
	aliases     map[string]string // another name of a person -> the name kept
	// eventEnds are how the event phrases that may date an event end, for
	// dates to look for cheaply before they bind.
	eventEnds *eventEnds
}

// DefaultVocabulary returns the built-in vocabulary.
func DefaultVocabulary() *Vocabulary {
	var f VocabularyFile
	if err := yaml.Unmarshal(builtinVocabulary, &f); err != nil {
		panic(fmt.Sprintf("built-in vocabulary: %v", err)) // a build defect, caught by every test
	}
	v := &Vocabulary{nouns: map[string]string{}, events: map[string]string{}, places: map[string]string{},
		demonyms: map[string]string{}, aliases: map[string]string{}, eventStarts: eventStarts{words: map[string]int{}}}
	v.Add(&f)
	return v
}

// Add merges f into v; a word already known moves to f's set.
func (v *Vocabulary) Add(f *VocabularyFile) {
	for _, name := range slices.Sorted(maps.Keys(f.Nouns)) {
		for _, w := range append([]string{name}, f.Nouns[name]...) {
			v.nouns[Singular(strings.ToLower(w))] = name
		}
	}
	for _, name := range slices.Sorted(maps.Keys(f.Events)) {
		for _, w := range append([]string{name}, f.Events[name]...) {
			w = strings.ToLower(w)
			v.events[w] = name
			v.maxEvent = max(v.maxEvent, strings.Count(w, " ")+1)
			v.eventStarts.add(w)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(f.People)) {
		for _, alias := range f.People[name] {
			v.aliases[alias] = name
		}
	}
	for _, adj := range slices.Sorted(maps.Keys(f.Demonyms)) {
		q := strings.ToLower(adj)
		v.demonyms[q] = q
		v.places[strings.ToLower(f.Demonyms[adj])] = q
	}
	v.eventEnds = newEventEnds(v)
}

// NounSet names the synonym set of a counted noun's lemma, or returns the lemma.
func (v *Vocabulary) NounSet(lemma string) string {
	if s, ok := v.nouns[lemma]; ok {
		return s
	}
	return lemma
}

// irregularPlurals are the plurals that dropping an s does not undo.
var irregularPlurals = map[string]string{
	"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
	"troops": "troop", "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life",
	"wives": "wife", "knives": "knife", "thieves": "thief", "series": "series", "species": "species",
	"news": "news", "bus": "bus", "gas": "gas", "status": "status", "crisis": "crisis", "analysis": "analysis",
}

// Singular turns a lower-case English plural into its singular.
func Singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// LinkPeople merges the people of all extractions into one identity each,
// with the vocabulary's aliases; see LinkPeople.
func (v *Vocabulary) LinkPeople(exs []*Extraction) {
	LinkPeople(exs, v.aliases)
}
