// Package rules loads claimlint's YAML rules, validates them with positions a
// writer can act on, and runs them over the claims of a set of documents.
package rules

import (
	"embed"
	"fmt"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/internal/yamlfile"
)

// Rule is one check: a kind that the engine implements, configured in YAML.
type Rule struct {
	ID      string
	Kind    string // the kind it extends
	Level   Level
	Message string
	Link    string // the newsroom's style guide on the matter
	Origin  string // "built-in" or the rule file's path
	Source  string // the rule file's text

	message *template.Template
	options any // the kind's options: a pointer to its options struct
}

// kind is a check the engine implements.
type kind struct {
	summary string
	// newOptions returns a pointer to a zeroed options struct whose yaml tags
	// are the keys the kind accepts beyond the common ones.
	newOptions func() any
	check      func(r *Rule, p *pass) []Finding
	// supersededBy are the kinds whose finding on the same words says more
	// than this kind's: Set.Check drops this kind's finding there.
	supersededBy []string
	// draftsOnly kinds find only in drafts, comparing each with the sources
	// alone: they run once over all documents, and not without drafts.
	draftsOnly bool
}

// kinds are the kinds rules can extend.
var kinds = map[string]*kind{}

// Summary says in a line what rules of a kind find.
func (r *Rule) Summary() string { return kinds[r.Kind].summary }

// DraftsOnly reports whether the rule finds only in drafts (claimlint lint),
// so that a run without drafts does not run it.
func (r *Rule) DraftsOnly() bool { return kinds[r.Kind].draftsOnly }

// Kinds returns the names of the kinds rules can extend, sorted.
func Kinds() []string {
	return slices.Sorted(maps.Keys(kinds))
}

// commonKeys are the keys every rule accepts.
var commonKeys = []string{"id", "extends", "level", "message", "link"}

// ErrorList is every problem found in rule files, each with its position.
type ErrorList = yamlfile.ErrorList

//go:embed builtin/*.yml
var builtinFS embed.FS

// Builtin returns the built-in rule set.
func Builtin() []*Rule {
	entries, err := builtinFS.ReadDir("builtin")
	if err != nil {
		panic(err) // embedded at build time
	}
	var rs []*Rule
	for _, e := range entries {
		data, err := builtinFS.ReadFile("builtin/" + e.Name())
		if err != nil {
			panic(err)
		}
		r, err := Parse("builtin/"+e.Name(), data)
		if err != nil {
			panic(fmt.Sprintf("built-in rule: %v", err)) // a build defect, caught by every test
		}
		r.Origin = "built-in"
		rs = append(rs, r)
	}
	return rs
}

// Parse reads one rule file. Its id is the `id` key, or the file name without
// extension. Every problem in the file is reported, as an ErrorList.
func Parse(file string, data []byte) (*Rule, error) {
	f := &yamlfile.File{Path: file}
	root := f.Mapping(data, "a rule: a mapping with an `extends:` key")
	if root == nil {
		return nil, f.Err()
	}
	r := &Rule{ID: strings.TrimSuffix(path.Base(file), path.Ext(file)), Level: LevelWarning, Origin: file, Source: string(data)}
	values := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		values[root.Content[i].Value] = root.Content[i+1]
	}

	ext, ok := values["extends"]
	var kd *kind
	switch {
	case !ok:
		f.Fail(root, "missing `extends:`, expected one of %s", strings.Join(Kinds(), ", "))
	case ext.Kind != yaml.ScalarNode:
		f.Fail(ext, "`extends` is the name of a kind, expected one of %s", strings.Join(Kinds(), ", "))
	default:
		r.Kind = ext.Value
		if kd = kinds[ext.Value]; kd == nil {
			f.Fail(ext, "unknown kind %q, expected one of %s%s", ext.Value, strings.Join(Kinds(), ", "), yamlfile.DidYouMean(ext.Value, Kinds()))
		}
	}
	allowed := append([]string(nil), commonKeys...)
	if kd != nil {
		r.options = kd.newOptions()
		allowed = append(allowed, yamlfile.Keys(r.options)...)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "extends":
		case "id":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				f.Fail(v, "`id` is a name, expected a string such as my-counts")
			} else {
				r.ID = v.Value
			}
		case "level":
			l, err := ParseLevel(v.Value, false)
			if err != nil || v.Kind != yaml.ScalarNode {
				f.Fail(v, "unknown level %q, expected error, warning or info", v.Value)
			} else {
				r.Level = l
			}
		case "message":
			if v.Kind != yaml.ScalarNode {
				f.Fail(v, "`message` is a template string, found %s", yamlfile.Describe(v))
				break
			}
			t, err := parseTemplate(v.Value)
			if err != nil {
				f.Fail(v, "message template does not parse: %v", err)
				break
			}
			r.Message, r.message = v.Value, t
		case "link":
			if v.Kind != yaml.ScalarNode {
				f.Fail(v, "`link` is a URL, found %s", yamlfile.Describe(v))
			} else {
				r.Link = v.Value
			}
		default:
			switch {
			case kd != nil && !f.Decode(r.options, k.Value, v):
				f.Fail(k, "unknown key %q for kind %s, expected one of %s%s", k.Value, r.Kind, strings.Join(allowed, ", "), yamlfile.DidYouMean(k.Value, allowed))
			case kd == nil && !anyKindKnows(k.Value):
				f.Fail(k, "unknown key %q: no kind has it%s", k.Value, yamlfile.DidYouMean(k.Value, allKindKeys()))
			}
		}
	}
	if r.message == nil && len(f.Errors) == 0 {
		f.Fail(root, "missing `message:`, expected a template such as \"{{.Subject}}: {{.Value}}\"")
	}
	if v, ok := r.options.(validator); ok && len(f.Errors) == 0 {
		for _, e := range v.validate() {
			f.Fail(values[e.key], "`%s`: %s", e.key, e.msg)
		}
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	return r, nil
}

// anyKindKnows reports whether some kind accepts key, for rules whose own
// kind is unknown.
func anyKindKnows(key string) bool {
	for _, k := range allKindKeys() {
		if k == key {
			return true
		}
	}
	return false
}

// allKindKeys returns the keys that rules of any kind accept, sorted.
func allKindKeys() []string {
	keys := append([]string(nil), commonKeys...)
	for _, name := range Kinds() {
		keys = append(keys, yamlfile.Keys(kinds[name].newOptions())...)
	}
	sort.Strings(keys)
	return keys
}

// validator is implemented by options that check themselves beyond their types.
type validator interface {
	validate() []optionError
}

type optionError struct {
	key, msg string
}

// parseTemplate parses a message template.
func parseTemplate(s string) (*template.Template, error) {
	t, err := template.New("message").Option("missingkey=error").Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "template: message:"))
	}
	return t, nil
}
