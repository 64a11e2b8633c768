package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

type source struct {
	name, published, text string
}

// checkSources runs rules over documents made of the given texts and returns
// the findings as "level source: message" lines.
func checkSources(t *testing.T, rs []*Rule, sources ...source) []string {
	t.Helper()
	var cs []*claims.Claim
	for _, s := range sources {
		var pub time.Time
		if s.published != "" {
			pub, _ = time.Parse(time.DateOnly, s.published)
		}
		ex := claims.Extract(document.NewText(s.name+".txt", s.name, s.text, pub))
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	set := &Set{Rules: rs}
	set.Bind(cs)
	var out []string
	for _, f := range set.Check(cs) {
		out = append(out, f.Level.String()+" "+f.Location.Doc.Source+": "+f.Message)
	}
	return out
}

func TestCountAgreement(t *testing.T) {
	tests := []struct {
		name    string
		sources []source
		want    []string
	}{
		{"a conflict is reported at the minority figure", []source{
			{"wire", "", "Two firefighters were injured in the blaze."},
			{"paper", "", "Two firefighters were injured, officials said."},
			{"blog", "", "Three firefighters were injured overnight."},
		}, []string{"error blog: firefighters injured: blog says Three; paper says Two; wire says Two"}},
		{"a source that gives one subject figures that cannot all be true witnesses nothing", []source{
			{"wire", "", "The party won six seats on Sunday and now holds 194 seats."},
			{"paper", "", "The party won nine seats, its leader said."},
		}, nil},
		{"the other sources are still compared when one gives mixed figures", []source{
			{"wire", "", "The party won six seats on Sunday and now holds 194 seats."},
			{"paper", "", "The party won nine seats, its leader said."},
			{"radio", "", "The party won six seats, its leader said."},
		}, []string{"error paper: seats: paper says nine; radio says six"}},
		{"counts of people that nothing befell are not compared", []source{
			{"wire", "", "About 100 people were inside the plant that night."},
			{"paper", "", "Guards let one person leave the plant."},
		}, nil},
		{"counts of men, children or officers that nothing befell are not compared", []source{
			{"wire", "", "The deputy leaves a wife and two children. About 40 officers searched the woods."},
			{"paper", "", "He had four children. Six officers stood at the door."},
		}, nil},
		{"a player's or a team's tallies of play are not compared", []source{
			{"wire", "", "Okafor ran for 88 yards on nine carries, and the Herons have won seven of their last 10 games."},
			{"paper", "", "Brandvold had 14 carries in the opener and has played in 31 games for the Herons."},
		}, nil},
		{"a count of the dead with the gunman is no count of his victims", []source{
			{"wire", "", "Five people were killed at the farm, including the gunman."},
			{"paper", "", "Four people were killed at the farm by a man who later took his own life."},
		}, nil},
		{"counts of the suspects are", []source{
			{"wire", "", "Police are looking for two suspects."},
			{"paper", "", "Police are looking for three suspects."},
		}, []string{"error paper: suspects: paper says three; wire says two"}},
		{"counts of people that an event befell still are", []source{
			{"wire", "", "Four people were injured at the plant."},
			{"paper", "", "Six people were injured at the plant."},
		}, []string{"error paper: people injured: paper says Six; wire says Four"}},
		{"sources that agree raise nothing", []source{
			{"wire", "", "Two firefighters were injured."},
			{"paper", "", "Two firefighters were hurt."},
		}, nil},
		{"different events are different subjects", []source{
			{"wire", "", "Two firefighters were injured."},
			{"paper", "", "Three firefighters were evacuated."},
		}, nil},
		{"a subset is never compared with its parent's total", []source{
			{"wire", "", "Police arrested 12 people, including three teenagers."},
			{"paper", "", "Police arrested three people."},
		}, []string{"error paper: people arrested: paper says three; wire says 12"}},
		{"a count that grows with later sources is an update", []source{
			{"day1", "2026-03-01", "Nine people were killed in the collapse."},
			{"day2", "2026-03-02", "Eleven people were killed in the collapse."},
		}, []string{"info day2: people killed: updated from Nine to Eleven (day1 says Nine)"}},
		{"a count that differs between sources of the same day is a conflict", []source{
			{"a", "2026-03-01", "Nine people were killed in the collapse."},
			{"b", "2026-03-01", "Eleven people were killed in the collapse."},
		}, []string{"error a: people killed: a says Nine; b says Eleven"}},
		{"one document is never in conflict with itself", []source{
			{"wire", "", "Two firefighters were injured on Monday. Three firefighters were injured on Tuesday."},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSources(t, Builtin(), tt.sources...)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCountRuleBinding: a user rule claims the counts its nouns and cues
// describe, names them with its subject and qualifiers, and the built-in rule
// no longer compares them.
func TestCountRuleBinding(t *testing.T) {
	user, err := Parse("designations.yml", []byte(`
extends: count-agreement
level: warning
message: "{{.Subject}}: {{.Source}} says {{.Value}}; {{.Others}}"
subject: groups designated as terrorist organizations
nouns: [group, cartel, gang]
cues: [designat*, label*]
qualifiers:
  northern: [northern, based in the north]
`))
	if err != nil {
		t.Fatal(err)
	}
	got := checkSources(t, Merge(Builtin(), []*Rule{user}),
		source{"wire", "", "The ministry designated nine gangs, four of them based in the north."},
		source{"paper", "", "The ministry labeled ten cartels as terrorist groups, including five northern cartels."},
	)
	// On a tie the finding stands at the first source in path order.
	want := []string{
		"warning paper: groups designated as terrorist organizations: paper says ten; wire says nine",
		"warning paper: groups designated as terrorist organizations / northern: paper says five; wire says four",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCountRuleBindsTalliesOfPlay: the built-in rule leaves tallies of play
// alone, but a rule that names their noun compares them.
func TestCountRuleBindsTalliesOfPlay(t *testing.T) {
	user, err := Parse("suspension.yml", []byte(`
extends: count-agreement
level: warning
message: "{{.Subject}}: {{.Source}} says {{.Value}}; {{.Others}}"
subject: games of the suspension
nouns: [game]
cues: [suspend*]
`))
	if err != nil {
		t.Fatal(err)
	}
	wire := source{"wire", "", "The league suspended Okafor for four games on Monday."}
	paper := source{"paper", "", "Okafor was suspended for two games, the league said."}
	if got := checkSources(t, Builtin(), wire, paper); len(got) != 0 {
		t.Errorf("built-in rules found %q, want nothing", got)
	}
	got := checkSources(t, Merge(Builtin(), []*Rule{user}), wire, paper)
	want := []string{"warning paper: games of the suspension: paper says two; wire says four"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCountsAgreeInDifferentWords: sources that say the same quantity in
// different words, or hedge a round figure, raise nothing; a change of scale
// or of figure does.
func TestCountsAgreeInDifferentWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"digits, words and dozens", "Crews sent 24 fire engines to the pier.", "Crews sent two dozen fire engines to the pier.", ""},
		{"hyphenated words", "Crews sent twenty-four fire engines to the pier.", "Crews sent 24 fire engines to the pier.", ""},
		{"a hedge on a round figure", "Damage was estimated at $80,000.", "Damage was estimated at more than $80,000.", ""},
		{"nearly and an exact figure", "Nearly 300 residents were evacuated.", "Officials evacuated 296 residents.", ""},
		{"percent written two ways", "Turnout reached 1.5% of registered voters.", "Turnout reached 1.5 percent of registered voters.", ""},
		{"a change of scale", "The council approved $3.1 million in aid.", "The council approved $3.1 billion in aid.",
			"error a: aid (USD): a says $3.1 million; b says $3.1 billion"},
		{"a different figure", "Crews sent 24 fire engines to the pier.", "Crews sent 30 fire engines to the pier.",
			"error a: engines: a says 24; b says 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(checkSources(t, Builtin(), source{"a", "", tt.a}, source{"b", "", tt.b}), "\n")
			if got != tt.want {
				t.Errorf("findings:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// A story told by many sources names each source against a figure once, in
// order, however often it repeats the figure.
func TestCountAgreementNamesEachSourceOnce(t *testing.T) {
	sources := []source{{"blog", "", "Three firefighters were injured overnight."}}
	var others []string
	for i := range 20 {
		name := fmt.Sprintf("paper%02d", i)
		sources = append(sources, source{name, "", "Two firefighters were injured in the blaze. Two firefighters were injured, the chief said again."})
		others = append(others, name+" says Two")
	}
	got := checkSources(t, []*Rule{builtinRule(t, "count-agreement")}, sources...)
	want := []string{"error blog: firefighters injured: blog says Three; " + strings.Join(others, "; ")}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestGroupByKeyKeepsGroupsApart(t *testing.T) {
	doc := document.NewText("a.txt", "a", "", time.Time{})
	var cs []*claims.Claim
	for i, k := range []string{"b", "a", "b", "c", "a"} {
		cs = append(cs, &claims.Claim{Doc: doc, Key: k, Start: i})
	}
	gs := groupByKey(cs)
	var got []string
	for _, g := range gs {
		starts := ""
		for _, c := range g.claims {
			starts += fmt.Sprint(c.Start)
		}
		got = append(got, g.key+":"+starts)
	}
	if want := []string{"a:14", "b:02", "c:3"}; !slices.Equal(got, want) {
		t.Fatalf("groups %q, want %q", got, want)
	}
	// A group that grows must not write over the next one.
	_ = append(gs[0].claims, &claims.Claim{Key: "x"})
	if gs[1].claims[0].Key != "b" {
		t.Errorf("appending to group a changed group b: %q", gs[1].claims[0].Key)
	}
}
