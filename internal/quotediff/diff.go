package quotediff

import (
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
	parts := diff(a, b)
	dissolve := make([]bool, len(parts))
	for i := 1; i+1 < len(parts); i++ {
		p := parts[i]
		if p.Op != Equal || parts[i-1].Op == Equal || parts[i+1].Op == Equal {
			continue
		}
		n := p.A1 - p.A0
		dissolve[i] = n <= changeLen(parts[:i]) && n <= changeLen(parts[i+1:]) && allFunctionWords(a[p.A0:p.A1])
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

// diff computes a shortest word edit script of a and b, whose equalities
// are a longest common subsequence of words; the deletion comes before the
// insertion of a change.
func diff(a, b []string) []Part {
	runes := map[string]rune{}
	encode := func(words []string) []rune {
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

// maxTable bounds the cells of the table commonWords fills; longer pairs of
// quotes are aligned by go-diff, which needs less memory.
const maxTable = 1 << 18

// lcsScratch is the memory that commonWords reuses from one call to the next.
type lcsScratch struct {
	suffix []uint16
	parts  []Part
}

// commonWords returns an alignment of a and b whose equalities are a longest
// common subsequence of words, by dynamic programming over a table of
// len(a)*len(b) cells, at most maxTable: for quotes of tens of words, much
// cheaper than a character diff, and Compare aligns every candidate pair.
// The alignment is valid until the next call with the same scratch.
func commonWords[W comparable](a, b []W, scratch *lcsScratch) []Part {
	n, m := len(a), len(b)
	// suffix[i*(m+1)+j] is the length of a longest common subsequence of
	// a[i:] and b[j:]; the last row and column are zero.
	cells := (n + 1) * (m + 1)
	if cap(scratch.suffix) < cells {
		scratch.suffix = make([]uint16, cells)
	}
	suffix := scratch.suffix[:cells]
	clear(suffix[n*(m+1):])
	for i := range n {
		suffix[i*(m+1)+m] = 0
	}
	b = b[:m]
	for i := n - 1; i >= 0; i-- {
		row := suffix[i*(m+1) : (i+1)*(m+1)]
		below := suffix[(i+1)*(m+1) : (i+2)*(m+1)]
		row, below = row[:m+1], below[:m+1]
		ai := a[i]
		for j := m - 1; j >= 0; j-- {
			if ai == b[j] {
				row[j] = below[j+1] + 1
			} else {
				row[j] = max(below[j], row[j+1])
			}
		}
	}
	parts := scratch.parts[:0]
	add := func(op Op, da, db int, i, j int) {
		if k := len(parts) - 1; k >= 0 && parts[k].Op == op {
			parts[k].A1, parts[k].B1 = i+da, j+db
			return
		}
		parts = append(parts, Part{Op: op, A0: i, A1: i + da, B0: j, B1: j + db})
	}
	i, j := 0, 0
	for i < n || j < m {
		k := i*(m+1) + j
		switch {
		case i < n && j < m && a[i] == b[j]:
			add(Equal, 1, 1, i, j)
			i, j = i+1, j+1
		case j == m || i < n && suffix[k+m+1] >= suffix[k+1]:
			add(Delete, 1, 0, i, j)
			i++
		default:
			add(Insert, 0, 1, i, j)
			j++
		}
	}
	scratch.parts = parts
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
