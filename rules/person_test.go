package rules

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// checkPeople runs rules over documents made of the given texts, with their
// people linked across documents as a check links them, and returns the
// findings as "level source: message" lines.
func checkPeople(t *testing.T, rs []*Rule, sources ...source) []string {
	t.Helper()
	var docs []*document.Document
	for _, s := range sources {
		var pub time.Time
		if s.published != "" {
			pub, _ = time.Parse(time.DateOnly, s.published)
		}
		docs = append(docs, document.NewText(s.name+".txt", s.name, s.text, pub))
	}
	var out []string
	for _, f := range checkDocuments(rs, docs) {
		out = append(out, f.Level.String()+" "+f.Location.Doc.Source+": "+f.Message)
	}
	return out
}

func checkDocuments(rs []*Rule, docs []*document.Document) []Finding {
	exs := make([]*claims.Extraction, len(docs))
	for i, d := range docs {
		exs[i] = claims.Extract(d)
	}
	claims.LinkPeople(exs, nil)
	var cs []*claims.Claim
	for _, ex := range exs {
		for i := range ex.Claims {
			cs = append(cs, &ex.Claims[i])
		}
	}
	set := &Set{Rules: rs}
	set.Bind(cs)
	return set.Check(cs)
}

func builtinRule(t *testing.T, id string) *Rule {
	t.Helper()
	for _, r := range Builtin() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no built-in rule %s", id)
	return nil
}

func TestTitleConsistency(t *testing.T) {
	r := builtinRule(t, "title-consistency")
	tests := []struct {
		name    string
		sources []source
		want    []string
	}{
		{"a former office against the office is an error at the minority", []source{
			{"wire", "", "Governor Ana Valdés signed the order on Monday."},
			{"paper", "", "Governor Ana Valdés said the order would stand."},
			{"blog", "", "Former Governor Ana Valdés signed an order."},
		}, []string{"error blog: Ana Valdés: blog says Former Governor; paper says Governor; wire says Governor"}},
		{"a title where the story looks back is no witness that the office is held now", []source{
			{"wire", "", "The dam was planned under Governor Ana Valdés and finished later."},
			{"paper", "", "Critics faulted Governor Ana Valdés's water policy for years."},
			{"radio", "", "The seat opened after the death of Governor Ana Valdés."},
			{"blog", "", "Former Governor Ana Valdés had planned the dam."},
		}, nil},
		{"a then-title says nothing of the office now", []source{
			{"wire", "", "The aide briefed then Mayor-elect Ian Ross in March."},
			{"paper", "", "Mayor Ian Ross spoke on Tuesday."},
		}, nil},
		{"a title where the story looks back still differs from another office", []source{
			{"wire", "", "The seat of Senator Ana Valdés fell vacant."},
			{"paper", "", "Governor Ana Valdés signed the order."},
			{"blog", "", "Governor Ana Valdés spoke again."},
		}, []string{"warning wire: Ana Valdés: wire says Senator; blog says Governor; paper says Governor"}},
		{"a lawyer and an attorney are one office", []source{
			{"wire", "", "Attorney Ian Ross spoke for the family."},
			{"paper", "", "Lawyer Ian Ross spoke for the family."},
			{"radio", "", "Her lawyer Ian Ross spoke again."},
		}, nil},
		{"sources that agree are not flagged against each other", []source{
			{"wire", "", "Governor Ana Valdés signed the order on Monday."},
			{"paper", "", "Governor Ana Valdés said the order would stand."},
		}, nil},
		{"acting and interim change the meaning too", []source{
			{"wire", "", "Acting Police Chief Lena Brandt spoke first."},
			{"paper", "", "Police Chief Lena Brandt spoke first."},
			{"radio", "", "Acting Police Chief Lena Brandt spoke twice."},
		}, []string{"error paper: Lena Brandt: paper says Police Chief; radio says Acting Police Chief; wire says Acting Police Chief"}},
		{"an interim chief is an acting one", []source{
			{"wire", "", "Interim Police Chief Lena Brandt spoke first."},
			{"paper", "", "Acting Police Chief Lena Brandt spoke first."},
		}, nil},
		{"an elected president is not yet president", []source{
			{"wire", "", "President-elect Ana Valdés spoke."},
			{"paper", "", "President-elect Ana Valdés spoke again."},
			{"blog", "", "President Ana Valdés spoke."},
		}, []string{"error blog: Ana Valdés: blog says President; paper says President-elect; wire says President-elect"}},
		{"a deputy of the office is a warning", []source{
			{"wire", "", "Fire Chief Marek Osei said the blaze was out."},
			{"paper", "", "Fire Chief Marek Osei said crews stayed overnight."},
			{"blog", "", "Deputy Fire Chief Marek Osei said the blaze was out."},
		}, []string{"warning blog: Marek Osei: blog says Deputy Fire Chief; paper says Fire Chief; wire says Fire Chief"}},
		{"another office is a warning", []source{
			{"wire", "", "Sheriff Dana Whitlow said two deputies were hurt."},
			{"paper", "", "Sheriff Dana Whitlow said the road was closed."},
			{"blog", "", "Mayor Dana Whitlow said the road was closed."},
		}, []string{"warning blog: Dana Whitlow: blog says Mayor; paper says Sheriff; wire says Sheriff"}},
		{"a country, a nationality or a possessive qualifies the office without changing it", []source{
			{"wire", "", "President Ana Valdés of Ruritania spoke. Secretary of State Lina Morro listened."},
			{"paper", "", "Mexican President Ana Valdés spoke. U.S. Secretary of State Lina Morro listened."},
			{"blog", "", "Mexico's president Ana Valdés spoke, and Sen. Carl Dunne listened."},
			{"radio", "", "Mr. Carl Dunne listened, as did Lina Morro."},
		}, nil},
		{"an honorific and a missing title are no office", []source{
			{"wire", "", "Ms. Ana Valdés left early."},
			{"paper", "", "Governor Ana Valdés left early."},
			{"blog", "", "Ana Valdés left early."},
		}, nil},
		{"a source is no witness against itself", []source{
			{"wire", "", "Former Governor Ana Valdés spoke. Governor Ana Valdés had signed the order."},
			{"paper", "", "Ana Valdés spoke."},
		}, nil},
		{"titles of sources published months apart are not compared", []source{
			{"wire", "2019-03-01", "President Ana Valdés signed the order."},
			{"paper", "2019-03-04", "President Ana Valdés signed it."},
			{"blog", "2024-05-02", "Former President Ana Valdés spoke."},
		}, nil},
		{"a former office is no conflict with another office", []source{
			{"wire", "", "Former Mayor Ana Ruiz spoke."},
			{"paper", "", "Governor Ana Ruiz spoke."},
		}, nil},
		{"offices one source gives together are both the person's", []source{
			{"wire", "", "Sgt. Ivo Brand, a police spokesman, said the road was closed. Detective Ivo Brand said more."},
			{"paper", "", "Detective Ivo Brand said the road was closed."},
			{"blog", "", "Sgt. Ivo Brand said the road was closed."},
		}, nil},
		{"a representative of an organization speaks for it", []source{
			{"wire", "", "Police Department representative Ivo Brand said the road was closed."},
			{"paper", "", "Sgt. Ivo Brand said the road was closed."},
		}, nil},
		{"a generic head alone is no office to be former of", []source{
			{"wire", "", "Longtime Republican official Ana Ruiz spoke."},
			{"paper", "", "Ana Ruiz, a former Valdés official, spoke."},
			{"blog", "", "Ana Ruiz, a former Valdés official, spoke again."},
		}, nil},
		{"generic heads agree with any office", []source{
			{"wire", "", "Police Chief Nora Lindqvist said it was over."},
			{"paper", "", "Police official Nora Lindqvist said it was over."},
		}, nil},
		{"an abbreviated title is the title written out", []source{
			{"wire", "", "District Attorney Ines Marlow filed the charges. Sgt. Omar Test made the arrest."},
			{"paper", "", "District Attorney Ines Marlow filed the charges. Sergeant Omar Test made the arrest."},
			{"radio", "", "Former D.A. Ines Marlow spoke. Ada Quist, senior VP of Pell Mills, spoke too."},
			{"blog", "", "Senior Vice President Ada Quist spoke."},
			{"daily", "", "Ada Quist, a former senior VP of Pell Mills, spoke."},
		}, []string{
			"error daily: Ada Quist: daily says former senior VP of Pell Mills; blog says Senior Vice President; radio says senior VP of Pell Mills",
			"error radio: Ines Marlow: radio says Former D.A.; paper says District Attorney; wire says District Attorney",
		}},
		{"whoever leads a body is its chief, director or head", []source{
			{"wire", "", "Agency chief Ora Lind spoke. Prime Minister Ivo Varga spoke."},
			{"paper", "", "Ora Lind, the head of the agency, spoke. Premier Ivo Varga spoke."},
			{"blog", "", "Agency director Ora Lind spoke."},
		}, nil},
		{"a head coach is a coach, not whoever heads a body", []source{
			{"wire", "", "On Monday, head coach Tomas Reyes spoke."},
			{"paper", "", "Director Tomas Reyes spoke."},
			{"blog", "", "On Monday, head coach Tomas Reyes spoke again."},
		}, []string{"warning paper: Tomas Reyes: paper says Director; blog says head coach; wire says head coach"}},
		{"a deputy sergeant is a sheriff's deputy with a sergeant's rank", []source{
			{"wire", "", "Deputy Sgt. Omar Test made the arrest. Deputy Chief Ada Quist spoke."},
			{"paper", "", "Sgt. Omar Test made the arrest. Chief Ada Quist spoke."},
			{"blog", "", "Deputy Lt. Ivo Brand spoke. Deputy Chief Ada Quist spoke again."},
			{"radio", "", "Lt. Ivo Brand spoke."},
		}, []string{"warning paper: Ada Quist: paper says Chief; blog says Deputy Chief; wire says Deputy Chief"}},
		{"a prosecutor of any rank is a prosecutor", []source{
			{"wire", "", "Assistant District Attorney Lia Brenn asked the witness."},
			{"paper", "", "Prosecutor Lia Brenn asked the witness."},
			{"blog", "", "Prosecutor Lia Brenn asked again."},
		}, nil},
		{"a former prosecuting attorney may be a lawyer now", []source{
			{"wire", "", "Lawyer Pavel Dorn spoke for the mayor."},
			{"paper", "", "Attorney Pavel Dorn spoke for the mayor."},
			{"blog", "", "Former U.S. Attorney Pavel Dorn spoke for the mayor."},
		}, nil},
		{"a judge may be titled justice, a physician doctor, a correspondent reporter", []source{
			{"wire", "", "Judge Edda Vorn ruled. Physician Kai Lund testified. Correspondent Aino Sarr asked."},
			{"paper", "", "Justice Edda Vorn ruled. Doctor Kai Lund testified. Reporter Aino Sarr asked."},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkPeople(t, []*Rule{r}, tt.sources...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestTitleConsistencyOptions(t *testing.T) {
	r, err := Parse("quiet.yml", []byte(`
extends: title-consistency
message: "{{.Subject}}: {{.Value}}; {{.Others}}"
level: error
office-level: none
modifiers: [former]
`))
	if err != nil {
		t.Fatal(err)
	}
	got := checkPeople(t, []*Rule{r},
		source{"wire", "", "Acting Police Chief Lena Brandt spoke. Sheriff Dana Whitlow left. Former Mayor Ian Ross came."},
		source{"paper", "", "Police Chief Lena Brandt spoke. Mayor Dana Whitlow left. Mayor Ian Ross came."},
		source{"blog", "", "Deputy Police Chief Lena Brandt spoke. Mayor Dana Whitlow left. Mayor Ian Ross came."})
	want := []string{"error wire: Ian Ross: Former Mayor; blog says Mayor; paper says Mayor"}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := Parse("bad.yml", []byte("extends: title-consistency\nmessage: x\noffice-level: loud\n")); err == nil ||
		!strings.Contains(err.Error(), "bad.yml:3:15: `office-level`") {
		t.Errorf("bad office-level: %v", err)
	}
}

func TestNameSpelling(t *testing.T) {
	r := builtinRule(t, "name-spelling")
	tests := []struct {
		name    string
		sources []source
		want    []string
	}{
		{"accents dropped", []source{
			{"wire", "", "Harbor master José Ibáñez said the pier was closed. Ibáñez said more."},
			{"paper", "", "Harbor master José Ibáñez said the pier was closed."},
			{"blog", "", "Harbor master Jose Ibanez said the pier was closed."},
		}, []string{"warning blog: Jose Ibanez: 2 sources spell it José Ibáñez"}},
		{"a surname alone with its accents dropped", []source{
			{"wire", "", "The study by Lucia Farrera-Montés was cited. Farrera-Montés said so."},
			{"blog", "", "Farrera-Montes said the study was sound."},
		}, []string{"warning blog: Farrera-Montes: 1 source spells it Farrera-Montés"}},
		{"a missing apostrophe", []source{
			{"wire", "", "Dara O'Neill said the vote would wait."},
			{"paper", "", "Dara O’Neill said the vote would wait."},
			{"blog", "", "Dara ONeill said the vote would wait."},
		}, []string{"warning blog: Dara ONeill: 2 sources spell it Dara O'Neill"}},
		{"curly and straight apostrophes are typography", []source{
			{"wire", "", "Sean O'Brien said the vote would wait."},
			{"paper", "", "Sean O’Brien said the vote would wait."},
		}, nil},
		{"full stops after initials and suffixes are house style", []source{
			{"wire", "", "Robert J. Keane Jr. said the vote would wait."},
			{"paper", "", "Robert J Keane Jr said the vote would wait."},
		}, nil},
		{"capitals in a headline are no spelling", []source{
			{"wire", "", "MAYOR KATE MORROW RESIGNS\nMayor Kate Morrow resigned on Monday."},
			{"paper", "", "Mayor Kate Morrow resigned on Monday."},
		}, nil},
		{"a spelling within one source", []source{
			{"wire", "", "Teo Marquez-Olvera said it. Later Teo Márquez-Olvera said more, and Márquez-Olvera left."},
		}, []string{"warning wire: Teo Marquez-Olvera: 1 source spells it Teo Márquez-Olvera"}},
		{"a letter of the surname, with the given name and the office agreeing", []source{
			{"wire", "", "Police Chief John Phillips said the road was closed."},
			{"paper", "", "Police Chief John Phillips said the road would reopen."},
			{"blog", "", "Police Chief John Philips said the road was closed."},
		}, []string{"warning blog: John Philips: 2 sources spell it John Phillips"}},
		{"a letter of the surname without the same office is another person", []source{
			{"wire", "", "Police Chief John Phillips said the road was closed."},
			{"blog", "", "John Philips, a neighbor, said the road was closed."},
		}, nil},
		{"a short surname is too short to link", []source{
			{"wire", "", "Police Chief Ana Rees said the road was closed."},
			{"blog", "", "Police Chief Ana Reed said the road was closed."},
		}, nil},
		{"a particle's case is style", []source{
			{"wire", "", "Maria de la Cruz said the road was closed."},
			{"blog", "", "Maria De La Cruz said the road was closed, and Omar Al-Farouk agreed."},
			{"paper", "", "Omar al-Farouk agreed."},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkPeople(t, []*Rule{r}, tt.sources...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestNameSpellingMaxEdits(t *testing.T) {
	r, err := Parse("strict.yml", []byte("extends: name-spelling\nmessage: \"{{.Value}}: {{.Others}}\"\nmax-edits: 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := checkPeople(t, []*Rule{r},
		source{"wire", "", "Police Chief John Phillips said the road was closed."},
		source{"blog", "", "Police Chief John Philips said the road was closed."})
	if len(got) != 0 {
		t.Errorf("max-edits 0 links surnames: %q", got)
	}
	if _, err := Parse("bad.yml", []byte("extends: name-spelling\nmessage: x\nmax-edits: 9\n")); err == nil ||
		!strings.Contains(err.Error(), "bad.yml:3:12: `max-edits`") {
		t.Errorf("bad max-edits: %v", err)
	}
}

// TestSeedsPeopleFindings: on the seed story, the source that calls the
// sitting president "former President" is flagged against those that say
// "President", which are not flagged against each other, and
// "Farfan-Mendez" against "Farfán-Méndez"; nothing else.
func TestSeedsPeopleFindings(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(sharedtest.Path(t, "seeds"), "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %d files, %v", len(paths), err)
	}
	docs, _, err := document.Load(paths, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range checkDocuments([]*Rule{builtinRule(t, "title-consistency"), builtinRule(t, "name-spelling")}, docs) {
		l := f.Location
		line := f.Rule + " " + f.Level.String() + " " + l.Doc.Text[l.Start:l.End] + " /"
		for _, r := range f.Related {
			line += " " + r.Doc.Text[r.Start:r.End]
		}
		got = append(got, line)
	}
	want := []string{
		"title-consistency error former President Donald Trump / President Trump President Donald Trump",
		"name-spelling warning Farfan-Mendez / Cecilia Farfán-Méndez",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestExampleStoryPeople: in the example story, the blog's deputy fire chief
// is a warning against the fire chief of the other two outlets, and its
// "Jose Ibanez" a spelling of "José Ibáñez".
func TestExampleStoryPeople(t *testing.T) {
	docs, _, err := document.Load([]string{filepath.Join("..", "testdata", "stories", "harbor-fire")}, nil, document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range checkDocuments([]*Rule{builtinRule(t, "title-consistency"), builtinRule(t, "name-spelling")}, docs) {
		l := f.Location
		got = append(got, f.Rule+" "+f.Level.String()+" "+filepath.Base(l.Doc.Path())+" "+l.Doc.Text[l.Start:l.End])
	}
	want := []string{
		"title-consistency warning blog.html Deputy Fire Chief Marta Okonjo",
		"name-spelling warning blog.html Jose Ibanez",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzPeopleRules checks that the people rules never panic, and that their
// findings point inside their documents, whatever two sources say.
func FuzzPeopleRules(f *testing.F) {
	f.Add("Former Governor Ana Valdés spoke. Valdés left.", "Governor Ana Valdes spoke.")
	f.Add("Police Chief John Phillips said. Phillips left.", "Deputy Police Chief John Philips said.")
	f.Add("MARROW QUAY — Dara O'Neill, a former aide, said so.", "Dara ONeill, the aide, said. Mr. ONeill left.")
	f.Add("Sgt. Al-Nimr said; Sgt. al-Nimr left", "Lt. Al-Nimr said")
	rs := Builtin()
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []*document.Document{
			document.NewText("a.txt", "a", a, time.Time{}),
			document.NewText("b.txt", "b", b, time.Time{}),
		}
		for _, fd := range checkDocuments(rs, docs) {
			for _, l := range append([]Location{fd.Location}, fd.Related...) {
				if l.Start < 0 || l.Start > l.End || l.End > len(l.Doc.Text) {
					t.Fatalf("%s: span [%d,%d) outside %d bytes", fd.Rule, l.Start, l.End, len(l.Doc.Text))
				}
			}
		}
	})
}

// TestReads: the span a claim keeps away from its document covers what the
// rules read around it: the word before a title and the possessive after.
func TestReads(t *testing.T) {
	tests := []struct {
		text, claim string // the claim is the first title claim; want is what Reads spans
		want        string
	}{
		{"The ruling of Judge Mara Quill stands.", "Judge Mara Quill", " of Judge Mara Quill s"},
		{"Judge Mara Quill's ruling stands.", "Judge Mara Quill", "Judge Mara Quill's"},
		{"Under  President Ana Ruiz’s plan, taxes rose.", "President Ana Ruiz", "Under  President Ana Ruiz’s"},
		{"(Senator Ana Ruiz)", "Senator Ana Ruiz", "(Senator Ana Ruiz)"},
		{"Reporters met Senator Ana Ruiz.", "Senator Ana Ruiz", " met Senator Ana Ruiz."},
	}
	for _, tc := range tests {
		ex := claims.Extract(document.NewText("a.txt", "a", tc.text, time.Time{}))
		i := slices.IndexFunc(ex.Claims, func(c claims.Claim) bool { return c.Kind == claims.KindTitle })
		if i < 0 {
			t.Errorf("%q: no title claim", tc.text)
			continue
		}
		c := &ex.Claims[i]
		if got := c.Text(); got != tc.claim {
			t.Errorf("%q: claim %q, want %q", tc.text, got, tc.claim)
		}
		start, end := Reads(c)
		if got := tc.text[start:end]; got != tc.want {
			t.Errorf("Reads(%q) = %q, want %q", tc.claim, got, tc.want)
		}
	}
}
