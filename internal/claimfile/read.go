package claimfile

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
	"unicode/utf8"

	"github.com/go-json-experiment/json"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/jsonerror"
	"github.com/claimlint/claimlint/internal/ordered"
	"github.com/claimlint/claimlint/internal/suppress"
)

// Result is what claims files hold: the extractions of their documents, in
// the order the files name them, not yet linked, and the inline suppressions
// of the files the documents came from.
type Result struct {
	Extractions []*claims.Extraction
	Directives  map[*document.File]*suppress.Directives
}

// Read reads the claims files at paths, "-" for stdin, bound by rules that
// fingerprint as binding (Binding). Bad input is a *document.Error naming the
// file and line.
func Read(paths []string, stdin io.Reader, binding string) (*Result, error) {
	var r reader
	r.docs = map[docKey]*entry{}
	for _, p := range paths {
		if err := r.open(p, stdin, binding); err != nil {
			return nil, err
		}
	}
	return r.restore()
}

// open reads the claims file at p, or stdin for "-".
func (r *reader) open(p string, stdin io.Reader, binding string) error {
	name := filepath.ToSlash(p)
	if p == "-" {
		if stdin == nil {
			stdin = bytes.NewReader(nil)
		}
		return r.file(name, stdin, binding)
	}
	f, err := os.Open(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &document.Error{Path: name, Msg: err.Error()}
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		_ = f.Close()
		return &document.Error{Path: name, Msg: "is a directory, not a claims file"}
	}
	err = r.file(name, f, binding)
	_ = f.Close() // read only: closing loses nothing
	return err
}

// docKey identifies a document across claims files.
type docKey struct{ path, id string }

// entry is a document read so far and its claims.
type entry struct {
	doc       *document.Document
	people    []string
	claims    []claims.Claim
	suppress  []suppress.Range
	excerpts  []document.Excerpt
	n         int    // the number of its claims
	file, pos string // where the document's line is, for errors
}

// claimAt is a claim read, not yet joined to its document, and where it was
// read.
type claimAt struct {
	claim           claims.Claim
	excerpt         document.Excerpt
	path, id, story string
	file            string
	line            int
}

type reader struct {
	docs    map[docKey]*entry
	order   []*entry
	pending [][]claimAt // claims read before their document's line, a batch at a time
}

// batchBytes is about how many bytes of lines are parsed together.
const batchBytes = 256 << 10

// lines is a batch of whole lines of a claims file and the read error that
// ended the file after them, if any.
type lines struct {
	first int // the number of the first line
	data  []byte
	err   error
}

// parsed is what a batch of lines says: its claims, and its documents' lines
// and what is wrong with its lines, in order.
type parsed struct {
	claims []claimAt
	docs   []docAt
}

// docAt is a document's line, or what is wrong with a line, and its number.
type docAt struct {
	n   int
	doc *line
	err error
}

// lineReader cuts a claims file into batches of lines.
type lineReader struct {
	br   *bufio.Reader
	next int // the number of the next line
	done bool
}

// batch returns the next lines, whole, about batchBytes of them, or false
// at the end of the file.
func (lr *lineReader) batch() (lines, bool) {
	if lr.done {
		return lines{}, false
	}
	b := lines{first: lr.next, data: make([]byte, 0, batchBytes+lr.br.Size())}
	for {
		chunk, err := lr.br.ReadSlice('\n')
		b.data = append(b.data, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue // the line goes on past the buffer
		}
		if err == nil {
			lr.next++
			if len(b.data) >= batchBytes {
				break
			}
			continue
		}
		lr.done = true
		if len(b.data) > 0 && b.data[len(b.data)-1] != '\n' {
			lr.next++ // the last line, without a line feed
		}
		if err != io.EOF {
			b.err = err
		}
		break
	}
	return b, len(b.data) > 0 || b.err != nil
}

// file reads one claims file: its header, then its lines, parsed a batch
// at a time on all cores and taken in order.
func (r *reader) file(name string, in io.Reader, binding string) error {
	lr := &lineReader{br: bufio.NewReaderSize(in, 64<<10), next: 1}
	rest, err := lr.header(name, binding)
	if err != nil {
		return err
	}
	next := func() (lines, bool) {
		if b := rest; b != nil {
			rest = nil
			if len(b.data) > 0 || b.err != nil {
				return *b, true
			}
		}
		return lr.batch()
	}
	ordered.Stream(next, func(b lines) parsed { return parseLines(name, b) }, func(p parsed) bool {
		for _, d := range p.docs {
			if err = d.err; err == nil {
				err = r.document(d.doc, name, d.n)
			}
			if err != nil {
				return false
			}
		}
		r.pending = append(r.pending, p.claims)
		return true
	})
	return err
}

// header reads up to the first line that is not blank, checks that it is
// the header of a claims file, and returns the lines after it in its batch.
func (lr *lineReader) header(name, binding string) (*lines, error) {
	for {
		b, ok := lr.batch()
		if !ok {
			return nil, &document.Error{Path: name, Msg: "empty: not a claims file (want the output of claimlint extract --format claims)"}
		}
		n := b.first
		for data := b.data; len(data) > 0; n++ {
			text, after, _ := bytes.Cut(data, []byte{'\n'})
			data = after
			if len(bytes.TrimSpace(text)) > 0 {
				return &lines{first: n + 1, data: data, err: b.err}, readHeader(name, n, text, binding)
			}
		}
		if b.err != nil {
			return nil, &document.Error{Path: name, Line: lr.next - 1, Msg: b.err.Error()}
		}
	}
}

// readHeader checks the header of a claims file, line n.
func readHeader(name string, n int, text []byte, binding string) error {
	fail := func(format string, args ...any) error {
		return &document.Error{Path: name, Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	var h header
	if err := json.Unmarshal(text, &h); err != nil || h.Claimlint != "claims" {
		return fail("not a claims file: want the header of claimlint extract --format claims first")
	}
	if h.Version != Version {
		return fail("claims file version %d; this claimlint reads version %d", h.Version, Version)
	}
	if h.Binding != binding {
		return fail("claims bound by other rules than this check's: extract and check with the same --rules and configuration")
	}
	return nil
}

// parseLines parses a batch of the lines after a claims file's header.
func parseLines(name string, b lines) parsed {
	out := parsed{claims: make([]claimAt, 0, bytes.Count(b.data, []byte{'\n'})+1)}
	n := b.first
	var dec lineDecoder
	for data := b.data; len(data) > 0; n++ {
		text, after, _ := bytes.Cut(data, []byte{'\n'})
		data = after
		if text = bytes.TrimSpace(text); len(text) == 0 {
			continue
		}
		c, d := parseLine(&dec, name, n, text)
		if d.doc != nil || d.err != nil {
			out.docs = append(out.docs, d)
			continue
		}
		if k := len(out.claims); k > 0 {
			// A document's claims follow each other: they share one copy of
			// what names the document until they are placed.
			prev := &out.claims[k-1]
			c.path, c.id, c.story = same(c.path, prev.path), same(c.id, prev.id), same(c.story, prev.story)
		}
		out.claims = append(out.claims, c)
	}
	if b.err != nil {
		out.docs = append(out.docs, docAt{err: &document.Error{Path: name, Line: n - 1, Msg: b.err.Error()}})
	}
	return out
}

// same returns prev when it equals s, so that s can be let go.
func same(s, prev string) string {
	if s == prev {
		return prev
	}
	return s
}

// parseLine parses line n of a claims file with dec, or the JSON decoder
// when dec cannot: a claim, or a document's line, or what is wrong with it.
func parseLine(dec *lineDecoder, name string, n int, text []byte) (claimAt, docAt) {
	fail := func(format string, args ...any) (claimAt, docAt) {
		return claimAt{}, docAt{err: &document.Error{Path: name, Line: n, Msg: fmt.Sprintf(format, args...)}}
	}
	l, ok := dec.decode(text)
	if !ok {
		l = &line{}
		if err := json.Unmarshal(text, l); err != nil {
			off, msg := jsonerror.Describe(err)
			e := &document.Error{Path: name, Line: n, Msg: "malformed JSON: " + msg}
			if off >= 0 && off <= int64(len(text)) {
				e.Column = utf8.RuneCount(text[:off]) + 1
			}
			return claimAt{}, docAt{err: e}
		}
	}
	if l.Path == "" || l.ID == "" {
		return fail("%s line without \"path\" and \"id\"", l.Kind)
	}
	if l.Kind == kindDocument {
		doc := *l // out of the decoder's hands
		return claimAt{}, docAt{n: n, doc: &doc}
	}
	if err := checkClaim(l); err != nil {
		return fail("%s", err)
	}
	return claimAt{claim: toClaim(l), excerpt: excerptOf(l), path: l.Path, id: l.ID, story: l.Story, file: name, line: n}, docAt{}
}

// document reads a document's line.
func (r *reader) document(l *line, name string, n int) error {
	fail := func(format string, args ...any) error {
		return &document.Error{Path: name, Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	k := docKey{l.Path, l.ID}
	if e, ok := r.docs[k]; ok {
		return fail("document %s (%s) read twice, first at %s", l.ID, l.Path, e.pos)
	}
	d := &document.Document{ID: l.ID, Source: l.Source, Title: l.Title, URL: l.URL, Story: l.Story,
		Format: document.Format(l.Format)}
	if l.Published != "" {
		t, err := time.Parse(timeLayout, l.Published)
		if err != nil {
			return fail("published: %q is not an RFC 3339 time", l.Published)
		}
		d.Published = t
	}
	e := &entry{doc: d, people: l.People, suppress: l.Suppress, file: l.Path, pos: fmt.Sprintf("%s:%d", name, n)}
	r.docs[k] = e
	r.order = append(r.order, e)
	return nil
}

// claimKinds are the kinds of claim lines, and the part of a claim each needs.
var claimKinds = map[string]func(l *line) bool{
	string(claims.KindCount): func(l *line) bool { return l.Quantity != nil && l.Count != nil },
	string(claims.KindDate):  func(l *line) bool { return l.Date != nil },
	string(claims.KindQuote): func(l *line) bool { return l.Quote != nil },
	string(claims.KindTitle): func(l *line) bool { return l.Person != nil },
	string(claims.KindName):  func(l *line) bool { return l.Person != nil },
}

// checkClaim reports what is wrong with a claim's line.
func checkClaim(l *line) error {
	complete, ok := claimKinds[l.Kind]
	switch {
	case !ok:
		return fmt.Errorf("unknown kind %q: want document, count, date, quote, title or name", l.Kind)
	case !complete(l):
		return fmt.Errorf("%s claim without its %s", l.Kind, l.Kind)
	case l.Excerpt == nil:
		return fmt.Errorf("%s claim without its excerpt", l.Kind)
	}
	e := excerptOf(l)
	if err := e.Check(); err != nil {
		return fmt.Errorf("excerpt: %w", err)
	}
	covers := func(start, end int) bool {
		return e.Start <= start && start <= end && end <= e.Start+len(e.Text)
	}
	if !covers(l.PlainStart, l.PlainEnd) {
		return errors.New("plain_start and plain_end: the claim is not inside its excerpt")
	}
	if q := l.Quantity; q != nil && !covers(q.Start, q.End) {
		return errors.New("quantity: not inside the claim's excerpt")
	}
	if d := l.Date; d != nil {
		if _, err := parseTimes(d); err != nil {
			return err
		}
	}
	return nil
}

// excerptOf is the excerpt of a claim's line, with what it leaves to the
// line filled in.
func excerptOf(l *line) document.Excerpt {
	x := l.Excerpt
	e := document.Excerpt{Start: l.PlainStart, FileStart: l.Start, Data: l.Text, Line: l.Line, Column: l.Column,
		Map: fromRuns(x.Map)}
	if x.Start != nil {
		e.Start = *x.Start
	}
	if x.FileStart != nil && x.Data != nil {
		e.FileStart, e.Data, e.Line, e.Column = *x.FileStart, *x.Data, x.Line, x.Column
	}
	e.LineStart = e.FileStart - (e.Column - 1)
	if x.LineStart != nil {
		e.LineStart = *x.LineStart
	}
	e.Text = e.Data
	if x.Text != nil {
		e.Text = *x.Text
	}
	return e
}

func parseTimes(d *date) (*dateparse.Date, error) {
	out := &dateparse.Date{Start: d.Start, End: d.End, Grain: dateparse.Grain(d.Grain),
		Relative: d.Relative, Resolved: d.Resolved, Range: d.Range}
	var err error
	if d.From != "" {
		if out.From, err = time.Parse(timeLayout, d.From); err != nil {
			return nil, fmt.Errorf("date: from %q is not an RFC 3339 time", d.From)
		}
	}
	if d.To != "" {
		if out.To, err = time.Parse(timeLayout, d.To); err != nil {
			return nil, fmt.Errorf("date: to %q is not an RFC 3339 time", d.To)
		}
	}
	return out, nil
}

// restore joins the claims to their documents and restores the documents
// from the claims' excerpts.
func (r *reader) restore() (*Result, error) {
	// Each claim's document is found first, so that each document's
	// claims are put in a slice of their size.
	var owners [][]*entry
	for _, batch := range r.pending {
		es := make([]*entry, len(batch))
		for i, c := range batch {
			e, ok := r.docs[docKey{c.path, c.id}]
			if !ok {
				return nil, &document.Error{Path: c.file, Line: c.line, Msg: fmt.Sprintf("claim of a document with no line of its own: %s (%s)", c.id, c.path)}
			}
			if c.story != e.doc.Story {
				return nil, &document.Error{Path: c.file, Line: c.line, Msg: fmt.Sprintf("story %q; its document's is %q", c.story, e.doc.Story)}
			}
			es[i] = e
			e.n++
		}
		owners = append(owners, es)
	}
	for _, e := range r.order {
		e.claims, e.excerpts = make([]claims.Claim, 0, e.n), make([]document.Excerpt, 0, e.n)
	}
	for b, batch := range r.pending {
		for i, c := range batch {
			e := owners[b][i]
			e.claims = append(e.claims, c.claim)
			e.excerpts = append(e.excerpts, c.excerpt)
		}
		r.pending[b], owners[b] = nil, nil // copied: the collector may have them
	}
	r.pending = nil
	perPath := map[string]int{}
	for _, e := range r.order {
		perPath[e.file] += len(e.excerpts)
	}
	byPath := make(map[string][]document.Excerpt, len(perPath))
	for _, e := range r.order {
		if byPath[e.file] == nil {
			byPath[e.file] = make([]document.Excerpt, 0, perPath[e.file])
		}
		byPath[e.file] = append(byPath[e.file], e.excerpts...)
	}
	files := map[string]*document.File{}
	res := &Result{Directives: map[*document.File]*suppress.Directives{}}
	for _, e := range r.order {
		f, ok := files[e.file]
		if !ok {
			f = document.RestoreFile(e.file, byPath[e.file])
			files[e.file] = f
			res.Directives[f] = suppress.FromRanges(e.suppress)
		}
		document.Restore(e.doc, f, e.excerpts)
		for i := range e.claims {
			e.claims[i].Doc = e.doc
		}
		ex := &claims.Extraction{Doc: e.doc, Claims: e.claims}
		for _, name := range e.people {
			ex.Mentions = append(ex.Mentions, claims.Mention{Kind: claims.MentionPerson, Person: &claims.Person{Name: name}})
		}
		res.Extractions = append(res.Extractions, ex)
		e.excerpts = nil // restored
	}
	return res, nil
}

// toClaim makes the claim of a line checked by checkClaim, without its
// document.
func toClaim(l *line) claims.Claim {
	c := claims.Claim{Kind: claims.Kind(l.Kind), Start: l.PlainStart, End: l.PlainEnd,
		Subject: l.Subject, Key: l.Key, Value: l.Value, Binding: l.Binding}
	if l.Quantity != nil {
		c.Quantity = l.Quantity.restore()
	}
	if l.Count != nil {
		c.Count = l.Count.restore()
	}
	if l.Date != nil {
		c.Date, _ = parseTimes(l.Date) // checked
	}
	if q := l.Quote; q != nil {
		c.Quote = &claims.Quote{Text: cmp.Or(q.Text, l.Value), Speaker: q.Speaker, SpeakerStart: q.SpeakerStart, SpeakerEnd: q.SpeakerEnd}
	}
	if p := l.Person; p != nil {
		c.Person = &claims.Person{Name: cmp.Or(p.Name, l.Subject), Title: p.Title, Office: p.Office, Modifiers: p.Modifiers}
	}
	return c
}
