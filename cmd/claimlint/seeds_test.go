package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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

// copySeeds copies the seed articles into a new folder of the test's, so
// that a test can add a configuration beside them or edit them.
func copySeeds(t *testing.T) string {
	t.Helper()
	src := sharedtest.Path(t, "seeds")
	dst := filepath.Join(t.TempDir(), "seeds")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func rulesOf(rep checkReport) map[string]int {
	n := map[string]int{}
	for _, f := range rep.Findings {
		n[f.Rule]++
	}
	return n
}

// TestSeedsConfigDisable: a .claimlint.yml beside the seeds that disables
// quote-fidelity silences that rule and no other.
func TestSeedsConfigDisable(t *testing.T) {
	dir := copySeeds(t)
	all := rulesOf(runJSON(t, "check", "--format", "json", "--no-config", dir))
	if all["quote-fidelity"] == 0 {
		t.Fatalf("the seeds raise no quote-fidelity finding to disable: %v", all)
	}
	cfg := filepath.Join(filepath.Dir(dir), ".claimlint.yml")
	if err := os.WriteFile(cfg, []byte("disable: [quote-fidelity]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(dir))
	got := rulesOf(runJSON(t, "check", "--format", "json", "seeds"))
	for rule, n := range all {
		want := n
		if rule == "quote-fidelity" {
			want = 0
		}
		if got[rule] != want {
			t.Errorf("%s: %d findings with the configuration, want %d (all: %v, got: %v)", rule, got[rule], want, all, got)
		}
	}
}

// TestSeedsBaseline: a baseline of the seeds accepts every finding; changing
// a count in one seed then reports exactly that new finding.
func TestSeedsBaseline(t *testing.T) {
	dir := copySeeds(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"claimlint", "check", "--no-config", "--write-baseline", base, dir}, strings.NewReader(""), &stdout, &stderr); code != exitFindings {
		t.Fatalf("writing the baseline exited %d: %s", code, stderr.String())
	}
	stdout.Reset()
	if code := run([]string{"claimlint", "check", "--no-config", "--baseline", base, dir}, strings.NewReader(""), &stdout, &stderr); code != exitClean {
		t.Fatalf("with the baseline: exit %d, want 0:\n%s%s", code, stdout.String(), stderr.String())
	}
	seed := filepath.Join(dir, "000_75a8edda6ee13938.txt")
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "seven criminal groups", "nine criminal groups", 1)
	if edited == string(data) {
		t.Fatal("the seed no longer says seven criminal groups")
	}
	if err := os.WriteFile(seed, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := runJSON(t, "check", "--no-config", "--format", "json", "--baseline", base, dir)
	if len(rep.Findings) != 1 || rep.Findings[0].Location.Text != "nine criminal groups" {
		t.Errorf("after the edit: %+v, want exactly the new count finding", rep.Findings)
	}
}

// TestSeedsUserRule: the worked example of docs/rules.md, the rule `init`
// writes, binds the seeds' counts to its subject.
func TestSeedsUserRule(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	rule := filepath.Join(t.TempDir(), "designations.yml")
	if err := os.WriteFile(rule, []byte(exampleRule), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := runJSON(t, "check", "--no-config", "--format", "json", "--rules", rule, seeds)
	subjects := map[string]string{}
	for _, f := range rep.Findings {
		if f.Rule == "designations" {
			subjects[f.Location.Text] = f.Message
		}
	}
	for text, subject := range map[string]string{
		"seven criminal groups":      "groups designated as terrorist organizations:",
		"five major Mexican cartels": "groups designated as terrorist organizations / mexican:",
	} {
		if !strings.HasPrefix(subjects[text], subject) {
			t.Errorf("%q: message %q, want it to start %q (findings %v)", text, subjects[text], subject, subjects)
		}
	}
}

// TestStoryLocations: every location reported on the example story, whose
// sources are plain text, Markdown and HTML, slices its file to its text on
// the line and column it names.
func TestStoryLocations(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	rep := runJSON(t, "check", "--no-config", "--format", "json", "testdata/stories/harbor-fire")
	formats := map[string]bool{}
	for _, f := range rep.Findings {
		for _, l := range append([]report.Location{f.Location}, f.Related...) {
			checkLocation(t, l)
			formats[filepath.Ext(l.Path)] = true
		}
	}
	for _, ext := range []string{".txt", ".md", ".html"} {
		if !formats[ext] {
			t.Errorf("no finding located in a %s file: %v", ext, formats)
		}
	}
}
