package sharedtest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

// GVAArticle is one article of the gun violence corpus's manifest: real
// articles about the same shootings, a cluster an incident.
type GVAArticle struct {
	Cluster string `json:"cluster"`
	Outlet  string `json:"source_outlet"`
	Date    string `json:"date"`
	Path    string `json:"path"` // inside the corpus folder
}

// GVAClusters reads the corpus's manifest: the articles of every cluster,
// and the cluster ids, the largest cluster first (ties in id order). It
// returns the corpus folder too; an article's file is filepath.Join(filepath.Dir(dir), Path).
func GVAClusters(tb testing.TB) (dir string, clusters map[string][]GVAArticle, ids []string) {
	tb.Helper()
	dir = Path(tb, "corpus", "gva")
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	clusters = map[string][]GVAArticle{}
	for _, line := range bytes.Split(bytes.TrimSpace(manifest), []byte("\n")) {
		var a GVAArticle
		if err := json.Unmarshal(line, &a); err != nil {
			tb.Fatal(err)
		}
		clusters[a.Cluster] = append(clusters[a.Cluster], a)
	}
	ids = make([]string, 0, len(clusters))
	for id := range clusters {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if a, b := len(clusters[ids[i]]), len(clusters[ids[j]]); a != b {
			return a > b
		}
		return ids[i] < ids[j]
	})
	return dir, clusters, ids
}

// CorpusClusters is how many clusters a corpus measurement reads: 100, or
// $CLAIMLINT_CORPUS_CLUSTERS, at most all.
func CorpusClusters(all int) int {
	n := min(100, all)
	if v, err := strconv.Atoi(os.Getenv("CLAIMLINT_CORPUS_CLUSTERS")); err == nil && v > 0 {
		n = min(v, all)
	}
	return n
}
