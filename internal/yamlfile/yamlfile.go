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
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
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

// Err returns the problems, in order of position, as an error; nil when
// there are none.
func (f *File) Err() error {
	if len(f.Errors) == 0 {
		return nil
	}
	sort.SliceStable(f.Errors, func(i, j int) bool {
		a, b := f.Errors[i], f.Errors[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return f.Errors
}

// Mapping parses data and returns its top-level mapping; what stands for an
// empty file is said in empty ("a mapping with an `extends:` key").
func (f *File) Mapping(data []byte, empty string) *yaml.Node {
	if e := document.TextError(f.Path, data); e != nil {
		// Refused whole: read key by key, it would add errors that only
		// repeat this one.
		f.Errors = append(f.Errors, e)
		return nil
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			f.Fail(nil, "empty file, expected %s", empty)
			return nil
		}
		return f.recover(data, err)
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

// recover reads a file with a syntax error key by key: each top-level key
// with its indented lines is parsed on its own, so that the keys around the
// error are still checked and every problem is reported in one pass. The
// error of the whole file is reported when no key parses alone either.
func (f *File) recover(data []byte, whole error) *yaml.Node {
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
	failed := false
	for _, b := range topLevelBlocks(data) {
		var doc yaml.Node
		err := yaml.Unmarshal(b.text, &doc)
		if err != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
			if err != nil {
				f.syntaxErrorAt(err, b.line-1)
				failed = true
			}
			continue
		}
		m := doc.Content[0]
		shiftLines(m, b.line-1)
		root.Content = append(root.Content, m.Content...)
	}
	if !failed {
		f.syntaxErrorAt(whole, 0)
	}
	return root
}

type block struct {
	line int // 1-based line of the block's first line
	text []byte
}

// topLevelBlocks cuts a YAML file at the lines that start a top-level key.
func topLevelBlocks(data []byte) []block {
	var out []block
	line := 0
	for rest := data; len(rest) > 0; {
		line++
		var l []byte
		l, rest, _ = bytes.Cut(rest, []byte("\n"))
		starts := len(l) > 0 && l[0] != ' ' && l[0] != '\t' && l[0] != '#' && l[0] != '-'
		if starts || len(out) == 0 {
			out = append(out, block{line: line})
		}
		b := &out[len(out)-1]
		b.text = append(append(b.text, l...), '\n')
	}
	return out
}

func shiftLines(n *yaml.Node, by int) {
	n.Line += by
	for _, c := range n.Content {
		shiftLines(c, by)
	}
}

// syntaxErrorAt moves the "line N:" of a YAML syntax error into the position,
// offset lines into the file.
func (f *File) syntaxErrorAt(err error, offset int) {
	msg := Message(err)
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		_, rest, _ := strings.Cut(msg, ": ")
		f.Errors = append(f.Errors, &document.Error{Path: f.Path, Line: line + offset, Msg: "invalid YAML: " + rest})
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
		field := t.Field(i)
		if !field.IsExported() {
			continue // state of the struct's own, never read from the file
		}
		if k, _, _ := strings.Cut(field.Tag.Get("yaml"), ","); k == key && k != "" && k != "-" {
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

// Message strips the package prefix from a yaml error, and the line of a type
// error, which the error's position already gives.
func Message(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg, unmarshal := strings.CutPrefix(msg, "unmarshal errors:\n  ")
	if unmarshal {
		if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "line ") {
			msg = rest
		}
	}
	return msg
}

// DidYouMean returns "; did you mean X?" for the candidate closest to word
// when it is one or two edits away, or "".
func DidYouMean(word string, candidates []string) string {
	if best := text.Closest(word, candidates); best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return ""
}
