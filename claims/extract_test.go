package claims

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// Merging the extractors' runs gives what a stable sort of them one after
// the other gives, whether the runs come in order, nearly in order or in
// any order.
func TestMergeSortedIsStableSort(t *testing.T) {
	type item struct{ key, id int }
	byKey := func(a, b *item) int { return cmp.Compare(a.key, b.key) }
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		runs := make([][]item, rng.IntN(5))
		id := 0
		for k := range runs {
			n := rng.IntN(6)
			if trial%3 == 1 {
				n = rng.IntN(300) // too far out of order to sort by insertion
			}
			for range n {
				runs[k] = append(runs[k], item{key: rng.IntN(8), id: id})
				id++
			}
			if trial%3 == 0 {
				slices.SortStableFunc(runs[k], func(a, b item) int { return byKey(&a, &b) })
			}
		}
		want := slices.Concat(runs...)
		slices.SortStableFunc(want, func(a, b item) int { return byKey(&a, &b) })
		if got := mergeSorted(runs, byKey); !slices.Equal(got, want) {
			t.Fatalf("trial %d: got %v, want %v", trial, got, want)
		}
	}
}

// ExtractMentions finds the mentions ExtractWith finds, and of the claims
// those of people and quotes, which linking people reads.
func TestExtractMentionsFindsTheMentions(t *testing.T) {
	for _, st := range readStories(t) {
		checkExtractMentions(t, st.path, st.text)
		checkExtractClaims(t, st.path, st.text)
	}
}

// story is a file of testdata/stories and its text.
type story struct{ path, text string }

// readStories reads the files of testdata/stories.
func readStories(t *testing.T) []story {
	t.Helper()
	files, err := filepath.Glob("../testdata/stories/*/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	out := make([]story, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = story{f, string(data)}
	}
	return out
}

// ExtractClaims finds the claims ExtractWith finds, with their figures and
// dates, and of the mentions the people's, which linking reads.
func TestExtractClaimsFindsTheClaims(t *testing.T) {
	doc := document.NewText("t.txt", "source", "A fire broke out on Friday at the Velmora docks. Mayor Oda Brann said 12 boats "+
		"and $3 million were lost. \"We will rebuild,\" said Brann.", time.Date(2031, 5, 9, 0, 0, 0, 0, time.UTC))
	ex := ExtractClaims(doc, defaultVocabulary)
	kinds := map[Kind]int{}
	for _, c := range ex.Claims {
		kinds[c.Kind]++
	}
	if kinds[KindCount] == 0 || kinds[KindDate] == 0 || kinds[KindQuote] == 0 || kinds[KindName] == 0 {
		t.Fatalf("claims by kind %v, want counts, dates, quotes and names", kinds)
	}
	checkExtractClaims(t, "t.txt", doc.Text)
}

// The claims of an extraction keep their figures and dates while the next
// documents are scanned into the buffers theirs were scanned into.
func TestExtractClaimsKeepTheirFigures(t *testing.T) {
	stories := readStories(t)
	published := time.Date(2031, 5, 9, 0, 0, 0, 0, time.UTC)
	exs := make([]*Extraction, len(stories))
	for i, st := range stories {
		exs[i] = ExtractClaims(document.NewText(st.path, "source", st.text, published), defaultVocabulary)
	}
	sameDoc := gocmp.Comparer(func(a, b *document.Document) bool { return a.Text == b.Text })
	for i, st := range stories {
		all := ExtractWith(document.NewText(st.path, "source", st.text, published), defaultVocabulary)
		if diff := gocmp.Diff(all.Claims, exs[i].Claims, sameDoc); diff != "" {
			t.Fatalf("%s: claims changed by the documents extracted after (-now +then):\n%s", st.path, diff)
		}
	}
}

// The same over the first 500 articles of shared/bench.
func TestExtractMentionsOnArticles(t *testing.T) {
	n := 0
	readJSONL(t, sharedtest.Path(t, "bench", "articles.jsonl"), func(line []byte) {
		var a struct{ Text string }
		if n < 500 && json.Unmarshal(line, &a) == nil {
			checkExtractMentions(t, fmt.Sprint("article ", n), a.Text)
			checkExtractClaims(t, fmt.Sprint("article ", n), a.Text)
			n++
		}
	})
}

func checkExtractClaims(t *testing.T, name, text string) {
	t.Helper()
	doc := document.NewText(name, "source", text, time.Date(2026, 6, 7, 0, 0, 0, 0, time.UTC))
	all, some := ExtractWith(doc, defaultVocabulary), ExtractClaims(doc, defaultVocabulary)
	people := slices.DeleteFunc(slices.Clone(all.Mentions), func(m Mention) bool { return m.Kind != MentionPerson })
	if len(people) == 0 {
		people = nil // as an extraction has no mentions
	}
	if diff := gocmp.Diff(people, some.Mentions); diff != "" {
		t.Fatalf("%s: person mentions differ (-ExtractWith +ExtractClaims):\n%s", name, diff)
	}
	sameDoc := gocmp.Comparer(func(a, b *document.Document) bool { return a == b })
	if diff := gocmp.Diff(all.Claims, some.Claims, sameDoc); diff != "" {
		t.Fatalf("%s: claims differ (-ExtractWith +ExtractClaims):\n%s", name, diff)
	}
}

func checkExtractMentions(t *testing.T, name, text string) {
	t.Helper()
	doc := document.NewText(name, "source", text, time.Date(2026, 6, 7, 0, 0, 0, 0, time.UTC))
	all, some := ExtractWith(doc, defaultVocabulary), ExtractMentions(doc, defaultVocabulary)
	sameDoc := gocmp.Comparer(func(a, b *document.Document) bool { return a == b })
	if diff := gocmp.Diff(all.Mentions, some.Mentions); diff != "" {
		t.Fatalf("%s: mentions differ (-ExtractWith +ExtractMentions):\n%s", name, diff)
	}
	linked := slices.DeleteFunc(slices.Clone(all.Claims), func(c Claim) bool {
		return c.Kind != KindName && c.Kind != KindTitle && c.Kind != KindQuote
	})
	if len(linked) == 0 {
		linked = nil // as an extraction has no claims
	}
	if diff := gocmp.Diff(linked, some.Claims, sameDoc); diff != "" {
		t.Fatalf("%s: claims of people and quotes differ (-ExtractWith +ExtractMentions):\n%s", name, diff)
	}
}

// A text long enough for its extractors to run two at a time yields what
// they find one after the other, in every mode.
func TestExtractBesideIsInTurn(t *testing.T) {
	var stories []byte
	for _, st := range readStories(t) {
		stories = append(append(stories, st.text...), "\n\n"...)
	}
	var long []byte
	for len(long) < besideFrom {
		long = append(long, stories...)
	}
	doc := document.NewText("long.txt", "long", string(long), time.Date(2031, 5, 9, 0, 0, 0, 0, time.UTC))
	modes := []struct {
		name    string
		extract func(*document.Document, *Vocabulary) *Extraction
	}{{"all", ExtractWith}, {"mentions", ExtractMentions}, {"claims", ExtractClaims}}
	for _, mode := range modes {
		procs := runtime.GOMAXPROCS(1)
		inTurn := mode.extract(doc, defaultVocabulary)
		runtime.GOMAXPROCS(max(procs, 2))
		beside := mode.extract(doc, defaultVocabulary)
		runtime.GOMAXPROCS(procs)
		if len(inTurn.Claims) == 0 {
			t.Fatalf("%s: no claims in %d bytes of stories", mode.name, len(long))
		}
		if diff := gocmp.Diff(inTurn, beside, gocmp.Comparer(func(a, b *document.Document) bool { return a == b })); diff != "" {
			t.Errorf("%s: two at a time (+) differs from one after the other (-):\n%s", mode.name, diff)
		}
	}
}
