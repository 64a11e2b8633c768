package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of s used as a key when comparing names and
// subjects written by different hands: lower-case, without accents,
// apostrophes and full stops removed ("O’Brien" and "OBrien", "U.S." and
// "US"), and dashes, underscores and runs of white space made one space,
// trimmed at both ends ("Farfán-Méndez" and "Farfan Mendez" fold alike).
// Letters that do not decompose into a base letter and a mark (ø, ł, đ, æ,
// œ, ß, ...) are spelled with ASCII letters. Input that is already folded is
// returned as is, without allocating.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next letter
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			foldASCII(&b, c, &space)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			i++
			continue
		}
		// The canonical decomposition of a precomposed letter starts with its
		// base letter; the combining marks that follow are dropped.
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for j := 0; j < len(d); {
				dr, dsize := utf8.DecodeRune(d[j:])
				j += dsize
				foldRune(&b, dr, &space)
			}
		} else {
			foldRune(&b, r, &space)
		}
		i += size
	}
	return b.String()
}

// isFolded reports whether s is ASCII and already in folded form.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '\'', c == '.', c == '-', c == '_', c == '`':
			return false
		case c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			return false
		}
	}
	return true
}

// FoldASCII writes Fold(w) into buf when w is ASCII and its folded form
// fits, and reports whether it did: a name is folded so without
// allocating.
func FoldASCII[T string | []byte](w T, buf *[64]byte) ([]byte, bool) {
	n := 0
	space := false // a space is owed before the next letter
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		out, act := foldByte(c)
		switch act {
		case foldDrop:
			continue
		case foldSpace:
			space = n > 0
			continue
		}
		if n+2 > len(buf) {
			return nil, false
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		buf[n] = out
		n++
	}
	return buf[:n], true
}

// foldAction is what Fold does with an ASCII byte.
type foldAction uint8

const (
	foldWrite foldAction = iota // write the byte, lower-cased
	foldDrop                    // leave it out: apostrophes, full stops
	foldSpace                   // owe a space before the next letter: dashes, white space
)

// foldByte says what Fold makes of the ASCII byte c, and the byte it writes.
func foldByte(c byte) (byte, foldAction) {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A', foldWrite
	case c == '\'' || c == '.' || c == '`':
		return 0, foldDrop
	case c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		return 0, foldSpace
	}
	return c, foldWrite
}

func foldASCII(b *strings.Builder, c byte, space *bool) {
	switch out, act := foldByte(c); act {
	case foldWrite:
		writeLetter(b, out, space)
	case foldSpace:
		*space = b.Len() > 0
	}
}

func writeLetter(b *strings.Builder, c byte, space *bool) {
	if *space {
		b.WriteByte(' ')
		*space = false
	}
	b.WriteByte(c)
}

func foldRune(b *strings.Builder, r rune, space *bool) {
	switch {
	case r < utf8.RuneSelf:
		foldASCII(b, byte(r), space)
	case unicode.Is(unicode.Mn, r):
	case apostrophes[r]:
	case undecomposable[r] != "":
		for _, c := range []byte(undecomposable[r]) {
			writeLetter(b, c, space)
		}
	case unicode.Is(unicode.Pd, r) || unicode.IsSpace(r):
		*space = b.Len() > 0
	default:
		if *space {
			b.WriteByte(' ')
			*space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
}

// apostrophes are the marks written for an apostrophe or a single quote.
var apostrophes = map[rune]bool{
	'’': true, '‘': true, 'ʼ': true, 'ʻ': true, '´': true, '′': true, 'ʹ': true,
}

// undecomposable spells in ASCII the letters that Unicode does not decompose
// into a base letter and a combining mark.
var undecomposable = map[rune]string{
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ß': "ss", 'ẞ': "ss",
	'þ': "th", 'Þ': "th", 'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t",
}
