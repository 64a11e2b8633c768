package numparse

import (
	"math"
	"strconv"

	"github.com/claimlint/claimlint/internal/text"
)

// digitFigure is a figure written in digits.
type digitFigure struct {
	val      float64
	end      int
	digits   int  // digits before the decimal point
	grouped  bool // thousands separators
	decimal  bool // a decimal point or an exponent
	scale    float64
	ordinal  bool // "21st"
	fraction bool // "3/4", "2 1/4"
	// glued marks a figure glued to letters that are no suffix ("180ml",
	// "1990s"), or a date written with slashes: not a quantity.
	glued bool
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
	1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// accum reads the digits of s[a:b], skipping separators, into a mantissa
// and a count of decimals; long figures fall back to strconv.
type accum struct {
	mant     uint64
	decimals int
	n        int
	overflow bool
}

func (a *accum) add(c byte, decimal bool) {
	if a.n >= 18 {
		a.overflow = true
		return
	}
	a.mant = a.mant*10 + uint64(c-'0')
	a.n++
	if decimal {
		a.decimals++
	}
}

func (a *accum) value(s string, start, end int) float64 {
	if !a.overflow {
		return float64(a.mant) / pow10[a.decimals]
	}
	var buf [64]byte
	b := buf[:0]
	for k := start; k < end && len(b) < len(buf); k++ {
		if isDigit(s[k]) || s[k] == '.' {
			b = append(b, s[k])
		}
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

// parseDigits reads the figure in digits at i ("1,200", "2.5", ".08",
// "1.2m", "100K", "21st", "3/4", "1.3e6"). money says a currency sign came
// before, so that "m" after a whole number means million.
func parseDigits(s string, i int, money bool) digitFigure {
	var d digitFigure
	var a accum
	j := i
	for j < len(s) && isDigit(s[j]) {
		a.add(s[j], false)
		j++
	}
	d.digits = j - i
	// Thousands separators: commas, or spaces in groups of three after a
	// short first group ("1 234 567", "40 000"); or the Indian grouping in
	// lakhs and crores ("12,34,567").
	if d.digits > 0 && d.digits <= 2 {
		if k := indianGroups(s, j); k > j {
			for m := j; m < k; m++ {
				if isDigit(s[m]) {
					a.add(s[m], false)
					d.digits++
				}
			}
			j = k
			d.grouped = true
		}
	}
	if d.digits > 0 && d.digits <= 3 {
		sep := 0
		for {
			n := 0
			if j < len(s) && s[j] == ',' {
				n = 1
			} else if j < len(s) && s[j] != '\t' {
				n = spaceLen(s, j)
			}
			if n == 0 || sep != 0 && sep != n || j+n+3 > len(s) ||
				!isDigit(s[j+n]) || !isDigit(s[j+n+1]) || !isDigit(s[j+n+2]) ||
				j+n+3 < len(s) && isDigit(s[j+n+3]) {
				break
			}
			if n != 1 || s[j] != ',' {
				if x := j + n + 3; x < len(s) && (isLetter(s[x]) || s[x] == '/') {
					break
				}
			}
			if sep == 0 {
				sep = n
			}
			for k := j + n; k < j+n+3; k++ {
				a.add(s[k], false)
			}
			j += n + 3
			d.digits += 3
			d.grouped = true
		}
	}
	// A decimal part, unless a second dot follows or came before ("192.168.1.2").
	dotted := i > 1 && s[i-1] == '.' && isDigit(s[i-2])
	if !dotted && j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k+1 >= len(s) || s[k] != '.' || !isDigit(s[k+1]) {
			for m := j + 1; m < k; m++ {
				a.add(s[m], true)
			}
			j = k
			d.decimal = true
		}
	}
	d.val = a.value(s, i, j)
	d.scale = 1
	// A decimal comma "1,3", "5,00": one or two digits after a comma that
	// neither a list nor a thousands group explains.
	if !d.decimal && !d.grouped && d.digits <= 3 && j+1 < len(s) && s[j] == ',' && isDigit(s[j+1]) &&
		(i <= 1 || s[i-1] != ',' || !isDigit(s[i-2])) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j-1 <= 2 && boundaryAt(s, k) && (k+1 >= len(s) || s[k] != ',' || !isDigit(s[k+1])) {
			for m := j + 1; m < k; m++ {
				a.add(s[m], true)
			}
			j = k
			d.decimal = true
			d.val = a.value(s, i, j)
		}
	}
	// Scientific notation "1.3x10^6".
	if hasPrefixFold(s, j, "x10^") || hasPrefixFold(s, j, "×10^") {
		k := j + len("x10^")
		if s[j] != 'x' {
			k = j + len("×10^")
		}
		if exp, end, ok := readExponent(s, k, false); ok {
			d.val *= math.Pow(10, float64(exp))
			d.end, d.decimal = end, true
			return d
		}
	}
	// A fraction "3/4", or a date "5/17/2018".
	if !d.decimal && !d.grouped && j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) {
		k := j + 1
		den := 0.0
		for k < len(s) && isDigit(s[k]) {
			den = den*10 + float64(s[k]-'0')
			k++
		}
		// Only the denominators of measures and shares make a fraction:
		// "9/11", "24/7" and "50/50" are names.
		if k < len(s) && (s[k] == '/' || s[k] == '-') || !commonDenominator(den) || d.val >= den || !boundaryAt(s, k) {
			for k < len(s) && (isDigit(s[k]) || s[k] == '/' || s[k] == '-') {
				k++
			}
			d.end, d.glued = k, true
			return d
		}
		d.val /= den
		d.fraction, d.end = true, k
		return d
	}
	// A mixed number "2 1/4".
	if !d.decimal && !d.grouped && d.digits <= 3 {
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k > j && k+2 < len(s) && isDigit(s[k]) && s[k+1] == '/' && isDigit(s[k+2]) &&
			boundaryAt(s, k+3) && s[k] < s[k+2] {
			d.val += float64(s[k]-'0') / float64(s[k+2]-'0')
			d.fraction, d.end = true, k+3
			return d
		}
	}
	// An exponent "1.3e6", "12.32e+14", or a power "1.1^23".
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		if exp, end, ok := readExponent(s, j+1, false); ok {
			d.val *= math.Pow(10, float64(exp))
			d.end, d.decimal = end, true
			return d
		}
	}
	if j < len(s) && s[j] == '^' {
		if exp, end, ok := readExponent(s, j+1, true); ok {
			d.val = math.Pow(d.val, float64(exp))
			d.end, d.decimal = end, true
			return d
		}
	}
	d.end = j
	// A scale letter after a space, on a figure that cannot be a count of
	// metres or grams: "2.33 k", "1,674.5 G".
	if (d.decimal || d.grouped) && j+2 <= len(s) && s[j] == ' ' && boundaryAt(s, j+2) &&
		(j+2 >= len(s) || s[j+2] != '.' && s[j+2] != '\'') {
		if scale := spacedScale(s[j+1]); scale != 0 {
			d.val *= scale
			d.scale, d.end = scale, j+2
			return d
		}
	}
	if j < len(s) && isLetter(s[j]) {
		e := text.LetterRunEnd(s, j)
		if !boundaryAt(s, e) {
			d.end, d.glued = alnumEnd(s, e), true
			return d
		}
		d.end = e
		if e-j == 3 && isUpper(s[j]) && isUpper(s[j+1]) && isUpper(s[j+2]) && lookup(s, j, e).class == wCurrency {
			d.end = j // "115USD": the code is read as the currency after the amount
			return d
		}
		if e-j == 1 && s[j] == 'G' && d.val >= 10 && !d.decimal {
			d.val *= 1e9
			d.scale = 1e9
			return d
		}
		if scale, ok := suffixScale(s, j, e, d.decimal, money); ok {
			d.scale = scale
			d.val *= scale
			return d
		}
		if !d.decimal && !d.grouped && isOrdinalSuffix(s, j, e) {
			d.ordinal = true
			return d
		}
		d.glued = true
		return d
	}
	return d
}

// suffixScale reads the scale letters glued to a figure: "100K", "1.2m",
// "3.1bn", "1MM". A lower-case "m" after a whole number is metres ("100m
// sprint") unless the figure is money, and a lower-case "mm" millimetres
// ("7.62mm rifle") unless it is.
func suffixScale(s string, a, b int, decimal, money bool) (float64, bool) {
	if s[a] == 'm' && (b-a == 1 && !decimal && !money || b-a == 2 && s[a+1] == 'm' && !money) {
		return 0, false
	}
	switch {
	case wordIsAny(s, a, b, "k"):
		return 1e3, true
	case wordIsAny(s, a, b, "m", "mm", "mn", "mil", "mln"):
		return 1e6, true
	case wordIsAny(s, a, b, "b", "bn", "bln"):
		return 1e9, true
	case wordIsAny(s, a, b, "tn", "tln", "trn"):
		return 1e12, true
	}
	return 0, false
}

// commonDenominator reports whether a fraction in digits may have den below
// the line.
func commonDenominator(den float64) bool {
	switch den { // "3/10" and "5/12" are more often dates
	case 2, 3, 4, 5, 6, 8, 16, 32:
		return true
	}
	return false
}

// spacedScale is the scale of a letter written apart from a figure.
func spacedScale(c byte) float64 {
	switch c {
	case 'k', 'K':
		return 1e3
	case 'M':
		return 1e6
	case 'G', 'B':
		return 1e9
	}
	return 0
}

// indianGroups returns the end of a lakh-and-crore grouping at j: pairs of
// digits then a final group of three (",34,567"), or j when there is none.
func indianGroups(s string, j int) int {
	k, pairs := j, 0
	for k+3 < len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) && s[k+3] == ',' {
		k += 3
		pairs++
	}
	if pairs == 0 || k+4 > len(s) || s[k] != ',' || !isDigit(s[k+1]) || !isDigit(s[k+2]) || !isDigit(s[k+3]) ||
		k+4 < len(s) && isDigit(s[k+4]) {
		return j
	}
	return k + 4
}

func isOrdinalSuffix(s string, a, b int) bool {
	return wordIsAny(s, a, b, "st", "nd", "rd", "th")
}

// readExponent reads the exponent of "1.3e-6", "2×10^9" or "1.1^23" at s[k:]:
// a sign (a run of them, each minus flipping it, when signs is set) and up to
// three digits that end the number. ok is false when no digit follows or the
// number goes on.
func readExponent(s string, k int, signs bool) (exp, end int, ok bool) {
	neg := false
	for k < len(s) && (s[k] == '+' || s[k] == '-') {
		if s[k] == '-' {
			neg = !neg
		}
		k++
		if !signs {
			break
		}
	}
	e0 := k
	for k < len(s) && isDigit(s[k]) && k-e0 < 3 {
		exp = exp*10 + int(s[k]-'0')
		k++
	}
	if k == e0 || !boundaryAt(s, k) {
		return 0, k, false
	}
	if neg {
		exp = -exp
	}
	return exp, k, true
}
