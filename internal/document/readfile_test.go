package document

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// largeBatch returns a JSONL batch of more than mapAtLeast bytes, of lines
// with escapes, accents and long words, and a text document as long.
func largeBatch(t *testing.T) (batch, text string) {
	t.Helper()
	var b, p strings.Builder
	for i := 0; b.Len() <= 2*mapAtLeast || p.Len() <= 2*mapAtLeast; i++ {
		body := fmt.Sprintf(`Ms. Ibáñez-Řezníček said \"%d boats\" sank.\nThe mayor of Velmora\u2019s port, Oda Brann, counted %d on Friday.`, i, 3*i)
		fmt.Fprintf(&b, "{\"id\": \"d%d\", \"published\": \"2031-05-%02d\", \"text\": \"%s\"}\n", i, i%28+1, strings.Repeat(body+`\n`, i%7+1))
		fmt.Fprintf(&p, "Paragraph %d: Oda Brann, the mayor of Velmora, said „%d“ ships came in.\n", i, i)
	}
	return b.String(), p.String()
}

// TestLargeFilesLoadAsRead loads files large enough to be mapped rather than
// read, and finds every document, text and position the same as when the
// same bytes come from a pipe: mapping, and letting the pages go once the
// documents are read, changes nothing a report shows.
func TestLargeFilesLoadAsRead(t *testing.T) {
	batch, text := largeBatch(t)
	dir := writeFiles(t, map[string]string{"batch.jsonl": batch, "long.txt": text})
	for name, content := range map[string]string{"batch.jsonl": batch, "long.txt": text} {
		mapped, _, err := Load([]string{filepath.Join(dir, name)}, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		piped, _, err := Load([]string{"-"}, strings.NewReader(content), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(mapped) != len(piped) || len(mapped) == 0 {
			t.Fatalf("%s: %d documents from the file, %d from a pipe", name, len(mapped), len(piped))
		}
		for i, m := range mapped {
			p := piped[i]
			if m.ID != strings.Replace(p.ID, "-", filepath.ToSlash(filepath.Join(dir, name)), 1) || m.Text != p.Text || !m.Published.Equal(p.Published) {
				t.Fatalf("%s: document %d is %q %q, from a pipe %q %q", name, i, m.ID, m.Published, p.ID, p.Published)
			}
			if i%97 != 0 && i != len(mapped)-1 {
				continue
			}
			checkDocument(t, m)
			for off := 0; off <= len(m.Text); off += 1 + len(m.Text)/50 {
				if got, want := m.Position(off), p.Position(off); got != want {
					t.Fatalf("%s: document %d offset %d at %+v, from a pipe at %+v", name, i, off, got, want)
				}
				end := min(off+40, len(m.Text))
				if got, want := m.Excerpt(off, end), p.Excerpt(off, end); got.Data != want.Data || got.Line != want.Line || got.Column != want.Column {
					t.Fatalf("%s: document %d excerpt at %d is %q at %d:%d, from a pipe %q at %d:%d",
						name, i, off, got.Data, got.Line, got.Column, want.Data, want.Line, want.Column)
				}
			}
		}
	}
}

// TestReadFile maps a large regular file, and reads a small one.
func TestReadFile(t *testing.T) {
	batch, _ := largeBatch(t)
	dir := writeFiles(t, map[string]string{"large.jsonl": batch, "small.txt": "A few words."})
	for name, want := range map[string]string{"large.jsonl": batch, "small.txt": "A few words."} {
		data, mapped, err := readFile(filepath.Join(dir, name))
		if err != nil || string(data) != want {
			t.Fatalf("%s: %d bytes, error %v, want %d bytes", name, len(data), err, len(want))
		}
		if mapped && len(data) < mapAtLeast {
			t.Errorf("%s: %d bytes mapped, below %d", name, len(data), mapAtLeast)
		}
		if mapped {
			unmap(data)
		}
	}
	if _, _, err := readFile(filepath.Join(dir, "missing.txt")); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v", err)
	}
}

// TestDeferText loads a batch with its texts left for later: each document
// has the text, positions and excerpts of one loaded at once after Decode,
// keeps its positions when Release lets the text go, and decodes the same
// text again.
func TestDeferText(t *testing.T) {
	batch, _ := largeBatch(t)
	dir := writeFiles(t, map[string]string{"batch.jsonl": batch})
	path := filepath.Join(dir, "batch.jsonl")
	eager, _, err := Load([]string{path}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	deferred, _, err := Load([]string{path}, nil, Options{DeferText: true})
	if err != nil || len(deferred) != len(eager) {
		t.Fatalf("%d documents deferred, %d at once, error %v", len(deferred), len(eager), err)
	}
	for i, d := range deferred {
		e := eager[i]
		if d.Text != "" || d.TextSize() < len(e.Text) || d.ID != e.ID || !d.Published.Equal(e.Published) {
			t.Fatalf("document %d before Decode: %d bytes of text, size %d, id %q; want none, at least %d, %q",
				i, len(d.Text), d.TextSize(), d.ID, len(e.Text), e.ID)
		}
		d.Decode()
		if d.Text != e.Text || d.TextSize() != len(e.Text) {
			t.Fatalf("document %d decoded differs from one read at once", i)
		}
		if i%61 != 0 {
			continue
		}
		checkDocument(t, d)
		if !d.Release() {
			t.Fatalf("document %d: Release let nothing go", i)
		}
		for off := 0; off <= len(e.Text); off += 1 + len(e.Text)/40 {
			end := min(off+30, len(e.Text))
			ds, de := d.Span(off, end)
			es, ee := e.Span(off, end)
			if ds != es || de != ee || d.Position(off) != e.Position(off) {
				t.Fatalf("document %d released: %d-%d maps to %d-%d at %v, want %d-%d at %v", i, off, end, ds, de, d.Position(off), es, ee, e.Position(off))
			}
		}
		d.Decode()
		if d.Text != e.Text {
			t.Fatalf("document %d decoded again differs", i)
		}
	}
	if eager[0].Release() {
		t.Error("Release let go the text of a document read at once")
	}
}

// A deferred batch still refuses a line whose text is only white space,
// written raw or escaped, when it is read.
func TestDeferTextBlank(t *testing.T) {
	for _, text := range []string{` `, `\n\t `, `\u0020\u00a0\u2003`, " \u3000 "} {
		dir := writeFiles(t, map[string]string{"b.jsonl": `{"id": "a", "text": "` + text + `"}` + "\n"})
		for _, deferText := range []bool{false, true} {
			_, _, err := Load([]string{filepath.Join(dir, "b.jsonl")}, nil, Options{DeferText: deferText})
			if err == nil || !strings.Contains(err.Error(), "empty text") {
				t.Errorf("text %q, deferred %v: error %v, want empty text", text, deferText, err)
			}
		}
	}
}

// A deferred text whose batch changed on disk after it was read, so that a
// backslash escapes nothing, decodes with U+FFFD there rather than hanging.
func TestDecodeChangedBatch(t *testing.T) {
	data := []byte(`{"text": "one\q two\u12"}`)
	quoted := [2]int{bytes.Index(data, []byte(`"one`)), len(data) - 1} // the text with its quotes
	d := &Document{File: NewFile("b.jsonl", data), jsonText: quoted}
	d.Decode()
	if want := "one\uFFFDq two\uFFFDu12"; d.Text != want {
		t.Errorf("decoded %q, want %q", d.Text, want)
	}
	checkDocument(t, d)
}
