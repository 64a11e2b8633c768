package numparse

import (
	"math"
	"strconv"
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
	// short first group ("1 234 567", "40 000").
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
				if j+n+3 < len(s) && (isWordByte(s[j+n+3]) || s[j+n+3] == '/') {
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
	// A decimal part, unless a second dot follows ("192.168.1.2").
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if !(k+1 < len(s) && s[k] == '.' && isDigit(s[k+1])) {
			for m := j + 1; m < k; m++ {
				a.add(s[m], true)
			}
			j = k
			d.decimal = true
		}
	}
	d.val = a.value(s, i, j)
	d.scale = 1
	// A fraction "3/4", or a date "5/17/2018".
	if !d.decimal && !d.grouped && j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) {
		k := j + 1
		den := 0.0
		for k < len(s) && isDigit(s[k]) {
			den = den*10 + float64(s[k]-'0')
			k++
		}
		if k < len(s) && (s[k] == '/' || s[k] == '-') || den == 0 || !boundaryAt(s, k) {
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
		k := j + 1
		neg := false
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			neg = s[k] == '-'
			k++
		}
		e0 := k
		exp := 0
		for k < len(s) && isDigit(s[k]) && k-e0 < 3 {
			exp = exp*10 + int(s[k]-'0')
			k++
		}
		if k > e0 && boundaryAt(s, k) {
			if neg {
				exp = -exp
			}
			d.val *= math.Pow(10, float64(exp))
			d.end, d.decimal = k, true
			return d
		}
	}
	if j < len(s) && s[j] == '^' {
		k := j + 1
		neg := false
		for k < len(s) && (s[k] == '+' || s[k] == '-') {
			if s[k] == '-' {
				neg = !neg
			}
			k++
		}
		e0 := k
		exp := 0
		for k < len(s) && isDigit(s[k]) && k-e0 < 3 {
			exp = exp*10 + int(s[k]-'0')
			k++
		}
		if k > e0 && boundaryAt(s, k) {
			if neg {
				exp = -exp
			}
			d.val = math.Pow(d.val, float64(exp))
			d.end, d.decimal = k, true
			return d
		}
	}
	d.end = j
	if j < len(s) && isLetter(s[j]) {
		e := letterEnd(s, j)
		if !boundaryAt(s, e) {
			d.end, d.glued = alnumEnd(s, e), true
			return d
		}
		d.end = e
		if scale, ok := suffixScale(s, j, e, d.decimal || money); ok {
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
// sprint") unless the figure is money.
func suffixScale(s string, a, b int, loose bool) (float64, bool) {
	if b-a == 1 && s[a] == 'm' && !loose {
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

func isOrdinalSuffix(s string, a, b int) bool {
	return wordIsAny(s, a, b, "st", "nd", "rd", "th")
}
