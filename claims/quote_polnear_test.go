package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// polnearDoc is one document of the PolNeAR attribution corpus; offsets are
// code points.
type polnearDoc struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Split  string `json:"split"`
	Quotes []struct {
		Speaker      *string  `json:"speaker"`
		Start        int      `json:"start"`
		End          int      `json:"end"`
		SpeakerSpans [][2]int `json:"speaker_spans"`
		Type         string   `json:"type"`
	} `json:"quotes"`
}

// quoteScore counts how the predicted quotes of a corpus match the gold ones.
type quoteScore struct {
	gold, truePos, mixedPos, falsePos int
	tightPos                          int // matches that cover more than 0.8 of the gold span
	speakerRight, speakerTotal        int
}

func (s quoteScore) precision() float64 {
	return ratio(s.truePos+s.mixedPos, s.truePos+s.mixedPos+s.falsePos)
}
func (s quoteScore) recall() float64 { return ratio(s.truePos, s.gold) }
func (s quoteScore) f1() float64 {
	p, r := s.precision(), s.recall()
	return ratio2(2*p*r, p+r)
}
func (s quoteScore) speakerAccuracy() float64 { return ratio(s.speakerRight, s.speakerTotal) }

func ratio(a, b int) float64 { return ratio2(float64(a), float64(b)) }
func ratio2(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// TestQuotesPolNeAR measures direct-quote extraction and speaker attribution
// on the PolNeAR corpus. QUOTE_ERRORS=1 prints the errors of the train split.
func TestQuotesPolNeAR(t *testing.T) {
	path := sharedtest.Path(t, "quotes", "polnear_train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	scores := map[string]*quoteScore{"train": {}, "dev": {}}
	showErrors := os.Getenv("QUOTE_ERRORS") != ""
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d polnearDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		s := scores[d.Split]
		if s == nil {
			continue
		}
		scorePolNeAR(t, &d, s, showErrors && d.Split == "train")
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, split := range []string{"train", "dev"} {
		s := scores[split]
		t.Logf("%s: direct quotes P=%.3f R=%.3f F1=%.3f (gold %d, tp %d, mixed tp %d, fp %d, tp at 0.8 overlap %d); speaker accuracy %.3f (%d/%d)",
			split, s.precision(), s.recall(), s.f1(), s.gold, s.truePos, s.mixedPos, s.falsePos, s.tightPos,
			s.speakerAccuracy(), s.speakerRight, s.speakerTotal)
	}
	for _, split := range []string{"train", "dev"} {
		if f1 := scores[split].f1(); f1 < 0.87 {
			t.Errorf("%s direct-quote F1 %.3f < 0.87", split, f1)
		}
		if acc := scores[split].speakerAccuracy(); acc < 0.90 {
			t.Errorf("%s speaker accuracy %.3f < 0.90", split, acc)
		}
	}
}

// scorePolNeAR extracts the quotes of one document and adds its matches to s.
func scorePolNeAR(t *testing.T, d *polnearDoc, s *quoteScore, showErrors bool) {
	// runeAt[b] is the code-point offset of byte b.
	runeAt := make([]int, len(d.Text)+1)
	n := 0
	for b := range d.Text {
		for k := b; k < len(d.Text) && (k == b || !utf8.RuneStart(d.Text[k])); k++ {
			runeAt[k] = n
		}
		n++
	}
	runeAt[len(d.Text)] = n
	doc := document.NewText(d.ID, "polnear", d.Text, time.Time{})
	var preds []Mention
	for _, m := range Extract(doc).Mentions {
		if m.Kind == MentionQuote {
			preds = append(preds, m)
		}
	}
	type pair struct{ gold, pred, overlap int }
	var pairs []pair
	var direct, mixed []int
	for gi, q := range d.Quotes {
		switch q.Type {
		case "direct":
			direct = append(direct, gi)
		case "mixed":
			mixed = append(mixed, gi)
		default:
			continue
		}
		for pi, p := range preds {
			o := overlap(q.Start, q.End, runeAt[p.Start], runeAt[p.End])
			if q.Type == "direct" && float64(o) > 0.3*float64(q.End-q.Start) {
				pairs = append(pairs, pair{gi, pi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	goldMatched := map[int]int{}
	predMatched := map[int]bool{}
	for _, p := range pairs {
		if _, ok := goldMatched[p.gold]; ok || predMatched[p.pred] {
			continue
		}
		goldMatched[p.gold] = p.pred
		predMatched[p.pred] = true
		if q := d.Quotes[p.gold]; float64(p.overlap) > 0.8*float64(q.End-q.Start) {
			s.tightPos++
		}
	}
	s.gold += len(direct)
	s.truePos += len(goldMatched)
	for pi, p := range preds {
		if predMatched[pi] {
			continue
		}
		ps, pe := runeAt[p.Start], runeAt[p.End]
		switch {
		case overlapsAny(d, mixed, ps, pe):
			s.mixedPos++
		case overlapsAny(d, direct, ps, pe):
		default:
			s.falsePos++
			if showErrors {
				t.Logf("FP %s: spk=%q CTX %q", d.ID, p.Quote.Speaker, d.Text[max(0, p.Start-100):p.Start]+"[["+clip(p.Quote.Text)+"]]"+d.Text[p.End:min(len(d.Text), p.End+60)])
			}
		}
	}
	for _, gi := range direct {
		q := d.Quotes[gi]
		pi, ok := goldMatched[gi]
		if !ok {
			if showErrors {
				t.Logf("FN %s: %q", d.ID, clip(string([]rune(d.Text)[q.Start:q.End])))
			}
			continue
		}
		if q.Speaker == nil {
			continue
		}
		s.speakerTotal++
		p := preds[pi].Quote
		right := p.Speaker != "" && strings.Contains(p.Speaker, *q.Speaker)
		if p.SpeakerStart >= 0 {
			for _, sp := range q.SpeakerSpans {
				if overlap(sp[0], sp[1], runeAt[p.SpeakerStart], runeAt[p.SpeakerEnd]) > 0 {
					right = true
				}
			}
		}
		if right {
			s.speakerRight++
		} else if showErrors {
			got := ""
			if p.SpeakerStart >= 0 {
				got = d.Text[p.SpeakerStart:p.SpeakerEnd]
			}
			m := preds[pi]
			t.Logf("SPK %s: gold %q got %q (%q) CTX %q", d.ID, *q.Speaker, got, p.Speaker, d.Text[max(0, m.Start-150):m.Start]+"[[Q]]"+d.Text[m.End:min(len(d.Text), m.End+120)])
		}
	}
}

func overlap(as, ae, bs, be int) int { return max(0, min(ae, be)-max(as, bs)) }

func overlapsAny(d *polnearDoc, idx []int, s, e int) bool {
	for _, gi := range idx {
		if overlap(d.Quotes[gi].Start, d.Quotes[gi].End, s, e) > 0 {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}
