package quotediff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want string // folded words joined by spaces, an ellipsis as "…"
	}{
		{"We won’t stop.", "we will not stop"},
		{"“Don't,” she said", "do not she said"},
		{"Two-thirds of U.S. farms", "2 thirds of us farms"},
		{"the F.B.I. and the I.R.S, the FBI and the IRS", "the fbi and the irs the fbi and the irs"},
		{"a.m. and e.g.", "am and eg"},
		{"a two-in-three chance", "a 2 in 3 chance"},
		{"a 1 in 3 chance, no one", "a one in 3 chance no one"},
		{"same-sex marriage, year‑end", "same sex marriage year end"},
		{"Twenty-four hours, ninety‐nine days, forty-something", "24 hours 99 days 40 something"},
		{"Farfán-Méndez said", "farfan mendez said"},
		{"We realised the organisation's colours were the centre's", "we realized the organization's colors were the center's"},
		{"our hour to rise, the defence travelled", "our hour to rise the defense traveled"},
		{"Co-operation before re-election, non-stop", "cooperation before reelection nonstop"},
		{"It cost 1,200 dollars", "it cost 1200 dollars"},
		{"three years, not 3.5", "3 years not 3.5"},
		{"Señor Núñez—again", "senor nunez again"},
		{"We tried … and failed", "we tried … and failed"},
		{"We tried...and failed", "we tried … and failed"},
		{"We tried . . . and failed", "we tried … and failed"},
		{"They’re here; he's gone, we cannot stay", "they are here he is gone we can not stay"},
		{"end.", "end"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Words(tt.text) {
			if tok.Gap() {
				got = append(got, "…")
				continue
			}
			got = append(got, tok.Word)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name, a, b    string
		agree         bool
		minSimilarity float64
		negation      bool
		number        bool
	}{
		{name: "typography only", a: "“We’ll rebuild the pier—every plank of it.”", b: `we'll rebuild the pier - every plank of it`, agree: true},
		{name: "hyphens and number words", a: "There is a two-in-three chance the year-end vote goes our way, one-in-three that we lose, twenty-four hours from now.", b: "There is a 2 in 3 chance the year end vote goes our way, 1 in 3 that we lose, 24 hours from now.", agree: true},
		{name: "one and 1 against two", a: "We lost 1 boat in the storm and kept the others afloat.", b: "We lost two boats in the storm and kept the others afloat.", minSimilarity: 0.7, number: true},
		{name: "British and American spelling", a: "We realised the harbour centre had to be modernised, whatever the colour of the defence.", b: "We realized the harbor center had to be modernized, whatever the color of the defense.", agree: true},
		{name: "partial", a: "rebuild the pier", b: "We will rebuild the pier by spring.", agree: true},
		{name: "ellipsis", a: "We will rebuild … by spring", b: "We will rebuild the pier by spring.", agree: true},
		{name: "ellipsis out of order", a: "by spring … We will rebuild", b: "We will rebuild the pier by spring."},
		{name: "negation added", a: "The council will close the ferry terminal this winter.", b: "The council will not close the ferry terminal this winter.", minSimilarity: 0.8, negation: true},
		{name: "contraction", a: "The ferry is safe for passengers.", b: "The ferry isn't safe for passengers.", minSimilarity: 0.8, negation: true},
		{name: "a contraction and its two words", a: "They’re sure we won't close the ferry terminal.", b: "They are sure we will not close the ferry terminal.", agree: true},
		{name: "a part of a contraction", a: "not close the ferry terminal", b: "We won't close the ferry terminal this winter.", agree: true},
		{name: "cannot", a: "We cannot close the ferry terminal.", b: "We can't close the ferry terminal.", agree: true},
		{name: "number changed", a: "Repairs will take two years at most.", b: "Repairs will take three years at most.", minSimilarity: 0.7, number: true},
		{name: "initialisms with and without periods", a: "She lied to the F.B.I. about the U.S. trip.", b: "She lied to the FBI about the US trip.", agree: true},
		{name: "figures and words", a: "Repairs will take two years at most.", b: "Repairs will take 2 years at most.", agree: true},
		{name: "rewording", a: "This is the right decision for the harbor.", b: "This to me is the correct decision for our harbor.", minSimilarity: 0.6},
		{name: "rephrased negation", a: "An inquiry is not on the agenda at all.", b: "An inquiry is off the agenda at all."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(Parse(tt.a), Parse(tt.b))
			if c.Agree != tt.agree {
				t.Fatalf("Agree = %v, want %v", c.Agree, tt.agree)
			}
			if tt.agree {
				return
			}
			c.Explain(Parse(tt.a), Parse(tt.b))
			if c.Similarity < tt.minSimilarity {
				t.Errorf("Similarity = %.2f, want at least %.2f", c.Similarity, tt.minSimilarity)
			}
			if c.Negation != tt.negation || c.Number != tt.number {
				t.Errorf("Negation, Number = %v, %v, want %v, %v", c.Negation, c.Number, tt.negation, tt.number)
			}
		})
	}
}

// TestExplainFindsOverlapsAlike: two excerpts of one statement, each with
// words the other leaves out, agree once the diff finds nothing changed
// where they overlap.
func TestExplainFindsOverlapsAlike(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Before the storm came, we will rebuild the pier by spring, every plank of it.",
			"We will rebuild the pier by spring, every plank of it, and the boathouse after that."},
		// Shared function words after the shared sentence are a coincidence.
		{"The new pier gives every family a safe berth. It will open to the ferries in the spring of next year.",
			"The new pier gives every family a safe berth. It cost the town less than the old sea wall repairs did."},
	}
	for _, tt := range tests {
		v := NewVocabulary()
		a, b := v.Parse(tt.a), v.Parse(tt.b)
		c := Compare(a, b)
		if c.Agree {
			t.Fatalf("Compare(%q, %q): agree before the diff", tt.a, tt.b)
		}
		if c.Explain(a, b); !c.Agree {
			t.Errorf("Explain(%q, %q): the excerpts do not agree: %v", tt.a, tt.b, c.Parts)
		}
	}
}

// TestDiffLeavesOutContext: words one quote alone has at an end of the
// diff are context the other leaves out, words both have there are not, and
// a change to a contraction shows the whole written word.
func TestDiffLeavesOutContext(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"I think the council is making a costly mistake by closing the ferry, It will even be seen as a betrayal because we do not want to be ignored like we were last year, and it should not end that the mayor walks away with a smile on his face.",
			"The council is closing the ferry, closing the dock to save its sinking budget, I think the council is making a costly mistake by closing the ferry. If it’s done in a hurry, it will hurt us greatly. It will even be seen as a betrayal because we don’t want to be ignored like we were last year, and it should not end. The mayor walks away with a smile on his face.",
			"It will even be seen as a betrayal because we do not want to be ignored like we were last year, and it should not end [-that-] the mayor walks away with a smile on his face"},
		{"It's an honor to be named with Marlow today.", "I would not sell it for any price. It's an honor to be named beside Marlow today.",
			"It's an honor to be named [-with-] {+beside+} Marlow today"},
		{"We won't close the ferry terminal this winter.", "We would not close the ferry terminal this winter.",
			"We [-won't-] {+would not+} close the ferry terminal this winter"},
	}
	for _, tt := range tests {
		v := NewVocabulary()
		a, b := v.Parse(tt.a), v.Parse(tt.b)
		c := Compare(a, b)
		c.Explain(a, b)
		if got := renderParts(a, b, c.Parts); got != tt.want {
			t.Errorf("diff of %q and %q = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// renderParts writes a diff's words as each quote writes them.
func renderParts(a, b *Quote, parts []Part) string {
	var out []string
	for _, p := range parts {
		switch p.Op {
		case Equal:
			s, e := a.Span(p.A0, p.A1)
			out = append(out, a.Text[s:e])
		case Delete:
			s, e := a.Span(p.A0, p.A1)
			out = append(out, "[-"+a.Text[s:e]+"-]")
		case Insert:
			s, e := b.Span(p.B0, p.B1)
			out = append(out, "{+"+b.Text[s:e]+"+}")
		}
	}
	return strings.Join(out, " ")
}

// TestWritersWordsAreNoRewording: words in brackets or parentheses are the
// writer's, put for the speaker's or added to them, and so no rewording;
// the speaker's own words still are.
func TestWritersWordsAreNoRewording(t *testing.T) {
	tests := []struct {
		a, b  string
		agree bool
	}{
		{"We are going to find the gunmen and we will arrest every one of them.",
			"We are going to find (the suspects) and we will arrest every one of them.", true},
		{"It has had some trouble with fights at the door in the past few years.",
			"It (the club) has had some trouble with fights at the door in the past few years.", true},
		{"He said we will [expletive] close the whole harbor road before the summer comes.",
			"He said we will [deleted] close the whole harbor road before the summer comes.", true},
		{"We are going to find the gunmen and we will arrest every one of them.",
			"We are going to find (the suspects) and we will charge every one of them.", false},
		{"We are going to find the gunmen (soon) and we will arrest every one of them.",
			"We are going to find the shooters and we will arrest every one of them.", false},
	}
	for _, tt := range tests {
		v := NewVocabulary()
		a, b := v.Parse(tt.a), v.Parse(tt.b)
		c := Compare(a, b)
		if !c.Agree {
			c.Explain(a, b)
		}
		if c.Agree != tt.agree {
			t.Errorf("Compare(%q, %q): agree %v, want %v (%v)", tt.a, tt.b, c.Agree, tt.agree, c.Parts)
		}
	}
}

func TestCompareTrimsPartialContext(t *testing.T) {
	a := Parse("The pier is the heart of this town, and we will rebuild it before summer.")
	b := Parse("We will rebuild it before the summer")
	c := Compare(a, b)
	s, e := a.Span(c.A0, c.A1)
	if got := a.Text[s:e]; got != "we will rebuild it before summer" && !strings.HasPrefix(got, "we will rebuild") {
		t.Errorf("stretch of a = %q", got)
	}
	if c.B0 != 0 || c.B1 != b.Len() {
		t.Errorf("stretch of b = %d-%d, want all of it", c.B0, c.B1)
	}
}

func TestDiff(t *testing.T) {
	a := strings.Fields("we were lucky that the wind dropped before midnight")
	b := strings.Fields("we were lucky the wind dropped after midnight")
	var got []string
	for _, p := range Diff(a, b) {
		switch p.Op {
		case Equal:
			got = append(got, strings.Join(a[p.A0:p.A1], " "))
		case Delete:
			got = append(got, "[-"+strings.Join(a[p.A0:p.A1], " ")+"-]")
		case Insert:
			got = append(got, "{+"+strings.Join(b[p.B0:p.B1], " ")+"+}")
		}
	}
	want := "we were lucky [-that-] the wind dropped [-before-] {+after+} midnight"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("Diff = %q, want %q", g, want)
	}
}

func TestCommonWordsIsALongestCommonSubsequence(t *testing.T) {
	a := strings.Fields("this is the logical next step it could lead to more")
	b := strings.Fields("this to me is the next logical step")
	v := NewVocabulary()
	ia, ib := v.Parse(strings.Join(a, " ")).IDs(), v.Parse(strings.Join(b, " ")).IDs()
	for _, parts := range [][]Part{commonWords(ia, ib, new(lcsScratch)), diff(a, b)} {
		shared, i, j := 0, 0, 0
		for _, p := range parts {
			if p.A0 != i || p.B0 != j {
				t.Fatalf("parts %v do not follow each other", parts)
			}
			if p.Op == Equal {
				shared += p.A1 - p.A0
				if strings.Join(a[p.A0:p.A1], " ") != strings.Join(b[p.B0:p.B1], " ") {
					t.Fatalf("unequal equality %v", p)
				}
			}
			i, j = p.A1, p.B1
		}
		if shared != 5 || i != len(a) || j != len(b) {
			t.Errorf("shared %d, ends %d %d", shared, i, j)
		}
	}
}

// TestCommonWordsAsByTable checks the bit-parallel alignment against the
// table of subsequence lengths it stands for, filled cell by cell, on
// random sequences of a few words: short and long, so that rows span
// several machine words.
func TestCommonWordsAsByTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var s lcsScratch
	for range 2000 {
		a, b := make([]int32, rng.IntN(150)), make([]int32, rng.IntN(150))
		words := 1 + rng.IntN(8)
		for i := range a {
			a[i] = int32(rng.IntN(words))
		}
		for i := range b {
			b[i] = int32(rng.IntN(words) + rng.IntN(2)) // b has a word a lacks
		}
		if got, want := commonWords(a, b, &s), alignByTable(a, b); !slices.Equal(got, want) {
			t.Fatalf("commonWords(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

// alignByTable is commonWords by dynamic programming over the whole table.
func alignByTable(a, b []int32) []Part {
	n, m := len(a), len(b)
	suffix := make([][]int, n+1) // suffix[i][j] is L(i, j)
	for i := range suffix {
		suffix[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				suffix[i][j] = suffix[i+1][j+1] + 1
			} else {
				suffix[i][j] = max(suffix[i+1][j], suffix[i][j+1])
			}
		}
	}
	var parts []Part
	add := func(op Op, da, db int, i, j int) {
		if k := len(parts) - 1; k >= 0 && parts[k].Op == op {
			parts[k].A1, parts[k].B1 = i+da, j+db
			return
		}
		parts = append(parts, Part{Op: op, A0: i, A1: i + da, B0: j, B1: j + db})
	}
	for i, j := 0, 0; i < n || j < m; {
		switch {
		case i < n && j < m && a[i] == b[j]:
			add(Equal, 1, 1, i, j)
			i, j = i+1, j+1
		case j == m || i < n && suffix[i+1][j] >= suffix[i][j+1]:
			add(Delete, 1, 0, i, j)
			i++
		default:
			add(Insert, 0, 1, i, j)
			j++
		}
	}
	return parts
}

func TestWordRune(t *testing.T) {
	seen := map[rune]bool{}
	for _, i := range []int{0, 1, 6399, 6400, 6401, 70000} {
		r := wordRune(i)
		if seen[r] || r >= 0xD800 && r <= 0xDFFF || r > 0x10FFFF {
			t.Errorf("wordRune(%d) = %U", i, r)
		}
		seen[r] = true
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("We will rebuild … by spring", "We will rebuild the pier by spring.")
	f.Add("“It’s 1,200—not two.”", "it's 1200 . . . not 2")
	f.Add("...", "'")
	f.Fuzz(func(t *testing.T, a, b string) {
		qa, qb := Parse(a), Parse(b)
		for _, q := range []*Quote{qa, qb} {
			for _, w := range tokensOf(q) {
				if w.Start < 0 || w.End > len(q.Text) || w.Start >= w.End {
					t.Fatalf("word span %d-%d in %q", w.Start, w.End, q.Text)
				}
			}
		}
		c := Compare(qa, qb)
		if !c.Agree {
			c.Explain(qa, qb)
		}
		if c.A0 > c.A1 || c.A1 > qa.Len() || c.B0 > c.B1 || c.B1 > qb.Len() {
			t.Fatalf("stretch %d-%d, %d-%d out of range", c.A0, c.A1, c.B0, c.B1)
		}
		if c.Similarity < 0 || c.Similarity > 1 {
			t.Fatalf("similarity %v", c.Similarity)
		}
	})
}

// FuzzParse checks that a vocabulary that many quotes share reads each one
// as Words does: the same words, folded alike and numbered consistently,
// with a run after each ellipsis that follows a word.
func FuzzParse(f *testing.F) {
	f.Add("We will rebuild … by spring")
	f.Add("“It’s 1,200—not two.” Señor Núñez said . . . again")
	f.Add("... ‘Don’t’ U.S. farms—two-thirds …… end.")
	f.Add("")
	v := NewVocabulary()
	f.Fuzz(func(t *testing.T, text string) {
		q := v.Parse(text)
		var words []Token
		runs := []int{0}
		for _, tok := range Words(text) {
			if !tok.Gap() {
				words = append(words, tok)
			} else if len(words) > runs[len(runs)-1] {
				runs = append(runs, len(words))
			}
		}
		// Tokens gives each word as its number reads: the words folded anew
		// by Words check the numbering.
		if got := tokensOf(q); !slices.Equal(got, words) || !slices.Equal(q.Runs, runs) {
			t.Fatalf("Parse(%q) = %v, runs %v; Words gives %v, runs %v", text, got, q.Runs, words, runs)
		}
		stems := q.ContentStems()
		if len(slices.Compact(slices.Sorted(slices.Values(stems)))) != len(stems) {
			t.Fatalf("content stems %v repeat", stems)
		}
	})
}

// BenchmarkParse parses the quotations of news articles (the text between
// straight double quotes) with one vocabulary.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var quotes []string
	var size int64
	for line := range bytes.Lines(data) {
		var article struct{ Text string }
		if err := json.Unmarshal(line, &article); err != nil {
			b.Fatal(err)
		}
		parts := strings.Split(article.Text, `"`)
		for k := 1; k < len(parts); k += 2 {
			quotes = append(quotes, parts[k])
			size += int64(len(parts[k]))
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		v := NewVocabulary()
		for _, q := range quotes {
			v.Parse(q)
		}
	}
}

// tokensOf returns the words of a parsed quote with their spans in its text,
// as Words gives them.
func tokensOf(q *Quote) []Token {
	out := make([]Token, q.Len())
	for i, sp := range q.spans {
		out[i] = Token{Word: q.Word(i), Start: int(sp.start), End: int(sp.end)}
	}
	return out
}

// A vocabulary made for a size numbers words and compares quotes as one
// that grows from empty, however far off the size: small, about right, or
// far too large.
func TestVocabularyFor(t *testing.T) {
	quotes := strings.Split(`We will rebuild the pier before the summer season.
We'll rebuild the pier before summer... and the boardwalk too.
Nobody was hurt, the harbor master said, and nobody will be.
NOBODY was hurt. The Harbor Master said so!`, "\n")
	var all []string
	for i := range 300 {
		all = append(all, quotes[i%len(quotes)]+strings.Repeat(" word", i%7)+fmt.Sprint(" w", i))
	}
	parse := func(v *Vocabulary) ([][]int32, []Comparison) {
		var ids [][]int32
		var qs []*Quote
		for _, s := range all {
			q := v.Parse(s)
			ids, qs = append(ids, q.IDs()), append(qs, q)
		}
		var cs []Comparison
		for i := 1; i < len(qs); i++ {
			cs = append(cs, Compare(qs[i-1], qs[i]))
		}
		return ids, cs
	}
	wantIDs, wantComparisons := parse(NewVocabulary())
	for _, size := range []int{0, 100, 20_000, 10_000_000} {
		ids, cs := parse(NewVocabularyFor(size))
		for i := range ids {
			if !slices.Equal(ids[i], wantIDs[i]) {
				t.Fatalf("size %d: quote %d numbered %v, want %v", size, i, ids[i], wantIDs[i])
			}
		}
		if got, want := fmt.Sprintf("%+v", cs), fmt.Sprintf("%+v", wantComparisons); got != want {
			t.Errorf("size %d: comparisons differ:\n%s\nwant\n%s", size, got, want)
		}
	}
}
