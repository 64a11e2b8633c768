package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateRules are the built-in date rule alone, so that counts in the test
// sentences raise nothing.
func dateRules(t *testing.T) []*Rule {
	t.Helper()
	var rs []*Rule
	for _, r := range Builtin() {
		if r.Kind == "date-agreement" {
			rs = append(rs, r)
		}
	}
	if len(rs) != 1 {
		t.Fatalf("built-in date rules: %d, want 1", len(rs))
	}
	return rs
}

func TestDateAgreement(t *testing.T) {
	tests := []struct {
		name    string
		sources []source
		want    []string
	}{
		{"relative dates that mean one day agree", []source{
			{"wire", "2026-06-06", "A fire broke out last night on the ferry pier."},
			{"paper", "2026-06-07", "The fire on the pier broke out on Friday."},
			{"weekly", "2026-06-08", "The blaze that broke out June 5 destroyed the ticket hall."},
		}, nil},
		{"a different day is reported at the minority date", []source{
			{"wire", "2026-06-06", "A fire broke out last night on the ferry pier."},
			{"paper", "2026-06-07", "The fire on the pier broke out on Friday."},
			{"blog", "2026-06-08", "The fire on the pier started on Thursday."},
		}, []string{"error blog: fire started: Thursday 4 June (blog) against Friday 5 June (paper, wire)"}},
		{"dates at different grains that overlap agree", []source{
			{"wire", "2026-06-20", "The fire broke out on June 5."},
			{"paper", "2026-06-20", "The fire broke out in June."},
		}, nil},
		{"a month that holds neither day of a conflict speaks for neither", []source{
			{"a", "2026-06-20", "The fire broke out on June 5."},
			{"b", "2026-06-20", "The fire broke out on June 4."},
			{"c", "2026-06-20", "The fire broke out in June."},
		}, []string{"error a: fire broke out: Friday 5 June (a) against Thursday 4 June (b)"}},
		{"times in two zones that are one instant agree", []source{
			{"wire", "2026-06-06", "The explosion happened at 6:15 p.m. CDT on June 5."},
			{"paper", "2026-06-06", "The explosion happened at 7:15 p.m. ET on June 5."},
		}, nil},
		{"times an hour and a half apart disagree", []source{
			{"wire", "2026-06-06", "The explosion happened at 6:15 p.m. CDT on June 5."},
			{"paper", "2026-06-06", "The explosion happened at 8:45 p.m. ET on June 5."},
		}, []string{"error paper: explosion happened: 12:45 a.m. UTC Saturday 6 June (paper) against 11:15 p.m. UTC Friday 5 June (wire)"}},
		{"a time and its calendar day agree", []source{
			{"wire", "2026-06-06", "The explosion happened at 11:30 p.m. EDT on June 5."},
			{"paper", "2026-06-06", "The explosion happened on June 5."},
		}, nil},
		{"unresolved relative dates never conflict", []source{
			{"wire", "", "The fire broke out on Friday."},
			{"paper", "", "The fire broke out on Thursday."},
		}, nil},
		{"a source is never a witness against itself", []source{
			{"wire", "2026-06-06", "A fire broke out on Friday. A fire broke out on Wednesday."},
			{"paper", "2026-06-06", "The fire broke out on Friday."},
		}, nil},
		{"a night runs into the next morning", []source{
			{"wire", "2026-06-07", "A 7-year-old boy was shot Friday night in Kessing."},
			{"paper", "2026-06-07", "A 7-year-old boy was shot early Saturday in Kessing."},
		}, nil},
		{"one weekday a week apart is a publication date that is off", []source{
			{"wire", "2026-06-06", "The fire broke out on Friday."},
			{"paper", "2026-06-13", "The fire broke out on Friday."},
		}, nil},
		{"dates weeks apart are two events of a kind", []source{
			{"wire", "2026-06-06", "Dara Venn was killed on June 5."},
			{"paper", "2026-06-06", "Dara Venn was killed on May 1."},
		}, nil},
		{"a recurring event is compared between sources of one day only", []source{
			{"wire", "2026-06-06", "The harbor board held a press briefing on Friday."},
			{"paper", "2026-06-07", "The harbor board held a press briefing on Saturday."},
		}, nil},
		{"a recurring event on one publication day", []source{
			{"wire", "2026-06-07", "The harbor board held a press briefing on Friday."},
			{"paper", "2026-06-07", "The harbor board held a press briefing on Saturday."},
		}, []string{"error paper: press briefing: Saturday 6 June (paper) against Friday 5 June (wire)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSources(t, dateRules(t), tt.sources...)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDateOptionsValidate(t *testing.T) {
	_, err := Parse("dates.yml", []byte("extends: date-agreement\nmessage: \"{{.Subject}}\"\nmax-gap-days: -1\ntime-slack-minutes: -5\n"))
	if err == nil {
		t.Fatal("negative options parsed without error")
	}
	for _, key := range []string{"max-gap-days", "time-slack-minutes"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error %q does not name %s", err, key)
		}
	}
}

// One event dated again and again, in one long document and in many
// sources, is compared form by form: the time grows with the claims, not
// with their pairs, which for these 18,000 claims would take a minute.
func TestDateAgreementScales(t *testing.T) {
	long := strings.Repeat("A fire broke out on Friday. The fire broke out last night. ", 6000)
	sources := []source{
		{"wire", "2026-06-06", long},
		{"blog", "2026-06-06", "The fire on the pier started on Thursday."},
	}
	for i := range 6000 {
		sources = append(sources, source{fmt.Sprintf("paper%d", i), "2026-06-07", "The fire on the pier broke out on Friday."})
	}
	start := time.Now()
	got := checkSources(t, dateRules(t), sources...)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "error blog: ") {
		t.Errorf("findings:\n%s\nwant the blog's Thursday", strings.Join(got, "\n"))
	}
}
