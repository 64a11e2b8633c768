package document

import (
	"strings"
	"unicode/utf8"
)

// A builder assembles the plain text of one document from pieces of its
// file, recording where every piece came from.
type builder struct {
	src  []byte
	text strings.Builder
	segs []segment
	// repair is set when src is not valid UTF-8: verbatim copies are then
	// checked and bad bytes replaced by U+FFFD.
	repair bool
}

func newBuilder(src []byte, sizeHint, segHint int, repair bool) *builder {
	b := &builder{src: src, repair: repair, segs: make([]segment, 0, segHint)}
	b.text.Grow(sizeHint)
	return b
}

// copy appends src[start:end] verbatim.
func (b *builder) copy(start, end int) {
	if start >= end {
		return
	}
	if !b.repair {
		b.copyValid(start, end)
		return
	}
	for start < end {
		r, n := utf8.DecodeRune(b.src[start:end])
		if r == utf8.RuneError && n == 1 {
			b.replace("\uFFFD", start, start+1)
			start++
			continue
		}
		run := start + n
		for run < end {
			if c := b.src[run]; c < utf8.RuneSelf {
				run++
				continue
			}
			r, n = utf8.DecodeRune(b.src[run:end])
			if r == utf8.RuneError && n == 1 {
				break
			}
			run += n
		}
		b.copyValid(start, run)
		start = run
	}
}

// copyValid appends src[start:end], known to be valid UTF-8, merging it into
// the previous verbatim run when the two are adjacent in the file.
func (b *builder) copyValid(start, end int) {
	if n := len(b.segs); n > 0 && b.segs[n-1].verbatim() && b.segs[n-1].fileEnd() == start {
		b.segs[n-1].size += uint32(end - start)
	} else {
		b.segs = append(b.segs, newSegment(b.text.Len(), start, end, true))
	}
	b.text.Write(b.src[start:end])
}

// replace appends s, which stands for src[start:end] as a whole.
func (b *builder) replace(s string, start, end int) {
	if s == "" {
		return
	}
	b.segs = append(b.segs, newSegment(b.text.Len(), start, end, false))
	b.text.WriteString(s)
}

// insert appends s, which has no source of its own, at the file offset at.
func (b *builder) insert(s string, at int) { b.replace(s, at, at) }

// len is the length of the text so far.
func (b *builder) len() int { return b.text.Len() }

// lastByte is the last byte of the text so far, or 0.
func (b *builder) lastByte() byte {
	if b.text.Len() == 0 {
		return 0
	}
	return b.text.String()[b.text.Len()-1]
}

// fileEnd is the file offset just past the source of the text so far.
func (b *builder) fileEnd() int {
	if len(b.segs) == 0 {
		return 0
	}
	return b.segs[len(b.segs)-1].fileEnd()
}

// finish stores the text and its map in d; contentEnd is where the document's
// content ends in the file.
func (b *builder) finish(d *Document, contentEnd int) {
	d.Text = b.text.String()
	d.textLen = len(d.Text)
	d.segs = b.segs
	d.contentEnd = max(contentEnd, b.fileEnd())
}
