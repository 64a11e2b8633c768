// Package yamlfile reads the YAML files users write (rules, configuration)
// strictly: every unknown key, duplicate key and wrong type is reported at
// its line and column, all at once, saying what was expected.
package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/internal/document"
)

// ErrorList is every problem found in YAML files, each with its position.
type ErrorList []*document.Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// File collects the problems of one file.
type File struct {
	Path   string
	Errors ErrorList
}

// Fail records a problem at n's position (the whole file when n is nil).
func (f *File) Fail(n *yaml.Node, format string, args ...any) {
	e := &document.Error{Path: f.Path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	f.Errors = append(f.Errors, e)
}

// Err returns the problems as an error, or nil.
func (f *File) Err() error {
	if len(f.Errors) == 0 {
		return nil
	}
	return f.Errors
}

// Mapping parses data and returns its top-level mapping; what stands for an
// empty file is said in empty ("a mapping with an `extends:` key").
func (f *File) Mapping(data []byte, empty string) *yaml.Node {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			f.Fail(nil, "empty file, expected %s", empty)
			return nil
		}
		f.syntaxError(err)
		return nil
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		f.Fail(root, "expected %s, found %s", empty, Describe(root))
		return nil
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if seen[k.Value] {
			f.Fail(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
	}
	return root
}

// syntaxError moves the "line N:" of a YAML syntax error into the position.
func (f *File) syntaxError(err error) {
	msg := Message(err)
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		_, rest, _ := strings.Cut(msg, ": ")
		f.Errors = append(f.Errors, &document.Error{Path: f.Path, Line: line, Msg: "invalid YAML: " + rest})
		return
	}
	f.Errors = append(f.Errors, &document.Error{Path: f.Path, Msg: "invalid YAML: " + msg})
}

// Decode sets the field of the struct that target points to whose yaml tag
// is key, reporting a type error at the value. It returns false when the
// struct has no such field.
func (f *File) Decode(target any, key string, value *yaml.Node) bool {
	v := reflect.ValueOf(target).Elem()
	t := v.Type()
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k == key {
			if err := value.Decode(v.Field(i).Addr().Interface()); err != nil {
				f.Fail(value, "`%s`: %s", key, Message(err))
			}
			return true
		}
	}
	return false
}

// Keys returns the yaml keys of the struct that target points to.
func Keys(target any) []string {
	t := reflect.TypeOf(target).Elem()
	var keys []string
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// Describe names what a node is, for messages.
func Describe(n *yaml.Node) string {
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

// Message strips the package prefix from a yaml error.
func Message(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	return msg
}
