package claimfile

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/claimlint/claimlint/internal/jsonstring"
)

// lineDecoder reads the lines of claims files as claimlint writes them: the
// members of line and of the objects in it, with strings, integers written
// plainly, booleans and arrays of these, each name once. It reads them three
// to four times as fast as the JSON decoder, which reflects on the types of
// every member of every line of an archive's millions. A line it cannot read
// (null, a number with a fraction or an exponent, a name it does not know or
// meets twice, inline suppressions, or broken JSON) is left to the JSON
// decoder, which fills line alike or says what is wrong: FuzzDecodeLine
// holds the two to the same result.
type lineDecoder struct {
	s     []byte
	i     int
	buf   []byte      // a string being unescaped
	short [256]string // strings by a hash of their bytes: see shared

	// What a line holds, filled anew for each line: a claim's line is
	// copied into the claim, and let go.
	line     line
	excerpt  excerpt
	quantity quantity
	count    count
	date     date
	quote    quote
	person   person
	ints     [3]int    // what the excerpt's *int point to
	strings  [2]string // what the excerpt's *string point to
	nInts    int
	nStrings int

	// The path and id of the last line: a document's claims follow each
	// other, and share one copy of what names it.
	path, id string
}

// decode reads text, a line with no white space around it. The line it
// returns, and what it points to, are the decoder's until the next call.
func (d *lineDecoder) decode(text []byte) (*line, bool) {
	d.s, d.i = text, 0
	d.line, d.nInts, d.nStrings = line{}, 0, 0
	l := &d.line
	if !d.object(func(name []byte) uint64 { return d.lineMember(l, name) }) || d.i != len(d.s) {
		return nil, false
	}
	d.path, d.id = l.Path, l.ID
	return l, true
}

// object reads an object, calling read at the value of each of its
// members with the member's name. read reads the value and returns the
// bit of the member among its object's, or 0 when it could not.
func (d *lineDecoder) object(read func(name []byte) uint64) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	var seen uint64
	for {
		d.space()
		name, escaped, ok := d.quoted()
		if !ok || escaped || !d.next(':') {
			return false
		}
		d.space()
		bit := read(name)
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		if d.next('}') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// member is what a member function returns: bit when its value was read.
func member(bit uint64, ok bool) uint64 {
	if !ok {
		return 0
	}
	return bit
}

func (d *lineDecoder) lineMember(l *line, name []byte) uint64 {
	switch string(name) {
	case "kind":
		return member(1<<0, d.str(&l.Kind))
	case "path":
		return member(1<<1, d.strLike(&l.Path, d.path))
	case "id":
		return member(1<<2, d.strLike(&l.ID, d.id))
	case "story":
		return member(1<<3, d.str(&l.Story))
	case "source":
		return member(1<<4, d.str(&l.Source))
	case "published":
		return member(1<<5, d.str(&l.Published))
	case "title":
		return member(1<<6, d.str(&l.Title))
	case "url":
		return member(1<<7, d.str(&l.URL))
	case "format":
		return member(1<<8, d.str(&l.Format))
	case "people":
		return member(1<<9, d.strs(&l.People))
	case "start":
		return member(1<<10, d.integer(&l.Start))
	case "end":
		return member(1<<11, d.integer(&l.End))
	case "line":
		return member(1<<12, d.integer(&l.Line))
	case "column":
		return member(1<<13, d.integer(&l.Column))
	case "text":
		return member(1<<14, d.str(&l.Text))
	case "subject":
		return member(1<<15, d.str(&l.Subject))
	case "key":
		return member(1<<16, d.str(&l.Key))
	case "value":
		return member(1<<17, d.str(&l.Value))
	case "binding":
		return member(1<<18, d.str(&l.Binding))
	case "plain_start":
		return member(1<<19, d.integer(&l.PlainStart))
	case "plain_end":
		return member(1<<20, d.integer(&l.PlainEnd))
	case "excerpt":
		x := &d.excerpt
		*x, l.Excerpt = excerpt{}, x
		return member(1<<21, d.object(func(name []byte) uint64 { return d.excerptMember(x, name) }))
	case "quantity":
		q := &d.quantity
		*q, l.Quantity = quantity{}, q
		return member(1<<22, d.object(func(name []byte) uint64 { return d.quantityMember(q, name) }))
	case "count":
		c := &d.count
		*c, l.Count = count{}, c
		return member(1<<23, d.object(func(name []byte) uint64 { return d.countMember(c, name) }))
	case "date":
		t := &d.date
		*t, l.Date = date{}, t
		return member(1<<24, d.object(func(name []byte) uint64 { return d.dateMember(t, name) }))
	case "quote":
		q := &d.quote
		*q, l.Quote = quote{}, q
		return member(1<<25, d.object(func(name []byte) uint64 { return d.quoteMember(q, name) }))
	case "person":
		p := &d.person
		*p, l.Person = person{}, p
		return member(1<<26, d.object(func(name []byte) uint64 { return d.personMember(p, name) }))
	}
	return 0
}

func (d *lineDecoder) excerptMember(x *excerpt, name []byte) uint64 {
	switch string(name) {
	case "start":
		return member(1<<0, d.intPointer(&x.Start))
	case "text":
		return member(1<<1, d.strPointer(&x.Text))
	case "file_start":
		return member(1<<2, d.intPointer(&x.FileStart))
	case "data":
		return member(1<<3, d.strPointer(&x.Data))
	case "line":
		return member(1<<4, d.integer(&x.Line))
	case "column":
		return member(1<<5, d.integer(&x.Column))
	case "line_start":
		return member(1<<6, d.intPointer(&x.LineStart))
	case "map":
		return member(1<<7, d.runs(&x.Map))
	}
	return 0
}

func (d *lineDecoder) quantityMember(q *quantity, name []byte) uint64 {
	switch string(name) {
	case "start":
		return member(1<<0, d.integer(&q.Start))
	case "end":
		return member(1<<1, d.integer(&q.End))
	case "figure_start":
		return member(1<<2, d.integer(&q.FigureStart))
	case "figure_end":
		return member(1<<3, d.integer(&q.FigureEnd))
	case "kind":
		return member(1<<4, d.byteValue(&q.Kind))
	case "bound":
		return member(1<<5, d.byteValue(&q.Bound))
	case "value":
		return member(1<<6, d.number(&q.Value))
	case "lo":
		return member(1<<7, d.number(&q.Lo))
	case "hi":
		return member(1<<8, d.number(&q.Hi))
	case "currency":
		return member(1<<9, d.str(&q.Currency))
	case "points":
		return member(1<<10, d.boolean(&q.Points))
	case "share":
		return member(1<<11, d.boolean(&q.Share))
	}
	return 0
}

func (d *lineDecoder) countMember(c *count, name []byte) uint64 {
	switch string(name) {
	case "noun":
		return member(1<<0, d.str(&c.Noun))
	case "head":
		return member(1<<1, d.str(&c.Head))
	case "modifiers":
		return member(1<<2, d.strs(&c.Modifiers))
	case "qualifiers":
		return member(1<<3, d.strs(&c.Qualifiers))
	case "event":
		return member(1<<4, d.str(&c.Event))
	case "subset":
		return member(1<<5, d.boolean(&c.Subset))
	case "phrase_end":
		return member(1<<6, d.integer(&c.PhraseEnd))
	case "sentence_start":
		return member(1<<7, d.integer(&c.SentenceStart))
	case "sentence_end":
		return member(1<<8, d.integer(&c.SentenceEnd))
	}
	return 0
}

func (d *lineDecoder) dateMember(t *date, name []byte) uint64 {
	switch string(name) {
	case "start":
		return member(1<<0, d.integer(&t.Start))
	case "end":
		return member(1<<1, d.integer(&t.End))
	case "from":
		return member(1<<2, d.str(&t.From))
	case "to":
		return member(1<<3, d.str(&t.To))
	case "grain":
		return member(1<<4, d.str(&t.Grain))
	case "relative":
		return member(1<<5, d.boolean(&t.Relative))
	case "resolved":
		return member(1<<6, d.boolean(&t.Resolved))
	case "range":
		return member(1<<7, d.boolean(&t.Range))
	}
	return 0
}

func (d *lineDecoder) quoteMember(q *quote, name []byte) uint64 {
	switch string(name) {
	case "text":
		return member(1<<0, d.str(&q.Text))
	case "speaker":
		return member(1<<1, d.str(&q.Speaker))
	case "speaker_start":
		return member(1<<2, d.integer(&q.SpeakerStart))
	case "speaker_end":
		return member(1<<3, d.integer(&q.SpeakerEnd))
	}
	return 0
}

func (d *lineDecoder) personMember(p *person, name []byte) uint64 {
	switch string(name) {
	case "name":
		return member(1<<0, d.str(&p.Name))
	case "title":
		return member(1<<1, d.str(&p.Title))
	case "office":
		return member(1<<2, d.str(&p.Office))
	case "modifiers":
		return member(1<<3, d.strs(&p.Modifiers))
	}
	return 0
}

// space passes over JSON's white space.
func (d *lineDecoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next passes over white space and reports whether c follows, passing
// over it too.
func (d *lineDecoder) next(c byte) bool {
	d.space()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// quoted reads a string: its bytes between the quotes, or with escapes,
// the string with its quotes and escaped reports so.
func (d *lineDecoder) quoted() (raw []byte, escaped, ok bool) {
	s := d.s
	if d.i >= len(s) || s[d.i] != '"' {
		return nil, false, false
	}
	start, ascii := d.i+1, true
	for i := start; i < len(s); {
		// Eight bytes at a time up to a quote, a backslash, a control
		// character or a byte of a multi-byte character.
		for i+8 <= len(s) {
			if m := jsonstring.NeedsEscape(binary.LittleEndian.Uint64(s[i:])); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c == '"':
			d.i = i + 1
			if escaped {
				return s[start-1 : i+1], true, true
			}
			if !ascii && !utf8.Valid(s[start:i]) {
				return nil, false, false
			}
			return s[start:i], false, true
		case c == '\\':
			escaped = true
			i += 2
		case c < ' ':
			return nil, false, false
		case c >= utf8.RuneSelf:
			ascii = false
			i++
		default:
			i++
		}
	}
	return nil, false, false
}

// str reads a string into p.
func (d *lineDecoder) str(p *string) bool {
	raw, escaped, ok := d.quoted()
	switch {
	case !ok:
		return false
	case !escaped:
		*p = d.shared(raw)
		return true
	}
	var err error
	if d.buf, err = jsontext.AppendUnquote(d.buf[:0], raw); err != nil {
		return false // broken escapes, or invalid UTF-8
	}
	*p = string(d.buf)
	return true
}

// shared returns b as a string: the one it returned before for the same
// string when it still has it. The strings of a line often repeat each
// other (a quote's text and value, a person's name and subject), and those
// of a document's lines its keys, offices and grains.
func (d *lineDecoder) shared(b []byte) string {
	if len(b) < 2 || len(b) > 256 {
		return string(b)
	}
	// A hash of the first and last bytes, so that long strings take no
	// longer than short ones.
	var h uint64
	switch {
	case len(b) >= 8:
		h = binary.LittleEndian.Uint64(b) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(b[len(b)-8:]), 31)
	case len(b) >= 4:
		h = uint64(binary.LittleEndian.Uint32(b)) | uint64(binary.LittleEndian.Uint32(b[len(b)-4:]))<<32
	default:
		h = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[len(b)-1])<<16
	}
	slot := &d.short[(h*0x9E3779B97F4A7C15)>>(64-8)]
	if *slot != string(b) {
		*slot = string(b)
	}
	return *slot
}

// strLike reads a string into p, which is last when they are alike.
func (d *lineDecoder) strLike(p *string, last string) bool {
	at := d.i
	if raw, escaped, ok := d.quoted(); ok && !escaped && string(raw) == last {
		*p = last
		return true
	}
	d.i = at
	return d.str(p)
}

func (d *lineDecoder) strPointer(p **string) bool {
	if d.nStrings == len(d.strings) {
		return false
	}
	s := &d.strings[d.nStrings]
	if !d.str(s) {
		return false
	}
	*p = s
	d.nStrings++
	return true
}

// array reads an array, calling read at each of its values, which reads
// the value and reports whether it could.
func (d *lineDecoder) array(read func() bool) bool {
	if !d.next('[') {
		return false
	}
	for k := 0; !d.next(']'); k++ {
		if k > 0 && !d.next(',') {
			return false
		}
		d.space()
		if !read() {
			return false
		}
	}
	return true
}

// strs reads an array of strings into p, which is empty but not nil when
// the array is.
func (d *lineDecoder) strs(p *[]string) bool {
	out := []string{}
	ok := d.array(func() bool {
		var s string
		ok := d.str(&s)
		out = append(out, s)
		return ok
	})
	*p = out
	return ok
}

// integer reads an integer written plainly, of up to 18 digits, into p.
func (d *lineDecoder) integer(p *int) bool {
	s, i := d.s, d.i
	neg := i < len(s) && s[i] == '-'
	if neg {
		i++
	}
	start := i
	n := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		n = 10*n + int(s[i]-'0')
		i++
	}
	digits := i - start
	if digits == 0 || digits > 18 || digits > 1 && s[start] == '0' || neg && n == 0 || !d.endsValue(i) {
		return false
	}
	if neg {
		n = -n
	}
	*p, d.i = n, i
	return true
}

// endsValue reports whether a number or literal that goes up to i ends
// there: what follows is white space, a comma, a closing bracket or brace,
// or nothing.
func (d *lineDecoder) endsValue(i int) bool {
	if i == len(d.s) {
		return true
	}
	switch d.s[i] {
	case ' ', '\t', '\n', '\r', ',', '}', ']':
		return true
	}
	return false
}

func (d *lineDecoder) intPointer(p **int) bool {
	if d.nInts == len(d.ints) {
		return false
	}
	n := &d.ints[d.nInts]
	if !d.integer(n) {
		return false
	}
	*p = n
	d.nInts++
	return true
}

// byteValue reads an integer from 0 to 255 into p.
func (d *lineDecoder) byteValue(p *uint8) bool {
	var n int
	if !d.integer(&n) || n < 0 || n > 255 {
		return false
	}
	*p = uint8(n)
	return true
}

func (d *lineDecoder) number(p *number) bool {
	raw, escaped, ok := d.quoted()
	if !ok || escaped {
		return false
	}
	return p.UnmarshalText(raw) == nil
}

func (d *lineDecoder) boolean(p *bool) bool {
	for _, lit := range [...]struct {
		word  string
		value bool
	}{{"true", true}, {"false", false}} {
		if end := d.i + len(lit.word); end <= len(d.s) && string(d.s[d.i:end]) == lit.word && d.endsValue(end) {
			*p, d.i = lit.value, end
			return true
		}
	}
	return false
}

// runs reads an array of runs, each an array of four integers, into p,
// which is empty but not nil when the array is.
func (d *lineDecoder) runs(p *[]run) bool {
	out := []run{}
	ok := d.array(func() bool {
		var r run
		n := 0 // the integers read into r
		ok := d.array(func() bool {
			if n == len(r) {
				return false
			}
			n++
			return d.integer(&r[n-1])
		}) && n == len(r)
		out = append(out, r)
		return ok
	})
	*p = out
	return ok
}
