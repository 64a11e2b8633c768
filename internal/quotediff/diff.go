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
// becomes one rune, so that the character diff of go-diff is a word diff,
// and its semantic cleanup merges the small coincidental equalities that
// would make the diff hard to read.
func Diff(a, b []string) []Part { return diff(a, b, true) }

// diff computes the word diff of a and b, with the semantic cleanup or as
// the shortest edit script, whose equalities are a longest common
// subsequence of words.
func diff(a, b []string, cleanup bool) []Part {
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
	if cleanup {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
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
		if k := len(parts) - 1; k >= 0 && parts[k].Op == p.Op {
			parts[k].A1, parts[k].B1 = p.A1, p.B1
			continue
		}
		parts = append(parts, p)
	}
	return parts
}

// wordRune is the rune that stands for the i-th distinct word: a private-use
// code point, which go-diff's cleanup treats as neither space nor letter.
// Words past the private-use planes (a quote of more than 70,000 distinct
// words) share the last one.
func wordRune(i int) rune {
	const bmpPrivate = 0xF8FF - 0xE000 + 1
	if i < bmpPrivate {
		return rune(0xE000 + i)
	}
	return rune(min(0xF0000+i-bmpPrivate, 0xFFFFD))
}
