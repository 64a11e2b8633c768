package report

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

func TestUseColor(t *testing.T) {
	var buf bytes.Buffer
	for _, c := range []struct {
		mode, noColor string
		w             io.Writer
		want          bool
	}{
		{"always", "", &buf, true},
		{"always", "1", &buf, true}, // the flag wins over the environment
		{"never", "", &buf, false},
		{"auto", "", &buf, false}, // a buffer is no terminal
		{"auto", "", os.Stderr, isTerminal(os.Stderr)},
		{"auto", "1", os.Stderr, false},
	} {
		t.Setenv("NO_COLOR", c.noColor)
		got, err := UseColor(c.mode, c.w)
		if err != nil || got != c.want {
			t.Errorf("UseColor(%q) with NO_COLOR=%q on %T = %v, %v; want %v", c.mode, c.noColor, c.w, got, err, c.want)
		}
	}
	if _, err := UseColor("sometimes", &buf); err == nil {
		t.Error("UseColor(sometimes) gave no error")
	}
}

func TestIsTerminalPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = r.Close(), w.Close() })
	if isTerminal(w) {
		t.Error("a pipe taken for a terminal")
	}
}

func TestTextColor(t *testing.T) {
	run := fixtureRun(t)
	plain := string(write(t, "text", run))
	run.Color = true
	colored := string(write(t, "text", run))
	if strings.Contains(plain, "\x1b[") {
		t.Errorf("plain text has escapes:\n%s", plain)
	}
	if !strings.Contains(colored, "\x1b[1;31merror\x1b[0m") || !strings.Contains(colored, "\x1b[1;33mwarning\x1b[0m") {
		t.Errorf("levels not coloured:\n%q", colored)
	}
	// Without the escapes, the coloured report is the plain one.
	stripped := colored
	for _, code := range []string{"\x1b[1m", "\x1b[2m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;36m", "\x1b[0m"} {
		stripped = strings.ReplaceAll(stripped, code, "")
	}
	if stripped != plain {
		t.Errorf("coloured report differs from the plain one:\n%s\n---\n%s", stripped, plain)
	}
}
