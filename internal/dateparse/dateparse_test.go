package dateparse

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/claimlint/claimlint/internal/sharedtest"
)

// published is the reference date of the table tests: Saturday 9 August 2025.
var published = time.Date(2025, 8, 9, 0, 0, 0, 0, time.UTC)

func ymd(y, m, d int) time.Time { return day(y, m, d) }

type want struct {
	text     string
	from, to time.Time
	grain    Grain
}

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// absolute days
		{"The storm reached Port Ellis on 9 August 2025.", []want{{"9 August 2025", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"The council met August 9, 2025, in Varden.", []want{{"August 9, 2025", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"The ferry sank Aug. 9 near Lornby.", []want{{"Aug. 9", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"Mara Quill was born Sept. 11, 2001, in Tesk.", []want{{"Sept. 11, 2001", ymd(2001, 9, 11), ymd(2001, 9, 12), GrainDay}}},
		{"The filing is dated 2025-08-09.", []want{{"2025-08-09", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"The filing is dated 8/9/2025.", []want{{"8/9/2025", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"The vote was held Monday, Jan. 12, 2015.", []want{{"Monday, Jan. 12, 2015", ymd(2015, 1, 12), ymd(2015, 1, 13), GrainDay}}},
		{"The fair opened on the 21st of June.", []want{{"21st of June", ymd(2025, 6, 21), ymd(2025, 6, 22), GrainDay}}},
		{"The pier burned early June 22 near Olsk.", []want{{"June 22", ymd(2025, 6, 22), ymd(2025, 6, 23), GrainDay}}},
		// months, years, decades, seasons
		{"Prices fell in March 2020.", []want{{"March 2020", ymd(2020, 3, 1), ymd(2020, 4, 1), GrainMonth}}},
		{"The mill has been closed since 2019.", []want{{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear}}},
		{"The plant opened in 2019.", []want{{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear}}},
		{"Growth slowed in the 1990s and again in the '00s.", []want{
			{"the 1990s", ymd(1990, 1, 1), ymd(2000, 1, 1), GrainDecade},
			{"the '00s", ymd(2000, 1, 1), ymd(2010, 1, 1), GrainDecade},
		}},
		{"The talks failed three weeks ago.", []want{{"three weeks ago", ymd(2025, 7, 19), ymd(2025, 7, 20), GrainDay}}},
		{"Rain is expected tomorrow night.", []want{{"tomorrow night", ymd(2025, 8, 10), ymd(2025, 8, 11), GrainDay}}},
		{"She lost the 2019 election.", []want{{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear}}},
		{"The band was formed in the 1990s.", []want{{"the 1990s", ymd(1990, 1, 1), ymd(2000, 1, 1), GrainDecade}}},
		{"The town flooded last summer.", []want{{"last summer", ymd(2024, 6, 1), ymd(2024, 9, 1), GrainSeason}}},
		{"Crime fell in the late 1990s and in mid-2019.", []want{
			{"the late 1990s", ymd(1997, 1, 1), ymd(2000, 1, 1), GrainYear},
			{"mid-2019", ymd(2019, 5, 1), ymd(2019, 9, 1), GrainMonth},
		}},
		{"Work starts in spring 2024.", []want{{"spring 2024", ymd(2024, 3, 1), ymd(2024, 6, 1), GrainSeason}}},
		{"Output grew in the third quarter of 2024.", []want{{"the third quarter of 2024", ymd(2024, 7, 1), ymd(2024, 10, 1), GrainQuarter}}},
		// times with zones, as instants
		{"The shots were fired at 6:15 p.m. CDT.", []want{{"6:15 p.m. CDT", time.Date(2025, 8, 9, 23, 15, 0, 0, time.UTC), time.Date(2025, 8, 9, 23, 16, 0, 0, time.UTC), GrainMinute}}},
		{"The market closed at 1420 GMT.", []want{{"1420 GMT", time.Date(2025, 8, 9, 14, 20, 0, 0, time.UTC), time.Date(2025, 8, 9, 14, 21, 0, 0, time.UTC), GrainMinute}}},
		{"The shots were fired at 7:15 p.m. ET Friday.", []want{{"7:15 p.m. ET Friday", time.Date(2025, 8, 8, 23, 15, 0, 0, time.UTC), time.Date(2025, 8, 8, 23, 16, 0, 0, time.UTC), GrainMinute}}},
		{"Polls close at 7 p.m. ET.", []want{{"7 p.m. ET", time.Date(2025, 8, 9, 23, 0, 0, 0, time.UTC), time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC), GrainHour}}},
		// relative to the publication date
		{"The mayor resigned on Friday.", []want{{"Friday", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"The mayor will resign on Friday.", []want{{"Friday", ymd(2025, 8, 15), ymd(2025, 8, 16), GrainDay}}},
		{"The trial is scheduled to open Tuesday.", []want{{"Tuesday", ymd(2025, 8, 12), ymd(2025, 8, 13), GrainDay}}},
		{"The bridge reopened yesterday.", []want{{"yesterday", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"Crews are working today.", []want{{"today", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"The vote is tonight.", []want{{"tonight", ymd(2025, 8, 9), ymd(2025, 8, 10), GrainDay}}},
		{"Two men were hurt last night.", []want{{"last night", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"The board met last week.", []want{{"last week", ymd(2025, 7, 28), ymd(2025, 8, 4), GrainWeek}}},
		{"Sales fell last month.", []want{{"last month", ymd(2025, 7, 1), ymd(2025, 8, 1), GrainMonth}}},
		{"Sales fell last year.", []want{{"last year", ymd(2024, 1, 1), ymd(2025, 1, 1), GrainYear}}},
		{"Sales fell earlier this year.", []want{{"earlier this year", ymd(2025, 1, 1), ymd(2025, 8, 9), GrainDay}}},
		{"Rents rose this month.", []want{{"this month", ymd(2025, 8, 1), ymd(2025, 9, 1), GrainMonth}}},
		{"The plant closed in February.", []want{{"February", ymd(2025, 2, 1), ymd(2025, 3, 1), GrainMonth}}},
		{"The plant will close in February.", []want{{"February", ymd(2026, 2, 1), ymd(2026, 3, 1), GrainMonth}}},
		{"He left two days ago.", []want{{"two days ago", ymd(2025, 8, 7), ymd(2025, 8, 8), GrainDay}}},
		{"They meet again next Tuesday.", []want{{"next Tuesday", ymd(2025, 8, 12), ymd(2025, 8, 13), GrainDay}}},
		{"The fair runs this weekend.", []want{{"this weekend", ymd(2025, 8, 9), ymd(2025, 8, 11), GrainWeek}}},
		{"The talks collapsed on Monday; the day before, both sides had agreed.", []want{
			{"Monday", ymd(2025, 8, 4), ymd(2025, 8, 5), GrainDay},
			{"the day before", ymd(2025, 8, 3), ymd(2025, 8, 4), GrainDay},
		}},
		{"In 2019 the mill closed at 6 p.m. on March 3. The next day, workers marched.", []want{
			{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear},
			{"6 p.m. on March 3", time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC), time.Date(2025, 3, 3, 19, 0, 0, 0, time.UTC), GrainHour},
			{"The next day", ymd(2025, 3, 4), ymd(2025, 3, 5), GrainDay},
		}},
		{"In 2019, on March 3, the mill closed.", []want{
			{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear},
			{"March 3", ymd(2019, 3, 3), ymd(2019, 3, 4), GrainDay},
		}},
		{"The mill closed in 2019. On March 3, it reopened.", []want{
			{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear},
			{"March 3", ymd(2025, 3, 3), ymd(2025, 3, 4), GrainDay},
		}},
		// ranges
		{"The festival ran from Aug. 1 to Aug. 3.", []want{{"from Aug. 1 to Aug. 3", ymd(2025, 8, 1), ymd(2025, 8, 4), GrainDay}}},
		{"He served from 2014 to 2018.", []want{{"from 2014 to 2018", ymd(2014, 1, 1), ymd(2019, 1, 1), GrainYear}}},
		{"In this Dec. 2, 2019, file photo, Ana Dervo speaks.", []want{{"Dec. 2, 2019", ymd(2019, 12, 2), ymd(2019, 12, 3), GrainDay}}},
		{"The poll ran in August and September 2016.", []want{
			{"August", ymd(2016, 8, 1), ymd(2016, 9, 1), GrainMonth},
			{"September 2016", ymd(2016, 9, 1), ymd(2016, 10, 1), GrainMonth},
		}},
		{"The shop opened at noon Saturday.", []want{{"noon Saturday", time.Date(2025, 8, 9, 12, 0, 0, 0, time.UTC), time.Date(2025, 8, 9, 13, 0, 0, 0, time.UTC), GrainHour}}},
		{"The festival ran Nov. 19-20, 2024.", []want{{"Nov. 19-20, 2024", ymd(2024, 11, 19), ymd(2024, 11, 21), GrainDay}}},
		{"Rallies are set for Friday, May 10, and Sunday, Nov. 9.", []want{
			{"Friday, May 10", ymd(2024, 5, 10), ymd(2024, 5, 11), GrainDay},
			{"Sunday, Nov. 9", ymd(2025, 11, 9), ymd(2025, 11, 10), GrainDay},
		}},
		{"Days in office: 4 3 1 Aug. 6, 1994 to date.", []want{{"Aug. 6, 1994", ymd(1994, 8, 6), ymd(1994, 8, 7), GrainDay}}},
		// typographic punctuation around dates
		{"Police said Friday’s fire was set.", []want{{"Friday", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"“Friday was awful,” she said.", []want{{"Friday", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"The game—Friday night—was called off.", []want{{"Friday night", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		{"Sales peaked in the ’70s.", []want{{"the ’70s", ymd(1970, 1, 1), ymd(1980, 1, 1), GrainDecade}}},
		{"Friday\u00a0night was quiet.", []want{{"Friday\u00a0night", ymd(2025, 8, 8), ymd(2025, 8, 9), GrainDay}}},
		// dates read from the word before the one that starts the look
		{"The hearing is on Sunday of next week.", []want{{"on Sunday of next week", ymd(2025, 8, 17), ymd(2025, 8, 18), GrainDay}}},
		{"The vote is on Friday night next week.", []want{{"on Friday night next week", ymd(2025, 8, 15), ymd(2025, 8, 16), GrainDay}}},
		{"Crews worked for a couple of days from Monday.", []want{{"for a couple of days from Monday", ymd(2025, 8, 4), ymd(2025, 8, 6), GrainDay}}},
		{"The case closed a few days later.", []want{{"a few days later", ymd(2025, 8, 12), ymd(2025, 8, 13), GrainDay}}},
		{"Ballots were due on the 27th.", []want{{"the 27th", ymd(2025, 7, 27), ymd(2025, 7, 28), GrainDay}}},
		{"She won the 2019 race in the 1990s.", []want{
			{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear},
			{"the 1990s", ymd(1990, 1, 1), ymd(2000, 1, 1), GrainDecade},
		}},
		{"Tolls rose in the U.S. in 2019.", []want{{"2019", ymd(2019, 1, 1), ymd(2020, 1, 1), GrainYear}}},
		{"The shop reopened the day after.", []want{{"the day after", ymd(2025, 8, 10), ymd(2025, 8, 11), GrainDay}}},
		{"The fair is the week of June 2.", []want{{"the week of June 2", ymd(2025, 6, 2), ymd(2025, 6, 9), GrainWeek}}},
		{"Talks resume the year after next.", []want{{"the year after next", ymd(2027, 1, 1), ymd(2028, 1, 1), GrainYear}}},
		{"Crowds came over the weekend.", []want{{"the weekend", ymd(2025, 8, 9), ymd(2025, 8, 11), GrainWeek}}},
		{"It rained in the morning.", nil},
		// not dates
		{"He joined 20th Century Fox Television.", nil},
		{"Losses offset income taxed in previous years.", nil},
		{"The 13-year-old boy had been missing for five years.", nil},
		{"Prices may fall this quarter.", nil},
		{"The rain may stop soon.", nil},
		{"Theresa May spoke.", nil},
		{"Protesters march to the hall.", nil},
		{"The Sun reported the story.", nil},
		{"The fund holds 2,019 shares.", nil},
		{"It employs 1990 people.", nil},
		{"Officials counted the 1990 people who left.", nil},
		{"The clinic is open 24/7.", nil},
		{"He polled fourth (14/7) behind Ana Torvik (8/8).", nil},
		{"Add 1/2 cup of water.", nil},
		{"The score was 2019 to nil.", nil},
	}
	for _, tc := range tests {
		got := Scan(tc.in, published)
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %d dates %s, want %d", tc.in, len(got), describe(tc.in, got), len(tc.want))
			continue
		}
		for i, w := range tc.want {
			d := got[i]
			if tc.in[d.Start:d.End] != w.text || !d.From.Equal(w.from) || !d.To.Equal(w.to) || d.Grain != w.grain || !d.Resolved {
				t.Errorf("%q: got %q [%v, %v) %s, want %q [%v, %v) %s", tc.in, tc.in[d.Start:d.End], d.From, d.To, d.Grain, w.text, w.from, w.to, w.grain)
			}
		}
	}
}

func TestScanSameInstantInTwoZones(t *testing.T) {
	a := Scan("The blast came at 6:15 p.m. CDT.", published)
	b := Scan("The blast came at 7:15 p.m. ET.", published)
	if len(a) != 1 || len(b) != 1 || !a[0].From.Equal(b[0].From) {
		t.Fatalf("6:15 p.m. CDT and 7:15 p.m. ET differ: %v, %v", a, b)
	}
}

func TestScanDayFirst(t *testing.T) {
	got := Scanner{DayFirst: true}.Scan("The filing is dated 8/9/2025.", published)
	if len(got) != 1 || !got[0].From.Equal(ymd(2025, 9, 8)) {
		t.Fatalf("day first: got %v", got)
	}
}

func TestScanWithoutPublicationDate(t *testing.T) {
	got := Scan("The mayor resigned on Friday, and the council met on 9 August 2025.", time.Time{})
	if len(got) != 2 {
		t.Fatalf("got %d dates", len(got))
	}
	if !got[0].Relative || got[0].Resolved || !got[0].From.IsZero() {
		t.Errorf("Friday without a publication date: %+v", got[0])
	}
	if got[1].Relative || !got[1].Resolved || !got[1].From.Equal(ymd(2025, 8, 9)) {
		t.Errorf("an absolute date without a publication date: %+v", got[1])
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"Flood waters recede in Varden\nPublished 9 August 2025\nThe river fell overnight.", ymd(2025, 8, 9), true},
		{"Flood waters recede\nBy Tomas Reel\nUpdated: Aug. 9, 2025 3:04 p.m.\nThe river fell.", time.Date(2025, 8, 9, 15, 4, 0, 0, time.UTC), true},
		{"August 9, 2025\nThe river fell overnight, officials said on Friday.", ymd(2025, 8, 9), true},
		{"Posted: Friday, August 8, 2025 11:30 PM EDT Updated: Saturday, August 9, 2025\nText.", time.Date(2025, 8, 9, 3, 30, 0, 0, time.UTC), true},
		{"The river fell overnight, officials said on Friday.", time.Time{}, false},
	}
	for _, tc := range tests {
		got, ok := Dateline(tc.in)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("Dateline(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	got, _ := Dateline("Posted: Friday, August 8, 2025 11:30 PM EDT\nText.")
	if got.Day() != 8 {
		t.Errorf("the dateline's day is its written day: got %v", got)
	}
}

// checkDates asserts the invariants every scan keeps.
func checkDates(t *testing.T, s string, ds []Date) {
	end := 0
	for _, d := range ds {
		if d.Start < end || d.End <= d.Start || d.End > len(s) {
			t.Fatalf("%q: span [%d, %d) out of order or outside the text", s, d.Start, d.End)
		}
		end = d.End
		if d.Resolved && !d.From.Before(d.To) {
			t.Fatalf("%q: %q resolved to [%v, %v)", s, s[d.Start:d.End], d.From, d.To)
		}
	}
}

var fuzzSeeds = []string{
	"The storm hit on Friday, Aug. 8, 2025, at 6:15 p.m. CDT.",
	"From 4 to 22 January, 1995, and between 2014-2018.",
	"the 1990s, last summer, spring 2024, Q3 2016, 2016 H2",
	"8/9/2025 2025-08-09 13.5.2015 1420 GMT 2,019 the 1990 people",
	"two days ago, the day before yesterday, next week Friday, the first Friday of July",
	"in nineteen seventy eight, the twenty-tens, September the twenty-first",
	"Mar-", "Aug. ", "the 3", "12:", "’70s", "from 2019 to", "Week", "’", "\u00a0", "x\xe2\x80",
}

func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDates(t, s, Scan(s, published))
		checkDates(t, s, Scanner{DayFirst: true}.Scan(s, time.Time{}))
	})
}

func FuzzDateline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("Published " + s)
	}
	f.Fuzz(func(_ *testing.T, s string) {
		Dateline(s)
	})
}

func BenchmarkScan(b *testing.B) {
	var texts []string
	size := 0
	readJSONLines(b, sharedtest.Path(b, "bench", "articles.jsonl"), func(line []byte) {
		var a struct{ Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
		size += len(a.Text)
	})
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			Scan(s, published)
		}
	}
}

func TestTenseCues(t *testing.T) {
	for _, s := range []string{"will meet Friday", "They'll meet Friday", "is scheduled to meet Friday", "plans to meet Friday"} {
		if !futureAt(s, strings.Index(s, "Friday")) {
			t.Errorf("%q reads as past", s)
		}
	}
	for _, s := range []string{"met Friday", "was shot Friday", "police said Friday that he will appear"} {
		if futureAt(s, strings.Index(s, "Friday")) {
			t.Errorf("%q reads as future", s)
		}
	}
}
