package document

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFiles creates files (path relative to a new temporary folder, and
// contents) and returns the folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadOne loads one file of the given name and content, which must hold one
// document, and checks its map.
func loadOne(t *testing.T, name, content string) *Document {
	t.Helper()
	dir := writeFiles(t, map[string]string{name: content})
	docs, warnings, err := Load([]string{filepath.Join(dir, name)}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(warnings) != 0 {
		t.Fatalf("got %d documents and warnings %v, want 1 document", len(docs), warnings)
	}
	checkDocument(t, docs[0])
	return docs[0]
}

// checkFound verifies that word occurs in d.Text and maps to the same bytes
// in the file at the given line and column.
func checkFound(t *testing.T, d *Document, word string, want Position) {
	t.Helper()
	i := strings.Index(d.Text, word)
	if i < 0 {
		t.Fatalf("%q not in text %q", word, d.Text)
	}
	fs, fe := d.Span(i, i+len(word))
	if got := string(d.File.Data[fs:fe]); got != word {
		t.Errorf("%q maps to %q", word, got)
	}
	if got := d.File.Position(fs); got != want {
		t.Errorf("%q at %+v, want %+v", word, got, want)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestLoadText(t *testing.T) {
	d := loadOne(t, "river-post.txt", "---\nsource: River Post\npublished: 2025-03-14\ntitle: Dam holds\nurl: https://example.org/dam\n---\nThe dam held overnight.\nEngineer Ida Vos said 12 gates opened.\n")
	if d.Source != "River Post" || d.Title != "Dam holds" || d.URL != "https://example.org/dam" || !d.Published.Equal(day(2025, 3, 14)) {
		t.Errorf("metadata: %+v", d)
	}
	if d.Format != FormatText || d.Text != "The dam held overnight.\nEngineer Ida Vos said 12 gates opened.\n" {
		t.Errorf("text %q", d.Text)
	}
	checkFound(t, d, "12 gates", Position{Line: 8, Column: 23})

	d = loadOne(t, "notes.txt", "No front matter here.")
	if d.Source != "notes" || !d.Published.IsZero() || d.ID != d.Path() {
		t.Errorf("defaults: %+v", d)
	}
}

func TestLoadPublishedOption(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": "Undated.",
		"b.txt": "---\npublished: 2024-12-31T23:00:00-05:00\n---\nDated.",
	})
	docs, _, err := Load([]string{dir}, nil, Options{Published: day(2025, 1, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if !docs[0].Published.Equal(day(2025, 1, 2)) {
		t.Errorf("a.txt published %v", docs[0].Published)
	}
	if want := time.Date(2025, 1, 1, 4, 0, 0, 0, time.UTC); !docs[1].Published.Equal(want) {
		t.Errorf("b.txt published %v, want %v", docs[1].Published, want)
	}
}

func TestLoadMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"blocks", "# Flood *warning*\n\nRain fell for **three** days.\nRivers rose.\n\n## Damage\n\n- 40 homes\n- two bridges\n",
			"Flood warning\nRain fell for three days. Rivers rose.\nDamage\n40 homes\ntwo bridges"},
		{"links and code", "See [the report](https://example.org) and `table 3`, or <https://example.org>.",
			"See the report and table 3, or ."},
		{"escapes and entities", `Costs rose 5\% &amp; fees &#8212; \*all\* of them.`,
			"Costs rose 5% & fees \u2014 *all* of them."},
		{"block quote", "> \"We are ready,\" said Chief Ana Bell.\n> Nobody left.\n", "\"We are ready,\" said Chief Ana Bell. Nobody left."},
		{"hard break", "First line  \nsecond line\\\nthird", "First line\nsecond line\nthird"},
		{"code block and html dropped", "Before.\n\n```\nx := 1\n```\n\n<div>raw</div>\n\n---\n\nAfter.", "Before.\nAfter."},
		{"image dropped", "A ![a chart](c.png) here.", "A  here."},
		{"nested list", "- first\n  - inner *one*\n- second\n\n1. Ordered\n2) list", "first\ninner one\nsecond\nOrdered\nlist"},
		{"closed heading and indented continuation", "## Title ##\nwrapped\n    line   \nend", "Title\nwrapped line\nend"},
		{"reference link", "Read [the memo][m] today.\n\n[m]: https://example.org \"Memo\"\n", "Read the memo today."},
		{"intraword", "snake_case_name and 2*3*4", "snake_case_name and 234"},
		{"windows line endings", "Line one\r\nline two\r\n\r\n# Head\r\n", "Line one line two\nHead"},
		{"setext heading", "Budget Passes\n=============\nBy 52 votes.", "Budget Passes\nBy 52 votes."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "story.md", tt.in)
			if d.Text != tt.want {
				t.Errorf("text\n got %q\nwant %q", d.Text, tt.want)
			}
		})
	}
}

func TestLoadMarkdownPositions(t *testing.T) {
	d := loadOne(t, "story.markdown", "---\ntitle: Vote\n---\n# Council *votes*\n\nThe council voted **7 to 2** on Tuesday.\n")
	if d.Format != FormatMarkdown || d.Title != "Vote" {
		t.Errorf("format %q title %q", d.Format, d.Title)
	}
	checkFound(t, d, "votes", Position{Line: 4, Column: 12})
	checkFound(t, d, "7 to 2", Position{Line: 6, Column: 21})
	// A range across markup spans the markup.
	i := strings.Index(d.Text, "voted 7")
	fs, fe := d.Span(i, i+len("voted 7"))
	if got := string(d.File.Data[fs:fe]); got != "voted **7" {
		t.Errorf("span across emphasis = %q", got)
	}
}

func TestLoadHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
		meta           meta
	}{
		{"page", `<!DOCTYPE html><html><head><title>Storm &amp; flood | Gazette</title>
<meta property="og:site_name" content="Valley Gazette">
<meta property="article:published_time" content="2025-08-09T14:30:00Z">
<meta property="og:title" content="Storm and flood">
<link rel="canonical" href="https://example.org/storm">
<style>p { color: red }</style><script>var n = "1 < 2";</script></head>
<body><nav><a href="/">Home</a></nav><h1>Storm   hits</h1>
<p>Winds of 90&nbsp;mph
   toppled <b>trees</b>.<br>Crews&#8217; work went on.</p><!-- ad --><p>Caf&eacute; closed &amp;c</p></body></html>`,
			"Storm hits\nWinds of 90\u00a0mph toppled trees.\nCrews\u2019 work went on.\nCafé closed &c",
			meta{source: "Valley Gazette", title: "Storm and flood", url: "https://example.org/storm", published: time.Date(2025, 8, 9, 14, 30, 0, 0, time.UTC)}},
		{"title tag and date meta", `<html><head><title> Plain
 title </title><meta name="date" content="2025-02-03"></head><body>Text.</body></html>`,
			"Text.", meta{title: "Plain title", published: day(2025, 2, 3), source: "page"}},
		{"schema.org", `<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle", "headline": "Fire Contained", "datePublished": "2025-07-04T08:00:00Z",
"publisher": {"@type": "Organization", "name": "Hill Courier"}}]}</script>
<meta name="pubdate" content="2025-07-05"></head><body><p>Crews won.</p></body></html>`,
			"Crews won.", meta{source: "Hill Courier", title: "Fire Contained", published: day(2025, 7, 5)}},
		{"fragment", "<div>one</div><div>two <span>three</span></div>four", "one\ntwo three\nfour", meta{source: "page"}},
		{"spaces at block edges", "<ul>\n <li> one two </li>\n <li>\tthree </li> </ul> four", "one two\nthree\nfour", meta{source: "page"}},
		{"unclosed skip", "<p>kept</p><nav><nav>x</nav>y</nav><p>also kept", "kept\nalso kept", meta{source: "page"}},
		{"legacy entity", "<p>AT&T &copy 2025 &bogus; &#x41;</p>", "AT&T \u00a9 2025 &bogus; A", meta{source: "page"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "page.html", tt.in)
			if d.Text != tt.want {
				t.Errorf("text\n got %q\nwant %q", d.Text, tt.want)
			}
			got := meta{source: d.Source, title: d.Title, url: d.URL, published: d.Published}
			if got != tt.meta {
				t.Errorf("meta %+v, want %+v", got, tt.meta)
			}
		})
	}
}

func TestLoadHTMLPositions(t *testing.T) {
	d := loadOne(t, "page.htm", "<html>\n<body>\n<p>The mayor &ndash; Ana Ruiz &ndash;\n  said 300 people left.</p>\n</body></html>")
	checkFound(t, d, "300 people", Position{Line: 4, Column: 8})
	i := strings.Index(d.Text, "\u2013")
	fs, fe := d.Span(i, i+len("\u2013"))
	if got := string(d.File.Data[fs:fe]); got != "&ndash;" {
		t.Errorf("entity maps to %q", got)
	}
	i = strings.Index(d.Text, "Ana Ruiz")
	fs, fe = d.Span(i-len("\u2013 "), i+len("Ana Ruiz"))
	if got := string(d.File.Data[fs:fe]); got != "&ndash; Ana Ruiz" {
		t.Errorf("range from an entity maps to %q", got)
	}
}

func TestLoadJSONL(t *testing.T) {
	in := `{"id": "w-1", "source": "Wire", "published": "2025-05-01", "text": "Quake hits\nA 6.1 quake struck \"near\" the coast.", "title": "Quake", "url": "https://example.org/q"}

{"text": "Caf\u00e9 owner \ud83d\ude00 Lu Wen said 3 died.", "extra": {"tags": ["a", 1, true, null, -2.5e3]}, "id": 20}` + "\r\n"
	dir := writeFiles(t, map[string]string{"batch.jsonl": in})
	docs, warnings, err := Load([]string{filepath.Join(dir, "batch.jsonl")}, nil, Options{Published: day(2025, 6, 1)})
	if err != nil || len(warnings) > 0 || len(docs) != 2 {
		t.Fatalf("Load: %d documents, %v, %v", len(docs), warnings, err)
	}
	a, b := docs[0], docs[1]
	checkDocument(t, a)
	checkDocument(t, b)
	if a.ID != "w-1" || a.Source != "Wire" || a.Title != "Quake" || a.URL != "https://example.org/q" || !a.Published.Equal(day(2025, 5, 1)) || a.Format != FormatJSONL {
		t.Errorf("first: %+v", a)
	}
	if a.Text != "Quake hits\nA 6.1 quake struck \"near\" the coast." {
		t.Errorf("first text %q", a.Text)
	}
	if b.ID != "20" || b.Source != "batch" || !b.Published.Equal(day(2025, 6, 1)) || b.Text != "Café owner 😀 Lu Wen said 3 died." {
		t.Errorf("second: %+v", b)
	}
	if a.File != b.File {
		t.Error("documents of one batch do not share the file")
	}
	checkFound(t, b, "Lu Wen", Position{Line: 3, Column: 40})
	i := strings.Index(a.Text, `"near"`)
	fs, fe := a.Span(i, i+len(`"near"`))
	if got := string(a.File.Data[fs:fe]); got != `\"near\"` {
		t.Errorf("escaped quote maps to %q", got)
	}
	i = strings.Index(b.Text, "😀")
	fs, fe = b.Span(i+1, i+2)
	if got := string(b.File.Data[fs:fe]); got != `\ud83d\ude00` {
		t.Errorf("inside of a surrogate pair maps to %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		arg   string // relative to the folder
		path  string // the error's, relative to the folder
		line  int
		msg   string
	}{
		{"missing", nil, "gone.txt", "gone.txt", 0, "no such file or directory"},
		{"empty folder", map[string]string{"d/.hidden.txt": "x", "d/image.png": "x", "d/.git/a.txt": "x"}, "d", "d", 0,
			"no documents (.txt, .md, .html, .jsonl) in directory"},
		{"binary", map[string]string{"a.txt": "PK\x03\x04\x00\x00"}, "a.txt", "a.txt", 0, "binary file"},
		{"control bytes", map[string]string{"a.md": strings.Repeat("\x01\x02\x03a", 100)}, "a.md", "a.md", 0, "binary file"},
		{"unterminated front matter", map[string]string{"a.txt": "---\nsource: X\nText."}, "a.txt", "a.txt", 1, "unterminated front matter"},
		{"bad yaml", map[string]string{"a.md": "---\nsource: X\ntitle: [unclosed\n---\nText."}, "a.md", "a.md", 0, "front matter: "},
		{"bad yaml line", map[string]string{"a.md": "---\nsource: X\n  title: y\n---\nText."}, "a.md", "a.md", 3, "front matter: "},
		{"bad date", map[string]string{"a.txt": "---\nsource: X\npublished: last week\n---\nText."}, "a.txt", "a.txt", 3, `published: "last week" is not a date`},
		{"not a mapping", map[string]string{"a.txt": "---\n- a\n- b\n---\nText."}, "a.txt", "a.txt", 2, "want a mapping"},
		{"list value", map[string]string{"a.txt": "---\nsource:\n  - a\n---\nText."}, "a.txt", "a.txt", 3, "source: want a single value"},
		{"malformed jsonl", map[string]string{"b.jsonl": "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"text\":\"cut"}, "b.jsonl", "b.jsonl", 2, "unterminated string"},
		{"jsonl not an object", map[string]string{"b.jsonl": "\n[1]\n"}, "b.jsonl", "b.jsonl", 2, "want an object"},
		{"jsonl trailing", map[string]string{"b.jsonl": "{\"text\":\"a\"} x\n"}, "b.jsonl", "b.jsonl", 1, "more after the object"},
		{"jsonl empty text", map[string]string{"b.jsonl": "{\"id\":\"1\",\"text\":\" \\n \"}\n"}, "b.jsonl", "b.jsonl", 1, "empty text"},
		{"jsonl no text", map[string]string{"b.jsonl": "{\"id\":\"1\"}\n"}, "b.jsonl", "b.jsonl", 1, "missing \"text\""},
		{"jsonl text not a string", map[string]string{"b.jsonl": "{\"text\": 5}\n"}, "b.jsonl", "b.jsonl", 1, "text: want a string"},
		{"jsonl bad escape", map[string]string{"b.jsonl": "{\"text\":\"a\\x\"}\n"}, "b.jsonl", "b.jsonl", 1, "bad escape"},
		{"jsonl bad literal", map[string]string{"b.jsonl": "{\"text\":\"a\",\"n\":tru}\n"}, "b.jsonl", "b.jsonl", 1, "want a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			docs, _, err := Load([]string{filepath.Join(dir, tt.arg)}, nil, Options{})
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Load = %d documents, error %v; want an *Error", len(docs), err)
			}
			wantPath := filepath.ToSlash(filepath.Join(dir, tt.path))
			if e.Path != wantPath || !strings.Contains(e.Msg, tt.msg) || tt.line > 0 && e.Line != tt.line {
				t.Errorf("error %q (path %q line %d), want path %q line %d and %q", e, e.Path, e.Line, wantPath, tt.line, tt.msg)
			}
			if !strings.HasPrefix(e.Error(), wantPath+":") {
				t.Errorf("Error() = %q does not start with the path", e.Error())
			}
		})
	}
}

// A control character inside a JSON string is reported at its column,
// wherever it falls among escapes and long plain runs.
func TestJSONLControlCharacter(t *testing.T) {
	for _, line := range []string{
		"{\"text\":\"a\tb\"}",
		"{\"text\":\"a long run of plain words \\\" and \\n escapes\u0001 then\"}",
		"{\"text\":\"ok\",\"ke\ty\":1}",
		"{\"text\":\"\\\\\x1f\"}",
	} {
		col := strings.IndexFunc(line, func(r rune) bool { return r < ' ' }) + 1
		dir := writeFiles(t, map[string]string{"b.jsonl": "{\"text\":\"first\"}\n" + line + "\n"})
		_, _, err := Load([]string{filepath.Join(dir, "b.jsonl")}, nil, Options{})
		var e *Error
		if !errors.As(err, &e) || e.Line != 2 || e.Column != col || !strings.Contains(e.Msg, "control character in string") {
			t.Errorf("%q: error %v, want line 2 column %d: control character in string", line, err, col)
		}
	}
}

func TestJSONLBadDate(t *testing.T) {
	dir := writeFiles(t, map[string]string{"b.jsonl": "{\"text\":\"a\"}\n{\"text\":\"b\",\"published\":\"May 1\"}\n"})
	docs, warnings, err := Load([]string{filepath.Join(dir, "b.jsonl")}, nil, Options{Published: day(2025, 6, 1)})
	if err != nil || len(docs) != 2 || len(warnings) != 1 {
		t.Fatalf("Load: %d documents, warnings %v, error %v", len(docs), warnings, err)
	}
	if w := warnings[0]; w.Line != 2 || w.Column != 25 || !strings.Contains(w.Msg, `published: "May 1" is not a date`) {
		t.Errorf("warning %v", &w)
	}
	if !docs[1].Published.Equal(day(2025, 6, 1)) {
		t.Errorf("published %v, want the default", docs[1].Published)
	}
	if want := docs[1].Path() + ":2"; docs[1].ID != want {
		t.Errorf("ID %q, want %q for a line without one", docs[1].ID, want)
	}
}

func TestJSONLManyLines(t *testing.T) {
	var batch strings.Builder
	for i := range 3*linesPerChunk + 10 {
		fmt.Fprintf(&batch, "{\"id\": \"n%d\", \"text\": \"Line %d.\"}\n", i, i)
	}
	good := batch.String()
	dir := writeFiles(t, map[string]string{"good.jsonl": good, "bad.jsonl": good + "{\"id\": 1\n" + good})
	docs, _, err := Load([]string{filepath.Join(dir, "good.jsonl")}, nil, Options{})
	if err != nil || len(docs) != 3*linesPerChunk+10 {
		t.Fatalf("%d documents, error %v", len(docs), err)
	}
	for i, d := range docs {
		if d.ID != fmt.Sprintf("n%d", i) || d.Position(0).Line != i+1 {
			t.Fatalf("document %d is %s at line %d", i, d.ID, d.Position(0).Line)
		}
	}
	_, _, err = Load([]string{filepath.Join(dir, "bad.jsonl")}, nil, Options{})
	var e *Error
	if !errors.As(err, &e) || e.Line != 3*linesPerChunk+11 {
		t.Errorf("error %v, want one at line %d", err, 3*linesPerChunk+11)
	}
}

func TestJSONLByteOrderMark(t *testing.T) {
	d := loadOne(t, "b.jsonl", "\uFEFF{\"text\": \"Marked.\"}\n")
	checkFound(t, d, "Marked.", Position{Line: 1, Column: 12}) // the mark is a column of its own
}

func TestErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		e    Error
		want string
	}{
		{Error{Path: "a.txt", Msg: "binary file"}, "a.txt: binary file"},
		{Error{Path: "a.jsonl", Line: 3, Msg: "empty text"}, "a.jsonl:3: empty text"},
		{Error{Path: "a.jsonl", Line: 3, Column: 7, Msg: "bad"}, "a.jsonl:3:7: bad"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"latin1.txt":  "Jos\xe9 Mar\xeda said 5.\nLine two.",
		"batch.jsonl": "{\"text\": \"ok\"}\n{\"text\": \"Pe\xf1a said \\\"no\\\".\"}\n",
	})
	docs, warnings, err := Load([]string{dir}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || len(warnings) != 2 {
		t.Fatalf("%d documents, warnings %v", len(docs), warnings)
	}
	for _, d := range docs {
		checkDocument(t, d)
	}
	if want := dir + "/batch.jsonl:2:13: invalid UTF-8, bad bytes replaced"; warnings[0].Error() != filepath.ToSlash(want) {
		t.Errorf("warning %q, want %q", warnings[0].Error(), want)
	}
	if want := dir + "/latin1.txt:1:4: invalid UTF-8, bad bytes replaced"; warnings[1].Error() != filepath.ToSlash(want) {
		t.Errorf("warning %q, want %q", warnings[1].Error(), want)
	}
	if docs[2].Text != "Jos\uFFFD Mar\uFFFDa said 5.\nLine two." || docs[1].Text != "Pe\uFFFDa said \"no\"." {
		t.Errorf("texts %q, %q", docs[1].Text, docs[2].Text)
	}
	i := strings.Index(docs[2].Text, "\uFFFD")
	if fs, fe := docs[2].Span(i, i+len("\uFFFD")); fs != 3 || fe != 4 {
		t.Errorf("replacement maps to %d, %d, want 3, 4", fs, fe)
	}
	checkFound(t, docs[2], "said 5", Position{Line: 1, Column: 12})
}

func TestLoadDirectory(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":            "B.",
		"a/z.md":           "Z.",
		"a/y.HTML":         "<p>Y.</p>",
		"a/.draft.txt":     "hidden",
		".cache/c.txt":     "hidden",
		"notes.rst":        "not read",
		"c.jsonl":          `{"text": "C."}`,
		"d.markdown":       "D.",
		"e.htm":            "<p>E.</p>",
		"sub/deeper/f.txt": "F.",
	})
	docs, _, err := Load([]string{dir, filepath.Join(dir, "b.txt")}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.Path(), filepath.ToSlash(dir)+"/")+"="+d.Text)
	}
	want := "a/y.HTML=Y. a/z.md=Z. b.txt=B. c.jsonl=C. d.markdown=D. e.htm=E. sub/deeper/f.txt=F. b.txt=B."
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}

	t.Chdir(dir)
	docs, _, err = Load([]string{"./sub/", "./a/../sub"}, nil, Options{})
	if err != nil || len(docs) != 2 || docs[0].Path() != "./sub/deeper/f.txt" || docs[1].Path() != "./a/../sub/deeper/f.txt" {
		t.Errorf("paths as given: %v, %v", docs, err)
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct {
		in     string
		format Format
		text   string
	}{
		{"Plain words.\nMore.", FormatText, "Plain words.\nMore."},
		{"  <!doctype html><p>Web &amp; page</p>", FormatHTML, "Web & page"},
		{"<HTML><body>Shout</body></HTML>", FormatHTML, "Shout"},
		{"Intro\n## Heading\nBody *text*.", FormatMarkdown, "Intro\nHeading\nBody text."},
		{"---\nsource: Desk\n---\n# Title\n", FormatMarkdown, "Title"},
		{"#hashtag is not a heading", FormatText, "#hashtag is not a heading"},
		{"{\"id\": \"x\", \"text\": \"From a pipe.\"}\n", FormatJSONL, "From a pipe."},
	}
	for _, tt := range tests {
		docs, _, err := Load([]string{"-"}, strings.NewReader(tt.in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		checkDocument(t, d)
		if d.Path() != "-" || d.Format != tt.format || d.Text != tt.text {
			t.Errorf("stdin %q: path %q format %q text %q, want %q %q", tt.in, d.Path(), d.Format, d.Text, tt.format, tt.text)
		}
	}
}
