// Package jsonstring quotes strings as encoding/json does with HTML
// escaping off, without reflection, for the writers of reports and claims
// files, which spend most of their time quoting text otherwise.
package jsonstring

import (
	"math/bits"
	"unicode/utf8"
	"unsafe"

	"github.com/claimlint/claimlint/internal/text"
)

const hexDigits = "0123456789abcdef"

// NeedsEscape returns the high bit of each byte of w that a JSON string may
// not hold as it is, or that begins a code point needing a look: a control
// character, '"', '\\' or a byte of a non-ASCII character. Past the first
// such byte, a string's plain run ends.
func NeedsEscape(w uint64) uint64 {
	return w&text.Highs | text.ControlBytes(w) | text.BytesOf(w, '"') | text.BytesOf(w, '\\')
}

// AppendBytes is Append for bytes, which it reads in place: Append keeps
// nothing of the string it quotes.
func AppendBytes(b, s []byte) []byte {
	return Append(b, unsafe.String(unsafe.SliceData(s), len(s)))
}

// Append appends s quoted as encoding/json quotes it without HTML
// escaping: control characters escaped, invalid UTF-8 as U+FFFD, and U+2028
// and U+2029 escaped for JavaScript.
func Append(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Most text is ASCII that needs no escape: it is passed over eight
		// bytes at a time.
		for i+8 <= len(s) {
			m := NeedsEscape(text.Load8(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
			break
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
