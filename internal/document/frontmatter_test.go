package document

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	plus2 := time.FixedZone("", 2*3600)
	for _, tt := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2025-08-09", day(2025, 8, 9), true},
		{" 2025-08-09 ", day(2025, 8, 9), true},
		{"2025-08-09T10:30:00+02:00", time.Date(2025, 8, 9, 10, 30, 0, 0, plus2), true},
		{"2025-08-09T10:30:00.123Z", time.Date(2025, 8, 9, 10, 30, 0, 123e6, time.UTC), true},
		{"2025-08-09T10:30:00+0200", time.Date(2025, 8, 9, 10, 30, 0, 0, plus2), true},
		{"2025-08-09 10:30", time.Date(2025, 8, 9, 10, 30, 0, 0, time.UTC), true},
		{"August 9, 2025", time.Time{}, false},
		{"8/9/25", time.Time{}, false},
		{"2025-13-01", time.Time{}, false},
		{"", time.Time{}, false},
	} {
		got, ok := parseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestYAMLErrorLine(t *testing.T) {
	for _, tt := range []struct {
		in   string
		line int
		rest string
	}{
		{"yaml: line 3: did not find expected key", 3, "did not find expected key"},
		{"yaml: unmarshal errors:\n  line 2: cannot unmarshal !!seq into string", 2, "cannot unmarshal !!seq into string"},
		{"yaml: control characters are not allowed", 0, "control characters are not allowed"},
	} {
		line, rest := yamlErrorLine(tt.in)
		if line != tt.line || rest != tt.rest {
			t.Errorf("yamlErrorLine(%q) = %d, %q", tt.in, line, rest)
		}
	}
}

func TestFrontMatterLines(t *testing.T) {
	// The error's line counts the file's lines, front matter included.
	d := []byte("---\r\nsource: A\r\ntitle: B\r\npublished: soon\r\n---\r\nBody")
	_, _, err := loadData("a.txt", FormatText, d, "a", false)
	if err == nil || err.Error() != `a.txt:4: front matter: published: "soon" is not a date (want YYYY-MM-DD or RFC 3339)` {
		t.Errorf("error %v", err)
	}
	docs, _, err := loadData("a.md", FormatMarkdown, []byte("\uFEFF---\nsource: A\n...\nBody"), "a", false)
	if err != nil || docs[0].Source != "A" || docs[0].Text != "Body" {
		t.Errorf("with a byte order mark and a ... end line: %v, %+v", err, docs)
	}
}
