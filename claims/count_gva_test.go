package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

type gvaIncident struct {
	Incident     string `json:"incident"`
	NumKilled    int    `json:"num_killed"`
	NumInjure    int    `json:"num_injured"`
	Participants []struct {
		Type   string `json:"Type"`
		Status string `json:"Status"`
	} `json:"participants"`
}

// victims counts the victims the archive lists as killed and as injured:
// its totals also count a shooter who died or was hurt, whom articles seldom
// count among the dead.
func (inc gvaIncident) victims() (killed, injured int) {
	for _, p := range inc.Participants {
		if p.Type != "Victim" {
			continue
		}
		if strings.Contains(p.Status, "Killed") {
			killed++
		}
		if strings.Contains(p.Status, "Injured") {
			injured++
		}
	}
	return killed, injured
}

// peopleNouns are the counted nouns that count people as a whole; "two
// men" and "a woman" more often name parts of the victims than all of them.
var peopleNouns = setOf(`person`)

type gvaArticle struct {
	Cluster string `json:"cluster"`
	Date    string `json:"date"`
	Path    string `json:"path"`
}

// decodeJSONL decodes every line of a JSONL file.
func decodeJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	var out []T
	readJSONL(t, path, func(line []byte) {
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	})
	return out
}

// majority returns the figure that the most claims allow (a claim allows
// every figure of its interval: "15 to 20 people" allows 19), the smallest on
// a tie. Candidates are the claims' own figures and the extra ones given.
func majority(claims []*Claim, extra ...float64) float64 {
	candidates := append([]float64(nil), extra...)
	for _, c := range claims {
		candidates = append(candidates, c.Quantity.Value)
	}
	best, bestN := 0.0, 0
	for _, v := range candidates {
		n := 0
		for _, c := range claims {
			if c.Quantity.Lo <= v && v <= c.Quantity.Hi {
				n++
			}
		}
		if n > bestN || n == bestN && v < best {
			best, bestN = v, n
		}
	}
	return best
}

// TestGVAKilledInjured measures count claims on real articles about the same
// shootings against the Gun Violence Archive's own counts: in how many
// clusters the majority of "killed" (and "injured") claims equals the count.
func TestGVAKilledInjured(t *testing.T) {
	dir := sharedtest.Path(t, "corpus", "gva")
	incidents := decodeJSONL[gvaIncident](t, filepath.Join(dir, "gva_gold_incidents.jsonl"))
	articles := decodeJSONL[gvaArticle](t, filepath.Join(dir, "manifest.jsonl"))
	byCluster := map[string][]gvaArticle{}
	for _, a := range articles {
		byCluster[a.Cluster] = append(byCluster[a.Cluster], a)
	}
	type tally struct{ clusters, right int }
	var killed, injured tally
	var misses []string
	for _, inc := range incidents {
		values := map[string][]*Claim{}
		for _, a := range byCluster[inc.Incident] {
			data, err := os.ReadFile(filepath.Join(filepath.Dir(dir), a.Path))
			if err != nil {
				t.Fatal(err)
			}
			pub, _ := time.Parse(time.DateOnly, a.Date)
			ex := Extract(document.NewText(a.Path, "", string(data), pub))
			for _, c := range ex.Claims {
				if c.Kind == KindCount && (c.Count.Event == "killed" || c.Count.Event == "injured") && !c.Count.Subset && len(c.Count.Qualifiers) == 0 &&
					(peopleNouns[c.Count.Noun] || peopleNouns[c.Count.Head]) {
					values[c.Count.Event] = append(values[c.Count.Event], &c)
				}
			}
		}
		victimsKilled, victimsInjured := inc.victims()
		for event, vs := range values {
			gold, victims, tl := inc.NumKilled, victimsKilled, &killed
			if event == "injured" {
				gold, victims, tl = inc.NumInjure, victimsInjured, &injured
			}
			tl.clusters++
			if m := int(majority(vs, float64(gold), float64(victims))); m == gold || m == victims {
				tl.right++
			} else {
				misses = append(misses, inc.Incident+" "+event)
			}
		}
	}
	sort.Strings(misses)
	share := func(tl tally) float64 { return float64(tl.right) / float64(max(tl.clusters, 1)) }
	all := tally{killed.clusters + injured.clusters, killed.right + injured.right}
	t.Logf("GVA: killed %d/%d clusters right (%.3f), injured %d/%d (%.3f), together %.3f",
		killed.right, killed.clusters, share(killed), injured.right, injured.clusters, share(injured), share(all))
	// The goal is 0.80; this extractor reaches 0.817, and the floor guards
	// that against regressions.
	const floor = 0.81
	if share(all) < floor {
		t.Errorf("GVA killed/injured agreement %.3f is below %.2f", share(all), floor)
	}
	if os.Getenv("GVA_MISSES") != "" {
		t.Logf("misses: %v", misses)
	}
}
