package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// TestLintSeedsDraft lints the newsroom draft in testdata/drafts against the
// five real articles of its story: the draft's wrong count of designated
// groups, its reworded quote of Jack Riley (with the diff) and the quote it
// invents for Marco Rubio are found, each located in the draft with the
// sources' claims as related locations, and nothing else is.
func TestLintSeedsDraft(t *testing.T) {
	seeds := sharedtest.Path(t, "seeds")
	t.Chdir(filepath.Join("..", ".."))
	const draft = "testdata/drafts/cartels-draft.md"
	var stdout, stderr bytes.Buffer
	code := run([]string{"claimlint", "lint", "--format", "json", "--against", seeds, draft}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d: %s", code, exitFindings, stderr.String())
	}
	var rep struct {
		Findings []struct {
			Rule     string            `json:"rule"`
			Location report.Location   `json:"location"`
			Related  []report.Location `json:"related"`
			Diff     []diffPart        `json:"diff"`
		} `json:"findings"`
		Summary report.Summary `json:"summary"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stdout.String())
	}
	if rep.Summary.Documents != 6 {
		t.Errorf("read %d documents, want the draft and 5 sources", rep.Summary.Documents)
	}
	found := map[string]string{} // rule -> the draft's words it is located at
	for _, f := range rep.Findings {
		if f.Location.Path != draft {
			t.Errorf("%s finding located in %s, not in the draft", f.Rule, f.Location.Path)
		}
		checkLocation(t, f.Location)
		for _, r := range f.Related {
			if !strings.HasPrefix(r.Path, seeds) {
				t.Errorf("%s finding related to %s, not a source", f.Rule, r.Path)
			}
			checkLocation(t, r)
		}
		if _, dup := found[f.Rule]; dup {
			t.Errorf("more than one %s finding: %q and %q", f.Rule, found[f.Rule], f.Location.Text)
		}
		found[f.Rule] = strings.Join(strings.Fields(f.Location.Text), " ")
		if f.Rule == "quote-fidelity" && !slices.ContainsFunc(f.Diff, func(p diffPart) bool {
			return p.Op == "delete" && strings.TrimSpace(p.Text) == "obvious"
		}) {
			t.Errorf("the reworded quote's diff does not mark the draft's word: %+v", f.Diff)
		}
	}
	for rule, want := range map[string]string{
		"count-agreement": "nine criminal groups",
		"quote-fidelity":  "This is the obvious next step",
		"unsourced-quote": "We are finally giving our commanders the tools this fight has always needed",
	} {
		if !strings.HasPrefix(found[rule], want) {
			t.Errorf("%s: located at %q, want %q", rule, found[rule], want)
		}
	}
	if len(found) != 3 {
		t.Errorf("found %v, want only the three planted mistakes", found)
	}
}

// diffPart is a part of a reworded quote's diff in the JSON report.
type diffPart struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}
