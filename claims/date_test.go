package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
)

// datePublished is the publication date of the date table tests: Saturday 6 June 2026.
var datePublished = time.Date(2026, 6, 6, 0, 0, 0, 0, time.UTC)

// datesOf returns the date claims of s as "text | subject | key | value" lines.
func datesOf(s string, published time.Time) []string {
	ex := Extract(document.NewText("t.txt", "t", s, published))
	var out []string
	for _, c := range ex.Claims {
		if c.Kind == KindDate {
			out = append(out, c.Text()+" | "+c.Subject+" | "+c.Key+" | "+c.Value)
		}
	}
	return out
}

func TestDateClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// bound to the event just before the date
		{"an event noun and the verb that says it happened",
			"A fire broke out last night on the old ferry pier.",
			[]string{"last night | fire broke out | date:fire | 2026-06-05"}},
		{"the event noun stands well before its verb",
			"The fire at the Pier 3 ticket hall broke out on Friday, shortly after 11 p.m.",
			[]string{"Friday | fire broke out | date:fire | 2026-06-05"}},
		{"a synonym of the event noun keys the same event",
			"The blaze that broke out June 5 destroyed the sheds.",
			[]string{"June 5 | blaze broke out | date:fire | 2026-06-05"}},
		{"an action with its auxiliary",
			"Orla Brennick was killed Thursday in Tallow Street.",
			[]string{"Thursday | was killed | date:killed | 2026-06-04"}},
		{"dying is dated apart from the attack",
			"Dara Venn died Sunday at Marlow General.",
			[]string{"Sunday | died | date:died | 2026-05-31"}},
		{"an event noun alone",
			"The harbor board held a press briefing on Saturday morning.",
			[]string{"Saturday morning | press briefing | date:briefing | 2026-06-06"}},
		{"an object between the verb and its date",
			"The mayor signed the harbor agreement on Tuesday.",
			[]string{"Tuesday | signed | date:signed | 2026-06-02"}},
		{"the age of whom the event befell narrows it",
			"A 7-year-old boy was shot Friday night in Kessing.",
			[]string{"Friday night | 7-year-old was shot | date:shot/7-year-old | 2026-06-05"}},
		{"an absolute date without a publication date",
			"The fire broke out on June 5, 2026, near the quay.",
			[]string{"June 5, 2026 | fire broke out | date:fire | 2026-06-05"}},
		{"a time with a zone is an instant",
			"The explosion happened at 6:15 p.m. CDT on June 5.",
			[]string{"6:15 p.m. CDT on June 5 | explosion happened | date:explosion | 2026-06-05T23:15Z"}},
		{"a fatal shooting is a killing",
			"Deputy Rae Callum was fatally shot Friday outside the store.",
			[]string{"Friday | was fatally shot | date:killed | 2026-06-05"}},
		// bound to the event after the date
		{"an opening date and the event after its comma",
			"On Friday, a fire broke out at the pier.",
			[]string{"Friday | fire | date:fire | 2026-06-05"}},
		{"a possessive date",
			"Friday's fire destroyed the ticket hall.",
			[]string{"Friday | fire | date:fire | 2026-06-05"}},
		{"an attributive date",
			"One man was arrested in the Saturday shooting.",
			[]string{"Saturday | shooting | date:shot | 2026-06-06"}},
		// no binding when unsure
		{"a relative date without a publication date makes no claim",
			"A fire broke out on Friday.", nil},
		{"the date of a report is not the event's",
			"The man was shot, police said Friday.", nil},
		{"a date after until is not the event's",
			"The pier stays closed until Monday after the fire.", nil},
		{"an auxiliary between the event and the date gives it another verb",
			"The slain fishermen were identified Friday.", nil},
		{"a negated event",
			"No arrest had been made Saturday evening.", nil},
		{"a separate event",
			"A separate fire on Tuesday damaged a shed.", nil},
		{"a date counted from another",
			"He was shot on Friday and died two days later.", []string{"Friday | was shot | date:shot | 2026-06-05"}},
		{"a loose relative date",
			"The pier was damaged in a fire last week.", nil},
		{"a bare time of day",
			"The fire broke out at 11 p.m.", nil},
		{"a speaker's relative date",
			`"The fire started yesterday," Pellow said.`, nil},
		{"a verb that only says something happened, without its noun",
			"It started on Thursday.", nil},
		{"an event noun that qualifies another noun",
			"The fire officials met Tuesday.", nil},
		{"an attributive date of an event under investigation",
			"The deputy was investigating the June 2 shooting.", nil},
		{"an event noun as the object of what the date dates",
			"Police revealed new details about the shooting Thursday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := datePublished
			if strings.HasPrefix(tt.name, "a relative date without") || strings.HasPrefix(tt.name, "an absolute date without") {
				pub = time.Time{}
			}
			got := datesOf(tt.text, pub)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDateValue(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		d    dateparse.Date
		want string
	}{
		{dateparse.Date{From: day(2026, 6, 5), To: day(2026, 6, 6), Grain: dateparse.GrainDay, Resolved: true}, "2026-06-05"},
		{dateparse.Date{From: day(2026, 6, 1), To: day(2026, 7, 1), Grain: dateparse.GrainMonth, Resolved: true}, "2026-06"},
		{dateparse.Date{From: day(2026, 1, 1), To: day(2027, 1, 1), Grain: dateparse.GrainYear, Resolved: true}, "2026"},
		{dateparse.Date{From: day(2026, 6, 2), To: day(2026, 6, 10), Grain: dateparse.GrainDay, Range: true, Resolved: true}, "2026-06-02/2026-06-09"},
		{dateparse.Date{From: day(2026, 6, 1), To: day(2026, 6, 8), Grain: dateparse.GrainWeek, Resolved: true}, "2026-06-01/2026-06-07"},
		{dateparse.Date{Grain: dateparse.GrainDay}, ""},
	}
	for _, tt := range tests {
		if got := DateValue(&tt.d); got != tt.want {
			t.Errorf("DateValue(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// FuzzDateClaims checks that binding dates to events never panics on any
// text, with or without a publication date.
func FuzzDateClaims(f *testing.F) {
	for _, s := range []string{"A fire broke out last night.", "Friday's fire", "On Friday, a fire", "“yesterday",
		"The blaze that broke out June 5", "A 7-year-old was shot Friday", "-year-old Friday", "Friday’s"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, dated bool) {
		pub := time.Time{}
		if dated {
			pub = datePublished
		}
		for _, c := range Extract(document.NewText("f.txt", "f", s, pub)).Claims {
			if c.Kind == KindDate && (c.Start < 0 || c.End > len(s) || c.Start > c.End || c.Date == nil) {
				t.Fatalf("bad date claim %+v in %q", c, s)
			}
		}
	})
}

// BenchmarkDateClaims measures the extraction of dated benchmark articles,
// date claims included.
func BenchmarkDateClaims(b *testing.B) {
	texts := benchTexts(b, 2<<20)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			Extract(document.NewText("b.txt", "b", s, datePublished))
		}
	}
}

// BenchmarkExtractDates measures the dates of the benchmark articles alone:
// the scan and the binding of each date to its event.
func BenchmarkExtractDates(b *testing.B) {
	texts := benchTexts(b, 64<<20)
	docs := make([]*document.Document, len(texts))
	sentences := make([][]text.Span, len(texts))
	for i, s := range texts {
		docs[i] = document.NewText("b.txt", "b", s, datePublished)
		sentences[i] = text.Sentences(s)
	}
	var words []word
	b.ResetTimer()
	for b.Loop() {
		for i, doc := range docs {
			a := &analysis{doc: doc, vocab: defaultVocabulary, text: doc.Text, sentences: sentences[i], wordBuf: words[:0]}
			a.scanDates()
			a.claimDates()
			words = a.wordBuf
		}
	}
}
