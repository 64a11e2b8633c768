package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// longLine is invented text with accented letters, curly quotes and a stray
// continuation byte, repeated on one line of about n bytes.
func longLine(n int) []byte {
	unit := "Señor Ruiz said “we’ll rebuild” at the café \x80 on Calle Mayor, 12 times. "
	return []byte(strings.Repeat(unit, n/len(unit)+1))
}

func TestPositionOnLongLines(t *testing.T) {
	data := append(append([]byte("first line\n"), longLine(300_000)...), "\nlast ñ line\n"...)
	f := NewFile("long.txt", data)
	offs := []int{0, 5, 11, 12, 13, 14, 15, 40, 4_100, 4_101, 70_000, 70_001, 131_083, 200_000, 300_001, len(data) - 3, len(data)}
	// In order, backwards, and jumping about: each position is counted from
	// the line's start, a mark or the last position asked for.
	for i := range 3 * len(offs) {
		off := offs[i%len(offs)]
		switch i / len(offs) {
		case 1:
			off = offs[len(offs)-1-i%len(offs)]
		case 2:
			off = offs[i*7%len(offs)]
		}
		line := 1 + strings.Count(string(data[:off]), "\n")
		start := strings.LastIndexByte(string(data[:off]), '\n') + 1
		want := Position{Line: line, Column: utf8.RuneCount(data[start:off]) + 1}
		if got := f.Position(off); got != want {
			t.Errorf("Position(%d) = %+v, want %+v", off, got, want)
		}
	}
}

// BenchmarkPositionLongLine locates offsets spread over one 10 MB line: the
// cost of a position must not grow with the length of its line.
func BenchmarkPositionLongLine(b *testing.B) {
	f := NewFile("long.txt", longLine(10_000_000))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f.Position((i * 7_919_993) % len(f.Data))
	}
}

// A batch of many long lines, one article a line, is marked on all cores:
// every line's columns count from its own start.
func TestPositionOnManyLongLines(t *testing.T) {
	var data []byte
	for i := range 400 {
		data = append(append(data, longLine(300+i*37)...), '\n')
	}
	f := NewFile("batch.jsonl", data)
	line, start := 1, 0
	for off := 0; off <= len(data); off += 997 {
		for i := start; i < off; i++ {
			if data[i] == '\n' {
				line, start = line+1, i+1
			}
		}
		want := Position{Line: line, Column: utf8.RuneCount(data[start:off]) + 1}
		if got := f.Position(off); got != want {
			t.Fatalf("Position(%d) = %+v, want %+v", off, got, want)
		}
	}
}
