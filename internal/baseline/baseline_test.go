package baseline

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// finding is a count finding located at value in a document of text,
// related to value other in a second document.
func finding(text, value, other string) rules.Finding {
	a := document.NewText("blog.txt", "Blog", text, time.Time{})
	b := document.NewText("wire.txt", "Wire", "Two firefighters were injured.", time.Time{})
	at := strings.Index(text, value)
	return rules.Finding{Rule: "count-agreement", Subject: "firefighters injured", Message: "Blog says " + value,
		Location: rules.Location{Doc: a, Start: at, End: at + len(value), Value: value},
		Related:  []rules.Location{{Doc: b, Start: 0, End: 3, Value: other}}}
}

// TestFingerprint: a finding keeps its fingerprint when the text around it
// moves, and changes it when its value does.
func TestFingerprint(t *testing.T) {
	base := Fingerprint(finding("Three firefighters were injured.", "Three", "Two"))
	if moved := Fingerprint(finding("A new paragraph.\n\nThree firefighters were injured.", "Three", "Two")); moved != base {
		t.Errorf("moved: fingerprint %s, want %s", moved, base)
	}
	if changed := Fingerprint(finding("Four firefighters were injured.", "Four", "Two")); changed == base {
		t.Error("a changed value kept the fingerprint")
	}
	if other := Fingerprint(finding("Three firefighters were injured.", "Three", "Five")); other == base {
		t.Error("a changed related value kept the fingerprint")
	}
}

// TestWriteRead: a written baseline accepts its findings, as many times as
// it recorded each, and no other.
func TestWriteRead(t *testing.T) {
	three := finding("Three firefighters were injured.", "Three", "Two")
	four := finding("Four firefighters were injured.", "Four", "Two")
	path := filepath.Join(t.TempDir(), "base.json")
	if err := Write(path, []rules.Finding{three}); err != nil {
		t.Fatal(err)
	}
	b, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	got := b.New([]rules.Finding{three, four, three})
	if len(got) != 2 || got[0].Message != four.Message || got[1].Message != three.Message {
		t.Errorf("new findings %v, want the four and the second three", got)
	}
	if got := b.New([]rules.Finding{three}); len(got) != 0 {
		t.Errorf("New is not reusable: %v", got)
	}
}

// TestReadErrors: a baseline that cannot be read is a document.Error that
// names the file and, where it knows it, the line and column.
func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ name, content, want string }{
		{"empty", " \n", "b.json: empty: not a baseline file"},
		{"text", "Two firefighters", "b.json:1:1: not a baseline file: invalid character 'T' at start of value"},
		{"array", "[]", "b.json:1:1: not a baseline file: want an object, got an array"},
		{"cut", "{\n  \"version\": 1,\n  \"findings\": [", "b.json:3:16: not a baseline file: findings: unexpected end of input"},
		{"type", "{\n  \"version\": 1,\n  \"findings\": [{\"rule\": [\"x\"]}]\n}", "b.json:3:25: not a baseline file: findings[0].rule: want a string, got an array"},
		{"accents", "{\"findings\": [{\"message\": \"Farfán\", \"rule\": 1}]}", "b.json:1:45: not a baseline file: findings[0].rule: want a string, got a number"},
		{"no version", `{"findings": []}`, `b.json: not a baseline file: no "version"`},
		{"version", `{"version": 2, "findings": []}`, "b.json: baseline version 2, expected 1 (write it again with --write-baseline)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(path, []byte(tc.content), 0o666); err != nil {
				t.Fatal(err)
			}
			_, err := Read(path)
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T), want a *document.Error", err, err)
			}
			if got := strings.Replace(err.Error(), filepath.Dir(path)+string(filepath.Separator), "", 1); got != tc.want {
				t.Errorf("error %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzRead: any file is a baseline or one error naming it, never a panic.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"version": 1, "findings": [{"fingerprint": "ab", "rule": "count-agreement"}]}`))
	f.Add([]byte(`{"version": 1, "findings": null}`))
	f.Add([]byte("{\n  \"version\": 1,\n  \"findings\": [{\"rule\": \"x\",}]\n}"))
	f.Add([]byte("\xff\xfe{"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "b.json")
		if err := os.WriteFile(path, data, 0o666); err != nil {
			t.Fatal(err)
		}
		b, err := Read(path)
		if (b == nil) == (err == nil) {
			t.Fatalf("baseline %v and error %v", b, err)
		}
		if err != nil && (!strings.HasPrefix(err.Error(), path) || strings.Contains(err.Error(), "\n")) {
			t.Errorf("error %q does not name the file in one line", err)
		}
	})
}

// TestWriteErrors: a baseline that cannot be written says so of the path
// given, without the temporary file written first.
func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing", "b.json")
	if err := Write(missing, nil); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), missing+": ") ||
		strings.Count(err.Error(), dir) != 1 {
		t.Errorf("error %v, want one naming %s alone, of a missing folder", err, missing)
	}
	if err := Write(dir, nil); err == nil || err.Error() != dir+": is a directory" {
		t.Errorf("error %v, want %q", err, dir+": is a directory")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
