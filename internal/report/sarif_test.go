package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/rules"
)

// validateSARIF checks a log against the OASIS SARIF 2.1.0 schema, formats
// (URIs, dates) included.
func validateSARIF(t *testing.T, log []byte) {
	t.Helper()
	if err := sarifSchemaErrors(t, log); err != nil {
		t.Errorf("the SARIF log does not follow the schema: %v", err)
	}
}

// sarifSchemaErrors returns what in a log breaks the schema.
func sarifSchemaErrors(t *testing.T, log []byte) error {
	t.Helper()
	schemaJSON, err := os.ReadFile(filepath.Join("..", "..", "testdata", "schema", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchema, schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	return schema.Validate(inst)
}

func TestSARIFSchema(t *testing.T) {
	validateSARIF(t, write(t, "sarif", fixtureRun(t)))
	validateSARIF(t, write(t, "sarif", &Run{}))
}

// TestSARIFGoldenSchema validates the CLI's SARIF report on the example
// story, which cmd/claimlint's golden test keeps up to date.
func TestSARIFGoldenSchema(t *testing.T) {
	log, err := os.ReadFile(filepath.Join(goldenDir, "harbor-fire.check.sarif"))
	if err != nil {
		t.Skipf("no golden SARIF report: %v", err)
	}
	validateSARIF(t, log)
}

func TestSARIFSchemaRejects(t *testing.T) {
	// The validation is worth something only if it catches a broken log.
	var log map[string]any
	if err := json.Unmarshal(write(t, "sarif", fixtureRun(t)), &log); err != nil {
		t.Fatal(err)
	}
	result := log["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	result["level"] = "fatal"
	broken, _ := json.Marshal(log)
	if sarifSchemaErrors(t, broken) == nil {
		t.Error("a result of level fatal passed the schema")
	}
}

func TestSARIF(t *testing.T) {
	run := fixtureRun(t)
	run.Dir = filepath.FromSlash("/work/repo")
	var log sarifLog
	if err := json.Unmarshal(write(t, "sarif", run), &log); err != nil {
		t.Fatal(err)
	}
	r := log.Runs[0]
	if r.ColumnKind != "unicodeCodePoints" || r.Tool.Driver.Version != "1.2.3" {
		t.Errorf("columnKind %q, version %q", r.ColumnKind, r.Tool.Driver.Version)
	}
	ids := []string{}
	for _, d := range r.Tool.Driver.Rules {
		ids = append(ids, d.ID)
	}
	if len(ids) != 2 || ids[0] != "count-agreement" || ids[1] != "quote-wording" {
		t.Fatalf("rules %v, want the rule that ran and the one a finding names", ids)
	}
	count := r.Tool.Driver.Rules[0]
	if count.HelpURI != "https://style.example.org/numbers#counts" || count.ShortDescription == nil || count.ShortDescription.Text == "" {
		t.Errorf("count-agreement described as %+v", count)
	}
	res := r.Results[1]
	if res.RuleIndex != 1 || res.Level != "warning" {
		t.Errorf("result rule index %d, level %q", res.RuleIndex, res.Level)
	}
	// The message links to the related locations by id, and its own
	// brackets are escaped.
	if want := "see \\[below\\] (see [Valley Post](1))"; !strings.HasSuffix(res.Message.Text, want) {
		t.Errorf("message %q, want it to end with %q", res.Message.Text, want)
	}
	if want := "Wire | Desk says 15 (see [Valley Post](1), [Wire | Desk](2))"; !strings.HasSuffix(r.Results[0].Message.Text, want) {
		t.Errorf("message %q, want it to end with %q", r.Results[0].Message.Text, want)
	}
	loc := r.Results[0].Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "story/gazette.txt" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact %+v", loc.ArtifactLocation)
	}
	want := sarifRegion{StartLine: 2, StartColumn: 44, EndLine: 2, EndColumn: 55, ByteOffset: 64, ByteLength: 11,
		Snippet: sarifMessage{Text: "12 families"}}
	if loc.Region != want {
		t.Errorf("region %+v, want %+v", loc.Region, want)
	}
	related := r.Results[0].RelatedLocations
	if len(related) != 2 || *related[0].ID != 1 || *related[1].ID != 2 || related[1].Message.Text != `Wire | Desk: "15 families"` {
		t.Errorf("related locations %+v", related)
	}
}

func TestSARIFAbsoluteOutside(t *testing.T) {
	if got := sarifArtifact("/other place/a#b.txt"); got.URI != "file:///other%20place/a%23b.txt" || got.URIBaseID != "" {
		t.Errorf("sarifArtifact = %+v", got)
	}
}

func TestFingerprintIgnoresPositions(t *testing.T) {
	run := fixtureRun(t)
	f := run.Findings[0]
	before := fingerprint(f, "")
	// The same story with a paragraph added above every claim.
	moved := f
	moved.Location.Doc = document.NewText("story/gazette.txt", "Harbor Gazette", "Update.\n\n"+f.Location.Doc.Text, f.Location.Doc.Published)
	moved.Location.Start += len("Update.\n\n")
	moved.Location.End += len("Update.\n\n")
	moved.Location, moved.Related = f.Related[1], []rules.Location{f.Related[0], moved.Location}
	if after := fingerprint(moved, ""); after != before {
		t.Errorf("fingerprint changed from %s to %s when only positions and order did", before, after)
	}
	changed := f
	changed.Location.Value = "13"
	if fingerprint(changed, "") == before {
		t.Error("fingerprint kept when the value changed")
	}
	// An absolute path inside the working directory gives the relative one's.
	abs := f
	abs.Location.Doc = document.NewText(filepath.FromSlash("/work/repo/story/gazette.txt"), "Harbor Gazette", f.Location.Doc.Text, f.Location.Doc.Published)
	if fingerprint(abs, filepath.FromSlash("/work/repo")) != before {
		t.Error("fingerprint depends on how the path was given")
	}
}
