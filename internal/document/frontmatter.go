package document

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// meta is what a document says about itself: front matter, HTML meta tags or
// the fields of a JSONL line. Empty fields are unknown.
type meta struct {
	source, title, url string
	published          time.Time
}

// frontMatter reads the YAML front matter that opens f.Data at offset start,
// between two "---" lines. It returns the offset where the body begins, which
// is start when there is no front matter.
func frontMatter(f *File, start int) (m meta, body int, err error) {
	data := f.Data
	first, next := lineAt(data, start)
	if !bytes.Equal(first, []byte("---")) {
		return meta{}, start, nil
	}
	yamlStart := next
	for off := next; off < len(data); {
		line, after := lineAt(data, off)
		if bytes.Equal(line, []byte("---")) || bytes.Equal(line, []byte("...")) {
			m, err = parseFrontMatter(f, data[yamlStart:off], f.Position(yamlStart).Line)
			return m, after, err
		}
		off = after
	}
	return meta{}, start, &Error{Path: f.Path, Line: f.Position(start).Line, Msg: "unterminated front matter: no closing --- line"}
}

// lineAt returns the line that begins at off without its line ending and
// trailing blanks, and the offset of the next line.
func lineAt(data []byte, off int) (line []byte, next int) {
	end := bytes.IndexByte(data[off:], '\n')
	if end < 0 {
		next = len(data)
	} else {
		next = off + end + 1
		data = data[:off+end]
	}
	return bytes.TrimRight(data[off:], " \t\r"), next
}

// parseFrontMatter decodes the YAML src, whose first line is line firstLine
// of f.
func parseFrontMatter(f *File, src []byte, firstLine int) (m meta, err error) {
	fail := func(yamlLine int, format string, args ...any) error {
		e := &Error{Path: f.Path, Msg: "front matter: " + fmt.Sprintf(format, args...)}
		if yamlLine > 0 {
			e.Line = firstLine + yamlLine - 1
		}
		return e
	}
	var root yaml.Node
	if err := unmarshalYAML(src, &root); err != nil {
		line, msg := yamlErrorLine(err.Error())
		return meta{}, fail(line, "%s", msg)
	}
	if len(root.Content) == 0 {
		return meta{}, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return meta{}, fail(doc.Line, "want a mapping of keys to values")
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, value := doc.Content[i], doc.Content[i+1]
		field := strings.ToLower(key.Value)
		var dst *string
		switch field {
		case "source", "outlet", "publisher":
			dst = &m.source
		case "title":
			dst = &m.title
		case "url", "link":
			dst = &m.url
		case "published", "date":
		default:
			continue
		}
		if value.Kind != yaml.ScalarNode {
			return meta{}, fail(value.Line, "%s: want a single value", key.Value)
		}
		if dst != nil {
			*dst = strings.TrimSpace(value.Value)
			continue
		}
		if strings.TrimSpace(value.Value) == "" || value.Tag == "!!null" {
			continue
		}
		t, ok := parseDate(value.Value)
		if !ok {
			return meta{}, fail(value.Line, "%s: %q is not a date (want YYYY-MM-DD or RFC 3339)", key.Value, value.Value)
		}
		m.published = t
	}
	return m, nil
}

// unmarshalYAML is yaml.Unmarshal made safe: a panic in the YAML library on
// hostile input becomes an error, since a linter must never crash on a file.
func unmarshalYAML(src []byte, root *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("invalid YAML: %v", r)
		}
	}()
	return yaml.Unmarshal(src, root)
}

// yamlErrorLine splits a yaml.v3 error message such as "yaml: line 3: did
// not find expected key" into its line and the rest.
func yamlErrorLine(msg string) (line int, rest string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	if after, ok := strings.CutPrefix(msg, "line "); ok {
		digits, tail, found := strings.Cut(after, ": ")
		if n, err := strconv.Atoi(digits); found && err == nil {
			return n, tail
		}
	}
	return 0, msg
}

// dateLayouts are the forms of a publication date claimlint accepts, most
// common first. The first two are YYYY-MM-DD and RFC 3339; the others are the
// near misses that web pages write.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
}

// parseDate reads a publication date; a date without a time is midnight UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
