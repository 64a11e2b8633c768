package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The reviewdog types below mirror reviewdog's rdf Diagnostic message; the
// test decodes with unknown fields refused, so a field claimlint writes that
// reviewdog does not define fails it.
type (
	reviewdogDiagnostic struct {
		Message          string                     `json:"message"`
		Location         *reviewdogLocation         `json:"location"`
		Severity         string                     `json:"severity"`
		Source           *reviewdogSource           `json:"source"`
		Code             *reviewdogCode             `json:"code"`
		Suggestions      []json.RawMessage          `json:"suggestions"`
		OriginalOutput   string                     `json:"original_output"`
		RelatedLocations []reviewdogRelatedLocation `json:"related_locations"`
	}
	reviewdogLocation struct {
		Path  string          `json:"path"`
		Range *reviewdogRange `json:"range"`
	}
	reviewdogRange struct {
		Start *reviewdogPosition `json:"start"`
		End   *reviewdogPosition `json:"end"`
	}
	reviewdogPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	reviewdogSource struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	}
	reviewdogCode struct {
		Value string `json:"value"`
		URL   string `json:"url"`
	}
	reviewdogRelatedLocation struct {
		Message  string             `json:"message"`
		Location *reviewdogLocation `json:"location"`
	}
)

// parseRDJSONL decodes every line of an rdjsonl report and checks what
// reviewdog needs of it.
func parseRDJSONL(t *testing.T, out []byte) []reviewdogDiagnostic {
	t.Helper()
	var ds []reviewdogDiagnostic
	sc := bufio.NewScanner(bytes.NewReader(out))
	for n := 1; sc.Scan(); n++ {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var d reviewdogDiagnostic
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		switch d.Severity {
		case "ERROR", "WARNING", "INFO":
		default:
			t.Errorf("line %d: severity %q", n, d.Severity)
		}
		locs := []*reviewdogLocation{d.Location}
		for _, r := range d.RelatedLocations {
			locs = append(locs, r.Location)
		}
		for _, l := range locs {
			if l == nil || l.Path == "" || l.Range == nil || l.Range.Start == nil || l.Range.End == nil ||
				l.Range.Start.Line < 1 || l.Range.Start.Column < 1 {
				t.Errorf("line %d: incomplete location %+v", n, l)
			}
		}
		if d.Source == nil || d.Source.Name != "claimlint" || d.Code == nil || d.Code.Value == "" {
			t.Errorf("line %d: source %+v, code %+v", n, d.Source, d.Code)
		}
		ds = append(ds, d)
	}
	return ds
}

func TestRDJSONL(t *testing.T) {
	ds := parseRDJSONL(t, write(t, "rdjsonl", fixtureRun(t)))
	if len(ds) != 2 {
		t.Fatalf("%d diagnostics, want 2", len(ds))
	}
	d := ds[0]
	// "12 families" follows "café" on its line: reviewdog counts bytes.
	if r := d.Location.Range; r.Start.Line != 2 || r.Start.Column != 45 || r.End.Line != 2 || r.End.Column != 56 {
		t.Errorf("range %+v %+v", *r.Start, *r.End)
	}
	if d.Severity != "ERROR" || d.Code.URL != "https://style.example.org/numbers#counts" || len(d.RelatedLocations) != 2 {
		t.Errorf("diagnostic %+v", d)
	}
	if ds[1].Severity != "WARNING" || ds[1].Code.URL != "" {
		t.Errorf("diagnostic %+v", ds[1])
	}
}

// TestRDJSONLGolden parses the CLI's rdjsonl report on the example story.
func TestRDJSONLGolden(t *testing.T) {
	out, err := os.ReadFile(filepath.Join(goldenDir, "harbor-fire.check.rdjsonl"))
	if err != nil {
		t.Skipf("no golden rdjsonl report: %v", err)
	}
	if len(parseRDJSONL(t, out)) == 0 {
		t.Error("no diagnostics")
	}
}
