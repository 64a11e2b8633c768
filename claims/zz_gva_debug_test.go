package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
)

func TestGVADebug(t *testing.T) {
	dir := "/work/shared/corpus/gva"
	incidents := decodeJSONL[gvaIncident](t, filepath.Join(dir, "gva_gold_incidents.jsonl"))
	articles := decodeJSONL[gvaArticle](t, filepath.Join(dir, "manifest.jsonl"))
	byCluster := map[string][]gvaArticle{}
	for _, a := range articles {
		byCluster[a.Cluster] = append(byCluster[a.Cluster], a)
	}
	shown := 0
	for _, inc := range incidents[100:] {
		var lines []string
		var vs []float64
		for _, a := range byCluster[inc.Incident] {
			data, _ := os.ReadFile(filepath.Join(filepath.Dir(dir), a.Path))
			pub, _ := time.Parse(time.DateOnly, a.Date)
			ex := Extract(document.NewText(a.Path, "", string(data), pub))
			for _, c := range ex.Claims {
				if c.Kind == KindCount && c.Count.Event == os.Getenv("EV") && !c.Count.Subset && peopleNouns[c.Count.Noun] {
					vs = append(vs, c.Quantity.Value)
					s := ex.Doc.Text[max(0, c.Count.SentenceStart):min(c.Count.SentenceEnd, c.Count.SentenceStart+160)]
					lines = append(lines, fmt.Sprintf("   %v %q | %s", c.Quantity.Value, c.Text(), s))
				}
			}
		}
		if g := pick(inc); len(vs) > 0 && majority(vs) != float64(g) {
			fmt.Printf("== %s gold %d\n", inc.Incident, pick(inc))
			for _, l := range lines {
				fmt.Println(l)
			}
			shown++
			if shown > 12 {
				break
			}
		}
	}
}

func pick(inc gvaIncident) int {
	if os.Getenv("EV") == "injured" {
		return inc.NumInjure
	}
	return inc.NumKilled
}
