package rules

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/golden"
)

func TestBuiltinRulesLoad(t *testing.T) {
	rs := Builtin()
	if len(rs) == 0 {
		t.Fatal("no built-in rules")
	}
	for _, r := range rs {
		if r.Origin != "built-in" || r.message == nil || kinds[r.Kind] == nil {
			t.Errorf("built-in rule %s is incomplete: %+v", r.ID, r)
		}
	}
}

func TestParse(t *testing.T) {
	r, err := Parse("rules/designations.yml", []byte(`
extends: count-agreement
message: "{{.Subject}}: {{.Source}} says {{.Value}}; {{.Others}}"
level: error
link: https://style.example/counts
subject: groups designated as terrorist organizations
nouns: [group, cartel, organization, gang]
cues: [designat*, label*, terrorist]
qualifiers:
  mexican: [Mexican, based in Mexico]
`))
	if err != nil {
		t.Fatal(err)
	}
	o := r.options.(*countOptions)
	if r.ID != "designations" || r.Kind != "count-agreement" || r.Level != LevelError || r.Link == "" ||
		len(o.Nouns) != 4 || len(o.Cues) != 3 || len(o.Qualifiers["mexican"]) != 2 {
		t.Errorf("parsed %+v with options %+v", r, o)
	}
}

// TestParseErrors: every problem in a rule file is reported at once, each at
// its line and column, saying what was expected.
func TestParseErrors(t *testing.T) {
	kindList := strings.Join(Kinds(), ", ")
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"syntax error", "extends: count-agreement\nmessage: x\n  level: error\n",
			[]string{"r.yml:3: invalid YAML: mapping values are not allowed in this context"}},
		{"unknown kind", "extends: count-agrement\nmessage: x\n",
			[]string{`r.yml:1:10: unknown kind "count-agrement", expected one of ` + kindList + `; did you mean "count-agreement"?`}},
		{"missing extends", "message: x\n",
			[]string{"r.yml:1:1: missing `extends:`, expected one of " + kindList}},
		{"unknown key, wrong type, bad level and bad template at once",
			"extends: count-agreement\nmesage: x\nnouns: 3\nlevel: fatal\nmessage: \"{{.Subject\"\n",
			[]string{
				`r.yml:2:1: unknown key "mesage" for kind count-agreement, expected one of id, extends, level, message, link, subject, nouns, cues, qualifiers, update-level, update-message; did you mean "message"?`,
				"r.yml:3:8: `nouns`: cannot unmarshal !!int `3` into []string",
				`r.yml:4:8: unknown level "fatal", expected error, warning or info`,
				`r.yml:5:10: message template does not parse: 1: unclosed action`,
			}},
		{"a syntax error does not hide the other problems",
			"extends: count-agrement\nmessage: x\nnoun: [gang]\nlevel: [error\n",
			[]string{
				`r.yml:1:10: unknown kind "count-agrement", expected one of ` + kindList + `; did you mean "count-agreement"?`,
				`r.yml:3:1: unknown key "noun": no kind has it; did you mean "nouns"?`,
				`r.yml:4: invalid YAML: did not find expected ',' or ']'`,
			}},
		{"missing message", "extends: count-agreement\n",
			[]string{"r.yml:1:1: missing `message:`, expected a template such as \"{{.Subject}}: {{.Value}}\""}},
		{"nouns without a subject", "extends: count-agreement\nmessage: x\nnouns: [gang]\n",
			[]string{"r.yml:3:8: `nouns`: a rule with nouns needs a `subject:` that names what it counts"}},
		{"not a mapping", "- extends\n",
			[]string{"r.yml:1:1: expected a rule: a mapping with an `extends:` key, found a list"}},
		{"empty file", "",
			[]string{"r.yml: empty file, expected a rule: a mapping with an `extends:` key"}},
		{"duplicate key", "extends: count-agreement\nmessage: x\nmessage: y\n",
			[]string{`r.yml:3:1: key "message" given twice`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("r.yml", []byte(tt.yaml))
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Parse returned %v, want an ErrorList", err)
			}
			got := strings.Split(list.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("extends: count-agreement\nmessage: \"{{.Subject}}\"\nnouns: [gang]\nsubject: gangs\n"))
	f.Add([]byte("extends: [\n"))
	f.Add([]byte("- a\n- b\n"))
	f.Add([]byte("extends: count-agreement\nqualifiers: {a: [b]}\ncues: ['*']\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("f.yml", data)
		if (r == nil) == (err == nil) {
			t.Fatalf("Parse returned rule %v and error %v", r, err)
		}
	})
}

var update = flag.Bool("update", false, "rewrite the golden files of testdata/invalid")

// TestInvalidRulesGolden pins every validation message: each file of
// testdata/invalid is a broken rule, and its .golden file the messages a
// writer gets. `go test ./rules -update` rewrites them.
func TestInvalidRulesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.yml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no invalid rules: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(filepath.Base(file), data)
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Parse returned %v, want an ErrorList", err)
			}
			got := list.Error() + "\n"
			golden.Check(t, strings.TrimSuffix(file, ".yml")+".golden", []byte(got), *update, "go test ./rules -update")
		})
	}
}
