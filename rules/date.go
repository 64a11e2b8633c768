package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/document"
)

func init() {
	kinds["date-agreement"] = &kind{
		summary:    "sources date the same event on days that cannot both be right",
		newOptions: func() any { return &dateOptions{} },
		check:      checkDates,
	}
}

// dateOptions configure a date-agreement rule.
type dateOptions struct {
	// MaxGapDays is how far apart two dates of one event may lie and still be
	// taken for a disagreement; dates further apart are taken for two events
	// of a kind (an earlier shooting recalled in the story). 0 sets no limit.
	MaxGapDays int `yaml:"max-gap-days"`
	// TimeSlackMinutes is how far apart two times of day may lie and still
	// agree ("shortly after 10 p.m." and "10:15 p.m.").
	TimeSlackMinutes int `yaml:"time-slack-minutes"`
	// Recurring names events that happen more than once in a story (hearings,
	// briefings, arrests): their dates are compared only between sources
	// published on the same day.
	Recurring []string `yaml:"recurring"`
}

func (o *dateOptions) validate() []optionError {
	var errs []optionError
	if o.MaxGapDays < 0 {
		errs = append(errs, optionError{"max-gap-days", "expected a number of days, 0 or more"})
	}
	if o.TimeSlackMinutes < 0 {
		errs = append(errs, optionError{"time-slack-minutes", "expected a number of minutes, 0 or more"})
	}
	return errs
}

// nightSlack carries a night ("Saturday night", "last night") into the small
// hours of the next day, when a shooting "early Sunday" happened.
const nightSlack = 6 * time.Hour

// zoneSlack widens a calendar date compared with a time of day: a time with
// a zone is an instant in UTC, and its local day may begin up to 14 hours
// before or after the UTC day.
const zoneSlack = 14 * time.Hour

// checkDates compares the dates that sources give one event. Dates agree when
// their intervals overlap, so "in June" agrees with "on June 5"; the dates of
// an event fall into groups that agree, and every group but the one most
// sources back is a finding, located at its first claim.
func checkDates(r *Rule, p *pass) []Finding {
	all := p.claims
	o := r.options.(*dateOptions)
	var cs []*claims.Claim
	for _, c := range all {
		if c.Kind == claims.KindDate && c.Binding == "" && c.Date != nil && c.Date.Resolved {
			cs = append(cs, c)
		}
	}
	var out []Finding
	for _, g := range groupByKey(cs) {
		if o.recurs(g.key) {
			for _, day := range publicationDays(g.claims) {
				out = append(out, r.compareDates(o, unambiguous(o, day))...)
			}
			continue
		}
		out = append(out, r.compareDates(o, unambiguous(o, g.claims))...)
	}
	return out
}

// recurs reports whether the event of claims keyed k is one of the rule's
// recurring ones.
func (o *dateOptions) recurs(k string) bool {
	for _, e := range o.Recurring {
		if "date:"+strings.ToLower(e) == k {
			return true
		}
	}
	return false
}

// publicationDays splits the claims of a recurring event by the publication
// day of their documents. Undated documents are left out: nothing says which
// occurrence they mean.
func publicationDays(cs []*claims.Claim) [][]*claims.Claim {
	byDay := map[time.Time][]*claims.Claim{}
	var days []time.Time
	for _, c := range cs {
		if p := c.Doc.Published; !p.IsZero() {
			day := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
			if byDay[day] == nil {
				days = append(days, day)
			}
			byDay[day] = append(byDay[day], c)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	out := make([][]*claims.Claim, 0, len(days))
	for _, d := range days {
		out = append(out, byDay[d])
	}
	return out
}

// unambiguous drops the claims of documents that give one event two dates
// that disagree: such a document speaks of two events of a kind, and which
// one another source dates is anybody's guess.
func unambiguous(o *dateOptions, cs []*claims.Claim) []*claims.Claim {
	type docForm struct {
		doc  *document.Document
		form dateForm
	}
	first := map[docForm]*claims.Claim{}              // the first claim of each form in each document
	forms := map[*document.Document][]*claims.Claim{} // the first claims of a document's forms
	reps := make([]*claims.Claim, len(cs))            // the first claim of each claim's form
	for i, c := range cs {
		k := docForm{c.Doc, formOf(c)}
		if first[k] == nil {
			first[k] = c
			forms[c.Doc] = append(forms[c.Doc], c)
		}
		reps[i] = first[k]
	}
	agrees := map[*claims.Claim]bool{} // whether a form agrees with every form of its document
	for _, fs := range forms {
		for _, c := range fs {
			agrees[c] = o.agreesWithAll(c, fs)
		}
	}
	out := cs[:0:0]
	for i, c := range cs {
		if agrees[reps[i]] {
			out = append(out, c)
		}
	}
	return out
}

// dateForm is all that agree reads of a date claim. Claims of one form
// agree with the same claims, so the date rules compare each form once: a
// long document, or many sources, write one event's date in a few forms
// again and again.
type dateForm struct {
	text     string
	from, to time.Time
	grain    dateparse.Grain
	rng, rel bool
}

func formOf(c *claims.Claim) dateForm {
	d := c.Date
	return dateForm{text: c.Text(), from: d.From, to: d.To, grain: d.Grain, rng: d.Range, rel: d.Relative}
}

// dateGroup is a set of dates of one event that all agree with each other.
type dateGroup struct {
	claims []*claims.Claim
	docs   map[*document.Document]bool
	// forms holds the first claim of each form among claims.
	forms  []*claims.Claim
	formed map[dateForm]bool
}

// add puts c in the group.
func (g *dateGroup) add(c *claims.Claim) {
	g.claims = append(g.claims, c)
	g.docs[c.Doc] = true
	if f := formOf(c); !g.formed[f] {
		g.formed[f] = true
		g.forms = append(g.forms, c)
	}
}

func (r *Rule) compareDates(o *dateOptions, cs []*claims.Claim) []Finding {
	if !inSeveralDocuments(cs) {
		return nil
	}
	// The finest dates found the groups; a coarser one joins the one group it
	// agrees with, and speaks for none when it agrees with several ("in
	// June" beside "June 4" and "June 5").
	sorted := append([]*claims.Claim(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		wi, wj := sorted[i].Date.To.Sub(sorted[i].Date.From), sorted[j].Date.To.Sub(sorted[j].Date.From)
		if wi != wj {
			return wi < wj
		}
		return lessClaim(sorted[i], sorted[j])
	})
	var dgs []*dateGroup
	for _, c := range sorted {
		var fits []*dateGroup
		for _, g := range dgs {
			if o.agreesWithAll(c, g.forms) {
				fits = append(fits, g)
			}
		}
		switch len(fits) {
		case 0:
			g := &dateGroup{docs: map[*document.Document]bool{}, formed: map[dateForm]bool{}}
			g.add(c)
			dgs = append(dgs, g)
		case 1:
			fits[0].add(c)
		}
	}
	if len(dgs) < 2 {
		return nil
	}
	for _, g := range dgs {
		sort.SliceStable(g.claims, func(i, j int) bool { return lessClaim(g.claims[i], g.claims[j]) })
	}
	sort.SliceStable(dgs, func(i, j int) bool { return lessClaim(dgs[i].claims[0], dgs[j].claims[0]) })
	major := dgs[0]
	for _, g := range dgs[1:] {
		if len(g.docs) > len(major.docs) || len(g.docs) == len(major.docs) && lessClaim(major.claims[0], g.claims[0]) {
			major = g
		}
	}
	withYear := spansYears(cs)
	var out []Finding
	for _, g := range dgs {
		if g == major {
			continue
		}
		first := g.claims[0]
		f := Finding{Rule: r.ID, Level: r.Level, Subject: first.Subject, Location: location(first)}
		var others []string
		for _, og := range dgs {
			if og == g || !o.near(first.Date, og.claims[0].Date) {
				continue
			}
			var sources []string
			for _, c := range firstPerDocument(og.claims) {
				if g.docs[c.Doc] {
					continue // a source is never a witness against itself
				}
				f.Related = append(f.Related, location(c))
				sources = append(sources, c.Doc.Source)
			}
			if len(sources) > 0 {
				others = append(others, fmt.Sprintf("%s (%s)", writtenDate(og.claims[0].Date, withYear), strings.Join(sources, ", ")))
			}
		}
		if len(f.Related) == 0 {
			continue
		}
		f.Message = r.render(messageData{Subject: first.Subject, Value: writtenDate(first.Date, withYear),
			Source: strings.Join(sourcesOf(g.claims), ", "), Others: strings.Join(others, "; "), Sources: sourcesOf(g.claims)})
		out = append(out, f)
	}
	return out
}

// agreesWithAll reports whether c agrees with every claim of cs.
func (o *dateOptions) agreesWithAll(c *claims.Claim, cs []*claims.Claim) bool {
	for _, d := range cs {
		if !o.agree(c, d) {
			return false
		}
	}
	return true
}

// isTime reports a date written to the hour or minute.
func isTime(d *dateparse.Date) bool {
	return !d.Range && (d.Grain == dateparse.GrainHour || d.Grain == dateparse.GrainMinute)
}

// agree reports whether two dated claims can both be right: their intervals
// overlap, times widened by the slack, nights carried into the next
// morning, and a calendar date compared with a time widened by the zones'
// spread. Two sources that write the same relative words ("on Friday") say
// the same thing; a difference there comes from their publication dates.
func (o *dateOptions) agree(ca, cb *claims.Claim) bool {
	a, b := ca.Date, cb.Date
	if a.Relative && b.Relative && strings.EqualFold(ca.Text(), cb.Text()) {
		return true
	}
	if sameWeekday(ca, cb) || sameWeekday(cb, ca) {
		return true
	}
	aFrom, aTo := a.From, a.To.Add(nightOf(ca))
	bFrom, bTo := b.From, b.To.Add(nightOf(cb))
	slack := time.Duration(o.TimeSlackMinutes) * time.Minute
	switch ta, tb := isTime(a), isTime(b); {
	case ta && tb:
		aFrom, aTo = aFrom.Add(-slack), aTo.Add(slack)
	case ta:
		bFrom, bTo = bFrom.Add(-zoneSlack), bTo.Add(zoneSlack)
	case tb:
		aFrom, aTo = aFrom.Add(-zoneSlack), aTo.Add(zoneSlack)
	}
	return aFrom.Before(bTo) && bFrom.Before(aTo)
}

// sameWeekday reports a relative weekday ("on Wednesday") and a day that
// falls on that weekday: whole weeks apart, it is the publication date that
// is off, not the source.
func sameWeekday(rel, c *claims.Claim) bool {
	w, ok := weekdayIn(rel.Text())
	return ok && rel.Date.Relative && c.Date.Grain == dateparse.GrainDay && !c.Date.Range && c.Date.From.Weekday() == w
}

var weekdays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// weekdayIn finds the weekday a date's words name.
func weekdayIn(s string) (time.Weekday, bool) {
	s = strings.ToLower(s)
	for i, w := range weekdays {
		if strings.Contains(s, w) {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// nightOf is how far a claim's date runs past its day: a night runs into
// the next morning.
func nightOf(c *claims.Claim) time.Duration {
	if c.Date.Grain == dateparse.GrainDay && strings.Contains(strings.ToLower(c.Text()), "night") {
		return nightSlack
	}
	return 0
}

// near reports whether two dates lie close enough to be one event's.
func (o *dateOptions) near(a, b *dateparse.Date) bool {
	if o.MaxGapDays == 0 {
		return true
	}
	gap := max(a.From.Sub(b.To), b.From.Sub(a.To))
	return gap < time.Duration(o.MaxGapDays)*24*time.Hour
}

// spansYears reports whether the dates of cs fall in more than one year, so
// that a message must write the year.
func spansYears(cs []*claims.Claim) bool {
	for _, c := range cs {
		if c.Date.From.Year() != cs[0].Date.From.Year() {
			return true
		}
	}
	return false
}

// writtenDate writes a date out for a reader: "Thursday 4 June", "June 2026",
// "9:15 p.m. UTC Friday 5 June".
func writtenDate(d *dateparse.Date, withYear bool) string {
	day := func(t time.Time) string {
		s := t.Format("Monday 2 January")
		if withYear {
			s += t.Format(" 2006")
		}
		return s
	}
	f := d.From
	if d.Range {
		return day(f) + " to " + day(d.To.Add(-time.Nanosecond))
	}
	switch d.Grain {
	case dateparse.GrainMinute:
		return clock(f.Format("3:04 PM")) + " UTC " + day(f)
	case dateparse.GrainHour:
		return clock(f.Format("3 PM")) + " UTC " + day(f)
	case dateparse.GrainDay:
		return day(f)
	case dateparse.GrainWeek:
		return "the week of " + day(f)
	case dateparse.GrainMonth:
		return f.Format("January 2006")
	case dateparse.GrainYear:
		return f.Format("2006")
	}
	return day(f) + " to " + day(d.To.Add(-time.Nanosecond))
}

// clock writes a time of day the way news does: "9:15 p.m.".
func clock(s string) string {
	return strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(s)
}
