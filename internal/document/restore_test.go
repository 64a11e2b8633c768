package document

import (
	"strings"
	"testing"
)

// TestRestore: a document restored from excerpts of itself maps every
// non-empty span inside the excerpts to the same file bytes, lines and
// columns as the document, whatever escapes, entities and markup the excerpts
// cross, and however they overlap. (An empty span at an excerpt's end points
// at the next byte's source, which the excerpt does not hold; nothing locates
// one.)
func TestRestore(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		spans         [][2]string // excerpts, each from the first word to the last
	}{
		{"batch.jsonl", "{\"id\":\"a\",\"text\":\"Caf\\u00e9 owner Jos\\u00e9 Ib\\u00e1\\u00f1ez said \\\"we\\u2019ll reopen\\\" on Monday.\\nSix tables burned.\"}\n",
			[][2]string{{"owner", "said"}, {"José", "reopen"}, {"Six", "burned"}}},
		{"page.html", "<html><body><p>Chief Ana Ruiz &amp; her crew said:</p>\n<p>&ldquo;Two men were hurt,&rdquo; said Ruiz.</p></body></html>",
			[][2]string{{"Ana", "crew"}, {"crew", "Two"}, {"men", "Ruiz."}}},
		{"story.md", "# Bridge\n\nInspectors found **four** cracked beams, said *Dana Whitlock*.\n\n> We will not reopen it.\n",
			[][2]string{{"Inspectors", "beams"}, {"four", "Whitlock"}, {"We", "it"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := loadOne(t, tc.name, tc.content)
			var excerpts []Excerpt
			for _, s := range tc.spans {
				start := strings.Index(d.Text, s[0])
				end := strings.Index(d.Text[start:], s[1]) + start + len(s[1])
				if start < 0 || end < start {
					t.Fatalf("%q to %q not in %q", s[0], s[1], d.Text)
				}
				e := d.Excerpt(start, end)
				if err := e.Check(); err != nil {
					t.Fatalf("excerpt %q: %v", e.Text, err)
				}
				excerpts = append(excerpts, e)
			}
			f := RestoreFile(d.Path(), excerpts)
			r := &Document{ID: d.ID}
			Restore(r, f, excerpts)
			end := 0
			for _, e := range excerpts {
				end = max(end, e.Start+len(e.Text))
			}
			want := []byte(strings.Repeat(" ", end))
			for _, e := range excerpts {
				copy(want[e.Start:], e.Text)
			}
			if r.Text != string(want) {
				t.Fatalf("restored text %q, want %q: the excerpts at their offsets, spaces between", r.Text, want)
			}
			for _, e := range excerpts {
				for i := e.Start; i < e.Start+len(e.Text); i++ {
					for j := i + 1; j <= e.Start+len(e.Text); j++ {
						ws, we := d.Span(i, j)
						rs, re := r.Span(i, j)
						if ws != rs || we != re {
							t.Fatalf("span %d-%d %q: file %d-%d, restored %d-%d", i, j, d.Text[i:j], ws, we, rs, re)
						}
						if d.Position(i) != r.Position(i) || d.File.ByteColumn(ws) != r.File.ByteColumn(rs) {
							t.Fatalf("offset %d: at %v (byte column %d), restored at %v (%d)", i, d.Position(i), d.File.ByteColumn(ws), r.Position(i), r.File.ByteColumn(rs))
						}
						if got, want := string(r.File.Bytes(rs, re)), string(d.File.Data[ws:we]); got != want {
							t.Fatalf("span %d-%d: bytes %q, restored %q", i, j, want, got)
						}
					}
				}
				if got := r.Text[e.Start : e.Start+len(e.Text)]; got != e.Text {
					t.Errorf("restored text %q, want %q", got, e.Text)
				}
			}
		})
	}
}
