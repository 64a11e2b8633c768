package document

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
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

// Load reads every document named by paths; "-" reads stdin.
func Load(paths []string, stdin io.Reader, opts Options) ([]*Document, []Warning, error) {
	var docs []*Document
	for _, p := range paths {
		var data []byte
		var err error
		if p == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(p)
		}
		if err != nil {
			return nil, nil, &Error{Path: p, Msg: err.Error()}
		}
		f := NewFile(filepath.ToSlash(p), data)
		d := &Document{File: f, ID: f.Path, Source: strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)),
			Published: opts.Published, Format: FormatText, Text: string(data)}
		d.offsets = make([]int, len(data)+1)
		for i := range d.offsets {
			d.offsets[i] = i
		}
		docs = append(docs, d)
	}
	return docs, nil, nil
}
