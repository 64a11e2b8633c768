package engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// benchUnit returns the first lines of the bench, about mb megabytes
// (CLAIMLINT_SCALE_MB, default 1/4; "all" for the whole bench).
func benchUnit(t *testing.T) [][]byte {
	t.Helper()
	data, err := os.ReadFile(sharedtest.Path(t, "bench", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	limit := len(data) / 512
	if v := os.Getenv("CLAIMLINT_SCALE_MB"); v == "all" {
		limit = len(data)
	} else if v != "" {
		mb, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("CLAIMLINT_SCALE_MB=%q: want megabytes or all", v)
		}
		limit = int(mb * (1 << 20))
	}
	var lines [][]byte
	size := 0
	for line := range bytes.Lines(data) {
		if size >= limit {
			break
		}
		lines = append(lines, line)
		size += len(line)
	}
	return lines
}

// asStories writes copies of the bench lines, each copy a story of its own
// (a "story" field added to every line), to a file.
func asStories(t *testing.T, lines [][]byte, copies int) string {
	t.Helper()
	var b bytes.Buffer
	for c := range copies {
		field := fmt.Appendf(nil, `{"story": "copy-%d", `, c)
		for _, l := range lines {
			b.Write(field)
			b.Write(bytes.TrimPrefix(l, []byte("{")))
		}
	}
	p := filepath.Join(t.TempDir(), "stories.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	return p
}

// timing is how long a check took: the best of a few runs, on the clock
// and in processor time.
type timing struct {
	wall, cpu time.Duration
	findings  int
}

// timeCheck times a check of the file at p, loading included.
func timeCheck(t *testing.T, p string, runs int) timing {
	t.Helper()
	best := timing{wall: 1 << 62, cpu: 1 << 62}
	vocab, set := claims.DefaultVocabulary(), builtinSet()
	for range runs {
		runtime.GC()
		start, startCPU := time.Now(), cpuTime()
		docs, _, err := document.Load([]string{p}, nil, document.Options{DeferText: true}) // as the command reads
		if err != nil {
			t.Fatal(err)
		}
		res := Check(docs, vocab, set)
		best.wall, best.cpu = min(best.wall, time.Since(start)), min(best.cpu, cpuTime()-startCPU)
		best.findings = len(res.Findings)
	}
	return best
}

// TestScaleStories: a check of 4 and 16 copies of the bench, each copy a
// story of its own, takes about 4 and 16 times as long as one copy, and finds
// 4 and 16 times as much: stories are compared only within themselves. The
// bound here is loose, for a shared machine; `CLAIMLINT_SCALE_MB=8 go test
// -run TestScaleStories -v ./internal/engine` measures a larger unit and logs
// the figures.
func TestScaleStories(t *testing.T) {
	lines := benchUnit(t)
	unit := 0
	for _, l := range lines {
		unit += len(l)
	}
	one := timeCheck(t, asStories(t, lines, 1), 3)
	t.Logf("1 story: %d articles, %.2f MB, %v (%v processor), %d findings", len(lines), float64(unit)/(1<<20), one.wall, one.cpu, one.findings)
	for _, copies := range []int{4, 16} {
		took := timeCheck(t, asStories(t, lines, copies), 2)
		ratio := float64(took.wall) / (float64(one.wall) * float64(copies))
		cpuRatio := float64(took.cpu) / (float64(one.cpu) * float64(copies))
		t.Logf("%d stories: %.2f MB, %v (%v processor), %.2f of proportional (%.2f in processor time), %d findings",
			copies, float64(unit*copies)/(1<<20), took.wall, took.cpu, ratio, cpuRatio, took.findings)
		if took.findings != one.findings*copies {
			t.Errorf("%d stories: %d findings, want %d times %d", copies, took.findings, copies, one.findings)
		}
		if cpuRatio > 2 || took.cpu == 0 && ratio > 2 {
			t.Errorf("%d stories took %.1f times proportional time (%.1f in processor time)", copies, ratio, cpuRatio)
		}
	}
}

// measure returns the processor time f takes, or its time on the clock where
// processor time is unknown.
func measure(f func()) time.Duration {
	start, startCPU := time.Now(), cpuTime()
	f()
	if startCPU == 0 {
		return time.Since(start)
	}
	return cpuTime() - startCPU
}

// story writes n invented reports of one event, each from its own outlet,
// that differ as sources do: the count, the day, the rewording of a quote
// and who said it, the speaker's title and the spelling of a name.
func story(n int) []*document.Document {
	published := time.Date(2026, 6, 6, 0, 0, 0, 0, time.UTC)
	titles := []string{"Fire Chief", "Deputy Fire Chief", "former Fire Chief"}
	days := []string{"Thursday", "Friday", "Thursday night"}
	words := []string{"damaged", "broken", "cracked", "damaged"}
	names := []string{"Dana Whitlock", "Dana Whitlok", "Dana Whitlock"}
	docs := make([]*document.Document, n)
	for i := range docs {
		speaker := names[i%len(names)]
		if i%5 == 4 {
			speaker = "Ray Ostrow" // the quote given to another person
		}
		text := fmt.Sprintf("%d firefighters were injured when the warehouse fire broke out on %s. "+
			"Officials evacuated %d residents. \"We will not reopen the bridge until every %s beam has been replaced,\" "+
			"said %s %s. About %d people attended the briefing, and %s said repairs would take %d weeks.",
			2+i%3, days[i%len(days)], 40+i%7*5, words[i%len(words)], titles[i%len(titles)], speaker,
			100+i%4*10, names[(i+1)%len(names)], 3+i%2)
		docs[i] = document.NewText(fmt.Sprintf("outlet%03d.txt", i), fmt.Sprintf("outlet%03d", i), text, published)
	}
	return docs
}

// TestScaleManySources: one story told by 200 sources does not explode.
// Counts, dates, titles and names are grouped by key, so their cost grows
// with the claims; quotes are compared pairwise only within a speaker's
// bucket. Four times the sources may take at most sixteen times as long
// (it is about four times), and 200 sources well under a second.
func TestScaleManySources(t *testing.T) {
	vocab, set := claims.DefaultVocabulary(), builtinSet()
	took := map[int]time.Duration{}
	for _, n := range []int{50, 100, 200} {
		docs := story(n)
		best := time.Duration(1 << 62)
		var res *Checked
		for range 5 {
			best = min(best, measure(func() { res = Check(docs, vocab, set) }))
		}
		took[n] = best
		rules := map[string]int{}
		for _, f := range res.Findings {
			rules[f.Rule]++
		}
		t.Logf("%d sources: %d claims, %v, findings %v", n, res.Claims, best, rules)
		if len(rules) < 6 {
			t.Errorf("%d sources: findings of %d rules, want the counts, dates, quotes, titles and names compared", n, len(rules))
		}
	}
	if took[200] > 16*took[50]+50*time.Millisecond {
		t.Errorf("200 sources took %v, 50 took %v: worse than quadratic", took[200], took[50])
	}
	if took[200] > 2*time.Second {
		t.Errorf("200 sources took %v", took[200])
	}
}

// TestStoriesLetClaimsGo: the same articles checked as many stories of five
// hold far less at once than checked as one story, since each story's claims
// go once its rules have run; only the documents stay to the end. Measured
// on the bench (`CLAIMLINT_SCALE_MB=8 go test -run TestStoriesLetClaimsGo -v
// ./internal/engine`; "all" for the whole bench), the peak live heap is
// sampled while each check runs.
func TestStoriesLetClaimsGo(t *testing.T) {
	if os.Getenv("CLAIMLINT_SCALE_MB") == "" {
		t.Skip("set CLAIMLINT_SCALE_MB to measure on the bench")
	}
	lines := benchUnit(t)
	peak := func(storySize int) uint64 {
		var b bytes.Buffer
		for i, l := range lines {
			fmt.Fprintf(&b, `{"story": "s%d", `, i/storySize)
			b.Write(bytes.TrimPrefix(l, []byte("{")))
		}
		p := filepath.Join(t.TempDir(), "stories.jsonl")
		if err := os.WriteFile(p, b.Bytes(), 0o666); err != nil {
			t.Fatal(err)
		}
		docs, _, err := document.Load([]string{p}, nil, document.Options{DeferText: true}) // as the command reads
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		most := heapLive()
		done := make(chan struct{})
		sampled := make(chan uint64)
		go func() {
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-done:
					sampled <- most
					return
				case <-tick.C:
					most = max(most, heapLive())
				}
			}
		}()
		Check(docs, claims.DefaultVocabulary(), builtinSet())
		close(done)
		return <-sampled
	}
	one, many := peak(len(lines)), peak(5)
	t.Logf("%d articles: peak live heap %d MB as one story, %d MB as stories of five", len(lines), one>>20, many>>20)
	if many > one*3/4 {
		t.Errorf("stories of five peaked at %d MB, one story at %d MB: the stories' claims were held together", many>>20, one>>20)
	}
}

// heapLive is the heap the collector last found live.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
