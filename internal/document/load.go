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
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Options control how documents are read.
type Options struct {
	// Published is the publication date of documents that carry none.
	Published time.Time
}

// Error is bad input: it names the file and, where known, the line and column.
type Error struct {
	Path   string
	Line   int // 0 when the error concerns the whole file
	Column int
	Msg    string
}

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
// and "-" for stdin. It stops at the first bad input.
func Load(paths []string, stdin io.Reader, opts Options) ([]*Document, []Warning, error) {
	l := loader{opts: opts}
	for _, p := range paths {
		var err error
		if p == "-" {
			err = l.loadStdin(stdin)
		} else {
			err = l.loadPath(p)
		}
		if err != nil {
			return nil, nil, err
		}
	}
	return l.docs, l.warnings, nil
}

// loader accumulates the documents and warnings of one Load.
type loader struct {
	opts     Options
	docs     []*Document
	warnings []Warning
}

func (l *loader) loadStdin(stdin io.Reader) error {
	if stdin == nil {
		stdin = bytes.NewReader(nil)
	}
	data, err := io.ReadAll(stdin)
	if err != nil {
		return &Error{Path: "-", Msg: err.Error()}
	}
	return l.loadData("-", "", data, "stdin")
}

func (l *loader) loadPath(p string) error {
	info, err := os.Stat(p)
	if err != nil {
		return pathError(p, err)
	}
	if !info.IsDir() {
		return l.loadFile(p, formatsByExt[strings.ToLower(filepath.Ext(p))])
	}
	var files []string
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
		if _, ok := formatsByExt[strings.ToLower(filepath.Ext(name))]; ok && !hidden {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pathError(pe.Path, err)
		}
		return pathError(p, err)
	}
	if len(files) == 0 {
		return &Error{Path: filepath.ToSlash(p), Msg: "no documents (.txt, .md, .html, .jsonl) in directory"}
	}
	sort.Strings(files)
	for _, name := range files {
		if err := l.loadFile(name, formatsByExt[strings.ToLower(filepath.Ext(name))]); err != nil {
			return err
		}
	}
	return nil
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

// loadFile reads the file p in format, sniffing the format when it is "".
func (l *loader) loadFile(p string, format Format) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return pathError(p, err)
	}
	return l.loadData(filepath.ToSlash(p), format, data, sourceOf(p))
}

// loadData reads the documents in data, the contents of the file at path.
// source is the outlet to assume when the document names none.
func (l *loader) loadData(path string, format Format, data []byte, source string) error {
	f := NewFile(path, data)
	if isBinary(data) {
		return &Error{Path: path, Msg: "binary file"}
	}
	repair := !utf8.Valid(data)
	if repair {
		bad := firstInvalid(data)
		pos := f.Position(bad)
		l.warnings = append(l.warnings, Warning{Path: path, Line: pos.Line, Column: pos.Column, Msg: "invalid UTF-8, bad bytes replaced"})
	}
	if format == "" {
		format = sniff(data)
	}
	if format == FormatJSONL {
		docs, warnings, err := readJSONL(f, source, repair)
		if err != nil {
			return err
		}
		l.warnings = append(l.warnings, warnings...)
		for _, d := range docs {
			l.addDoc(d)
		}
		return nil
	}
	d := &Document{File: f, ID: path, Source: source, Format: format}
	start := 0
	if bytes.HasPrefix(data, utf8BOM) {
		start = len(utf8BOM)
	}
	m, body, err := frontMatter(f, start)
	if err != nil {
		return err
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
	l.addDoc(d)
	return nil
}

func (l *loader) addDoc(d *Document) {
	if d.Published.IsZero() {
		d.Published = l.opts.Published
	}
	l.docs = append(l.docs, d)
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
// does not say: HTML or Markdown when that is obvious, plain text otherwise.
func sniff(data []byte) Format {
	head := bytes.TrimLeft(data[:min(len(data), sniffSize)], " \t\r\n\uFEFF")
	lower := bytes.ToLower(head[:min(len(head), 64)])
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return FormatHTML
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
