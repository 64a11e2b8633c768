package claims

import (
	"testing"

	"github.com/claimlint/claimlint/internal/document"
)

// FuzzCounts checks that binding counts to nouns and events never panics on
// any text, and that every count lies inside it.
func FuzzCounts(f *testing.F) {
	for _, s := range []string{"Seven officers and two civilians were hurt.", "two men, a woman and a",
		"Four people were found dead -- two men and a", "six people wounded, two mortally",
		"20 people were injured, and two of those victims are dead", "In addition to the two victims, one",
		"three separate homicide cases", "Officials confirmed 5 victims, 1 fatality, 4 wounded.",
		"Six people, including the 2 who died, were shot", "two of them", "one and a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := document.NewText("f.txt", "f", s, datePublished)
		for _, c := range Extract(doc).Claims {
			if c.Kind == KindCount && (c.Start < 0 || c.End > len(doc.Text) || c.Start > c.End || c.Count.PhraseEnd > len(doc.Text)) {
				t.Fatalf("bad count claim %+v in %q", c, s)
			}
		}
	})
}
