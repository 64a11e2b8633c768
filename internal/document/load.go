package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Options control how documents are read.
type Options struct {
	// Published is the publication date of documents that carry none.
	Published time.Time
	// DeferText leaves the plain text of a JSONL batch's documents to be
	// decoded when a document is first read (Document.Decode): a caller
	// that takes the documents a few at a time, and lets each go when done
	// (Document.Release), then holds the text of those few, not of the
	// whole batch.
	DeferText bool
}

// Error is bad input: it names the file and, where known, the line and column.
type Error struct {
	Path   string
	Line   int // 0 when the error concerns the whole file
	Column int
	Msg    string
}

// Error formats e as "path:line:column: message", leaving out what is
// unknown.
func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Warning is a problem that does not stop the run, such as invalid UTF-8.
type Warning = Error

// formatsByExt are the file name extensions read from directories.
var formatsByExt = map[string]Format{
	".txt":      FormatText,
	".md":       FormatMarkdown,
	".markdown": FormatMarkdown,
	".html":     FormatHTML,
	".htm":      FormatHTML,
	".jsonl":    FormatJSONL,
}

// Load reads every document named by paths: files, directories (every
// document file inside, recursively, in sorted order, skipping hidden names)
// and "-" for stdin. Files are read in parallel; the documents and warnings
// come in the order of paths, and the error is that of the first bad input.
func Load(paths []string, stdin io.Reader, opts Options) ([]*Document, []Warning, error) {
	var inputs []input
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, readStdin(stdin))
			continue
		}
		found, err := expand(p)
		if err != nil {
			inputs = append(inputs, input{err: err})
			break
		}
		inputs = append(inputs, found...)
	}
	results := make([]loaded, len(inputs))
	forEach(len(inputs), func(i int) { results[i] = inputs[i].load(opts.DeferText) })
	var docs []*Document
	var warnings []Warning
	for _, r := range results {
		if r.err != nil {
			return nil, nil, r.err
		}
		docs = append(docs, r.docs...)
		warnings = append(warnings, r.warnings...)
	}
	for _, d := range docs {
		if d.Published.IsZero() {
			d.Published = opts.Published
		}
	}
	return docs, warnings, nil
}

// mapAtLeast is the size from which a file is mapped rather than read, where
// files are mapped (readFile): below it a copy costs less than a mapping,
// and a directory of thousands of articles would use up the mappings a
// process may have.
const mapAtLeast = 1 << 20

// An input is one file to read, or the reason it cannot be.
type input struct {
	path   string // as given, or as found in a directory
	format Format // "" to sniff
	data   []byte // the contents already read, for stdin
	read   bool   // whether data holds the contents
	err    error
}

// loaded is what one input yields.
type loaded struct {
	docs     []*Document
	warnings []Warning
	err      error
}

func (in input) load(deferText bool) loaded {
	if in.err != nil {
		return loaded{err: in.err}
	}
	source, mapped := "stdin", false
	if !in.read {
		data, isMapped, err := readFile(in.path)
		if err != nil {
			return loaded{err: pathError(in.path, err)}
		}
		in.data, source, mapped = data, sourceOf(in.path), isMapped
	}
	docs, warnings, err := loadData(filepath.ToSlash(in.path), in.format, in.data, source, deferText)
	switch {
	case !mapped:
	case len(docs) == 0:
		unmap(in.data) // nothing refers to it
	default:
		f := docs[0].File
		f.mapped = true
		f.evict()
	}
	return loaded{docs, warnings, err}
}

// forEach calls do(i) for every i in [0, n), on as many goroutines as there
// are processors.
func forEach(n int, do func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				do(i)
			}
		})
	}
	wg.Wait()
}

func readStdin(stdin io.Reader) input {
	in := input{path: "-", read: true}
	if stdin != nil {
		in.data, in.err = io.ReadAll(stdin)
		if in.err != nil {
			in.err = &Error{Path: "-", Msg: in.err.Error()}
		}
	}
	return in
}

// expand returns the file p, or the document files in the directory p in
// the order a walk of the tree meets them, each folder's names sorted.
func expand(p string) ([]input, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, pathError(p, err)
	}
	if !info.IsDir() {
		return []input{{path: p, format: formatsByExt[strings.ToLower(filepath.Ext(p))]}}, nil
	}
	folder := p
	if n := len(p); n > 0 && os.IsPathSeparator(p[n-1]) {
		folder = p[:n-1]
	}
	var files []input
	err = filepath.WalkDir(p, func(name string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := name != p && strings.HasPrefix(entry.Name(), ".")
		if entry.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if format, ok := formatsByExt[strings.ToLower(filepath.Ext(name))]; ok && !hidden {
			// The path keeps the folder as it was given: "./docs", not "docs".
			rel, err := filepath.Rel(p, name)
			if err != nil {
				return err
			}
			files = append(files, input{path: folder + string(filepath.Separator) + rel, format: format})
		}
		return nil
	})
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, pathError(pe.Path, err)
		}
		return nil, pathError(p, err)
	}
	if len(files) == 0 {
		return nil, &Error{Path: filepath.ToSlash(p), Msg: "no documents (.txt, .md, .html, .jsonl) in directory"}
	}
	return files, nil
}

// pathError reports a failed file system operation on p without repeating
// the operation and path that the error itself carries.
func pathError(p string, err error) *Error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{Path: filepath.ToSlash(p), Msg: err.Error()}
}

// loadData reads the documents in data, the contents of the file at path.
// source is the outlet to assume when the document names none. deferText
// is Options.DeferText.
func loadData(path string, format Format, data []byte, source string, deferText bool) ([]*Document, []Warning, error) {
	if format == "" {
		format = sniff(data)
	}
	if format != FormatJSONL && len(data) > maxDocument {
		return nil, nil, &Error{Path: path, Msg: "larger than 512 MiB, the most one document may be: split it, or make it a JSONL batch"}
	}
	f := NewFile(path, data)
	if isBinary(data) {
		return nil, nil, &Error{Path: path, Msg: "binary file"}
	}
	var warnings []Warning
	repair := !utf8.Valid(data)
	if repair {
		pos := f.Position(firstInvalid(data))
		warnings = append(warnings, Warning{Path: path, Line: pos.Line, Column: pos.Column, Msg: "invalid UTF-8, bad bytes replaced"})
	}
	if format == FormatJSONL {
		docs, more, err := readJSONL(f, source, repair, deferText)
		return docs, append(warnings, more...), err
	}
	d := &Document{File: f, ID: path, Source: source, Format: format}
	start := 0
	if bytes.HasPrefix(data, utf8BOM) {
		start = len(utf8BOM)
	}
	m, body, err := frontMatter(f, start)
	if err != nil {
		return nil, nil, err
	}
	d.apply(m)
	switch format {
	case FormatMarkdown:
		flattenMarkdown(d, body, repair)
	case FormatHTML:
		flattenHTML(d, body, repair)
	default:
		flattenText(d, body, repair)
	}
	if strings.TrimSpace(d.Text) == "" {
		// Not an error, as a folder may hold an empty placeholder; but a
		// run over it alone would say no more than "0 claims".
		warnings = append(warnings, Warning{Path: path, Msg: "no text to check"})
	}
	return []*Document{d}, warnings, nil
}

// apply sets the fields that m knows.
func (d *Document) apply(m meta) {
	if m.source != "" {
		d.Source = m.source
	}
	if m.title != "" {
		d.Title = m.title
	}
	if m.url != "" {
		d.URL = m.url
	}
	if !m.published.IsZero() {
		d.Published = m.published
	}
}

var utf8BOM = []byte("\uFEFF")

// flattenText makes the plain text of a text document: its body as it is.
func flattenText(d *Document, body int, repair bool) {
	data := d.File.Data
	b := newBuilder(data, len(data)-body, 1, repair)
	b.copy(body, len(data))
	b.finish(d, len(data))
}

// TextError says what keeps data, the contents of the file at path, from
// being text a user wrote: a binary file, or a byte that is not UTF-8, at
// its line and column. It returns nil for UTF-8 text. A document that is
// not all UTF-8 is read with a warning; a file that must be, such as YAML,
// is refused with this error.
func TextError(path string, data []byte) *Error {
	if isBinary(data) {
		return &Error{Path: path, Msg: "binary file"}
	}
	if !utf8.Valid(data) {
		pos := NewFile(path, data).Position(firstInvalid(data))
		return &Error{Path: path, Line: pos.Line, Column: pos.Column, Msg: "invalid UTF-8"}
	}
	return nil
}

// sniffSize is how much of a file is looked at to guess what it holds.
const sniffSize = 8 << 10

// isBinary reports whether data looks like something other than text: a NUL
// byte, or mostly control bytes and invalid UTF-8, near its start.
func isBinary(data []byte) bool {
	head := data[:min(len(data), sniffSize)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	odd := 0
	for _, c := range head {
		if isControl[c] {
			odd++
		}
	}
	if !utf8.Valid(head) {
		for i := 0; i < len(head)-utf8.UTFMax; {
			r, n := utf8.DecodeRune(head[i:])
			if r == utf8.RuneError && n == 1 {
				odd++
			}
			i += n
		}
	}
	return odd*10 > len(head)*3
}

// isControl marks the control bytes that text does not hold.
var isControl = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	for _, c := range "\t\n\v\f\r\x1b" {
		t[c] = false
	}
	t[0x7f] = true
	return t
}()

// firstInvalid returns the offset of the first byte of data that is not
// valid UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// sniff guesses the format of data read from stdin or from a file whose name
// does not say: HTML, Markdown or a JSONL batch when that is obvious, plain
// text otherwise.
func sniff(data []byte) Format {
	head := bytes.TrimLeft(data[:min(len(data), sniffSize)], " \t\r\n\uFEFF")
	lower := bytes.ToLower(head[:min(len(head), 64)])
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")):
		return FormatHTML
	case bytes.HasPrefix(head, []byte(`{"`)):
		return FormatJSONL
	}
	for line := range bytes.Lines(head) {
		if isMarkdownLine(line) {
			return FormatMarkdown
		}
	}
	return FormatText
}

// isMarkdownLine reports whether line is one that only Markdown writes: an
// ATX heading or a code fence.
func isMarkdownLine(line []byte) bool {
	if bytes.HasPrefix(line, []byte("```")) {
		return true
	}
	hashes := 0
	for hashes < len(line) && line[hashes] == '#' {
		hashes++
	}
	return hashes >= 1 && hashes <= 6 && hashes < len(line) && line[hashes] == ' '
}

// sourceOf is the outlet assumed for a file: its name without extension.
func sourceOf(p string) string {
	name := path.Base(filepath.ToSlash(p))
	return strings.TrimSuffix(name, path.Ext(name))
}
