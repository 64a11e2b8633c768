// Package document reads articles and drafts (plain text, Markdown, HTML and
// JSONL batches) into plain text that keeps a map back to the original bytes,
// so that every position claimlint reports points into the file as written.
package document

import (
	"bytes"
	"os"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"
	"unicode/utf8"
)

// Format is the syntax a document was written in.
type Format string

// The formats claimlint reads.
const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSONL    Format = "jsonl"
)

// File is the original bytes of one input file. Several documents share one
// File when they come from a JSONL batch.
type File struct {
	Path       string // as given on the command line, slash-separated
	Data       []byte
	lineStarts []int // byte offset of the first byte of every line
	// chunks are the bytes known of a file restored from excerpts
	// (RestoreFile), which has no Data; nil for a file read whole.
	chunks []chunk

	marksOnce sync.Once
	marks     []runeMark // on lines longer than markEvery, in order

	// mapped is set when Data is the file mapped into memory (readFile).
	mapped bool

	// last is the mark of the last position asked for: reports ask for the
	// positions of a document in order, each a little after the one before.
	lastMu sync.Mutex
	last   runeMark
}

// runeMark is a place on a long line where counting columns can start: a
// byte that begins a code point, and the code points before it on its line.
type runeMark struct {
	off, column int
}

// markEvery is the stride of the marks on long lines: a column is counted
// over at most this many bytes, however long its line.
const markEvery = 1 << 8

// NewFile indexes the lines of data.
func NewFile(path string, data []byte) *File {
	starts := make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		starts = append(starts, off)
	}
	return &File{Path: path, Data: data, lineStarts: starts}
}

// Position is a 1-based line and column; the column counts Unicode code points.
type Position struct {
	Line   int
	Column int
}

// Position returns the line and column of the byte offset off.
func (f *File) Position(off int) Position {
	if f.chunks != nil {
		return f.chunkPosition(off)
	}
	off = min(max(off, 0), len(f.Data))
	line := sort.Search(len(f.lineStarts), func(i int) bool { return f.lineStarts[i] > off }) - 1
	start, column := f.lineStarts[line], 0
	f.lastMu.Lock()
	last := f.last
	f.lastMu.Unlock()
	nearLast := last.off > start && last.off <= off // the last position is on this line, before off
	withinStride := nearLast && off-last.off <= markEvery
	if off-start > markEvery && !withinStride {
		f.marksOnce.Do(f.markLongLines)
		if i := sort.Search(len(f.marks), func(i int) bool { return f.marks[i].off > off }) - 1; i >= 0 && f.marks[i].off > start {
			start, column = f.marks[i].off, f.marks[i].column
		}
	}
	if nearLast && last.off > start {
		start, column = last.off, last.column // closer than the mark
	}
	column += countRunes(f.Data[start:off])
	if off < len(f.Data) && utf8.RuneStart(f.Data[off]) {
		// off begins a code point: counting may go on from it (see markLongLines).
		f.lastMu.Lock()
		f.last = runeMark{off: off, column: column}
		f.lastMu.Unlock()
	}
	return Position{Line: line + 1, Column: column + 1}
}

// evict lets the pages of a file mapped into memory (readFile) go once its
// documents are read: until the report, nothing reads the file, and then
// only the pages around what is reported come back from the page cache. The
// marks are set first, while every page is still in memory.
func (f *File) evict() {
	f.marksOnce.Do(f.markLongLines)
	dropPages(f.Data)
}

// evictRange lets go the pages of a mapped file that hold any of its bytes
// [start, end). A page that is read again comes back: letting a page of a
// read-only mapping go loses nothing.
func (f *File) evictRange(start, end int) {
	if !f.mapped {
		return
	}
	page := os.Getpagesize()
	start = start / page * page
	end = min((end+page-1)/page*page, len(f.Data))
	dropPages(f.Data[start:end])
}

// markLongLines sets marks every markEvery bytes along the lines longer
// than that, the lines shared out among the cores: a batch of thousands of
// articles, one a line, is marked at once. A mark stands on a byte that is
// no UTF-8 continuation byte: such a byte always begins a code point,
// however invalid the bytes before it, so counting from the mark gives the
// count from the line's start.
func (f *File) markLongLines() {
	parts := min(runtime.GOMAXPROCS(0), len(f.lineStarts)/64+1)
	marks := make([][]runeMark, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			marks[p] = f.marksOf(p*len(f.lineStarts)/parts, (p+1)*len(f.lineStarts)/parts)
		})
	}
	wg.Wait()
	f.marks = slices.Concat(marks...)
}

// marksOf returns the marks of lines from to to-1.
func (f *File) marksOf(from, to int) []runeMark {
	partEnd := len(f.Data)
	if to < len(f.lineStarts) {
		partEnd = f.lineStarts[to]
	}
	// Room for a mark every markEvery bytes of the lines, which is at
	// least one for each mark of a line.
	marks := make([]runeMark, 0, (partEnd-f.lineStarts[from])/markEvery)
	for line := from; line < to; line++ {
		start, end := f.lineStarts[line], len(f.Data)
		if line+1 < len(f.lineStarts) {
			end = f.lineStarts[line+1]
		}
		column, last := 0, start
		for at := start + markEvery; at < end; at += markEvery {
			for at < end && !utf8.RuneStart(f.Data[at]) {
				at++
			}
			if at >= end {
				break
			}
			column += countRunes(f.Data[last:at])
			marks = append(marks, runeMark{off: at, column: column})
			last = at
		}
	}
	return marks
}

// Document is one article or draft.
type Document struct {
	File      *File
	ID        string // the JSONL id ("path:line" when a line has none), or the path
	Source    string // the outlet; the file name without extension when nothing names it
	Title     string
	URL       string
	Published time.Time // zero when unknown
	Format    Format
	// Draft marks a document that is checked against the sources rather than
	// being one of them: findings are located in it, and it is no witness for
	// or against another draft.
	Draft bool
	// Story names the story the document is about: claims are compared only
	// with claims of the same story. "" is the story of every document that
	// names none.
	Story string

	// Text is the plain text that extractors read; for a document read
	// with Options.DeferText, empty until Decode and after Release.
	Text string

	// segs maps Text back to File.Data, in increasing order of both offsets.
	segs []segment
	// textLen is the length of Text once made, which the map keeps to when
	// Release lets the text go.
	textLen int
	// contentEnd is the file offset just past the document's content, where
	// an empty range at the end of Text points.
	contentEnd int

	// jsonText is the quoted JSON text of a batch's document read with
	// Options.DeferText, which Decode makes Text of; [0, 0] for any other
	// document. repair is set when the batch is not valid UTF-8.
	jsonText [2]int
	repair   bool
}

// deferred reports whether the document was read with Options.DeferText.
func (d *Document) deferred() bool { return d.jsonText != [2]int{} }

// undecoded reports whether the text is yet to be made by Decode.
func (d *Document) undecoded() bool { return d.Text == "" && d.deferred() }

// Decode makes the plain text of a document read with Options.DeferText
// (or let go by Release), and does nothing for any other. Each document
// may be decoded on a goroutine of its own.
func (d *Document) Decode() {
	if d.undecoded() {
		decodeJSONText(d, d.jsonText[0], d.jsonText[1], d.repair)
	}
}

// DecodeAll decodes documents (Decode) on all cores.
func DecodeAll(docs []*Document) {
	forEach(len(docs), func(i int) { docs[i].Decode() })
}

// EvictSource lets go the pages of a mapped batch that Decode read back
// into memory, once the documents around them are decoded too. (Reading a
// page maps its neighbours as well, so letting each document's pages go as
// it is decoded would leave most of them in memory.) It does nothing for a
// document decoded when its batch was read.
func (d *Document) EvictSource() {
	if d.deferred() {
		d.File.evictRange(d.jsonText[0], d.jsonText[1])
	}
}

// Release lets the plain text of a document read with Options.DeferText go,
// once nothing will read it until a Decode: Span and Position still map
// every offset of it into the file. It reports whether it did; it does
// nothing for any other document.
func (d *Document) Release() bool {
	if !d.deferred() {
		return false
	}
	d.Text = ""
	return true
}

// TextSize is the length of the plain text, or, before Decode, of the JSON
// it is decoded from: about as long, and never shorter but for bad bytes.
func (d *Document) TextSize() int {
	if d.undecoded() {
		return d.jsonText[1] - d.jsonText[0] - 2
	}
	return len(d.Text)
}

// A segment is a run of plain text that starts at byte text of Text and runs
// to the next segment. A verbatim run was copied from File.Data[file:fileEnd]
// byte for byte, so it maps linearly. Any other run (a decoded entity or
// escape, a replaced invalid byte, an inserted separator) maps as a whole to
// its source File.Data[file:fileEnd], which is empty for an inserted separator.
//
// A document has a segment for every escape or entity in it, and keeps them
// all: at 16 bytes a segment rather than 32, the offsets into the text and
// the lengths in the file take 32 bits, which maxDocument leaves room for.
type segment struct {
	file int    // where its source starts in File.Data
	text uint32 // where it starts in Text
	// size is the length of its source, with verbatimBit set for a
	// verbatim run.
	size uint32
}

const verbatimBit = 1 << 31

// maxDocument is the most bytes one document may take in its file. Its runs'
// sources stay below verbatimBit, and its text, which a replaced byte makes
// three times as long (U+FFFD) and escapes and markup shorter, stays far
// below the 4 GiB that 32 bits hold. No article comes near it.
const maxDocument = 512 << 20

func newSegment(text, file, fileEnd int, verbatim bool) segment {
	s := segment{file: file, text: uint32(text), size: uint32(fileEnd - file)}
	if verbatim {
		s.size |= verbatimBit
	}
	return s
}

// start is where the segment starts in Text.
func (s segment) start() int { return int(s.text) }

// fileEnd is where its source ends in File.Data.
func (s segment) fileEnd() int { return s.file + int(s.size&^verbatimBit) }

func (s segment) verbatim() bool { return s.size&verbatimBit != 0 }

// Path is the path of the file the document came from.
func (d *Document) Path() string { return d.File.Path }

// Span maps a plain-text byte range [start, end) to the range of file bytes it
// came from. An empty range maps to the point where its start is. Offsets
// outside Text are clamped to it.
func (d *Document) Span(start, end int) (fileStart, fileEnd int) {
	start = min(max(start, 0), d.textLen)
	end = min(max(end, start), d.textLen)
	fileStart = d.startOf(start)
	if end == start {
		return fileStart, fileStart
	}
	s := d.segs[d.segmentAt(end-1)]
	if s.verbatim() {
		return fileStart, s.file + end - s.start()
	}
	return fileStart, s.fileEnd()
}

// Position returns the line and column in the file of the plain-text byte
// offset off.
func (d *Document) Position(off int) Position {
	start, _ := d.Span(off, off)
	return d.File.Position(start)
}

// startOf maps the plain-text offset off (at most len(Text)) to the file
// offset of the source of the byte there.
func (d *Document) startOf(off int) int {
	if off == d.textLen {
		return d.contentEnd
	}
	s := d.segs[d.segmentAt(off)]
	if s.verbatim() {
		return s.file + off - s.start()
	}
	return s.file
}

// segmentAt returns the index of the segment that holds Text[off].
func (d *Document) segmentAt(off int) int {
	segs := d.segs
	if len(segs) == 1 {
		return 0
	}
	return sort.Search(len(segs), func(i int) bool { return segs[i].start() > off }) - 1
}

// NewText makes a plain-text document of s, as if read from a file at path.
func NewText(path, source, s string, published time.Time) *Document {
	d := &Document{File: NewFile(path, []byte(s)), ID: path, Source: source, Published: published, Format: FormatText}
	b := newBuilder(d.File.Data, len(s), 1, false)
	b.copy(0, len(s))
	b.finish(d, len(s))
	return d
}
