package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"

	"github.com/claimlint/claimlint/rules"
)

// gfm renders Markdown as GitHub does, as far as goldmark's GFM extension
// (tables, strikethrough, autolinks, task lists) goes.
func gfm(t testing.TB, md []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestMarkdownGolden renders the fixture's report and the HTML that GFM makes
// of it: the table, the struck and bold words of the diff, and the escaped
// characters must all come out as the golden files show.
func TestMarkdownGolden(t *testing.T) {
	md := write(t, "markdown", fixtureRun(t))
	checkGolden(t, "fixture.check.md", md)
	checkGolden(t, "fixture.check.md.html", gfm(t, md))
}

func TestMarkdownNoFindings(t *testing.T) {
	got := string(write(t, "markdown", &Run{Summary: Summary{Documents: 2, Claims: 5}}))
	if want := "**claimlint**: no findings in 2 documents (5 claims).\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMarkdownDiff(t *testing.T) {
	eq := func(s string) rules.DiffPart { return rules.DiffPart{Op: rules.DiffEqual, Text: s} }
	del := func(s string) rules.DiffPart { return rules.DiffPart{Op: rules.DiffDelete, Text: s} }
	ins := func(s string) rules.DiffPart { return rules.DiffPart{Op: rules.DiffInsert, Text: s} }
	for _, c := range []struct {
		name  string
		parts []rules.DiffPart
		want  string
	}{
		{"word", []rules.DiffPart{eq("we will "), del("rebuild"), ins("restore"), eq(" it")},
			"we will ~~rebuild~~ **restore** it"},
		{"spaces inside changes move out", []rules.DiffPart{eq("we"), del(" will "), ins(" shall "), eq("go")},
			"we ~~will~~ **shall** go"},
		{"punctuation widens to its word", []rules.DiffPart{eq("the pier"), del("."), ins(","), eq(" now")},
			"the ~~pier.~~ **pier,** now"},
		{"inside a word", []rules.DiffPart{eq("re"), del("build"), ins("store")},
			"~~rebuild~~ **restore**"},
		{"insertion only", []rules.DiffPart{eq("the "), ins("old "), eq("pier")},
			"the **old** pier"},
		{"deletion only", []rules.DiffPart{eq("the "), del("very "), eq("old pier")},
			"the ~~very~~ old pier"},
		{"adjacent changes join", []rules.DiffPart{eq("a "), del("b"), ins("x"), eq(" "), del("c"), ins("y"), eq(" d")},
			"a ~~b c~~ **x y** d"},
		{"markdown characters escaped", []rules.DiffPart{eq("*all* "), del("[50%]"), ins("<half>"), eq(" of ~~it~~")},
			`\*all\* ~~\[50%\]~~ **\<half\>** of &#126;&#126;it&#126;&#126;`},
		{"quote marks at the edges", []rules.DiffPart{del(`"We`), ins(`'We`), eq(" go")},
			`~~"We~~ **'We** go`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := markdownDiff(c.parts)
			if got != c.want {
				t.Errorf("markdownDiff = %s, want %s", got, c.want)
			}
			// Tildes of the text are character references, so every "~~" left is a marker,
			// and each pair must have become an element.
			html := string(gfm(t, []byte("“"+got+"”")))
			if 2*strings.Count(html, "<del>") != strings.Count(got, "~~") ||
				2*strings.Count(html, "<strong>") != strings.Count(got, "**") {
				t.Errorf("markers left unrendered in %s", html)
			}
		})
	}
}

// textOf returns the text of an HTML fragment without its tags.
func textOf(t testing.TB, fragment []byte) string {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(fragment))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			b.Write(z.Text())
		}
	}
}

// FuzzEscapeMarkdown checks that escaped text renders as itself: no
// emphasis, links, HTML or lists come out of an article's words.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"plain words", "*a* _b_ `c` [d](e) <f> | ~~g~~ # h", "1. one", "- item", "&amp; &#42;",
		"$x$ and \\*", "> quote", "a\\", "http://example.org/a_b", "=== ---", "+ 3", "two\nlines\r\n- and a list"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) || oneLine(s) == "" {
			return // CommonMark replaces these; articles reach here as valid UTF-8
		}
		got := textOf(t, gfm(t, []byte(escapeMarkdown(s))))
		if s = oneLine(s); got != s {
			t.Errorf("%q renders as %q via %q", s, got, escapeMarkdown(s))
		}
	})
}

// FuzzMarkdownDiff checks that every marker of a diff renders: the parts are
// the fields of the input between '|', taken as equal, deleted and inserted
// text in turn.
func FuzzMarkdownDiff(f *testing.F) {
	for _, s := range []string{"we will |rebuild|restore| it", "the pier|.|,| now", "*a* |[x]|<y>|", "|\"We|'We| go", "a| b |\tc\n|d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			return
		}
		var parts []rules.DiffPart
		for i, text := range strings.Split(s, "|") {
			parts = append(parts, rules.DiffPart{Op: rules.DiffOp(i % 3), Text: text})
		}
		md := markdownDiff(parts)
		html := string(gfm(t, []byte("“"+md+"”")))
		if 2*strings.Count(html, "<del>") != strings.Count(md, "~~") || 2*strings.Count(html, "<strong>") != strings.Count(md, "**") {
			t.Errorf("markers of %q left unrendered in %s", md, html)
		}
	})
}
