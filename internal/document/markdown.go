package document

import (
	"html"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdownParser is the CommonMark parser, without extensions: the text of
// a table or a footnote still reads as a paragraph.
var markdownParser = goldmark.New().Parser()

// flattenMarkdown makes the plain text of a Markdown document whose body
// starts at offset body: the text of its paragraphs, headings, list items
// and block quotes, one block a line, without markup.
func flattenMarkdown(d *Document, body int, repair bool) {
	src := d.File.Data[body:]
	root := markdownParser.Parse(text.NewReader(src))
	m := mdFlattener{b: newBuilder(d.File.Data, len(src), 64, repair), base: body}
	m.block(root)
	m.b.finish(d, len(d.File.Data))
}

type mdFlattener struct {
	b    *builder
	base int // offset in the file of the Markdown source
	// needBreak is set at the end of a block: the next text begins a line.
	needBreak bool
}

// block flattens the children of the block node n.
func (m *mdFlattener) block(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Type() {
		case ast.TypeInline:
			m.inline(c)
		case ast.TypeBlock:
			switch c.Kind() {
			case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
				// Code and raw HTML are not prose.
			default:
				m.block(c)
			}
			m.needBreak = true
		}
	}
}

// inline flattens the inline node n: text is kept, markup dropped.
func (m *mdFlattener) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		m.text(n)
	case *ast.Image, *ast.RawHTML, *ast.AutoLink:
		// An image's alt text, raw HTML and bare URLs are not prose.
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			m.inline(c)
		}
	}
}

// startText begins a run of text, first ending the line if a block ended.
func (m *mdFlattener) startText() {
	if m.needBreak && m.b.len() > 0 && m.b.lastByte() != '\n' {
		m.b.insert("\n", m.b.fileEnd())
	}
	m.needBreak = false
}

func (m *mdFlattener) text(n *ast.Text) {
	start, stop := m.base+n.Segment.Start, m.base+n.Segment.Stop
	if start < stop {
		m.startText()
		if n.IsRaw() {
			m.raw(start, stop)
		} else {
			m.unescape(start, stop)
		}
	}
	switch {
	case n.HardLineBreak():
		m.startText()
		m.b.insert("\n", m.b.fileEnd())
	case n.SoftLineBreak():
		// A line wrapped in the source is one line of prose.
		m.startText()
		m.b.insert(" ", m.b.fileEnd())
	}
}

// raw copies the text of a code span, where a line ending reads as a space.
func (m *mdFlattener) raw(start, stop int) {
	src := m.b.src
	run := start
	for i := start; i < stop; i++ {
		if c := src[i]; c == '\n' || c == '\r' {
			m.b.copy(run, i)
			m.b.replace(" ", i, i+1)
			run = i + 1
		}
	}
	m.b.copy(run, stop)
}

// unescape copies text, decoding backslash escapes and entity references.
func (m *mdFlattener) unescape(start, stop int) {
	src := m.b.src
	run := start
	for i := start; i < stop; i++ {
		switch c := src[i]; c {
		case '\\':
			if i+1 < stop && isASCIIPunct(src[i+1]) {
				m.b.copy(run, i)
				m.b.replace(string(src[i+1:i+2]), i, i+2)
				i++
				run = i + 1
			}
		case '&':
			if s, n := decodeEntity(src[i:stop], true); n > 0 {
				m.b.copy(run, i)
				m.b.replace(s, i, i+n)
				i += n - 1
				run = i + 1
			}
		case 0:
			m.b.copy(run, i)
			m.b.replace("\uFFFD", i, i+1)
			run = i + 1
		}
	}
	m.b.copy(run, stop)
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// maxEntity is the length of the longest character reference worth trying,
// "&CounterClockwiseContourIntegral;" being the longest name.
const maxEntity = 40

// decodeEntity decodes the character reference that src begins with, such as
// "&amp;" or "&#8217;", returning its text and length in src, or a length of
// 0 when src does not begin with one. Unless semicolon is set, the legacy
// references that HTML reads without a closing semicolon count too.
func decodeEntity(src []byte, semicolon bool) (string, int) {
	end := 1
	for end < len(src) && end < maxEntity && isEntityByte(src[end]) {
		end++
	}
	if end < len(src) && src[end] == ';' {
		ref := string(src[:end+1])
		if s := html.UnescapeString(ref); s != ref {
			return s, end + 1
		}
	}
	if semicolon || end == 1 {
		return "", 0
	}
	// The shortest prefix that decodes while leaving the rest as it was is
	// the reference: "&ampx" is "&" and "x".
	ref := string(src[:end])
	whole := html.UnescapeString(ref)
	if whole == ref {
		return "", 0
	}
	for n := 2; n <= end; n++ {
		s := html.UnescapeString(ref[:n])
		if s != ref[:n] && s+ref[n:] == whole {
			return s, n
		}
	}
	return "", 0
}

func isEntityByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}
