package report

import (
	"encoding/json"
	"io"

	"github.com/claimlint/claimlint/rules"
)

// The rdjsonl types follow reviewdog's Diagnostic message (proto/rdf), whose
// columns count bytes and whose ranges end exclusively.
type (
	rdDiagnostic struct {
		Message          string              `json:"message"`
		Location         rdLocation          `json:"location"`
		Severity         string              `json:"severity"`
		Source           rdSource            `json:"source"`
		Code             rdCode              `json:"code"`
		RelatedLocations []rdRelatedLocation `json:"related_locations,omitempty"`
	}
	rdLocation struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	}
	rdRange struct {
		Start rdPosition `json:"start"`
		End   rdPosition `json:"end"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rdCode struct {
		Value string `json:"value"`
		URL   string `json:"url,omitempty"`
	}
	rdRelatedLocation struct {
		Message  string     `json:"message,omitempty"`
		Location rdLocation `json:"location"`
	}
)

func rdSeverity(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return "ERROR"
	case rules.LevelWarning:
		return "WARNING"
	default:
		return "INFO"
	}
}

func rdPlace(s span) rdLocation {
	file := s.doc.File
	return rdLocation{Path: s.Path, Range: rdRange{
		Start: rdPosition{Line: s.Line, Column: file.ByteColumn(s.Start)},
		End:   rdPosition{Line: s.end.Line, Column: file.ByteColumn(s.End)},
	}}
}

// WriteRDJSONL writes run in reviewdog's rdjsonl format, a diagnostic a line,
// for `reviewdog -f=rdjsonl` to post as review comments.
func WriteRDJSONL(w io.Writer, run *Run) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range run.Findings {
		d := rdDiagnostic{Message: f.Message, Location: rdPlace(spanOf(f.Location, run.Dir)),
			Severity: rdSeverity(f.Level), Source: rdSource{Name: "claimlint", URL: informationURI},
			Code: rdCode{Value: f.Rule, URL: run.ruleLink(f.Rule)}}
		for _, r := range f.Related {
			rs := spanOf(r, run.Dir)
			d.RelatedLocations = append(d.RelatedLocations,
				rdRelatedLocation{Message: relatedMessage(rs, r.Doc.Source), Location: rdPlace(rs)})
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}
