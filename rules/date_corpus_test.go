package rules_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/sharedtest"
	"github.com/claimlint/claimlint/rules"
)

// TestDatesOnCorpus measures date-agreement on the largest story clusters of
// the gun violence corpus, each cluster checked as one story with the
// publication dates of the manifest. It logs every finding, for reading, and
// how many of the date claims about the shooting itself (shot, killed,
// injured, the shooting, the incident) hold the incident's date; set
// CLAIMLINT_CORPUS=1 to run it, CLAIMLINT_CORPUS_CLUSTERS to measure on
// another number of clusters than 100, and CLAIMLINT_CORPUS_CLAIMS=1 to log
// the claims too.
func TestDatesOnCorpus(t *testing.T) {
	if os.Getenv("CLAIMLINT_CORPUS") == "" {
		t.Skip("set CLAIMLINT_CORPUS=1 to measure on the corpus")
	}
	dir, clusters, ids := sharedtest.GVAClusters(t)
	n := sharedtest.CorpusClusters(len(ids))
	gold := map[string]time.Time{}
	goldData, err := os.ReadFile(filepath.Join(dir, "gva_gold_incidents.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(goldData), []byte("\n")) {
		var inc struct{ Incident, Date string }
		if json.Unmarshal(line, &inc) == nil {
			if d, err := time.Parse("January 2, 2006", inc.Date); err == nil {
				gold[inc.Incident] = d
			}
		}
	}
	var rs []*rules.Rule
	for _, r := range rules.Builtin() {
		if r.Kind == "date-agreement" {
			rs = append(rs, r)
		}
	}
	set := &rules.Set{Rules: rs}
	vocab := claims.DefaultVocabulary()
	docs, dated, findings, incidentClaims, onIncident := 0, 0, 0, 0, 0
	for _, id := range ids[:n] {
		var paths []string
		outlet := map[string]sharedtest.GVAArticle{}
		for _, a := range clusters[id] {
			p := filepath.Join(filepath.Dir(dir), a.Path)
			if _, err := os.Stat(p); err == nil {
				paths = append(paths, p)
				outlet[p] = a
			}
		}
		ds, _, err := document.Load(paths, nil, document.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			a := outlet[d.ID]
			d.Source = a.Outlet + "/" + strings.TrimSuffix(filepath.Base(d.ID), ".txt")[:6]
			d.Published, _ = time.Parse(time.DateOnly, a.Date)
		}
		docs += len(ds)
		// CheckExtracted finds what Check finds, and leaves the claims,
		// linked, with the caller.
		exs := engine.ExtractUnlinked(ds, vocab, set).Extractions
		res := engine.CheckExtracted(exs, vocab, set)
		for _, ex := range exs {
			for _, c := range ex.Claims {
				if c.Kind == claims.KindDate {
					dated++
					if day, ok := gold[id]; ok && datesIncident(c.Key) {
						incidentClaims++
						// A night may run into the small hours of the incident's day.
						if c.Date.From.Before(day.Add(24*time.Hour)) && day.Before(c.Date.To.Add(6*time.Hour)) {
							onIncident++
						} else {
							t.Logf("%s off the incident's date %s: %q %s %q", id, day.Format(time.DateOnly), c.Subject, c.Value,
								strings.ReplaceAll(c.Doc.Text[max(0, c.Start-60):min(len(c.Doc.Text), c.End+30)], "\n", " "))
						}
					}
					if os.Getenv("CLAIMLINT_CORPUS_CLAIMS") != "" {
						sent := c.Doc.Text[max(0, c.Start-60):min(len(c.Doc.Text), c.End+30)]
						t.Logf("%s claim %q %s %q", id, c.Subject, c.Value, strings.ReplaceAll(sent, "\n", " "))
					}
				}
			}
		}
		for _, fd := range res.Findings {
			findings++
			loc := fd.Location
			t.Logf("%s %q: %s", id, loc.Doc.Text[max(0, loc.Start-60):min(len(loc.Doc.Text), loc.End+30)], fd.Message)
			for _, rel := range fd.Related {
				t.Logf("    %q", rel.Doc.Text[max(0, rel.Start-60):min(len(rel.Doc.Text), rel.End+30)])
			}
		}
	}
	fmt.Printf("corpus: %d clusters, %d documents, %d date claims, %d date-agreement findings; %d of %d (%.1f%%) claims dating the shooting hold the incident's date\n",
		n, docs, dated, findings, onIncident, incidentClaims, 100*float64(onIncident)/float64(max(incidentClaims, 1)))
}

// datesIncident reports a date claim key about the shooting itself.
func datesIncident(key string) bool {
	event, _, _ := strings.Cut(strings.TrimPrefix(key, "date:"), "/")
	switch event {
	case "shot", "killed", "injured", "incident":
		return true
	}
	return false
}
