package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// runOK runs claimlint and returns its standard output, failing the test on
// an input or usage error.
func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"claimlint"}, args...), strings.NewReader(""), &stdout, &stderr); code == exitError {
		t.Fatalf("claimlint %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

// checkSharded splits paths into shards dealt round-robin, extracts the
// claims of each shard to a file, and requires check --claims over the
// shards to print byte for byte what a check of the documents prints.
func checkSharded(t *testing.T, shards int, flags []string, paths ...string) {
	t.Helper()
	dir := t.TempDir()
	split := make([][]string, shards)
	for i, p := range paths {
		split[i%shards] = append(split[i%shards], p)
	}
	var files []string
	for i, s := range split {
		if len(s) == 0 {
			continue
		}
		out := runOK(t, append(append([]string{"extract", "--format", "claims"}, flags...), s...)...)
		f := filepath.Join(dir, "shard"+string(rune('1'+i))+".claims")
		if err := os.WriteFile(f, out, 0o666); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	for _, format := range []string{"json", "text"} {
		direct := runOK(t, append(append([]string{"check", "--format", format}, flags...), paths...)...)
		sharded := runOK(t, append([]string{"check", "--claims", "--format", format}, files...)...)
		if !bytes.Equal(direct, sharded) {
			t.Errorf("check --claims over %d shards differs from check (--format %s)\n--- check\n%s\n--- check --claims\n%s", len(files), format, direct, sharded)
		}
	}
	var rep checkReport
	if err := json.Unmarshal(runOK(t, append([]string{"check", "--claims", "--format", "json"}, files...)...), &rep); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %d claims, %d findings", rep.Summary.Documents, rep.Summary.Claims, rep.Summary.Findings)
}

func filesIn(t *testing.T, dirs ...string) []string {
	t.Helper()
	var out []string
	for _, d := range dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			switch filepath.Ext(e.Name()) {
			case ".txt", ".md", ".html":
				out = append(out, filepath.Join(d, e.Name()))
			}
		}
	}
	return out
}

// TestClaimsShardedStories: the example stories, as one story and as a
// story a folder, checked from three shards of claims.
func TestClaimsShardedStories(t *testing.T) {
	paths := filesIn(t, filepath.Join("..", "..", "testdata", "stories", "harbor-fire"), filepath.Join("..", "..", "testdata", "stories", "pier-fire"))
	checkSharded(t, 3, nil, paths...)
	checkSharded(t, 2, []string{"--story-per-folder"}, paths...)
}

// TestClaimsShardedBatch: JSONL batches whose texts are full of escapes,
// with stories named per line, checked from their claims.
func TestClaimsShardedBatch(t *testing.T) {
	dir := t.TempDir()
	lines := [][]string{
		{`{"id":"w1","source":"wire","story":"bridge","published":"2026-03-02","text":"Officials said \"four cracked beams\" were found.\nFour beams cracked on Monday, said Dana Whitlock, the city\u2019s engineer."}`,
			`{"id":"p1","source":"paper","story":"bridge","published":"2026-03-03","text":"Six beams cracked on Monday, said Dana Whitlok, the city engineer. \"We will not reopen the bridge until every damaged beam has been replaced,\" Whitlock said."}`},
		{`{"id":"b1","source":"blog","story":"bridge","published":"2026-03-03","text":"\"We won't reopen the bridge until every broken beam is replaced,\" said Dana Whitlock.\tFour beams cracked."}`,
			`{"id":"f1","source":"wire","story":"fire","published":"2026-06-05","text":"Two firefighters were injured when the warehouse fire broke out on Thursday."}`,
			`{"id":"f2","source":"paper","story":"fire","published":"2026-06-05","text":"Three firefighters were injured in the fire &amp; smoke, Chief Ana Ruiz said."}`},
		// A title that looks back ("the ruling of Judge Quill") is told from
		// one that does not by the words around the claim.
		{`{"id":"j1","source":"wire","story":"court","published":"2026-03-02","text":"Judge Mara Quill spoke to reporters on Monday. Lawyers praised the ruling of Judge Quill on Tuesday."}`,
			`{"id":"j2","source":"paper","story":"court","published":"2026-03-03","text":"Supreme Court Justice Mara Quill spoke to reporters on Monday."}`},
	}
	var paths []string
	for i, ls := range lines {
		p := filepath.Join(dir, "batch"+string(rune('a'+i))+".jsonl")
		if err := os.WriteFile(p, []byte(strings.Join(ls, "\n")+"\n"), 0o666); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	checkSharded(t, 2, nil, paths...)
}

// TestClaimsShardedBench: the first articles of the bench, one story,
// from three shards. CLAIMLINT_BENCH_ROUNDTRIP=all takes every article.
func TestClaimsShardedBench(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "bench", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if os.Getenv("CLAIMLINT_BENCH_ROUNDTRIP") != "all" {
		lines = lines[:min(600, len(lines))]
	}
	dir := t.TempDir()
	var paths []string
	for i := range 3 {
		p := filepath.Join(dir, "part"+string(rune('1'+i))+".jsonl")
		if err := os.WriteFile(p, bytes.Join(lines[i*len(lines)/3:(i+1)*len(lines)/3], nil), 0o666); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	checkSharded(t, 3, nil, paths...)
}

// TestClaimsShardedSeeds: the five seed articles, one story, from three
// shards; people are linked across shards as in one run.
func TestClaimsShardedSeeds(t *testing.T) {
	checkSharded(t, 3, nil, filesIn(t, sharedtest.Path(t, "seeds"))...)
}

// TestClaimsShardedGVA: the largest incident clusters of the GVA corpus, a
// story each, from three shards.
func TestClaimsShardedGVA(t *testing.T) {
	root := sharedtest.Path(t, "corpus", "gva")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	type cluster struct {
		dir   string
		files int
	}
	var clusters []cluster
	for _, e := range entries {
		if e.IsDir() {
			n, _ := os.ReadDir(filepath.Join(root, e.Name()))
			clusters = append(clusters, cluster{filepath.Join(root, e.Name()), len(n)})
		}
	}
	sort.SliceStable(clusters, func(i, j int) bool { return clusters[i].files > clusters[j].files })
	var dirs []string
	for _, c := range clusters[:min(6, len(clusters))] {
		dirs = append(dirs, c.dir)
	}
	checkSharded(t, 3, []string{"--story-per-folder"}, filesIn(t, dirs...)...)
	checkSharded(t, 2, nil, filesIn(t, dirs[0])...)
}
