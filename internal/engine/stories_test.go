package engine

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// TestStories: claims are compared, and people linked, only within a story;
// documents that name none are one story together.
func TestStories(t *testing.T) {
	doc := func(path, story, text string) *document.Document {
		d := document.NewText(path, path, text, time.Date(2026, 6, 6, 0, 0, 0, 0, time.UTC))
		d.Story = story
		return d
	}
	for _, tc := range []struct {
		name     string
		docs     []*document.Document
		findings int
		speakers []string // the speaker of each document's quote, once linked
	}{
		{"one story", []*document.Document{
			doc("a.txt", "", "Two firefighters were injured."),
			doc("b.txt", "", "Three firefighters were injured."),
		}, 1, nil},
		{"two stories", []*document.Document{
			doc("a.txt", "north", "Two firefighters were injured."),
			doc("b.txt", "south", "Three firefighters were injured."),
		}, 0, nil},
		{"linked within a story", []*document.Document{
			doc("a.txt", "north", `"The bridge stays closed until every beam is replaced," said Dana Whitlock.`),
			doc("b.txt", "north", `"We need a new deck before the bridge opens again," Whitlock said.`),
			doc("c.txt", "south", `"The harbor reopens once the last crane is inspected," Whitlock said.`),
			doc("d.txt", "south", `"The cranes were all inspected by noon," said Tom Whitlock.`),
		}, 0, []string{"Dana Whitlock", "Dana Whitlock", "Tom Whitlock", "Tom Whitlock"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := Check(tc.docs, claims.DefaultVocabulary(), builtinSet())
			if len(res.Findings) != tc.findings {
				t.Errorf("%d findings, want %d: %+v", len(res.Findings), tc.findings, res.Findings)
			}
			linked := Extract(tc.docs, claims.DefaultVocabulary(), builtinSet()).Extractions
			for i, want := range tc.speakers {
				var got string
				for _, c := range linked[i].Claims {
					if c.Quote != nil {
						got = c.Quote.Speaker
					}
				}
				if got != want {
					t.Errorf("%s: speaker %q, want %q", tc.docs[i].Path(), got, want)
				}
			}
		})
	}
}

// TestStoryBudget: stories are checked a few at a time, the text of those
// under way within storyBudget unless one story alone has more, and every
// story is checked once.
func TestStoryBudget(t *testing.T) {
	doc := func(story string, size int) *document.Document {
		d := document.NewText(story+".txt", story, strings.Repeat("x", size), time.Time{})
		d.Story = story
		return d
	}
	sizes := []int{storyBudget / 4, storyBudget / 2, storyBudget / 3, storyBudget + 1, 10, 20, storyBudget / 2, 30}
	var docs []*document.Document
	for i, n := range sizes {
		docs = append(docs, doc(fmt.Sprint("story", i), n))
	}
	prev := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(prev)
	var mu sync.Mutex
	inFlight, stories, most := 0, 0, 0
	checked := map[string]int{}
	res := checkStories(docs, storiesOf(docs, itself), itself, builtinSet(), func(story []*document.Document) []*claims.Extraction {
		mu.Lock()
		inFlight += len(story[0].Text)
		stories++
		if stories > 1 && inFlight > storyBudget {
			t.Errorf("%d stories of %d bytes under way, over the budget of %d", stories, inFlight, storyBudget)
		}
		most = max(most, stories)
		checked[story[0].Story]++
		mu.Unlock()
		// A small story waits a while for another to join it.
		for deadline := time.Now().Add(2 * time.Second); len(story[0].Text) < 100 && time.Now().Before(deadline); {
			mu.Lock()
			together := most >= 2
			mu.Unlock()
			if together {
				break
			}
			time.Sleep(time.Millisecond)
		}
		time.Sleep(time.Millisecond)
		mu.Lock()
		inFlight -= len(story[0].Text)
		stories--
		mu.Unlock()
		return []*claims.Extraction{{Doc: story[0]}}
	})
	if len(checked) != len(sizes) || len(res.Documents) != len(sizes) {
		t.Errorf("checked %v of %d stories, %d documents", checked, len(sizes), len(res.Documents))
	}
	for story, n := range checked {
		if n != 1 {
			t.Errorf("%s checked %d times", story, n)
		}
	}
	if most < 2 {
		t.Error("small stories were not checked together")
	}
}

// TestDeferredTexts: a batch read with its texts left for later
// (document.Options.DeferText) checks to the findings, at the same places,
// of the batch read at once; and once an archive of several stories is
// checked, its texts are let go while the findings still locate.
func TestDeferredTexts(t *testing.T) {
	var batch strings.Builder
	stories, err := filepath.Glob(filepath.Join("..", "..", "testdata", "stories", "*"))
	if err != nil || len(stories) < 2 {
		t.Fatalf("stories %v, error %v", stories, err)
	}
	for copies := range 3 { // more stories than are checked at once
		for _, dir := range stories {
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(copies, f), "story": fmt.Sprint(copies, dir),
					"source": filepath.Base(f), "published": "2026-06-06", "text": string(data)})
				batch.Write(append(line, '\n'))
			}
		}
	}
	path := filepath.Join(t.TempDir(), "archive.jsonl")
	if err := os.WriteFile(path, []byte(batch.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	found := func(opts document.Options) ([]string, []*document.Document) {
		docs, _, err := document.Load([]string{path}, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		locate := func(l rules.Location) string {
			s, e := l.Doc.Span(l.Start, l.End)
			return fmt.Sprintf("%s %d-%d %v %q", l.Doc.ID, s, e, l.Doc.Position(l.Start), l.Value)
		}
		for _, f := range Check(docs, claims.DefaultVocabulary(), builtinSet()).Findings {
			line := fmt.Sprintf("%s %s %q at %s", f.Rule, f.Level, f.Message, locate(f.Location))
			for _, r := range f.Related {
				line += "; " + locate(r)
			}
			out = append(out, line)
		}
		return out, docs
	}
	eager, _ := found(document.Options{})
	deferred, docs := found(document.Options{DeferText: true})
	if len(eager) == 0 {
		t.Fatal("no findings to compare")
	}
	if diff := cmp.Diff(eager, deferred); diff != "" {
		t.Errorf("findings differ (-read at once +deferred):\n%s", diff)
	}
	for _, d := range docs {
		if d.Text != "" {
			t.Fatalf("%s: text kept after its story was checked", d.ID)
		}
	}
}
