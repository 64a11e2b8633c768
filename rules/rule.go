// Package rules loads claimlint's YAML rules, validates them with positions a
// writer can act on, and runs them over the claims of a set of documents.
package rules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"path"
	"reflect"
	"sort"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
)

// Rule is one check: a kind that the engine implements, configured in YAML.
type Rule struct {
	ID      string
	Kind    string // the kind it extends
	Level   Level
	Message string
	Link    string // the newsroom's style guide on the matter
	Origin  string // "built-in" or the rule file's path

	message *template.Template
	options any // the kind's options: a pointer to its options struct
}

// kind is a check the engine implements.
type kind struct {
	summary string
	// newOptions returns a pointer to a zeroed options struct whose yaml tags
	// are the keys the kind accepts beyond the common ones.
	newOptions func() any
	check      func(r *Rule, claims []*claims.Claim) []Finding
}

// kinds are the kinds rules can extend.
var kinds = map[string]*kind{}

// Kinds returns the names of the kinds rules can extend, sorted.
func Kinds() []string {
	names := make([]string, 0, len(kinds))
	for name := range kinds {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// commonKeys are the keys every rule accepts.
var commonKeys = []string{"id", "extends", "level", "message", "link"}

// ErrorList is every problem found in rule files, each with its position.
type ErrorList []*document.Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

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
	var errs ErrorList
	fail := func(n *yaml.Node, format string, args ...any) {
		e := &document.Error{Path: file, Msg: fmt.Sprintf(format, args...)}
		if n != nil {
			e.Line, e.Column = n.Line, n.Column
		}
		errs = append(errs, e)
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			fail(nil, "empty rule file, expected a mapping with an `extends:` key")
			return nil, errs
		}
		fail(nil, "%s", yamlMessage(err))
		return nil, fixYAMLPositions(errs, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		fail(root, "a rule is a mapping of keys to values, found %s", nodeKind(root))
		return nil, errs
	}

	r := &Rule{ID: strings.TrimSuffix(path.Base(file), path.Ext(file)), Level: LevelWarning, Origin: file}
	values := map[string]*yaml.Node{}
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if _, dup := values[k.Value]; dup {
			fail(k, "key %q given twice", k.Value)
		}
		keys[k.Value], values[k.Value] = k, v
	}

	ext, ok := values["extends"]
	var kd *kind
	switch {
	case !ok:
		fail(root, "missing `extends:`, expected one of %s", strings.Join(Kinds(), ", "))
	case ext.Kind != yaml.ScalarNode:
		fail(ext, "`extends` is the name of a kind, expected one of %s", strings.Join(Kinds(), ", "))
	default:
		r.Kind = ext.Value
		if kd = kinds[ext.Value]; kd == nil {
			fail(ext, "unknown kind %q, expected one of %s", ext.Value, strings.Join(Kinds(), ", "))
		}
	}

	var opts reflect.Value
	allowed := append([]string(nil), commonKeys...)
	if kd != nil {
		r.options = kd.newOptions()
		opts = reflect.ValueOf(r.options).Elem()
		allowed = append(allowed, yamlKeys(opts.Type())...)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "extends":
		case "id":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				fail(v, "`id` is a name, expected a string such as my-counts")
			} else {
				r.ID = v.Value
			}
		case "level":
			l, err := ParseLevel(v.Value, false)
			if err != nil || v.Kind != yaml.ScalarNode {
				fail(v, "unknown level %q, expected error, warning or info", v.Value)
			} else {
				r.Level = l
			}
		case "message":
			if v.Kind != yaml.ScalarNode {
				fail(v, "`message` is a template string, found %s", nodeKind(v))
				break
			}
			t, err := parseTemplate(v.Value)
			if err != nil {
				fail(v, "message template does not parse: %v", err)
				break
			}
			r.Message, r.message = v.Value, t
		case "link":
			if v.Kind != yaml.ScalarNode {
				fail(v, "`link` is a URL, found %s", nodeKind(v))
			} else {
				r.Link = v.Value
			}
		default:
			if kd == nil {
				continue // unknown kind already reported; its keys cannot be judged
			}
			field, ok := fieldByKey(opts, k.Value)
			if !ok {
				fail(k, "unknown key %q for kind %s, expected one of %s", k.Value, r.Kind, strings.Join(allowed, ", "))
				continue
			}
			if err := v.Decode(field.Addr().Interface()); err != nil {
				fail(v, "`%s`: %s", k.Value, yamlMessage(err))
			}
		}
	}
	if r.message == nil && len(errs) == 0 {
		fail(root, "missing `message:`, expected a template such as \"{{.Subject}}: {{.Value}}\"")
	}
	if v, ok := r.options.(validator); ok && len(errs) == 0 {
		for _, e := range v.validate() {
			fail(valueNode(values, e.key), "`%s`: %s", e.key, e.msg)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

// validator is implemented by options that check themselves beyond their types.
type validator interface {
	validate() []optionError
}

type optionError struct {
	key, msg string
}

func valueNode(values map[string]*yaml.Node, key string) *yaml.Node {
	if n, ok := values[key]; ok {
		return n
	}
	return nil
}

func yamlKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

func fieldByKey(v reflect.Value, key string) (reflect.Value, bool) {
	t := v.Type()
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k == key {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

// yamlMessage strips the package prefix from a yaml error.
func yamlMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	return msg
}

// fixYAMLPositions moves "line N: msg" from a yaml syntax error into the
// error's position.
func fixYAMLPositions(errs ErrorList, err error) ErrorList {
	msg := yamlMessage(err)
	var line int
	var rest string
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		_, rest, _ = strings.Cut(msg, ": ")
		errs[len(errs)-1].Line, errs[len(errs)-1].Msg = line, "invalid YAML: "+rest
	} else {
		errs[len(errs)-1].Msg = "invalid YAML: " + msg
	}
	return errs
}

// parseTemplate parses a message template.
func parseTemplate(s string) (*template.Template, error) {
	t, err := template.New("message").Option("missingkey=error").Parse(s)
	if err != nil {
		return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "template: message:"))
	}
	return t, nil
}
