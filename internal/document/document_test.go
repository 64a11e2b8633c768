package document

import (
	"testing"
	"time"
)

// checkDocument verifies the map from d.Text to d.File.Data: every span lies
// inside the file, Span is monotonic, and verbatim text is the file's bytes.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	data := d.File.Data
	prevText, prevEnd := -1, 0
	for i, s := range d.segs {
		next := len(d.Text)
		if i+1 < len(d.segs) {
			next = d.segs[i+1].start()
		}
		if s.start() <= prevText || s.start() >= next || s.file < prevEnd || s.file > s.fileEnd() || s.fileEnd() > len(data) {
			t.Fatalf("segment %d %+v out of order or out of the file (previous end %d, %d bytes)", i, s, prevEnd, len(data))
		}
		if s.verbatim() {
			if got, want := string(data[s.file:s.fileEnd()]), d.Text[s.start():next]; got != want {
				t.Fatalf("verbatim segment %d %+v: file has %q, text %q", i, s, got, want)
			}
			if fs, fe := d.Span(s.start(), next); fs != s.file || fe != s.fileEnd() {
				t.Fatalf("Span(%d, %d) = %d, %d, want %d, %d", s.start(), next, fs, fe, s.file, s.fileEnd())
			}
			if mid := (s.start() + next) / 2; mid > s.start() {
				if fs, fe := d.Span(s.start()+1, mid); string(data[fs:fe]) != d.Text[s.start()+1:mid] {
					t.Fatalf("Span(%d, %d) = %q, text %q", s.start()+1, mid, data[fs:fe], d.Text[s.start()+1:mid])
				}
			}
		}
		prevText, prevEnd = s.start(), s.fileEnd()
	}
	if d.contentEnd < prevEnd || d.contentEnd > len(data) {
		t.Fatalf("content end %d outside [%d, %d]", d.contentEnd, prevEnd, len(data))
	}
	lastStart, lastEnd := 0, 0
	for i := 0; i <= len(d.Text); i++ {
		fs, fe := d.Span(i, min(i+1, len(d.Text)))
		if fs < lastStart || fe < lastEnd || fs > fe || fe > len(data) {
			t.Fatalf("Span(%d, %d) = %d, %d after %d, %d: not monotonic or outside %d bytes", i, i+1, fs, fe, lastStart, lastEnd, len(data))
		}
		if p, _ := d.Span(i, i); p != fs {
			t.Fatalf("Span(%d, %d) starts at %d, Span(%d, %d) at %d", i, i, p, i, i+1, fs)
		}
		lastStart, lastEnd = fs, fe
	}
}

func TestNewText(t *testing.T) {
	d := NewText("draft.txt", "Desk", "Mayor Ruiz said 40 homes flooded.\nCrews are out.", time.Time{})
	checkDocument(t, d)
	if fs, fe := d.Span(16, 18); string(d.File.Data[fs:fe]) != "40" {
		t.Errorf("Span(16, 18) = %q", d.File.Data[fs:fe])
	}
	if got := d.Position(37); got != (Position{Line: 2, Column: 4}) {
		t.Errorf("Position(37) = %+v", got)
	}
	if d.Path() != "draft.txt" {
		t.Errorf("Path() = %q", d.Path())
	}
}

func TestPosition(t *testing.T) {
	f := NewFile("a.txt", []byte("Año one\r\nsecond “line”\n\nend"))
	for _, tt := range []struct {
		off  int
		want Position
	}{
		{0, Position{1, 1}},
		{4, Position{1, 4}},
		{10, Position{2, 1}},
		{17, Position{2, 8}},
		{20, Position{2, 9}},
		{27, Position{2, 14}},
		{28, Position{3, 1}},
		{29, Position{4, 1}},
		{32, Position{4, 4}},
		{1000, Position{4, 4}},
		{-5, Position{1, 1}},
	} {
		if got := f.Position(tt.off); got != tt.want {
			t.Errorf("Position(%d) = %+v, want %+v", tt.off, got, tt.want)
		}
	}
}

func TestSpanClamps(t *testing.T) {
	d := NewText("a.txt", "a", "abc", time.Time{})
	for _, tt := range []struct{ start, end, wantStart, wantEnd int }{
		{-3, 1, 0, 1},
		{2, 10, 2, 3},
		{3, 3, 3, 3},
		{2, 1, 2, 2},
	} {
		if fs, fe := d.Span(tt.start, tt.end); fs != tt.wantStart || fe != tt.wantEnd {
			t.Errorf("Span(%d, %d) = %d, %d, want %d, %d", tt.start, tt.end, fs, fe, tt.wantStart, tt.wantEnd)
		}
	}
}
