package document

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Excerpt is a span of a document's plain text kept together with the file
// bytes it came from and their place in the file, so that a document can be
// restored without its file (claimlint check --claims) and every span inside
// an excerpt located exactly as in the document.
type Excerpt struct {
	Start int    // plain-text offset of Text
	Text  string // the plain text
	// FileStart is the file offset of Data, the file bytes Text came from.
	FileStart int
	Data      string
	// Line and Column are the position of FileStart; LineStart is the file
	// offset of the first byte of that line.
	Line, Column, LineStart int
	// Map maps Text into Data run by run, offsets relative to Start and
	// FileStart; nil when Text was copied from Data byte for byte.
	Map []Run
}

// Run is one run of an excerpt's map: the plain text from Text to the next
// run came from the file bytes [File, FileEnd). A Verbatim run was copied
// byte for byte; any other (a decoded escape or entity, an inserted
// separator) stands for its file bytes as a whole.
type Run struct {
	Text, File, FileEnd int
	Verbatim            bool
}

// maxRestored bounds the plain-text offsets of a restored document, so that
// a corrupt claims file cannot make it allocate without limit. No article
// comes near it.
const maxRestored = 16 << 20

// Excerpt returns the excerpt of the plain text [start, end).
func (d *Document) Excerpt(start, end int) Excerpt {
	start = min(max(start, 0), len(d.Text))
	end = min(max(end, start), len(d.Text))
	fs, fe := d.Span(start, end)
	pos := d.File.Position(fs)
	e := Excerpt{Start: start, Text: d.Text[start:end], FileStart: fs, Data: string(d.File.Data[fs:fe]),
		Line: pos.Line, Column: pos.Column, LineStart: d.File.lineStartOf(fs)}
	if start == end || e.Text == e.Data {
		return e
	}
	for i := d.segmentAt(start); i < len(d.segs) && d.segs[i].start() < end; i++ {
		s := d.segs[i]
		t, f := max(s.start(), start), s.file
		if s.verbatim() {
			f += t - s.start()
		}
		e.Map = append(e.Map, Run{Text: t - start, File: f - fs, FileEnd: min(s.fileEnd(), fe) - fs, Verbatim: s.verbatim()})
	}
	return e
}

// Check reports what makes an excerpt impossible: offsets out of range, a map
// that does not fit its text and bytes.
func (e *Excerpt) Check() error {
	switch {
	case e.Start < 0 || e.Start+len(e.Text) > maxRestored:
		return fmt.Errorf("plain-text offset %d out of range", e.Start)
	case e.FileStart < 0 || e.FileStart > maxInt-len(e.Data) || len(e.Data) > maxDocument:
		return fmt.Errorf("file offset %d out of range", e.FileStart)
	case e.Line < 1 || e.Column < 1:
		return errors.New("line and column count from 1")
	case e.LineStart < 0 || e.LineStart > e.FileStart:
		return errors.New("line start after the excerpt")
	case e.Map == nil && e.Text != e.Data:
		return errors.New("text differs from the file bytes and has no map")
	}
	prev := Run{}
	for i, r := range e.Map {
		if r.Text < prev.Text || r.Text > len(e.Text) || (i == 0) != (r.Text == 0) ||
			r.File < prev.File || r.File > r.FileEnd || r.FileEnd > len(e.Data) {
			return fmt.Errorf("map run %d out of order or out of range", i)
		}
		prev = r
	}
	return nil
}

const maxInt = int(^uint(0) >> 1)

// A chunk is a run of a restored file's bytes and its place in the file.
type chunk struct {
	start                   int
	data                    string
	line, column, lineStart int
}

// RestoreFile makes the file at path known only by excerpts of it, checked
// with Excerpt.Check: positions and bytes inside the excerpts are those of
// the file, the rest is unknown.
func RestoreFile(path string, excerpts []Excerpt) *File {
	sorted := make([]*Excerpt, len(excerpts))
	for i := range excerpts {
		sorted[i] = &excerpts[i]
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].FileStart < sorted[j].FileStart })
	f := &File{Path: path, chunks: []chunk{}}
	for _, e := range sorted {
		if n := len(f.chunks); n > 0 && e.FileStart <= f.chunks[n-1].start+len(f.chunks[n-1].data) {
			c := &f.chunks[n-1]
			if end := e.FileStart + len(e.Data); end > c.start+len(c.data) {
				c.data += e.Data[c.start+len(c.data)-e.FileStart:]
			}
			continue
		}
		f.chunks = append(f.chunks, chunk{start: e.FileStart, data: e.Data, line: e.Line, column: e.Column, lineStart: e.LineStart})
	}
	return f
}

// chunkAt returns the chunk that holds file offset off, or the nearest one
// before it.
func (f *File) chunkAt(off int) *chunk {
	i := sort.Search(len(f.chunks), func(i int) bool { return f.chunks[i].start > off }) - 1
	return &f.chunks[max(i, 0)]
}

// chunkPosition is Position for a restored file.
func (f *File) chunkPosition(off int) Position {
	if len(f.chunks) == 0 {
		return Position{Line: 1, Column: 1}
	}
	c := f.chunkAt(off)
	p := Position{Line: c.line, Column: c.column}
	rest := c.data[:min(max(off-c.start, 0), len(c.data))]
	if i := strings.LastIndexByte(rest, '\n'); i >= 0 {
		p.Line += strings.Count(rest, "\n")
		p.Column = 1
		rest = rest[i+1:]
	}
	p.Column += utf8.RuneCountInString(rest)
	return p
}

// Bytes returns the file bytes [start, end); in a restored file, those an
// excerpt holds, and nothing elsewhere.
func (f *File) Bytes(start, end int) []byte {
	if f.chunks == nil {
		return f.Data[start:end]
	}
	if len(f.chunks) == 0 {
		return nil
	}
	c := f.chunkAt(start)
	if start < c.start || end > c.start+len(c.data) || end < start {
		return nil
	}
	return []byte(c.data[start-c.start : end-c.start])
}

// ByteColumn returns the 1-based column of file offset off counted in bytes.
func (f *File) ByteColumn(off int) int {
	return off - f.lineStartOf(off) + 1
}

// lineStartOf returns the offset of the first byte of the line that holds off.
func (f *File) lineStartOf(off int) int {
	if f.chunks != nil {
		if len(f.chunks) == 0 {
			return 0
		}
		c := f.chunkAt(off)
		rest := c.data[:min(max(off-c.start, 0), len(c.data))]
		if i := strings.LastIndexByte(rest, '\n'); i >= 0 {
			return c.start + i + 1
		}
		return c.lineStart
	}
	off = min(max(off, 0), len(f.Data))
	return f.lineStarts[sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off })-1]
}

// Restored reports whether the file was restored from excerpts.
func (f *File) Restored() bool { return f.chunks != nil }

// Restore gives d, whose metadata are set, the plain text and map of its
// excerpts in the restored file f: the excerpts' text stands at its offsets,
// spaces elsewhere, and every span inside an excerpt maps to the file as in
// the document it was taken from. The excerpts are checked (Excerpt.Check).
func Restore(d *Document, f *File, excerpts []Excerpt) {
	d.File = f
	sorted := make([]*Excerpt, len(excerpts))
	textEnd := 0
	for i := range excerpts {
		sorted[i] = &excerpts[i]
		textEnd = max(textEnd, excerpts[i].Start+len(excerpts[i].Text))
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	// The text is written in one pass, in order: where excerpts overlap,
	// they have the same text, so the part already written is skipped.
	var text strings.Builder
	text.Grow(textEnd)
	runs := 1 // a gap after the last excerpt
	for _, e := range excerpts {
		runs += max(len(e.Map), 1) + 1 // its runs, and a gap before it
	}
	d.segs = make([]segment, 0, runs)
	covered, fileEnd := 0, 0
	for _, e := range sorted {
		if written := text.Len(); e.Start+len(e.Text) > written {
			writeSpaces(&text, e.Start-written)
			text.WriteString(e.Text[max(written-e.Start, 0):])
		}
		runs := e.Map
		if runs == nil {
			runs = []Run{{FileEnd: len(e.Data), Verbatim: true}}
		}
		for i, r := range runs {
			start, end := e.Start+r.Text, e.Start+len(e.Text)
			if i+1 < len(runs) {
				end = e.Start + runs[i+1].Text
			}
			if end <= covered || start == end {
				continue
			}
			file := e.FileStart + r.File
			if start < covered { // a part another excerpt restored already
				if r.Verbatim {
					file += covered - start
				}
				start = covered
			} else if start > covered { // a gap no excerpt covers
				d.segs = append(d.segs, newSegment(covered, fileEnd, fileEnd, false))
			}
			s := newSegment(start, file, e.FileStart+r.FileEnd, r.Verbatim)
			d.segs = append(d.segs, s)
			covered, fileEnd = end, s.file+end-s.start()
			if !s.verbatim() {
				fileEnd = s.fileEnd()
			}
		}
	}
	if covered < textEnd {
		d.segs = append(d.segs, newSegment(covered, fileEnd, fileEnd, false))
	}
	writeSpaces(&text, textEnd-text.Len())
	d.Text = text.String()
	d.textLen = len(d.Text)
	d.contentEnd = fileEnd
}

// writeSpaces writes n spaces, none for n <= 0.
func writeSpaces(b *strings.Builder, n int) {
	const spaces = "                                                                "
	for ; n > 0; n -= len(spaces) {
		b.WriteString(spaces[:min(n, len(spaces))])
	}
}
