package document

import (
	"errors"
	"strings"
	"testing"
)

// fuzzLoad reads data as a file in format and checks that it either fails
// with an *Error naming the file or yields documents whose maps hold.
func fuzzLoad(t *testing.T, format Format, data []byte) {
	docs, _, err := loadData("fuzz", format, data, "fuzz", false)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Path != "fuzz" {
			t.Fatalf("error %v is not an *Error naming the file", err)
		}
		return
	}
	for _, d := range docs {
		checkDocument(t, d)
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# Title *em*\n\nPara with [link](x) and `code`\nwrapped  \nbroken\\\nline.\n\n> quote &amp; \\* &#x41;\n\n- a\n- b\n",
		"---\ntitle: x\n---\n***\n```go\ncode\n```\n<div>\n</div>\n",
		"a\r\nb\r\n\r\n    indented\n\n1. one\n2. two\n\n![img](a.png) <http://x> <b>raw</b>",
		"[ref]\n\n[ref]: http://example.org\n",
		"`a\nb` **x\x00y** \xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, FormatMarkdown, data) })
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<!doctype html><html><head><title>T</title><meta property=og:title content=x></head><body><p>a &amp; b<br>c</p></body></html>",
		"<nav><nav>x</nav></nav><script>if (a < b) {}</script><style>p{}</style><!-- c --><p>d&ampe &#0; &#xD800;",
		"<p>\x00 \t\r\n &nbsp;</p><pre>  x\n  y</pre><svg><title>t</title></svg>",
		"<textarea>x<p>y</textarea><![CDATA[z]]><math><mi>q</mi></math>",
		`<script type="application/ld+json">[{"headline": "h", "publisher": {"name": "p"}, "@graph": [{"datePublished": "2025-01-02"}]}]</script>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, FormatHTML, data) })
}

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\nsource: A\npublished: 2025-01-02\ntitle: T\nurl: u\n---\nBody.",
		"---\npublished: 2025-01-02T10:00:00+02:00\n...\n",
		"---\n- a\n---\n", "---\nx: [\n---\n", "---\n", "\uFEFF---\r\nsource: B\r\n---\r\nBody",
		"---\nsource: &a x\ntitle: *a\n---\n", "---\npublished: null\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, FormatText, data) })
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "1", "source": "S", "published": "2025-01-02", "text": "a\nb \"c\" \u00e9 \ud83d\ude00 \ud800 \/"}` + "\n\n" + `{"text": "x", "o": {"a": [1, -2.5e3, true, null]}}`,
		`{"text": "unterminated`, `[1]`, `{"text": 5}`, `{"text": ""}`, "{\"text\": \"a\xffb\"}\r\n",
		`{"text": "x"} trailing`, `{"text": "\u12"}`, `{"a":[[[[[[]]]]]], "text": "y"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzLoad(t, FormatJSONL, data) })
}

// FuzzBlankJSONString: a JSON string is blank exactly when its decoded text
// is white space alone.
func FuzzBlankJSONString(f *testing.F) {
	for _, s := range []string{"", " ", `\n`, `\u0020x`, `\u00a0\u2003`, `\ud83d\ude00`, `\ud83d`, "\u3000", "a", `\"`, "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		data := []byte(`{"text": "` + body + `"}`)
		docs, _, err := loadData("f.jsonl", FormatJSONL, data, "f", false)
		emptyErr := err != nil && strings.Contains(err.Error(), "empty text")
		if err != nil && !emptyErr {
			return // not a JSON string
		}
		_, _, deferErr := loadData("f.jsonl", FormatJSONL, data, "f", true)
		if (deferErr != nil) != emptyErr {
			t.Fatalf("body %q: read at once %v, deferred %v", body, err, deferErr)
		}
		if err == nil && strings.TrimSpace(docs[0].Text) == "" {
			t.Fatalf("body %q: blank text %q read", body, docs[0].Text)
		}
	})
}
