package engine

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
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
