package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

func quoteRules(t *testing.T) []*Rule {
	t.Helper()
	var rs []*Rule
	for _, r := range Builtin() {
		if strings.HasPrefix(r.Kind, "quote-") {
			rs = append(rs, r)
		}
	}
	if len(rs) != 2 {
		t.Fatalf("built-in quote rules: %d, want 2", len(rs))
	}
	return rs
}

func TestQuoteRules(t *testing.T) {
	const pledge = `"We will rebuild the pier by spring, every plank of it," said Ana Whitfield, the mayor of Port Ellery.`
	tests := []struct {
		name    string
		sources []source
		want    []string
	}{
		{"typography only", []source{
			{"wire", "", pledge},
			{"paper", "", `“We will rebuild the pier by spring—every plank of it.” Mayor Ana Whitfield said.`},
			{"blog", "", `"we will rebuild the Pier by spring, every plank of it!" said Ana Whitfield.`},
		}, []string{}},
		{"a partial quote agrees", []source{
			{"wire", "", pledge},
			{"paper", "", `Ana Whitfield said the town would "rebuild the pier by spring."`},
		}, []string{}},
		{"an ellipsis leaves words out", []source{
			{"wire", "", pledge},
			{"paper", "", `"We will rebuild the pier … every plank of it," said Ana Whitfield.`},
		}, []string{}},
		{"a negation changed is an error", []source{
			{"wire", "", pledge},
			{"paper", "", `"We will not rebuild the pier by spring, every plank of it," said Ana Whitfield.`},
		}, []string{"error paper: quote-fidelity Ana Whitfield: a negation changed: We will [-not-] rebuild the pier by spring, every plank of it"}},
		{"a number changed is an error", []source{
			{"wire", "", `"It will take two years to clear the harbor," said Tomas Brandt, the port director.`},
			{"paper", "", `"It will take three years to clear the harbor," Tomas Brandt said.`},
		}, []string{"error paper: quote-fidelity Tomas Brandt: a number changed: It will take [-three-] {+two+} years to clear the harbor"}},
		{"a rewording is a warning at the minority rendering", []source{
			{"wire", "", `"This is the right decision for the harbor," said Tomas Brandt.`},
			{"paper", "", `"This to me is the correct decision for our harbor," said Tomas Brandt.`},
			{"blog", "", `"This is the right decision for the harbor," Tomas Brandt told reporters.`},
		}, []string{"warning paper: quote-fidelity Tomas Brandt: reworded: This [-to me-] is the [-correct-] {+right+} decision for [-our-] {+the+} harbor"}},
		{"punctuation stays against its word in the diff", []source{
			{"wire", "", `"We lost the pier and the old crane in one night," said Tomas Brandt.`},
			{"paper", "", `"We lost the pier, the boathouse—and the crane in one night," said Tomas Brandt.`},
			{"blog", "", `"We lost the pier and the old crane in one night," Tomas Brandt said.`},
		}, []string{"warning paper: quote-fidelity Tomas Brandt: reworded: We lost the pier[-, the boathouse-]—and the {+old+} crane in one night"}},
		{"a contraction agrees with its two words", []source{
			{"wire", "", `"They’re sure we won't close the ferry terminal this winter," said Tomas Brandt.`},
			{"paper", "", `"They are sure we will not close the ferry terminal this winter," said Tomas Brandt.`},
		}, []string{}},
		{"a change of a contraction shows the whole word", []source{
			{"wire", "", `"We won't close the ferry terminal this winter," said Tomas Brandt.`},
			{"paper", "", `"We would not close the ferry terminal this winter," said Tomas Brandt.`},
			{"blog", "", `"We won't close the ferry terminal this winter," Tomas Brandt said.`},
		}, []string{"warning paper: quote-fidelity Tomas Brandt: reworded: We [-would not-] {+won't+} close the ferry terminal this winter"}},
		{"overlapping parts of one statement agree", []source{
			{"wire", "", `"Before the storm, we will rebuild the pier by spring, every plank of it," said Ana Whitfield.`},
			{"paper", "", `"We will rebuild the pier by spring, every plank of it, and the boathouse after that," said Ana Whitfield.`},
		}, []string{}},
		{"excerpts of one statement that each go on differently agree", []source{
			{"wire", "", `"The new pier gives every fishing family on the island a safe berth for the winter. It will open to the ferries in the spring of next year," said Ana Whitfield.`},
			{"paper", "", `"The new pier gives every fishing family on the island a safe berth for the winter," said Ana Whitfield. "It cost the town less than the old sea wall repairs did ten years ago."`},
			{"blog", "", `"The new pier gives every fishing family on the island a safe berth for the winter. It will open to the ferries in the spring of next year. It cost the town less than the old sea wall repairs did ten years ago," Ana Whitfield said.`},
		}, []string{}},
		{"unrelated quotes of one speaker", []source{
			{"wire", "", pledge},
			{"paper", "", `"Nobody expected the tide to rise so fast over the old sea wall," said Ana Whitfield.`},
		}, []string{}},
		{"a phrase in common is not a rewording", []source{
			{"wire", "", `"The ferry will run again, and that is good news for the people of Port Ellery," said Ana Whitfield.`},
			{"paper", "", `"Nobody asked the people of Port Ellery before the council voted," said Ana Whitfield.`},
		}, []string{}},
		{"one person named with a title and without", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," said Ana Whitfield.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Mayor Ana B. Whitfield.`},
		}, []string{}},
		{"a surname alone is the full name in the other documents", []source{
			{"wire", "", pledge},
			{"paper", "", `"We will not rebuild the pier by spring, every plank of it," Whitfield said.`},
		}, []string{"error paper: quote-fidelity Ana Whitfield: a negation changed: We will [-not-] rebuild the pier by spring, every plank of it"}},
		{"the same words said by two people", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," said Ana Whitfield.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Tomas Brandt.`},
			{"blog", "", `"The harbor has never seen a storm like this one," said Tomas Brandt.`},
		}, []string{"error wire: quote-attribution Ana Whitfield: Tomas Brandt (blog), Tomas Brandt (paper)"}},
		{"min-words counts a contraction as the one word written", []source{
			{"wire", "", `"We won't reopen the pier this spring," said Ana Whitfield.`},
			{"paper", "", `"We won't reopen the pier this spring," said Tomas Brandt.`},
			{"blog", "", `"We won't reopen the pier this spring," said Tomas Brandt.`},
		}, []string{}},
		{"a given name misspelt is one person, for name-spelling to report", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," said Consolata Whitlock.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Comsolata Whitlock.`},
		}, []string{}},
		{"a short form of a given name is one person", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," said Michael Ellery.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Mike Ellery.`},
			{"blog", "", `"The harbor has never seen a storm like this one," said Mike Ellery.`},
		}, []string{}},
		{"a surname misspelt is one person, for name-spelling to report", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," said Dana Whitlock.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Dana Whitlok.`},
		}, []string{}},
		{"an institution speaks through its people", []source{
			{"wire", "", `"The harbor has never seen a storm like this one," the Port Ellery Police Department said.`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Lena Ortiz.`},
		}, []string{}},
		{"a house, a newsroom or a project speaks through its people too", []source{
			{"wire", "", `In a statement, the Valdora House said: "The harbor has never seen a storm like this one."`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Lena Ortiz.`},
			{"blog", "", `"The harbor has never seen a storm like this one," the Harbor Watch Project said.`},
		}, []string{}},
		{"a person whose title names an institution is that person", []source{
			{"wire", "", `State Supreme Court Chief Justice Ana Whitfield, Jr. said in a statement: "The harbor has never seen a storm like this one."`},
			{"paper", "", `"The harbor has never seen a storm like this one," said Ana Whitfield, Jr.`},
			{"blog", "", `"The harbor has never seen a storm like this one," said Tomas Brandt.`},
		}, []string{"error blog: quote-attribution Tomas Brandt: Ana Whitfield, Jr. (paper), Ana Whitfield, Jr. (wire)"}},
		{"one document is never compared with itself", []source{
			{"wire", "", pledge + "\n\nLater she said: \"We will not rebuild the pier by spring, every plank of it.\"\n\n" +
				`"Tomas Brandt wants a new harbor wall before winter," said Ana Whitfield. "Tomas Brandt wants a new harbor wall before winter," said Lena Ortiz.`},
		}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := append([]string{}, checkQuoteSources(t, quoteRules(t), tt.sources...)...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// checkQuoteSources runs quote rules and returns "level source: rule subject:
// change: diff" lines, or the related speakers for attributions.
func checkQuoteSources(t *testing.T, rs []*Rule, sources ...source) []string {
	t.Helper()
	var out []string
	for _, f := range (&Set{Rules: rs}).Check(extractSources(sources)) {
		detail := ""
		switch f.Rule {
		case "quote-fidelity":
			if len(f.Diff) == 0 {
				t.Errorf("%s: no diff", f.Message)
			}
			detail = changeOf(f.Message) + ": " + OneLineDiff(f.Diff)
		case "quote-attribution":
			detail = strings.TrimSuffix(strings.SplitN(f.Message, ", to ", 2)[1], " elsewhere")
		}
		out = append(out, fmt.Sprintf("%s %s: %s %s: %s", f.Level, f.Location.Doc.Source, f.Rule, f.Subject, detail))
	}
	return out
}

func extractSources(sources []source) []*claims.Claim {
	var cs []*claims.Claim
	for _, s := range sources {
		ex := claims.Extract(document.NewText(s.name+".txt", s.name, s.text, time.Time{}))
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	return cs
}

// changeOf reads the change out of a message of the built-in rule.
func changeOf(message string) string {
	_, rest, _ := strings.Cut(message, " (")
	change, _, _ := strings.Cut(rest, "):")
	return change
}

// TestQuoteSeeds checks the quote findings on the example story: who is
// reworded where, and the partial quotes that agree.
func TestQuoteSeeds(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	docs, _, err := document.Load([]string{dir}, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cs []*claims.Claim
	for _, d := range docs {
		ex := claims.Extract(d)
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	fs := (&Set{Rules: quoteRules(t)}).Check(cs)
	type pair struct{ speaker, at, related string }
	var got []pair
	for _, f := range fs {
		for _, l := range append([]Location{f.Location}, f.Related...) {
			// A stretch across the parts of a split quote covers the
			// attribution between them too.
			text, n := l.Doc.Text[l.Start:l.End], min(8, len(l.Value))
			if !strings.HasPrefix(text, l.Value[:n]) || !strings.HasSuffix(text, l.Value[len(l.Value)-n:]) {
				t.Errorf("%s: location %d-%d is %q, its value %q", f.Message, l.Start, l.End, text, l.Value)
			}
		}
		if f.Rule != "quote-fidelity" || f.Level != LevelWarning {
			t.Errorf("unexpected %s %s: %s", f.Level, f.Rule, f.Message)
		}
		for _, r := range f.Related {
			got = append(got, pair{f.Subject, f.Location.Value, r.Value})
		}
	}
	found := func(speaker, at, related string) bool {
		return slices.ContainsFunc(got, func(p pair) bool {
			return p.speaker == speaker && (strings.Contains(p.at, at) && strings.Contains(p.related, related) ||
				strings.Contains(p.at, related) && strings.Contains(p.related, at))
		})
	}
	for _, want := range []pair{
		{"Jack Riley", "the logical next step", "the next logical step"},
		{"Claudia Sheinbaum", "will not be entering", "is not going to come"},
		{"Claudia Sheinbaum", "with its military", "with the military"},
		{"Claudia Sheinbaum", "with their military", "with the military"},
		{"Marco Rubio", "allows us to go after", "allows us to now target"},
		{"Marco Rubio", "armed terrorist groups", "armed terrorist organizations"},
	} {
		if !found(want.speaker, want.at, want.related) {
			t.Errorf("no finding: %s %q against %q", want.speaker, want.at, want.related)
		}
	}
	for _, not := range []pair{
		{"Claudia Sheinbaum", "That is ruled out", "We do not have an invasion"},
		{"Claudia Sheinbaum", "absolutely off the table", "off the table, absolutely"},
		{"Ronald Johnson", "", ""},
	} {
		if found(not.speaker, not.at, not.related) {
			t.Errorf("a finding: %s %q against %q", not.speaker, not.at, not.related)
		}
	}
	if len(fs) > 7 {
		t.Errorf("%d quote findings, want at most 7", len(fs))
	}
}

func TestQuoteOptionErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"extends: quote-fidelity\nmessage: m\nmin-similarity: 2\n", "r.yml:3:17: `min-similarity`: 2 is not a share"},
		{"extends: quote-fidelity\nmessage: m\nmeaning-level: fatal\n", "r.yml:3:16: `meaning-level`: unknown level \"fatal\""},
		{"extends: quote-attribution\nmessage: m\nmin-words: -1\n", "r.yml:3:12: `min-words`: expected a number of words"},
		{"extends: quote-attribution\nmessage: m\nmin-similarity: 0.5\n", "r.yml:3:1: unknown key \"min-similarity\" for kind quote-attribution"},
	}
	for _, tt := range tests {
		_, err := Parse("r.yml", []byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want %q", tt.yaml, err, tt.want)
		}
	}
}
