package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/document"
)

func TestZZGVA(t *testing.T) {
	dir := "/work/shared/corpus/gva"
	incidents := decodeJSONL[gvaIncident](t, filepath.Join(dir, "gva_gold_incidents.jsonl"))
	articles := decodeJSONL[gvaArticle](t, filepath.Join(dir, "manifest.jsonl"))
	byCluster := map[string][]gvaArticle{}
	for _, a := range articles {
		byCluster[a.Cluster] = append(byCluster[a.Cluster], a)
	}
	ev := os.Getenv("EV")
	shown := 0
	for _, inc := range incidents[0:] {
		_ = majority
		var lines []string
		var vs []*Claim
		for _, a := range byCluster[inc.Incident] {
			data, _ := os.ReadFile(filepath.Join(filepath.Dir(dir), a.Path))
			pub, _ := time.Parse(time.DateOnly, a.Date)
			ex := Extract(document.NewText(a.Path, "", string(data), pub))
			for _, c := range ex.Claims {
				if c.Kind == KindCount && c.Count.Event == ev && !c.Count.Subset && len(c.Count.Qualifiers) == 0 && peopleNouns[c.Count.Noun] {
					vs = append(vs, &c)
					s := ex.Doc.Text[c.Count.SentenceStart:min(c.Count.SentenceEnd, c.Count.SentenceStart+150)]
					lines = append(lines, fmt.Sprintf("   %v %q | %s", c.Quantity.Value, c.Text(), s))
				}
			}
		}
		k, i := inc.victims()
		g, v := inc.NumKilled, k
		if ev == "injured" {
			g, v = inc.NumInjure, i
		}
		if m := int(majority(vs, float64(g), float64(v))); len(vs) > 0 && m != g && m != v {
			fmt.Printf("== %s gold %d victims %d\n", inc.Incident, g, v)
			for _, l := range lines {
				fmt.Println(l)
			}
			shown++
			if shown > 25 {
				break
			}
		}
	}
}
