package dateparse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// minWeekdayShare is the floor of the share of weekday mentions that name
// the weekday of the incident and resolve to its date.
const minWeekdayShare = 0.95

// TestCorpusWeekdays reads the shooting-incident articles published within
// a week after their incident and checks that each mention of the
// incident's weekday ("on Friday", "Friday night") resolves, against the
// publication date, to the incident's date.
func TestCorpusWeekdays(t *testing.T) {
	dir := sharedtest.Path(t, "corpus", "gva")
	gold := map[string]time.Time{}
	readJSONLines(t, filepath.Join(dir, "gva_gold_incidents.jsonl"), func(line []byte) {
		var inc struct{ Incident, Date string }
		if err := json.Unmarshal(line, &inc); err != nil {
			t.Fatal(err)
		}
		if d, err := time.Parse("January 2, 2006", inc.Date); err == nil {
			gold[inc.Incident] = d
		}
	})
	var articles, withWeekday, firstRight, mentions, right int
	readJSONLines(t, filepath.Join(dir, "manifest.jsonl"), func(line []byte) {
		var a struct{ Cluster, Date, Path string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		incident, ok := gold[a.Cluster]
		pub, err := time.Parse("2006-01-02", a.Date)
		if !ok || err != nil || pub.Before(incident) || pub.Sub(incident) > 7*24*time.Hour {
			return
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(dir), a.Path))
		if err != nil {
			return
		}
		articles++
		first := true
		s := string(text)
		for _, d := range Scan(s, pub) {
			wd, ok := weekdayIn(s[d.Start:d.End])
			if !ok || d.Grain != GrainDay && d.Grain != GrainHour && d.Grain != GrainMinute {
				continue
			}
			hit := d.Resolved && onDay(d, incident)
			if first {
				withWeekday++
				if hit {
					firstRight++
				}
				first = false
			}
			if wd != incident.Weekday() {
				continue
			}
			mentions++
			if hit {
				right++
			} else if testing.Verbose() {
				t.Logf("%s (published %s, incident %s): %q -> %s", a.Path, a.Date, incident.Format("Mon 2006-01-02"),
					s[max(d.Start-60, 0):min(d.End+40, len(s))], d.From.Format("Mon 2006-01-02"))
			}
		}
	})
	share := float64(right) / float64(max(mentions, 1))
	t.Logf("%d articles within a week of their incident; %d mentions of the incident's weekday, %d (%.1f%%) resolve to its date",
		articles, mentions, right, 100*share)
	t.Logf("%d articles name a weekday; the first one names the incident's date in %d (%.1f%%)",
		withWeekday, firstRight, 100*float64(firstRight)/float64(max(withWeekday, 1)))
	if share < minWeekdayShare {
		t.Errorf("weekday share %.3f below %.2f", share, minWeekdayShare)
	}
}

// weekdayIn finds a weekday name in the text of a date.
func weekdayIn(s string) (time.Weekday, bool) {
	for _, t := range tokenize(s, 0, len(s), nil) {
		if t.kind == tWord && t.w.cls == clWeekday && !t.w.abbr {
			return time.Weekday(t.w.val), true
		}
	}
	return 0, false
}

// onDay reports that a date falls on a calendar day: a day by its date, a
// time by an instant that some zone (UTC-12 to UTC+14) puts on that day.
func onDay(d Date, day time.Time) bool {
	if d.Grain == GrainDay {
		return d.From.Equal(day)
	}
	return !d.From.Before(day.Add(-14*time.Hour)) && d.From.Before(day.Add(36*time.Hour))
}

// readJSONLines calls each with every line of a file.
func readJSONLines(tb testing.TB, path string, each func([]byte)) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	for line := range bytes.Lines(data) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			each(line)
		}
	}
}

// TestCorpusDateline reads the head of every article of the corpus for its
// publication date and compares it with the date of the manifest.
func TestCorpusDateline(t *testing.T) {
	dir := sharedtest.Path(t, "corpus", "gva")
	var articles, found, same, near int
	readJSONLines(t, filepath.Join(dir, "manifest.jsonl"), func(line []byte) {
		var a struct{ Date, Path string }
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join(filepath.Dir(dir), a.Path))
		if err != nil {
			return
		}
		articles++
		d, ok := Dateline(string(text))
		if !ok {
			return
		}
		found++
		manifest, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return
		}
		gap := day(d.Year(), int(d.Month()), d.Day()).Sub(manifest).Abs()
		if gap == 0 {
			same++
		}
		if gap <= 48*time.Hour {
			near++
		} else if testing.Verbose() {
			t.Logf("%s: dateline %s, manifest %s", a.Path, d.Format("2006-01-02"), a.Date)
		}
	})
	t.Logf("%d articles; a dateline in %d (%.1f%%): the manifest's date in %d (%.1f%%), within two days of it in %d (%.1f%%)",
		articles, found, 100*float64(found)/float64(max(articles, 1)), same, 100*float64(same)/float64(max(found, 1)),
		near, 100*float64(near)/float64(max(found, 1)))
}
