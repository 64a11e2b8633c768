package document

import (
	"bytes"
	"cmp"
	"encoding/json"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
)

// blockElements are the HTML elements that begin and end a line of text.
var blockElements = setOf("address", "article", "aside", "blockquote", "body", "br", "caption", "center",
	"dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "ol",
	"p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul")

// skippedElements hold no prose of the article: their text is dropped.
var skippedElements = setOf("script", "style", "nav", "noscript", "template", "svg", "math",
	"iframe", "object", "select", "button", "textarea")

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// Meta tags that name a document's outlet, date, title and address, by the
// value of their property, name or itemprop attribute. A lower rank wins.
var (
	sourceMeta    = rankOf("og:site_name", "application-name", "publisher", "dc.publisher")
	publishedMeta = rankOf("article:published_time", "og:published_time", "datepublished", "date",
		"pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dc.date",
		"dcterms.created", "sailthru.date", "parsely-pub-date")
	titleMeta = rankOf("og:title", "twitter:title", "dc.title")
	urlMeta   = rankOf("og:url", "canonical")
)

func rankOf(names ...string) map[string]int {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i + 1
	}
	return m
}

// flattenHTML makes the plain text of an HTML document whose body starts at
// offset body: the text of its elements with whitespace collapsed as a
// browser shows it, one block a line, entities decoded; scripts, styles,
// navigation and comments dropped. Its meta tags fill the document's fields.
func flattenHTML(d *Document, body int, repair bool) {
	data := d.File.Data
	h := htmlFlattener{b: newBuilder(data, len(data)-body, 256, repair), breakAt: -1, spaceAt: -1}
	z := xhtml.NewTokenizer(bytes.NewReader(data[body:]))
	pos := body
	var title strings.Builder
	inTitle, inJSONLD := false, false
	for {
		tt := z.Next()
		raw := len(z.Raw())
		start := pos
		pos += raw
		switch tt {
		case xhtml.ErrorToken:
			h.b.finish(d, len(data))
			h.meta.title = cmp.Or(h.meta.title, strings.Join(strings.Fields(title.String()), " "))
			d.apply(h.meta.meta())
			return
		case xhtml.TextToken:
			switch {
			case inJSONLD:
				h.meta.readJSONLD(data[start:pos])
			case inTitle:
				title.WriteString(html.UnescapeString(string(data[start:pos])))
			case h.skipping == "":
				h.text(start, pos)
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta", "link":
				if hasAttr && tt != xhtml.EndTagToken {
					h.meta.read(z)
				}
			case "script":
				inJSONLD = hasAttr && tt == xhtml.StartTagToken && isJSONLD(z)
			case "title":
				if h.skipping == "" {
					inTitle = tt == xhtml.StartTagToken
				}
			}
			h.tag(name, tt, start)
		}
	}
}

type htmlFlattener struct {
	b *builder
	// skipping is the name of the element whose content is being dropped,
	// nested skipDepth deep.
	skipping  string
	skipDepth int
	// breakAt is the file offset of the tag that ended a line, and spaceAt
	// and spaceEnd the source of whitespace; each is written, or dropped,
	// before the next text. They are -1 when there is none.
	breakAt, spaceAt, spaceEnd int
	meta                       htmlMeta
}

// tag handles an element's start or end tag found at the file offset at.
func (h *htmlFlattener) tag(name []byte, tt xhtml.TokenType, at int) {
	if h.skipping != "" {
		if string(name) == h.skipping && tt == xhtml.StartTagToken {
			h.skipDepth++
		} else if string(name) == h.skipping && tt == xhtml.EndTagToken {
			h.skipDepth--
			if h.skipDepth == 0 {
				h.skipping = ""
			}
		}
		return
	}
	if skippedElements[string(name)] && tt == xhtml.StartTagToken {
		h.skipping, h.skipDepth = string(name), 1
		return
	}
	if blockElements[string(name)] && h.breakAt < 0 {
		h.breakAt = at
	}
}

// text copies the text token src[start:end], collapsing runs of whitespace
// into one space and decoding character references.
func (h *htmlFlattener) text(start, end int) {
	src := h.b.src
	run := start
	for i := start; i < end; {
		c := src[i]
		switch {
		case isHTMLSpace(c):
			j := i + 1
			for j < end && isHTMLSpace(src[j]) {
				j++
			}
			if c == ' ' && j == i+1 && run < i && j < end {
				// A single space between words is already as shown.
				i++
				continue
			}
			h.copy(run, i)
			if h.spaceAt < 0 {
				h.spaceAt, h.spaceEnd = i, j
			}
			i, run = j, j
		case c == '&':
			s, n := decodeEntity(src[i:end], false)
			if n == 0 {
				i++
				continue
			}
			h.copy(run, i)
			h.flush()
			h.b.replace(s, i, i+n)
			i += n
			run = i
		case c == 0:
			h.copy(run, i)
			h.flush()
			h.b.replace("\uFFFD", i, i+1)
			i++
			run = i
		default:
			i++
		}
	}
	h.copy(run, end)
}

// copy writes the run of visible text src[start:end] after any pending
// line break or space.
func (h *htmlFlattener) copy(start, end int) {
	if start < end {
		h.flush()
		h.b.copy(start, end)
	}
}

// flush writes the pending line break or, failing that, the pending space,
// unless the text is at the start of a line.
func (h *htmlFlattener) flush() {
	atLineStart := h.b.len() == 0 || h.b.lastByte() == '\n'
	switch {
	case h.breakAt >= 0 && !atLineStart:
		h.b.insert("\n", max(h.breakAt, h.b.fileEnd()))
	case h.spaceAt >= 0 && !atLineStart:
		if h.spaceEnd-h.spaceAt == 1 && h.b.src[h.spaceAt] == ' ' {
			h.b.copy(h.spaceAt, h.spaceEnd)
		} else {
			h.b.replace(" ", h.spaceAt, h.spaceEnd)
		}
	}
	h.breakAt, h.spaceAt = -1, -1
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// htmlMeta is what the meta tags of a page say, with the rank of the tag
// each field came from.
type htmlMeta struct {
	source, published, title, url                 string
	sourceRank, publishedRank, titleRank, urlRank int
}

// read takes the attributes of a <meta> or <link> tag.
func (m *htmlMeta) read(z *xhtml.Tokenizer) {
	var key, content, rel, href string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "property", "name", "itemprop":
			key = strings.ToLower(string(v))
		case "content":
			content = strings.TrimSpace(string(v))
		case "rel":
			rel = strings.ToLower(string(v))
		case "href":
			href = strings.TrimSpace(string(v))
		}
		if !more {
			break
		}
	}
	if rel == "canonical" {
		key, content = "canonical", href
	}
	if content == "" {
		return
	}
	keep(&m.source, &m.sourceRank, sourceMeta[key], content)
	keep(&m.published, &m.publishedRank, publishedMeta[key], content)
	keep(&m.title, &m.titleRank, titleMeta[key], content)
	keep(&m.url, &m.urlRank, urlMeta[key], content)
}

// isJSONLD reads the attributes of a <script> tag: whether it holds a
// schema.org description of the page.
func isJSONLD(z *xhtml.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "type" {
			return strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json")
		}
		if !more {
			return false
		}
	}
}

// jsonLDRank is the rank of what a schema.org description says: below
// every meta tag, which pages keep more carefully.
const jsonLDRank = 100

// readJSONLD takes what a schema.org description of the page says: its
// headline, publication date and publisher.
func (m *htmlMeta) readJSONLD(src []byte) {
	var v any
	if json.Unmarshal(src, &v) == nil {
		m.walkJSONLD(v, 0)
	}
}

// maxJSONLDDepth bounds the search for the page's description among the
// nodes of a schema.org graph.
const maxJSONLDDepth = 4

func (m *htmlMeta) walkJSONLD(v any, depth int) {
	if depth > maxJSONLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			m.walkJSONLD(e, depth+1)
		}
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok {
			keep(&m.published, &m.publishedRank, jsonLDRank, s)
		}
		if s, ok := v["headline"].(string); ok {
			keep(&m.title, &m.titleRank, jsonLDRank, strings.TrimSpace(s))
		}
		if publisher, ok := v["publisher"].(map[string]any); ok {
			if s, ok := publisher["name"].(string); ok {
				keep(&m.source, &m.sourceRank, jsonLDRank, strings.TrimSpace(s))
			}
		}
		if graph, ok := v["@graph"]; ok {
			m.walkJSONLD(graph, depth+1)
		}
	}
}

// keep sets *field to value when rank is better than *best.
func keep(field *string, best *int, rank int, value string) {
	if rank > 0 && value != "" && (*best == 0 || rank < *best) {
		*field, *best = value, rank
	}
}

// meta is the page's own account of itself. A date the page writes in a way
// that cannot be read is left unknown: a web page is not the user's to fix.
func (m *htmlMeta) meta() meta {
	out := meta{source: m.source, title: m.title, url: m.url}
	if t, ok := parseDate(m.published); ok {
		out.published = t
	}
	return out
}
