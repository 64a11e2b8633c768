package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
	"github.com/claimlint/claimlint/internal/text"
)

// TestPeopleOnSeeds checks, on the seed story, that each person's many
// mentions resolve to one person within and across documents.
func TestPeopleOnSeeds(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "seeds"), "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %d files, %v", len(paths), err)
	}
	docs, _, err := document.Load(paths, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var exs []*Extraction
	for _, d := range docs {
		exs = append(exs, Extract(d))
	}
	// Within each document, every mention of these surnames is the person
	// named in full there (or the bare surname where the document never
	// gives the full name).
	full := map[string]string{"sheinbaum": "Claudia Sheinbaum", "rubio": "Marco Rubio", "riley": "Jack Riley"}
	check := func(stage string, linked bool) map[string]int {
		count := map[string]int{}
		for _, ex := range exs {
			named := map[string]bool{}
			for _, m := range ex.Mentions {
				if m.Kind == MentionPerson {
					named[m.Person.Name] = true
				}
			}
			for _, m := range ex.Mentions {
				if m.Kind != MentionPerson {
					continue
				}
				written := text.Fold(ex.Doc.Text[m.Start:m.End])
				for sur, name := range full {
					if !strings.HasSuffix(written, sur) {
						continue
					}
					count[sur]++
					if want := name; m.Person.Name != want && (linked || named[want]) {
						t.Errorf("%s: %s: %q at %d is %q, want %q", stage, ex.Doc.Path(), ex.Doc.Text[m.Start:m.End], m.Start, m.Person.Name, want)
					}
				}
			}
		}
		return count
	}
	count := check("in document", false)
	for sur := range full {
		written := 0
		for _, d := range docs {
			written += strings.Count(text.Fold(d.Text), sur)
		}
		if count[sur] != written {
			t.Errorf("%d mentions of %s found, %d written", count[sur], sur, written)
		}
	}

	LinkPeople(exs, nil)
	check("linked", true)

	var titles, farfan []string
	keys := map[string]bool{}
	for _, ex := range exs {
		for _, c := range ex.Claims {
			switch {
			case c.Kind == KindTitle && c.Subject == "Donald Trump":
				titles = append(titles, c.Value)
			case c.Kind == KindName && strings.Contains(text.Fold(c.Value), "farfan"):
				farfan = append(farfan, c.Value)
				keys[c.Key] = true
				if c.Subject != "Cecilia Farfán-Méndez" {
					t.Errorf("%s: %q names %q, want Cecilia Farfán-Méndez", ex.Doc.Path(), c.Value, c.Subject)
				}
			}
		}
	}
	if !slices.Contains(titles, "former President") {
		t.Errorf("titles of Donald Trump %q lack %q", titles, "former President")
	}
	if !slices.Contains(farfan, "Farfan-Mendez") || !slices.Contains(farfan, "Farfán-Méndez") || len(keys) != 1 {
		t.Errorf("Farfán-Méndez spellings %q under keys %v, want both spellings under one key", farfan, keys)
	}
}

// TestPeopleOnGVACorpus measures what share of the participant names of the
// Gun Violence Archive's records are found as person mentions in the
// articles of their incident. Run with CLAIMLINT_CORPUS=1.
func TestPeopleOnGVACorpus(t *testing.T) {
	if os.Getenv("CLAIMLINT_CORPUS") == "" {
		t.Skip("set CLAIMLINT_CORPUS=1 to measure on the GVA corpus")
	}
	dir := sharedtest.Path(t, "corpus", "gva")
	articles := map[string][]string{} // incident -> article paths
	readJSONL(t, filepath.Join(dir, "manifest.jsonl"), func(line []byte) {
		var m struct{ Cluster, Path string }
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		articles[m.Cluster] = append(articles[m.Cluster], filepath.Join(filepath.Dir(dir), m.Path))
	})
	var names, exact, firstLast, surnameOnly, mentions, texts int
	start := time.Now()
	readJSONL(t, filepath.Join(dir, "gva_gold_incidents.jsonl"), func(line []byte) {
		var inc struct {
			Incident     string
			Participants []struct{ Name string }
		}
		if err := json.Unmarshal(line, &inc); err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}    // folded names and written forms
		surnames := map[string]bool{} // folded surnames of the names found
		for _, p := range articles[inc.Incident] {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts += len(data)
			for _, pm := range newPersonScanner().scan(string(data), nil) {
				mentions++
				found[text.Fold(pm.person.Name)] = true
				found[text.Fold(string(data[pm.start:pm.end]))] = true
				found[firstAndLast(pm.person.Name)] = true
				surnames[text.Fold(surname(pm.person.Name))] = true
			}
		}
		for _, p := range inc.Participants {
			if strings.TrimSpace(p.Name) == "" {
				continue
			}
			names++
			switch {
			case found[text.Fold(p.Name)]:
				exact++
			case found[firstAndLast(p.Name)]:
				firstLast++
			case surnames[text.Fold(surname(p.Name))]:
				surnameOnly++
			}
		}
	})
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(names, 1)) }
	t.Logf("%d gold participant names; found in full %d (%.1f%%), by first name and surname %d (%.1f%%), by surname only %d (%.1f%%); not found %.1f%%",
		names, exact, pct(exact), firstLast, pct(firstLast), surnameOnly, pct(surnameOnly), pct(names-exact-firstLast-surnameOnly))
	t.Logf("%d person mentions in %.1f MB in %v", mentions, float64(texts)/1e6, time.Since(start).Round(time.Millisecond))
}

// firstAndLast folds the first word and the surname of a name: "Latoya A.
// Andrews" and "Latoya Andrews" are both "latoya andrews".
func firstAndLast(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return text.Fold(name)
	}
	return text.Fold(words[0] + " " + surname(name))
}

func readJSONL(t testing.TB, path string, f func([]byte)) {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = file.Close() }()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		f(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// benchTexts returns the texts of the bench articles, up to about limit
// bytes, and makes them the bytes b measures.
func benchTexts(b *testing.B, limit int) []string {
	var texts []string
	n := 0
	readJSONL(b, sharedtest.Path(b, "bench", "articles.jsonl"), func(line []byte) {
		if n >= limit {
			return
		}
		var a struct{ Text string }
		if json.Unmarshal(line, &a) == nil {
			texts = append(texts, a.Text)
			n += len(a.Text)
		}
	})
	b.SetBytes(int64(n))
	return texts
}

func BenchmarkExtractPeople(b *testing.B) {
	texts := benchTexts(b, 8<<20)
	doc := document.NewText("bench.txt", "", "", time.Time{})
	work := new(scratch) // kept from one document for the next, as ExtractWith keeps it
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			a := &analysis{doc: doc, text: s, scratch: work}
			a.extractPeople()
		}
	}
}

// BenchmarkTokenizePeople measures the first stage of person extraction,
// splitting the text into words.
func BenchmarkTokenizePeople(b *testing.B) {
	texts := benchTexts(b, 8<<20)
	var toks []token
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			toks = tokenize(s, toks[:0])
		}
	}
}
