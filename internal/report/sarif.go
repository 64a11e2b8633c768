package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimlint/claimlint/rules"
)

// informationURI is claimlint's home page, which SARIF and rdjsonl name as
// the tool's.
const informationURI = "https://github.com/claimlint/claimlint"

// sarifSchema is the OASIS schema of SARIF 2.1.0 with its errata.
const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// fingerprintKey names claimlint's partial fingerprint; the version suffix
// changes if what it hashes ever does.
const fingerprintKey = "claimlintFinding/v1"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     *sarifMessage  `json:"shortDescription,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleLevel `json:"defaultConfiguration"`
}

type sarifRuleLevel struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int          `json:"startLine"`
	StartColumn int          `json:"startColumn"`
	EndLine     int          `json:"endLine"`
	EndColumn   int          `json:"endColumn"`
	ByteOffset  int          `json:"byteOffset"`
	ByteLength  int          `json:"byteLength"`
	Snippet     sarifMessage `json:"snippet"`
}

// sarifLevel maps a level to SARIF's error, warning and note.
func sarifLevel(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return "error"
	case rules.LevelWarning:
		return "warning"
	default:
		return "note"
	}
}

// WriteSARIF writes run as a SARIF 2.1.0 log that GitHub code scanning
// accepts: every rule that ran described in tool.driver, and a result a
// finding with its related claims and a fingerprint that survives edits
// elsewhere in the files, so that uploading a new run does not duplicate
// alerts.
func WriteSARIF(w io.Writer, run *Run) error {
	descriptors, index := sarifRules(run)
	results := make([]sarifResult, 0, len(run.Findings))
	for _, f := range run.Findings {
		at := spanOf(f.Location, run.Dir)
		res := sarifResult{RuleID: f.Rule, RuleIndex: index[f.Rule], Level: sarifLevel(f.Level),
			Locations:           []sarifLocation{{PhysicalLocation: sarifPlace(at)}},
			PartialFingerprints: map[string]string{fingerprintKey: fingerprint(f, run.Dir)}}
		links := make([]string, 0, len(f.Related))
		for i, r := range f.Related {
			id := i + 1
			rs := spanOf(r, run.Dir)
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id,
				PhysicalLocation: sarifPlace(rs), Message: &sarifMessage{Text: relatedMessage(rs, r.Doc.Source)}})
			links = append(links, fmt.Sprintf("[%s](%d)", sarifLiteral(sourceName(r)), id))
		}
		// Code scanning shows related locations only where the message
		// links to them.
		res.Message.Text = sarifLiteral(f.Message)
		if len(links) > 0 {
			res.Message.Text += " (see " + strings.Join(links, ", ") + ")"
		}
		results = append(results, res)
	}
	log := sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{{
		Tool: sarifTool{Driver: sarifDriver{Name: "claimlint", Version: run.Version,
			InformationURI: informationURI, Rules: descriptors}},
		ColumnKind: "unicodeCodePoints",
		Results:    results,
	}}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// sarifRules describes the rules that ran, sorted by id, and any other rule a
// finding names, and indexes them by id.
func sarifRules(run *Run) ([]sarifRule, map[string]int) {
	var out []sarifRule
	seen := map[string]bool{}
	for _, r := range run.Rules {
		if seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		d := sarifRule{ID: r.ID, HelpURI: absoluteURL(r.Link), DefaultConfiguration: sarifRuleLevel{Level: sarifLevel(r.Level)}}
		if s := r.Summary(); s != "" {
			d.ShortDescription = &sarifMessage{Text: s}
		}
		out = append(out, d)
	}
	for _, f := range run.Findings {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, sarifRule{ID: f.Rule, DefaultConfiguration: sarifRuleLevel{Level: sarifLevel(f.Level)}})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	index := make(map[string]int, len(out))
	for i, d := range out {
		index[d.ID] = i
	}
	if out == nil {
		out = []sarifRule{}
	}
	return out, index
}

func sarifPlace(s span) sarifPhysicalLocation {
	return sarifPhysicalLocation{
		ArtifactLocation: sarifArtifact(s.Path),
		Region: sarifRegion{StartLine: s.Line, StartColumn: s.Column, EndLine: s.end.Line, EndColumn: s.end.Column,
			ByteOffset: s.Start, ByteLength: s.End - s.Start, Snippet: sarifMessage{Text: s.Text}},
	}
}

// sarifArtifact names a file: relative to the root of the sources (the
// working directory) when it lies inside it, else by an absolute file URI.
func sarifArtifact(path string) sarifArtifactLocation {
	if strings.HasPrefix(path, "/") {
		return sarifArtifactLocation{URI: "file://" + escapeURIPath(path)}
	}
	return sarifArtifactLocation{URI: escapeURIPath(path), URIBaseID: "%SRCROOT%"}
}

// escapeURIPath percent-encodes the bytes of a slash-separated path that a
// URI reference cannot hold as they are.
func escapeURIPath(p string) string {
	const keep = "-._~/!$&'()*+,;=:@"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// sarifLiteral escapes the square brackets of plain text in a SARIF
// message, where they would start a link.
var sarifLiteral = strings.NewReplacer("[", `\[`, "]", `\]`).Replace

// relatedMessage says what a related claim is: its source and its words.
func relatedMessage(s span, source string) string {
	return fmt.Sprintf("%s: %q", source, s.Text)
}

// fingerprint identifies a finding across runs by its rule, subject, and the
// file, document and value of every claim involved, never by a line or
// offset, so that an edit elsewhere in a file keeps its alert. The claims
// are taken in no order: which of two tied claims a rule reports may change
// with the order of the paths.
func fingerprint(f rules.Finding, dir string) string {
	identity := func(l rules.Location) string {
		path := l.Doc.Path()
		// A JSONL batch holds several documents; their ids tell them apart.
		return relPath(dir, path) + "\x00" + strings.TrimPrefix(l.Doc.ID, path) + "\x00" + l.Value
	}
	claims := make([]string, 0, 1+len(f.Related))
	claims = append(claims, identity(f.Location))
	for _, r := range f.Related {
		claims = append(claims, identity(r))
	}
	sort.Strings(claims)
	h := sha256.New()
	for _, part := range append([]string{f.Rule, f.Subject}, claims...) {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
