package claims

import (
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
)

func extractAll(texts ...string) []*Extraction {
	exs := make([]*Extraction, len(texts))
	for i, s := range texts {
		exs[i] = Extract(document.NewText("doc"+string(rune('a'+i))+".txt", "", s, time.Time{}))
	}
	return exs
}

// peopleOf lists "written=name" for every person mention of the extractions.
func peopleOf(exs []*Extraction) []string {
	var out []string
	for _, ex := range exs {
		for _, m := range ex.Mentions {
			if m.Kind == MentionPerson {
				out = append(out, ex.Doc.Text[m.Start:m.End]+"="+m.Person.Name)
			}
		}
	}
	return out
}

func TestLinkPeople(t *testing.T) {
	exs := extractAll(
		"“No,” said Cecilia Ortíz-Peña, head of the Northern Institute. Ortíz-Peña left.",
		"“Never,” Ortiz-Pena said.",
		"Cecilia Ortiz-Pena agreed with Mark Olsen. Olsen said little.",
		"“Maybe,” said Olsen. “Later,” said Van Horn.",
		"Rep. Jeff Van Horn agreed.",
	)
	LinkPeople(exs, nil)
	want := []string{
		"Cecilia Ortíz-Peña=Cecilia Ortíz-Peña", "Ortíz-Peña=Cecilia Ortíz-Peña",
		"Ortiz-Pena=Cecilia Ortíz-Peña",
		"Cecilia Ortiz-Pena=Cecilia Ortíz-Peña", "Mark Olsen=Mark Olsen", "Olsen=Mark Olsen",
		"Olsen=Mark Olsen", "Van Horn=Jeff Van Horn",
		"Jeff Van Horn=Jeff Van Horn",
	}
	if got := peopleOf(exs); !slices.Equal(got, want) {
		t.Errorf("people\n got %q\nwant %q", got, want)
	}
	// Name claims keep the spellings as written under one key.
	spellings := map[string][]string{}
	for _, ex := range exs {
		for _, c := range ex.Claims {
			if c.Kind == KindName {
				spellings[c.Key] = append(spellings[c.Key], c.Value)
				if c.Subject != c.Person.Name {
					t.Errorf("claim subject %q, person %q", c.Subject, c.Person.Name)
				}
			}
		}
	}
	wantSpellings := []string{"Cecilia Ortíz-Peña", "Ortíz-Peña", "Ortiz-Pena", "Cecilia Ortiz-Pena"}
	if got := spellings["cecilia ortiz pena"]; !slices.Equal(got, wantSpellings) {
		t.Errorf("spellings %q, want %q (all keys: %q)", got, wantSpellings, spellings)
	}
}

func TestLinkPeopleAliasesAndAmbiguity(t *testing.T) {
	exs := extractAll(
		"Robert T. Vance met Ellen Vance. Vance said it went well.",
		"Robert Vance spoke first. “Yes,” said Vance.",
		"“No,” Vance said.",
	)
	LinkPeople(exs, map[string]string{"Robert T. Vance": "Robert Vance"})
	want := []string{
		"Robert T. Vance=Robert Vance", "Ellen Vance=Ellen Vance", "Vance=Robert Vance",
		"Robert Vance=Robert Vance", "Vance=Robert Vance",
		"Vance=Vance", // two people named Vance: a bare surname in another document stays as written
	}
	if got := peopleOf(exs); !slices.Equal(got, want) {
		t.Errorf("people\n got %q\nwant %q", got, want)
	}
}

func TestLinkPeopleDeterministic(t *testing.T) {
	texts := []string{"Luis Peña spoke.", "Luis Pena spoke.", "Luis PEÑA spoke."}
	var first []string
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		var ts []string
		for _, i := range order {
			ts = append(ts, texts[i])
		}
		exs := extractAll(ts...)
		LinkPeople(exs, nil)
		names := map[string]bool{}
		for _, ex := range exs {
			for _, m := range ex.Mentions {
				names[m.Person.Name] = true
			}
		}
		got := make([]string, 0, len(names))
		for n := range names {
			got = append(got, n)
		}
		slices.Sort(got)
		if first == nil {
			first = got
		}
		if len(got) != 1 || !slices.Equal(got, first) {
			t.Errorf("order %v: names %q, want one name, as in %q", order, got, first)
		}
	}
}

// TestLinkPeopleMiddleNames: a name with a middle name or initial is the
// name without it when no other name adds a middle to it; a suffix makes
// another person.
func TestLinkPeopleMiddleNames(t *testing.T) {
	exs := extractAll(
		"Mayor Ana María Ruiz spoke. Tom Hale Jr. listened.",
		"Ana Ruiz said it would pass. Tom Hale agreed.",
		"Ivo W. Brandt and Ivo H. Brandt met Ivo Brandt on Monday.",
	)
	LinkPeople(exs, nil)
	want := []string{
		"Ana María Ruiz=Ana Ruiz", "Tom Hale Jr.=Tom Hale Jr.",
		"Ana Ruiz=Ana Ruiz", "Tom Hale=Tom Hale",
		"Ivo W. Brandt=Ivo W. Brandt", "Ivo H. Brandt=Ivo H. Brandt", "Ivo Brandt=Ivo Brandt",
	}
	if got := peopleOf(exs); !slices.Equal(got, want) {
		t.Errorf("people\n got %q\nwant %q", got, want)
	}
}

// BenchmarkLinkPeople links the people of the bench articles taken as one
// story, as claimlint check does; the bytes are those of the articles' text.
func BenchmarkLinkPeople(b *testing.B) {
	texts := benchTexts(b, 64<<20)
	exs := make([]*Extraction, len(texts))
	for i, s := range texts {
		exs[i] = Extract(document.NewText("bench.txt", "", s, time.Time{}))
	}
	restore := snapshotNames(exs)
	b.ResetTimer()
	for b.Loop() {
		LinkPeople(exs, nil)
		b.StopTimer()
		restore()
		b.StartTimer()
	}
}

// snapshotNames returns a function that gives the people, speakers and
// claims of exs back the names they have now.
func snapshotNames(exs []*Extraction) func() {
	type claimNames struct{ subject, key string }
	people := map[*Person]string{}
	speakers := map[*Quote]string{}
	var names []claimNames
	for _, ex := range exs {
		for _, m := range ex.Mentions {
			if m.Person != nil {
				people[m.Person] = m.Person.Name
			}
			if m.Quote != nil {
				speakers[m.Quote] = m.Quote.Speaker
			}
		}
		for _, c := range ex.Claims {
			names = append(names, claimNames{c.Subject, c.Key})
		}
	}
	return func() {
		for p, name := range people {
			p.Name = name
		}
		for q, speaker := range speakers {
			q.Speaker = speaker
		}
		i := 0
		for _, ex := range exs {
			for k := range ex.Claims {
				ex.Claims[k].Subject, ex.Claims[k].Key = names[i].subject, names[i].key
				i++
			}
		}
	}
}

// TestLinkPeopleInParallel: a story of many documents, whose extractions
// LinkPeople reads and rewrites in parallel, is linked as on one core.
func TestLinkPeopleInParallel(t *testing.T) {
	texts := []string{
		"“No,” said Cecilia Ortíz-Peña, head of the Northern Institute. Ortíz-Peña left.",
		"“Never,” Ortiz-Pena said. Mayor Ana María Ruiz agreed.",
		"Ana Ruiz said it would pass, and Robert T. Vance said “Yes.”",
		"Sen. Robert Vance spoke first. “Later,” said Vance.",
	}
	link := func(procs int) []string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var story []string
		for range 80 {
			story = append(story, texts...)
		}
		exs := extractAll(story...)
		LinkPeople(exs, nil)
		out := peopleOf(exs)
		for _, ex := range exs {
			for _, c := range ex.Claims {
				out = append(out, c.Subject+"|"+c.Key)
			}
		}
		return out
	}
	if one, many := link(1), link(4); !slices.Equal(one, many) {
		t.Errorf("linked on four cores unlike on one:\n%q\n%q", many, one)
	}
}
