package config

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/yamlfile"
)

func TestGlobs(t *testing.T) {
	tests := []struct {
		glob, path string
		want       bool
	}{
		{"*.md", "story.md", true},
		{"*.md", "drafts/story.md", true},
		{"drafts/*.md", "drafts/story.md", true},
		{"drafts/*.md", "drafts/2026/story.md", false},
		{"drafts/**", "drafts/2026/story.md", true},
		{"**/wire.txt", "a/b/wire.txt", true},
		{"**/wire.txt", "wire.txt", true},
		{"story?.txt", "story1.txt", true},
		{"story?.txt", "story12.txt", false},
		{"río/*.txt", "río/a.txt", true},
		{"a+b/*.txt", "a+b/c.txt", true},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(globPattern(tt.glob))
		if got := re.MatchString(tt.path); got != tt.want {
			t.Errorf("glob %q on %q = %v, want %v", tt.glob, tt.path, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	c, err := Parse("cfg/.claimlint.yml", []byte(`
rules: [my-rules]
disable: [quote-fidelity]
levels: {count-agreement: warning}
fail-level: warning
format: json
exclude: ["archive/**"]
vocabulary:
  nouns:
    vessel: [ship, boat]
overrides:
  - files: ["drafts/**"]
    levels: {count-agreement: info}
    disable: [name-spelling]
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.RulePaths(); len(got) != 1 || got[0] != "cfg/my-rules" {
		t.Errorf("rule paths %v", got)
	}
	if !c.Excluded("cfg/archive/2020/a.txt") || c.Excluded("cfg/stories/a.txt") {
		t.Error("exclude globs are not relative to the configuration's folder")
	}
	if level, off := c.LevelFor("count-agreement", "cfg/drafts/a.md"); level != "info" || off {
		t.Errorf("override: level %q, disabled %v", level, off)
	}
	if _, off := c.LevelFor("name-spelling", "cfg/drafts/a.md"); !off {
		t.Error("override does not disable")
	}
	if level, off := c.LevelFor("count-agreement", "cfg/stories/a.md"); level != "" || off {
		t.Error("override applies outside its files")
	}
	if len(c.Vocabulary.Nouns["vessel"]) != 2 {
		t.Errorf("vocabulary %+v", c.Vocabulary)
	}
	err = c.CheckRuleIDs(map[string]bool{"count-agreement": true, "quote-fidelity": true})
	if err == nil || !strings.Contains(err.Error(), `unknown rule "name-spelling"`) {
		t.Errorf("CheckRuleIDs: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	_, err := Parse(".claimlint.yml", []byte("format: yaml\nfail-level: fatal\noverrides:\n  - levels: {a: warning}\nexclude: [\"[\"]\n"))
	var list yamlfile.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v", err)
	}
	want := []string{
		`.claimlint.yml:1:9: unknown format "yaml", expected text, json, sarif, github, rdjsonl or markdown`,
		`.claimlint.yml:2:13: unknown fail level "fatal", expected error, warning, info or none`,
		".claimlint.yml:4:5: an override needs `files:`, the globs of the paths it applies to",
	}
	if got := strings.Split(list.Error(), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("rules: [a]\ndisable: [b]\nlevels: {c: error}\noverrides:\n  - files: ['**']\n"))
	f.Add([]byte("exclude: ['[']\n"))
	f.Add([]byte("overrides: [1, {files: 2}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yml", data)
		if (c == nil) == (err == nil) {
			t.Fatalf("Parse returned %v and %v", c, err)
		}
		if c != nil {
			c.Excluded("a/b.txt")
			c.LevelFor("r", "a/b.txt")
		}
	})
}

// TestParseEmptyKey: an empty key is an unknown key, not a crash.
func TestParseEmptyKey(t *testing.T) {
	_, err := Parse(".claimlint.yml", []byte("\"\": x\n"))
	if err == nil || !strings.Contains(err.Error(), `.claimlint.yml:1:1: unknown key ""`) {
		t.Errorf("got %v", err)
	}
}
