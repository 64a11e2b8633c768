package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

type checkReport struct {
	Findings []struct {
		Rule     string            `json:"rule"`
		Level    string            `json:"level"`
		Message  string            `json:"message"`
		Location report.Location   `json:"location"`
		Related  []report.Location `json:"related"`
	} `json:"findings"`
	Summary report.Summary `json:"summary"`
}

func runJSON(t *testing.T, args ...string) checkReport {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"claimlint"}, args...), strings.NewReader(""), &stdout, &stderr)
	if code == exitError {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rep checkReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stdout.String())
	}
	return rep
}

// checkLocation asserts that a reported location slices its file to exactly
// its text, on the line and column it names.
func checkLocation(t *testing.T, l report.Location) {
	t.Helper()
	data, err := os.ReadFile(l.Path)
	if err != nil {
		t.Fatal(err)
	}
	if l.Start < 0 || l.End > len(data) || l.Start > l.End {
		t.Fatalf("%s: span %d-%d outside the file", l.Path, l.Start, l.End)
	}
	if got := string(data[l.Start:l.End]); got != l.Text {
		t.Errorf("%s: bytes %d-%d are %q, the report says %q", l.Path, l.Start, l.End, got, l.Text)
	}
	line := bytes.Count(data[:l.Start], []byte("\n")) + 1
	col := utf8.RuneCount(data[bytes.LastIndexByte(data[:l.Start], '\n')+1:l.Start]) + 1
	if line != l.Line || col != l.Column {
		t.Errorf("%s: offset %d is at %d:%d, the report says %d:%d", l.Path, l.Start, line, col, l.Line, l.Column)
	}
}

// TestSeedsCountConflict is the first acceptance test: on the five real
// articles the project started from, seven designated groups conflict with
// eight, and five Mexican cartels with six, located exactly.
func TestSeedsCountConflict(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	rep := runJSON(t, "check", "--format", "json", seeds)
	if rep.Summary.Documents != 5 {
		t.Errorf("read %d documents, want 5", rep.Summary.Documents)
	}
	pairs := map[string]string{}
	for _, f := range rep.Findings {
		checkLocation(t, f.Location)
		for _, r := range f.Related {
			checkLocation(t, r)
			pairs[f.Location.Text+" / "+r.Text] = f.Rule
		}
	}
	for _, want := range []string{
		"seven criminal groups / eight drug cartels",
		"five major Mexican cartels / six Mexican groups",
		"five major Mexican cartels / six of them based in Mexico",
	} {
		if pairs[want] != "count-agreement" {
			t.Errorf("no count-agreement finding %q; findings: %v", want, pairs)
		}
	}
	for pair := range pairs {
		if strings.Contains(pair, "six Mexican groups") && strings.Contains(pair, "six of them") {
			t.Errorf("sources that agree are flagged against each other: %q", pair)
		}
	}
}
