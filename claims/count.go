package claims

import "github.com/claimlint/claimlint/internal/numparse"

// extractQuantities finds numbers, ordinals, percents and money.
func (a *analysis) extractQuantities() {
	for _, q := range numparse.Scan(a.text) {
		kind := map[numparse.Kind]MentionKind{numparse.Number: MentionNumber, numparse.Ordinal: MentionOrdinal,
			numparse.Percent: MentionPercent, numparse.Money: MentionMoney}[q.Kind]
		a.quantities = append(a.quantities, Mention{Kind: kind, Start: q.Start, End: q.End, Quantity: &q})
	}
}

// extractCounts binds quantities to what they count.
func (a *analysis) extractCounts() {}
