package quotediff

import (
	"math/bits"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says which side of a comparison a run of words belongs to.
type Op int8

// The sides of a diff.
const (
	Equal  Op = iota // in both
	Delete           // only in the first
	Insert           // only in the second
)

// Part is a run of words of a diff: words [A0, A1) of the first side and
// [B0, B1) of the second; the range of the side a Delete or Insert lacks is
// empty.
type Part struct {
	Op             Op
	A0, A1, B0, B1 int
}

// Diff computes the word-level difference of a and b. Every distinct word
// becomes one rune, so that the character diff of go-diff is a word diff;
// then the coincidental equalities that make a diff hard to read, runs of
// function words ("to", "the") no longer than the changes around them,
// become part of those changes. go-diff's own semantic cleanup is not used:
// counting words as characters, it also dissolves shared content words
// ("elements of American power") between two longer changes, and a reader
// wants to see what agrees.
func Diff(a, b []string) []Part {
	return readable(diff(a, b), func(k int) bool { return IsFunctionWord(a[k]) })
}

// readable dissolves into the changes around them the equalities of a diff
// that are runs of function words no longer than those changes; function
// reports whether the k-th word of the first side is a function word.
func readable(parts []Part, function func(k int) bool) []Part {
	dissolve := make([]bool, len(parts))
	for i := 1; i+1 < len(parts); i++ {
		p := parts[i]
		if p.Op != Equal || parts[i-1].Op == Equal || parts[i+1].Op == Equal {
			continue
		}
		n := p.A1 - p.A0
		dissolve[i] = n <= changeLen(parts[:i]) && n <= changeLen(parts[i+1:])
		for k := p.A0; k < p.A1 && dissolve[i]; k++ {
			dissolve[i] = function(k)
		}
	}
	var out []Part
	for i := 0; i < len(parts); {
		if parts[i].Op == Equal && !dissolve[i] {
			out = append(out, parts[i])
			i++
			continue
		}
		first := parts[i]
		for i < len(parts) && (parts[i].Op != Equal || dissolve[i]) {
			i++
		}
		end := parts[i-1]
		if first.A0 < end.A1 {
			out = append(out, Part{Op: Delete, A0: first.A0, A1: end.A1, B0: first.B0, B1: first.B0})
		}
		if first.B0 < end.B1 {
			out = append(out, Part{Op: Insert, A0: end.A1, A1: end.A1, B0: first.B0, B1: end.B1})
		}
	}
	return out
}

// changeLen is the length of the change that parts begin or end with: the
// longer side of the non-equal parts next to the equality being weighed.
func changeLen(parts []Part) int {
	n := 0
	for _, p := range parts {
		if p.Op == Equal {
			break
		}
		n = max(n, p.A1-p.A0, p.B1-p.B0)
	}
	return n
}

// diff computes a shortest word edit script of a and b, words or their
// numbers, whose equalities are a longest common subsequence of words; the
// deletion comes before the insertion of a change.
func diff[W comparable](a, b []W) []Part {
	runes := map[W]rune{}
	encode := func(words []W) []rune {
		rs := make([]rune, len(words))
		for i, w := range words {
			r, ok := runes[w]
			if !ok {
				r = wordRune(len(runes))
				runes[w] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // the inputs are short; a deadline would make results depend on the machine
	diffs := dmp.DiffMainRunes(ra, rb, false)
	parts := make([]Part, 0, len(diffs))
	i, j := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		if n == 0 {
			continue
		}
		p := Part{A0: i, A1: i, B0: j, B1: j}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			p.Op, p.A1, p.B1 = Equal, i+n, j+n
		case diffmatchpatch.DiffDelete:
			p.Op, p.A1 = Delete, i+n
		case diffmatchpatch.DiffInsert:
			p.Op, p.B1 = Insert, j+n
		}
		i, j = p.A1, p.B1
		parts = append(parts, p)
	}
	return parts
}

// maxTable bounds the cells of the table of common subsequence lengths
// that commonWords stands for; longer pairs of quotes are aligned by
// go-diff.
const maxTable = 1 << 18

// lcsScratch is the memory that commonWords reuses from one call to the next.
type lcsScratch struct {
	rows   []uint64 // rows of the table, a bit a cell
	masks  []uint64 // where each word of b stands in b, reversed
	maskOf []int32  // by word number: its mask in masks, plus one; 0 for none
	parts  []Part
}

// commonWords returns an alignment of a and b, words numbered in one
// vocabulary, whose equalities are a longest common subsequence of words:
// at each pair of words, the alignment takes them as equal when they are,
// else drops the word of a when a longest common subsequence of what
// follows keeps as many words without it, else the word of b.
//
// That needs the lengths L(i, j) of a longest common subsequence of a[i:]
// and b[j:]. They are those of the prefixes of a and b reversed, which the
// bit-parallel algorithm of Allison and Dix (as Hyyrö writes it) computes
// 64 cells at a time: row k is a bit vector over the prefixes of reversed
// b, whose bit l is 0 where the subsequence of the first k words of reversed
// a and the first l+1 of reversed b is a word longer than with the first l.
// The alignment is valid until the next call with the same scratch.
func commonWords(a, b []int32, s *lcsScratch) []Part {
	n, m := len(a), len(b)
	width := (m + 63) / 64 // words a row
	// The masks of b's words: bit l of a word's mask is set where
	// b[m-1-l] is that word.
	s.masks = s.masks[:0]
	for l := range m {
		w := b[m-1-l]
		if int(w) >= len(s.maskOf) {
			s.maskOf = append(s.maskOf, make([]int32, int(w)+1-len(s.maskOf))...)
		}
		if s.maskOf[w] == 0 {
			s.masks = append(s.masks, make([]uint64, width)...)
			s.maskOf[w] = int32(len(s.masks) / width)
		}
		at := int(s.maskOf[w]-1) * width
		s.masks[at+l/64] |= 1 << (l % 64)
	}
	cells := (n + 1) * width
	if cap(s.rows) < cells {
		s.rows = make([]uint64, cells)
	}
	rows := s.rows[:cells]
	for k := range width {
		rows[k] = ^uint64(0)
	}
	for k := 1; k <= n; k++ {
		prev, row := rows[(k-1)*width:k*width], rows[k*width:(k+1)*width]
		var mask []uint64
		if w := a[n-k]; int(w) < len(s.maskOf) && s.maskOf[w] != 0 {
			at := int(s.maskOf[w]-1) * width
			mask = s.masks[at : at+width]
		}
		if len(mask) == 0 { // a word that b lacks changes nothing
			copy(row, prev)
			continue
		}
		var carry uint64
		for x, v := range prev {
			var sum uint64
			sum, carry = bits.Add64(v, v&mask[x], carry)
			row[x] = sum | v&^mask[x]
		}
	}
	for _, w := range b {
		s.maskOf[w] = 0
	}
	// common(i, j) is L(i, j): the zero bits among the first m-j of row n-i.
	common := func(i, j int) int {
		row, l := rows[(n-i)*width:], m-j
		ones := 0
		for x := range l / 64 {
			ones += bits.OnesCount64(row[x])
		}
		if r := l % 64; r > 0 {
			ones += bits.OnesCount64(row[l/64] & (1<<r - 1))
		}
		return l - ones
	}
	parts := s.parts[:0]
	add := func(op Op, da, db int, i, j int) {
		if k := len(parts) - 1; k >= 0 && parts[k].Op == op {
			parts[k].A1, parts[k].B1 = i+da, j+db
			return
		}
		parts = append(parts, Part{Op: op, A0: i, A1: i + da, B0: j, B1: j + db})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			add(Equal, 1, 1, i, j)
			i, j = i+1, j+1
		case j == m || i < n && common(i+1, j) >= common(i, j+1):
			add(Delete, 1, 0, i, j)
			i++
		default:
			add(Insert, 0, 1, i, j)
			j++
		}
	}
	s.parts = parts
	return parts
}

// wordRune is the rune that stands for the i-th distinct word: a private-use
// code point, which go-diff treats as neither space nor letter. Words past
// the private-use planes (a quote of more than 70,000 distinct words) share
// the last one.
func wordRune(i int) rune {
	const bmpPrivate = 0xF8FF - 0xE000 + 1
	if i < bmpPrivate {
		return rune(0xE000 + i)
	}
	return rune(min(0xF0000+i-bmpPrivate, 0xFFFFD))
}
