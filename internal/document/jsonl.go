package document

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// readJSONL reads a batch with one JSON object a line: "id", "source",
// "published", "text" and optionally "title", "url" and "story". Blank lines are
// skipped. The text of each document maps into the batch's own bytes. A
// date that cannot be read is a warning, not an error: one odd line of a
// large corpus should not stop the run. Lines are read in parallel chunks;
// the error is that of the first bad line.
func readJSONL(f *File, source string, repair, deferText bool) ([]*Document, []Warning, error) {
	chunks := make([]loaded, (len(f.lineStarts)+linesPerChunk-1)/linesPerChunk)
	forEach(len(chunks), func(c int) {
		chunks[c] = readJSONLines(f, c*linesPerChunk, min((c+1)*linesPerChunk, len(f.lineStarts)), source, repair, deferText)
	})
	docs := make([]*Document, 0, len(f.lineStarts))
	var warnings []Warning
	for _, c := range chunks {
		if c.err != nil {
			return nil, nil, c.err
		}
		docs = append(docs, c.docs...)
		warnings = append(warnings, c.warnings...)
	}
	return docs, warnings, nil
}

// linesPerChunk is how many lines of a batch are read together.
const linesPerChunk = 256

// readJSONLines reads the lines [first, last) of a batch, counted from 0.
func readJSONLines(f *File, first, last int, source string, repair, deferText bool) loaded {
	data := f.Data
	var out loaded
	out.docs = make([]*Document, 0, last-first)
	for line := first; line < last; line++ {
		start, end := f.lineStarts[line], len(data)
		if line == 0 && bytes.HasPrefix(data, utf8BOM) {
			start = len(utf8BOM)
		}
		if line+1 < len(f.lineStarts) {
			end = f.lineStarts[line+1] - 1
		}
		if len(bytes.TrimSpace(data[start:end])) == 0 {
			continue
		}
		d, warning, err := readJSONLine(f, line+1, start, end, source, repair, deferText)
		if err != nil {
			return loaded{err: err}
		}
		if warning != nil {
			out.warnings = append(out.warnings, *warning)
		}
		out.docs = append(out.docs, d)
	}
	return out
}

// jsonFields are the fields of a JSONL line that claimlint reads.
var jsonFields = [...]string{"id", "source", "published", "text", "title", "url", "story"}

const (
	fieldID = iota
	fieldSource
	fieldPublished
	fieldText
	fieldTitle
	fieldURL
	fieldStory
)

// jsonLine scans one line of a JSONL batch.
type jsonLine struct {
	f        *File
	line     int
	pos, end int
}

// fail reports a malformed line at the scanner's position.
func (s *jsonLine) fail(format string, args ...any) *Error {
	return s.failAt(s.pos, format, args...)
}

func (s *jsonLine) failAt(off int, format string, args ...any) *Error {
	return &Error{Path: s.f.Path, Line: s.line, Column: s.f.Position(off).Column, Msg: fmt.Sprintf(format, args...)}
}

// readJSONLine reads the document on line number line, data[start:end].
func readJSONLine(f *File, line, start, end int, source string, repair, deferText bool) (d *Document, warning *Warning, err error) {
	s := &jsonLine{f: f, line: line, pos: start, end: end}
	if end-start > maxDocument {
		return nil, nil, s.fail("line longer than 512 MiB, the most one document may be")
	}
	var raw [len(jsonFields)][2]int // the quoted value of each field, [0,0] when absent
	s.space()
	if !s.eat('{') {
		return nil, nil, s.fail("malformed JSON: want an object, one a line")
	}
	s.space()
	if !s.eat('}') {
		for {
			s.space()
			keyStart := s.pos
			if err := s.string(); err != nil {
				return nil, nil, err
			}
			key := f.Data[keyStart:s.pos]
			s.space()
			if !s.eat(':') {
				return nil, nil, s.fail("malformed JSON: want ':' after key")
			}
			s.space()
			field := fieldIndex(key)
			switch {
			case field < 0:
				if err := s.value(0); err != nil {
					return nil, nil, err
				}
			case s.pos < s.end && f.Data[s.pos] == '"':
				valueStart := s.pos
				if err := s.string(); err != nil {
					return nil, nil, err
				}
				raw[field] = [2]int{valueStart, s.pos}
			case bytes.HasPrefix(f.Data[s.pos:s.end], []byte("null")):
				s.pos += len("null")
			case field == fieldID && s.pos < s.end && (f.Data[s.pos] == '-' || isDigit(f.Data[s.pos])):
				// A batch may number its documents.
				valueStart := s.pos
				if err := s.value(0); err != nil {
					return nil, nil, err
				}
				raw[field] = [2]int{valueStart, s.pos}
			default:
				return nil, nil, s.fail("%s: want a string", jsonFields[field])
			}
			s.space()
			if s.eat('}') {
				break
			}
			if !s.eat(',') {
				return nil, nil, s.fail("malformed JSON: want ',' or '}'")
			}
		}
	}
	s.space()
	if s.pos < s.end {
		return nil, nil, s.fail("malformed JSON: more after the object; one object a line")
	}

	d = &Document{File: f, Format: FormatJSONL,
		ID:     jsonString(f.Data, raw[fieldID]),
		Source: cmp.Or(jsonString(f.Data, raw[fieldSource]), source),
		Title:  jsonString(f.Data, raw[fieldTitle]),
		URL:    jsonString(f.Data, raw[fieldURL]),
		Story:  jsonString(f.Data, raw[fieldStory]),
	}
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s:%d", f.Path, line)
	}
	if r := raw[fieldPublished]; r[1] > r[0] {
		if v := jsonString(f.Data, r); strings.TrimSpace(v) != "" {
			if t, ok := parseDate(v); ok {
				d.Published = t
			} else {
				warning = s.failAt(r[0], "published: %q is not a date (want YYYY-MM-DD or RFC 3339); ignored", v)
			}
		}
	}
	r := raw[fieldText]
	if r[1] == r[0] {
		return nil, nil, s.failAt(start, "missing \"text\"")
	}
	if blankJSONString(f.Data[r[0]+1 : r[1]-1]) {
		return nil, nil, s.failAt(r[0], "empty text")
	}
	if deferText {
		d.jsonText, d.repair = r, repair
	} else {
		decodeJSONText(d, r[0], r[1], repair)
	}
	return d, warning, nil
}

// blankJSONString reports whether the body of a JSON string, checked by the
// scanner, decodes to white space alone, without decoding more of it than
// its first character that is not.
func blankJSONString(body []byte) bool {
	for i := 0; i < len(body); {
		var r rune
		n := 1
		switch c := body[i]; {
		case c == '\\' && body[i+1] == 'u':
			r, n = rune(hexValue(body[i+2:i+6])), 6 // a surrogate is never white space
		case c == '\\':
			r, n = rune(escapeText[body[i+1]][0]), 2
		case c < utf8.RuneSelf:
			r = rune(c)
		default:
			r, n = utf8.DecodeRune(body[i:]) // a bad byte decodes to U+FFFD, as the text has it
		}
		if !unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// fieldIndex returns the index in jsonFields of the quoted key, or -1.
func fieldIndex(key []byte) int {
	key = key[1 : len(key)-1]
	for i, name := range jsonFields {
		if string(key) == name {
			return i
		}
	}
	return -1
}

func (s *jsonLine) space() {
	for s.pos < s.end {
		switch s.f.Data[s.pos] {
		case ' ', '\t', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *jsonLine) eat(c byte) bool {
	if s.pos < s.end && s.f.Data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// string moves past the JSON string that starts at the scanner's position.
func (s *jsonLine) string() error {
	if !s.eat('"') {
		return s.fail("malformed JSON: want a string")
	}
	// The next quote and backslash are each searched for once, with
	// bytes.IndexByte, and kept until the scan passes them: a text has
	// many escapes, and one closing quote.
	data := s.f.Data[:s.end]
	quote, slash := -1, -1
	for s.pos < s.end {
		if quote < s.pos {
			quote = indexByteFrom(data, s.pos, '"')
		}
		if slash < s.pos {
			slash = indexByteFrom(data, s.pos, '\\')
		}
		stop := min(quote, slash)
		if k := controlIndex(data[s.pos:stop]); k >= 0 {
			s.pos += k
			return s.fail("malformed JSON: control character in string")
		}
		if s.pos = stop; s.pos == s.end {
			break
		}
		if data[s.pos] == '"' {
			s.pos++
			return nil
		}
		n := escapeLen(data[s.pos:])
		if n == 0 {
			return s.fail("malformed JSON: bad escape in string")
		}
		s.pos += n
	}
	return s.fail("malformed JSON: unterminated string")
}

// maxDepth bounds the nesting of the values that are skipped.
const maxDepth = 100

// value moves past any JSON value.
func (s *jsonLine) value(depth int) error {
	if depth > maxDepth {
		return s.fail("malformed JSON: nested too deeply")
	}
	data := s.f.Data
	if s.pos >= s.end {
		return s.fail("malformed JSON: want a value")
	}
	switch c := data[s.pos]; c {
	case '"':
		return s.string()
	case '{', '[':
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		s.pos++
		s.space()
		if s.eat(closer) {
			return nil
		}
		for {
			s.space()
			if c == '{' {
				if err := s.string(); err != nil {
					return err
				}
				s.space()
				if !s.eat(':') {
					return s.fail("malformed JSON: want ':' after key")
				}
				s.space()
			}
			if err := s.value(depth + 1); err != nil {
				return err
			}
			s.space()
			if s.eat(closer) {
				return nil
			}
			if !s.eat(',') {
				return s.fail("malformed JSON: want ',' or '%c'", closer)
			}
		}
	}
	start := s.pos
	for s.pos < s.end && isLiteralByte(data[s.pos]) {
		s.pos++
	}
	if lit := data[start:s.pos]; !json.Valid(lit) {
		s.pos = start
		return s.fail("malformed JSON: want a value")
	}
	return nil
}

func isLiteralByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'E'
}

// escapeLen returns the length of the JSON escape sequence that src begins
// with, or 0 when it is not one.
func escapeLen(src []byte) int {
	if len(src) < 2 {
		return 0
	}
	switch src[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if len(src) >= 6 && isHex(src[2]) && isHex(src[3]) && isHex(src[4]) && isHex(src[5]) {
			return 6
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// jsonString decodes the quoted JSON string data[r[0]:r[1]], already checked
// by the scanner, or returns the number there as written; it is "" for an
// absent field.
func jsonString(data []byte, r [2]int) string {
	q := data[r[0]:r[1]]
	if len(q) == 0 || q[0] != '"' {
		return string(q)
	}
	if bytes.IndexByte(q, '\\') < 0 {
		return strings.ToValidUTF8(string(q[1:len(q)-1]), "\uFFFD")
	}
	var s string
	if err := json.Unmarshal(q, &s); err != nil {
		return ""
	}
	return s
}

// decodeJSONText decodes the quoted JSON string data[start:end], checked by
// the scanner, into d.Text; each escape sequence maps to its whole source.
func decodeJSONText(d *Document, start, end int, repair bool) {
	data := d.File.Data
	body := data[start+1 : end-1]
	escapes := bytes.Count(body, []byte{'\\'})
	b := newBuilder(data, len(body), 2*escapes+1, repair)
	run := start + 1
	for i := start + 1; i < end-1; {
		next := bytes.IndexByte(data[i:end-1], '\\')
		if next < 0 {
			break
		}
		i += next
		b.copy(run, i)
		n := escapeLen(data[i:end])
		if n == 0 {
			// Only a batch changed on disk since it was read (a deferred
			// text is decoded later) has a backslash that escapes nothing.
			b.replace("\uFFFD", i, i+1)
			i++
			run = i
			continue
		}
		if data[i+1] != 'u' {
			b.replace(escapeText[data[i+1]], i, i+n)
			i += n
			run = i
			continue
		}
		r := rune(hexValue(data[i+2 : i+6]))
		if utf16.IsSurrogate(r) && i+12 <= end && data[i+6] == '\\' && data[i+7] == 'u' && escapeLen(data[i+6:end]) == 6 {
			if pair := utf16.DecodeRune(r, rune(hexValue(data[i+8:i+12]))); pair != utf8.RuneError {
				r, n = pair, 12
			}
		}
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
		}
		b.replace(string(r), i, i+n)
		i += n
		run = i
	}
	b.copy(run, end-1)
	b.finish(d, end-1)
}

// escapeText is what each one-letter JSON escape stands for.
var escapeText = [256]string{'"': `"`, '\\': `\`, '/': "/", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t"}

func hexValue(h []byte) int {
	v := 0
	for _, c := range h {
		v <<= 4
		switch {
		case c <= '9':
			v |= int(c - '0')
		case c <= 'F':
			v |= int(c - 'A' + 10)
		default:
			v |= int(c - 'a' + 10)
		}
	}
	return v
}
