package claims

import "github.com/claimlint/claimlint/internal/dateparse"

// extractDates finds the dates of a document, resolved against its
// publication date.
func (a *analysis) extractDates() {
	for _, d := range dateparse.Scan(a.text, a.doc.Published) {
		a.dates = append(a.dates, Mention{Kind: MentionDate, Start: d.Start, End: d.End, Date: &d})
	}
}
