package engine

import (
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
			for i, want := range tc.speakers {
				var got string
				for _, c := range res.Extractions[i].Claims {
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
