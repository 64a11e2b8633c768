package report

import (
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/jsonstring"
	"github.com/claimlint/claimlint/internal/ordered"
)

// jsonWriter appends JSON the way encoding/json writes it with HTML escaping
// off (and, with an indent, as json.MarshalIndent does), without reflection:
// reports of many thousands of findings and extractions of millions of
// mentions spend most of their time writing JSON otherwise. It buffers and
// keeps the first write error.
type jsonWriter struct {
	w      io.Writer
	buf    []byte
	indent string // one level; empty writes compact JSON
	counts []int  // values written so far in each open object or array
	err    error
	// lastPath is the path that path wrote last, and pathQuoted that path
	// quoted.
	lastPath   string
	pathQuoted []byte
}

// flushAt is the buffer size at which a jsonWriter passes its bytes on.
const flushAt = 64 << 10

func newJSONWriter(w io.Writer, indent string) *jsonWriter {
	return &jsonWriter{w: w, buf: make([]byte, 0, flushAt+4<<10), indent: indent}
}

// open starts an object ('{') or an array ('[').
func (j *jsonWriter) open(c byte) {
	j.buf = append(j.buf, c)
	j.counts = append(j.counts, 0)
}

// close ends the innermost object ('}') or array (']').
func (j *jsonWriter) close(c byte) {
	n := j.counts[len(j.counts)-1]
	j.counts = j.counts[:len(j.counts)-1]
	if n > 0 {
		j.newline()
	}
	j.buf = append(j.buf, c)
}

// next places the next value of the innermost object or array.
func (j *jsonWriter) next() {
	top := len(j.counts) - 1
	if j.counts[top] > 0 {
		j.buf = append(j.buf, ',')
	}
	j.counts[top]++
	j.newline()
}

func (j *jsonWriter) newline() {
	if j.indent == "" {
		return
	}
	j.buf = append(j.buf, '\n')
	for range len(j.counts) {
		j.buf = append(j.buf, j.indent...)
	}
}

// key places the next member of the innermost object and writes its name,
// one of the report's own: lower-case ASCII letters and underscores, which
// need no escape.
func (j *jsonWriter) key(name string) {
	j.next()
	j.buf = append(j.buf, '"')
	j.buf = append(j.buf, name...)
	j.buf = append(j.buf, '"', ':')
	if j.indent != "" {
		j.buf = append(j.buf, ' ')
	}
}

func (j *jsonWriter) str(name, v string) {
	j.key(name)
	j.buf = jsonstring.Append(j.buf, v)
}

// path writes the member "path", a document's path. A run of mentions or
// locations is often of one document, whose path is quoted once.
func (j *jsonWriter) path(p string) {
	j.key("path")
	if j.pathQuoted == nil || p != j.lastPath {
		j.lastPath, j.pathQuoted = p, jsonstring.Append(j.pathQuoted[:0], p)
	}
	j.buf = append(j.buf, j.pathQuoted...)
}

// span writes the members "start", "end" and "text" of a plain-text span of
// doc: the file bytes it came from and their offsets. Unlike Locate it
// neither counts lines nor copies the bytes: extract writes a span for every
// mention, and those took a quarter of its writing.
func (j *jsonWriter) span(doc *document.Document, start, end int) {
	start, end = doc.Span(start, end)
	j.int("start", start)
	j.int("end", end)
	j.key("text")
	j.buf = jsonstring.AppendBytes(j.buf, doc.File.Bytes(start, end))
}

// time writes t in UTC laid out by layout, or "" for no layout. The layouts
// of dates and times are digits and punctuation, which need no escape.
func (j *jsonWriter) time(name string, t time.Time, layout string) {
	j.key(name)
	j.buf = append(j.buf, '"')
	if layout != "" {
		j.buf = t.UTC().AppendFormat(j.buf, layout)
	}
	j.buf = append(j.buf, '"')
}

func (j *jsonWriter) int(name string, v int) {
	j.key(name)
	j.buf = strconv.AppendInt(j.buf, int64(v), 10)
}

// end finishes a top-level value: a newline, and the bytes passed on once
// enough have gathered.
func (j *jsonWriter) end() {
	j.buf = append(j.buf, '\n')
	j.flushFull()
}

// flushFull passes the buffered bytes on once enough have gathered. A writer
// of a batch (values) has nowhere to pass them: it keeps them all.
func (j *jsonWriter) flushFull() {
	if j.w != nil && len(j.buf) >= flushAt {
		j.flush()
	}
}

// values writes n values of the innermost array, or n top-level values when
// none is open, values from to to-1 by write(c, from, to). The values are
// written in batches on all cores (ordered.Batches), each batch by a writer c of
// its own that stands where its first value goes, so the bytes are those of
// writing the values one by one.
func (j *jsonWriter) values(n, batch int, write func(c *jsonWriter, from, to int)) {
	ordered.Batches(n, batch, func(dst []byte, from, to int) []byte {
		c := &jsonWriter{buf: dst, indent: j.indent, counts: slices.Clone(j.counts)}
		if len(c.counts) > 0 {
			c.counts[len(c.counts)-1] += from
		}
		write(c, from, to)
		return c.buf
	}, func(b []byte) bool {
		j.buf = append(j.buf, b...)
		j.flushFull()
		return true
	})
	if len(j.counts) > 0 {
		j.counts[len(j.counts)-1] += n
	}
}

// flush passes the buffered bytes on, keeping the first error met.
func (j *jsonWriter) flush() {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.w.Write(j.buf)
	}
	j.buf = j.buf[:0]
}

// finish passes the last bytes on and returns the first error met.
func (j *jsonWriter) finish() error {
	j.flush()
	return j.err
}
