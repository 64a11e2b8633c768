// Package config reads .claimlint.yml: which rule files to add, which rules to
// turn off or re-level, the defaults of flags, what to exclude, the vocabulary
// to add, and overrides for paths that match a glob.
package config

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/internal/yamlfile"
)

// Names are the file names a configuration may have, in order of preference.
var Names = []string{".claimlint.yml", ".claimlint.yaml"}

// Config is a parsed configuration file.
type Config struct {
	Path string `yaml:"-"` // the file, "" for the empty configuration
	Dir  string `yaml:"-"` // the folder paths in the file are relative to

	Rules      []string              `yaml:"rules"`
	Disable    []string              `yaml:"disable"`
	Levels     map[string]string     `yaml:"levels"`
	FailLevel  string                `yaml:"fail-level"`
	Format     string                `yaml:"format"`
	Exclude    []string              `yaml:"exclude"`
	Vocabulary claims.VocabularyFile `yaml:"vocabulary"`
	Overrides  []Override            `yaml:"overrides"`

	exclude []*regexp.Regexp
	ruleIDs map[string]*yaml.Node // every rule id the file names, for CheckRuleIDs
}

// Override changes rules for the documents whose path matches one of Files.
type Override struct {
	Files   []string          `yaml:"files"`
	Disable []string          `yaml:"disable"`
	Levels  map[string]string `yaml:"levels"`

	files []*regexp.Regexp
}

// Find returns the configuration file in dir or the nearest folder above it,
// or "" when there is none.
func Find(dir string) string {
	for {
		for _, name := range Names {
			p := filepath.Join(dir, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks a configuration file. Every problem in it is
// reported at once, each at its line and column.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, yamlfile.ErrorList{{Path: path, Msg: err.Error()}}
	}
	return Parse(path, data)
}

// levelNames are the levels a configuration may give rules.
var levelNames = map[string]bool{"error": true, "warning": true, "info": true}

// Parse reads a configuration from data as if from the file at path.
func Parse(path string, data []byte) (*Config, error) {
	f := &yamlfile.File{Path: path}
	c := &Config{Path: path, Dir: filepath.Dir(path), ruleIDs: map[string]*yaml.Node{}}
	root := f.Mapping(data, "a configuration: a mapping of keys such as rules:, disable:, levels:")
	if root == nil {
		return nil, f.Err()
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if !f.Decode(c, k.Value, v) {
			f.Fail(k, "unknown key %q, expected one of %s%s", k.Value, strings.Join(yamlfile.Keys(c), ", "), yamlfile.DidYouMean(k.Value, yamlfile.Keys(c)))
			continue
		}
		switch k.Value {
		case "disable":
			c.noteRuleIDs(v)
		case "levels":
			c.checkLevels(f, v)
		case "fail-level":
			if !levelNames[c.FailLevel] && c.FailLevel != "none" {
				f.Fail(v, "unknown fail level %q, expected error, warning, info or none", c.FailLevel)
			}
		case "format":
			if c.Format != "" && !slices.Contains(report.Formats, c.Format) {
				f.Fail(v, "unknown format %q, expected %s", c.Format, report.FormatNames())
			}
		case "exclude":
			c.exclude = compileGlobs(f, v, c.Exclude)
		case "overrides":
			c.parseOverrides(f, v)
		}
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) noteRuleIDs(list *yaml.Node) {
	for _, n := range list.Content {
		c.ruleIDs[n.Value] = n
	}
}

func (c *Config) checkLevels(f *yamlfile.File, m *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		c.ruleIDs[k.Value] = k
		if !levelNames[v.Value] {
			f.Fail(v, "unknown level %q for rule %s, expected error, warning or info", v.Value, k.Value)
		}
	}
}

func (c *Config) parseOverrides(f *yamlfile.File, list *yaml.Node) {
	for i := range c.Overrides {
		n := list.Content[i]
		o := &c.Overrides[i]
		for j := 0; j+1 < len(n.Content); j += 2 {
			k, v := n.Content[j], n.Content[j+1]
			switch k.Value {
			case "files":
				o.files = compileGlobs(f, v, o.Files)
			case "disable":
				c.noteRuleIDs(v)
			case "levels":
				c.checkLevels(f, v)
			default:
				f.Fail(k, "unknown key %q in an override, expected files, disable or levels", k.Value)
			}
		}
		if len(o.Files) == 0 {
			f.Fail(n, "an override needs `files:`, the globs of the paths it applies to")
		}
	}
}

// CheckRuleIDs reports the rule ids the file names that are not among known.
func (c *Config) CheckRuleIDs(known map[string]bool) error {
	f := &yamlfile.File{Path: c.Path}
	for id, n := range c.ruleIDs {
		if !known[id] {
			f.Fail(n, "unknown rule %q (see claimlint rules list)%s", id, yamlfile.DidYouMean(id, slices.Sorted(maps.Keys(known))))
		}
	}
	return f.Err()
}

// Excluded reports whether a document path matches an exclude glob.
func (c *Config) Excluded(path string) bool {
	return matchAny(c.exclude, c.rel(path))
}

// Applies reports whether the override applies to a document path.
func (c *Config) Applies(o *Override, path string) bool {
	return matchAny(o.files, c.rel(path))
}

// rel makes a document path relative to the configuration's folder, so that
// globs are written as the files are laid out beside it.
func (c *Config) rel(path string) string {
	if c.Dir == "" {
		return filepath.ToSlash(path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return filepath.ToSlash(path)
	}
	if r, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(path)
}

// RulePaths returns the rule paths, relative to the configuration's folder.
func (c *Config) RulePaths() []string {
	out := make([]string, len(c.Rules))
	for i, p := range c.Rules {
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, p)
		}
		out[i] = p
	}
	return out
}

// LevelFor returns the level the overrides give rule at path ("" when they
// leave it alone), and whether they disable it there.
func (c *Config) LevelFor(rule, path string) (level string, disabled bool) {
	for i := range c.Overrides {
		o := &c.Overrides[i]
		if !c.Applies(o, path) {
			continue
		}
		for _, id := range o.Disable {
			if id == rule {
				disabled = true
			}
		}
		if l, ok := o.Levels[rule]; ok {
			level = l
		}
	}
	return level, disabled
}
