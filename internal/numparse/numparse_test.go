package numparse

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// want is one expected quantity: the text of its span and what it says.
type want struct {
	text     string
	kind     Kind
	value    string // Decimal()
	currency string
	bound    Bound
	share    bool
	points   bool
}

func TestScanForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"digits with separators", "The port of Valmora handled 1,200 ships and 2.5 tonnes of tea.",
			[]want{{text: "1,200", value: "1200"}, {text: "2.5", value: "2.5"}}},
		{"scale suffixes", "Orvel Ltd raised 1.2m in May and 100K more in June.",
			[]want{{text: "1.2m", value: "1200000"}, {text: "100K", value: "100000"}}},
		{"millions in money", "The deal is worth $200mm, or 2.5MM units.",
			[]want{{text: "$200mm", kind: Money, value: "200000000", currency: "USD"}, {text: "2.5MM", value: "2500000"}}},
		{"words to hundreds", "One hundred and twenty guests came, then twenty-three more.",
			[]want{{text: "One hundred and twenty", value: "120"}, {text: "twenty-three", value: "23"}}},
		{"a dozen", "Inspectors found a dozen crates.",
			[]want{{text: "a dozen", value: "12"}}},
		{"two dozen", "Two dozen firefighters arrived.",
			[]want{{text: "Two dozen", value: "24"}}},
		{"half a million", "Half a million visitors came to Brask.",
			[]want{{text: "Half a million", value: "500000"}}},
		{"digits and a scale word", "The town of Lerin spent 1.2 million on roads.",
			[]want{{text: "1.2 million", value: "1200000"}}},
		{"trillions in words", "A debt of three trillion four hundred billion.",
			[]want{{text: "three trillion four hundred billion", value: "3400000000000"}}},
		{"three-quarters", "Three-quarters of the members of the Ostra guild agreed.",
			[]want{{text: "Three-quarters", value: "0.75", share: true}}},
		{"ordinals", "It was the third time, on the 21st lap.",
			[]want{{text: "third", kind: Ordinal, value: "3"}, {text: "21st", kind: Ordinal, value: "21"}}},
		{"more than half", "More than half of the voters in Calder stayed home.",
			[]want{{text: "More than half", value: "0.5", bound: MoreThan, share: true}}},
		{"a third of", "A third of the budget went to schools.",
			[]want{{text: "A third", value: "0.3333333333333333", share: true}}},
		{"two in five", "Two in five residents own a bicycle.",
			[]want{{text: "Two in five", value: "0.4", share: true}}},
		{"one out of three", "One out of three wells ran dry.",
			[]want{{text: "One out of three", value: "0.3333333333333333", share: true}}},
		{"percent sign", "Turnout rose 1.5% in Nessa.",
			[]want{{text: "1.5%", kind: Percent, value: "1.5"}}},
		{"percent word", "Turnout rose 1.5 percent, or 2 per cent in the north.",
			[]want{{text: "1.5 percent", kind: Percent, value: "1.5"}, {text: "2 per cent", kind: Percent, value: "2"}}},
		{"percentage points", "Support fell 3 percentage points.",
			[]want{{text: "3 percentage points", kind: Percent, value: "3", points: true}}},
		{"dollars with scale", "The Harlow bridge cost $3.1 million.",
			[]want{{text: "$3.1 million", kind: Money, value: "3100000", currency: "USD"}}},
		{"euros after the amount", "The club paid 3.1bn euros for the stadium.",
			[]want{{text: "3.1bn euros", kind: Money, value: "3100000000", currency: "EUR"}}},
		{"pounds sign", "The painting sold for £125,000.",
			[]want{{text: "£125,000", kind: Money, value: "125000", currency: "GBP"}}},
		{"US dollar sign", "Each ticket costs US$5.",
			[]want{{text: "US$5", kind: Money, value: "5", currency: "USD"}}},
		{"Brazilian real sign", "The Pontal fund holds R$ 2 billion.",
			[]want{{text: "R$ 2 billion", kind: Money, value: "2000000000", currency: "BRL"}}},
		{"dollars in words after", "Investors put in 75 million dollars.",
			[]want{{text: "75 million dollars", kind: Money, value: "75000000", currency: "USD"}}},
		{"yen and rupees", "It cost 500 yen in Osaka and 40 rupees in Pune.",
			[]want{{text: "500 yen", kind: Money, value: "500", currency: "JPY"},
				{text: "40 rupees", kind: Money, value: "40", currency: "INR"}}},
		{"qualified dollars", "The grant was 2 million Canadian dollars.",
			[]want{{text: "2 million Canadian dollars", kind: Money, value: "2000000", currency: "CAD"}}},
		{"rupees with a sign", "The fee is Rs. 1,200 in Ludhar.",
			[]want{{text: "Rs. 1,200", kind: Money, value: "1200", currency: "INR"}}},
		{"cents", "A stamp costs 50 cents.",
			[]want{{text: "50 cents", kind: Money, value: "0.5", currency: "USD"}}},
		{"range with to", "Rescuers saved 12 to 15 sailors.",
			[]want{{text: "12 to 15", value: "12", bound: Range}}},
		{"between and", "The ferry carries between 30 and 40 cars.",
			[]want{{text: "between 30 and 40", value: "30", bound: Range}}},
		{"range with or", "The storm lasted three or four hours.",
			[]want{{text: "three or four", value: "3", bound: Range}}},
		{"a change is two figures", "Turnout rose from 5% to 7% in Hule.",
			[]want{{text: "5%", kind: Percent, value: "5"}, {text: "7%", kind: Percent, value: "7"}}},
		{"anywhere from", "Estimates put it anywhere from 15 to 40 boats.",
			[]want{{text: "15 to 40", value: "15", bound: Range}}},
		{"tight range", "The storm lasted 12-15 hours.",
			[]want{{text: "12-15", value: "12", bound: Range}}},
		{"about", "About 300 people marched in Tarn.",
			[]want{{text: "About 300", value: "300", bound: Approx}}},
		{"nearly", "Nearly 300 homes lost power.",
			[]want{{text: "Nearly 300", value: "300", bound: Approx}}},
		{"more than", "More than 20 trucks were stopped.",
			[]want{{text: "More than 20", value: "20", bound: MoreThan}}},
		{"at least", "At least 7 people were hurt.",
			[]want{{text: "At least 7", value: "7", bound: AtLeast}}},
		{"up to", "Up to 40 flights were cancelled.",
			[]want{{text: "Up to 40", value: "40", bound: AtMost}}},
		{"fewer than", "Fewer than 10 shops opened.",
			[]want{{text: "Fewer than 10", value: "10", bound: LessThan}}},
		{"dozens of", "Dozens of fishermen protested.",
			[]want{{text: "Dozens", value: "24", bound: Vague}}},
		{"hundreds of", "Hundreds of students gathered.",
			[]want{{text: "Hundreds", value: "200", bound: Vague}}},
		{"thousands of", "Thousands of troops crossed the Oster river.",
			[]want{{text: "Thousands", value: "2000", bound: Vague}}},
		{"tens of thousands", "Tens of thousands of fans sang.",
			[]want{{text: "Tens of thousands", value: "20000", bound: Vague}}},
		{"about money", "The deal is worth about $300 million.",
			[]want{{text: "about $300 million", kind: Money, value: "300000000", currency: "USD", bound: Approx}}},
		{"negative", "Temperatures fell to -5 overnight.",
			[]want{{text: "-5", value: "-5"}}},
		{"margin of error", "The margin is plus or minus 4 percentage points.",
			[]want{{text: "4 percentage points", kind: Percent, value: "4", points: true}}},
		{"one as a number", "One person died and seven were hurt.",
			[]want{{text: "One", value: "1"}, {text: "seven", value: "7"}}},
		{"second as an ordinal", "Mira Olsen finished second in Doral.",
			[]want{{text: "second", kind: Ordinal, value: "2"}}},
		{"mixed number", "The rope was two and a half metres long.",
			[]want{{text: "two and a half", value: "2.5"}}},
		{"fraction in digits", "Add 3/4 of the flour.",
			[]want{{text: "3/4", value: "0.75", share: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) found %d quantities, want %d: %s", tt.in, len(got), len(tt.want), describe(tt.in, got))
			}
			for k, w := range tt.want {
				q := got[k]
				if text := tt.in[q.Start:q.End]; text != w.text || q.Kind != w.kind || q.Decimal() != w.value ||
					q.Currency != w.currency || q.Bound != w.bound || q.Share != w.share || q.Points != w.points {
					t.Errorf("Scan(%q)[%d] = %s, want %+v", tt.in, k, describe(tt.in, got[k:k+1]), w)
				}
			}
		})
	}
}

func describe(s string, qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("{" + s[q.Start:q.End] + " " + q.Kind.String() + " " + q.Decimal() + " " + q.Currency + " " +
			q.Bound.String() + "} ")
	}
	return b.String()
}

// TestNotQuantities lists text that must not come out as a number: dates,
// times, phone numbers, addresses, names with numbers, scores and pronouns.
func TestNotQuantities(t *testing.T) {
	tests := []struct {
		in     string
		absent []string // spans that must not be quantities
	}{
		{"The law took effect in 2025.", []string{"2025"}},
		{"The vote was held on August 9, 2025, in Lorn.", []string{"9", "2025"}},
		{"Polls close at 3 p.m. and results come at 6:15.", []string{"3", "6", "15"}},
		{"Call the Orlin desk at 555-123-4567 or 555-0199.", []string{"555", "123", "4567", "0199"}},
		{"She lives at 42 Juniper Street in Pell.", []string{"42"}},
		{"Section 230 shields the platforms.", []string{"230"}},
		{"It is one of the oldest bridges in Kest.", []string{"one"}},
		{"Rovers won 2-1 at home.", []string{"2", "1", "2-1"}},
		{"The one you saw was mine.", []string{"one"}},
		{"No one came to the Darrow hearing.", []string{"one"}},
		{"Wait a second, said the clerk.", []string{"second"}},
		{"She bought a car and an old bike.", []string{"a", "an"}},
		{"Ships left on May 4th from Iska.", []string{"4th"}},
		{"The Fourth of July parade in Merle was cancelled.", []string{"Fourth"}},
		{"The COVID-19 ward at St Anne's reopened.", []string{"19"}},
		{"The ward ran 24/7 after 9/11.", []string{"24/7", "9/11", "24", "7"}},
		{"The 100m sprint and the 180ml cup.", []string{"100m", "100", "180ml", "180"}},
		{"A 7.62mm rifle and a 9mm pistol.", []string{"7.62mm", "7.62", "9mm", "9"}},
		{"He was elected to a third term.", []string{"a third"}},
		{"Sales fell in the first half of the year.", []string{"half"}},
		{"Since '08 the office at 7110 E. Marla Road held primaries on 3/10.", []string{"08", "7110", "3/10"}},
		{"The First Amendment protects Tomas Brel.", []string{"First"}},
		{"Said Harry First, a professor at Oller.", []string{"First"}},
		{"It was the second to last race.", []string{"second"}},
		{"Visit room No. 12 at the Harl office.", []string{"12"}},
		{"The S&P 500 fell while her 401(k) grew.", []string{"500", "401"}},
		{"Prices rose in March 15 to 21 in Vosk.", []string{"15", "21"}},
		{"See https://example.org/q?x=30%25%2020%25 for Brill.", []string{"30", "25", "2020", "20"}},
		{"He took the 1990s in a half-century stride.", []string{"1990", "a half"}},
	}
	for _, tt := range tests {
		got := Scan(tt.in)
		for _, q := range got {
			text := tt.in[q.Start:q.End]
			for _, a := range tt.absent {
				if text == a {
					t.Errorf("Scan(%q) found %q as a quantity", tt.in, text)
				}
			}
		}
	}
}

// TestIntervals checks the interval semantics a checker relies on: two
// figures conflict when their intervals are disjoint.
func TestIntervals(t *testing.T) {
	one := func(s string) Quantity {
		t.Helper()
		qs := Scan(s)
		if len(qs) != 1 {
			t.Fatalf("Scan(%q) found %d quantities, want 1: %s", s, len(qs), describe(s, qs))
		}
		return qs[0]
	}
	tests := []struct {
		a, b     string
		conflict bool
	}{
		{"$80,000", "more than $80,000", false},
		{"nearly 300", "296", false},
		{"seven", "eight", true},
		{"24", "twenty-four", false},
		{"24", "two dozen", false},
		{"twenty-four", "two dozen", false},
		{"$3.1 million", "$3.1 billion", true},
		{"1.5%", "1.5 percent", false},
		{"1.5%", "1.6%", true},
		{"5", "6", true},
		// A round figure stands for what it rounds: 300 may be 310, not 320.
		{"300", "310", false},
		{"300", "320", true},
		{"about 300", "320", false},
		{"more than 20", "20", true},
		{"more than 20", "21", false},
		{"dozens", "50", false},
		{"dozens", "120", true},
		{"thousands", "5,000", false},
		{"thousands", "500", true},
		{"more than half", "a third", true},
		{"more than half", "two thirds", false},
		{"at least 7", "9", false},
		{"fewer than 10", "10", true},
		{"up to 40", "40", false},
		{"12 to 15", "14", false},
		{"12 to 15", "16", true},
		{"3 million", "3.1 million", false},
		{"$5", "5 dollars", false},
		{"more than half", "45%", true},
		{"more than half", "60 percent", false},
		{"two in five", "40%", false},
		{"3 percentage points", "3%", false}, // not comparable: points are no percent of anything
	}
	for _, tt := range tests {
		a, b := one(tt.a), one(tt.b)
		if got := a.Conflicts(b); got != tt.conflict {
			t.Errorf("%q [%g, %g] against %q [%g, %g]: conflict %v, want %v", tt.a, a.Lo, a.Hi, tt.b, b.Lo, b.Hi, got, tt.conflict)
		}
	}
	if q := one("seven"); q.Lo != 7 || q.Hi != 7 {
		t.Errorf("seven is [%g, %g], want [7, 7]", q.Lo, q.Hi)
	}
	if q := one("more than 20"); q.Lo != 21 || !math.IsInf(q.Hi, 1) {
		t.Errorf("more than 20 is [%g, %g], want [21, +Inf)", q.Lo, q.Hi)
	}
	if q := one("about 300"); q.Lo != 270 || math.Abs(q.Hi-330) > 1e-9 {
		t.Errorf("about 300 is [%g, %g], want [270, 330]", q.Lo, q.Hi)
	}
	if q := one("more than half"); q.Lo <= 0.5 || q.Hi != 1 || !q.Share {
		t.Errorf("more than half is [%g, %g] share %v, want (0.5, 1] share", q.Lo, q.Hi, q.Share)
	}
}

func TestDecimal(t *testing.T) {
	for in, want := range map[string]string{"1.2 million": "1200000", "a half": "0.5", "$3.1 million": "3100000",
		"1e10": "10000000000", ".08": "0.08"} {
		qs := Scan(in)
		if len(qs) != 1 || qs[0].Decimal() != want {
			t.Errorf("Scan(%q) = %s, want one quantity %s", in, describe(in, qs), want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]string{" more than $80,000 ": "80000", "seven": "7", "1.5%": "1.5",
		"two thirds": "0.6666666666666666"} {
		if q, ok := Parse(in); !ok || q.Decimal() != want {
			t.Errorf("Parse(%q) = %s, %v; want %s", in, q.Decimal(), ok, want)
		}
	}
	for _, in := range []string{"", "the cat", "seven cats", "5 and 6", "in 2025"} {
		if q, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %s, want no quantity", in, q.Decimal())
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"more than $3.1 million", "between 30 and 40", "one hundred and three and two thirds",
		"12-15", "2-1", "192.168.1.2", "US$ 1MM", "£ 8.10 million", "three-in-ten", "1,234,567.89",
		"12,34,567", "1.1^--23", "- 1 4/5", "half a dozen", "August 9, 2025", "+1-222-2222/2222", "½", "€5",
		"percent of 10", "tens of thousands of dollars", "a", "1 234 567", "9/11", "5,00", "1e300 trillion crore",
		"percent of 1e308 trillion", "more than 9e307 MUSD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Scan(s)
		prev := 0
		for _, q := range qs {
			if q.Start < prev || q.Start >= q.End || q.End > len(s) {
				t.Fatalf("Scan(%q): span [%d, %d) out of order or outside the text", s, q.Start, q.End)
			}
			if q.FigureStart < q.Start || q.FigureEnd > q.End || q.FigureStart > q.FigureEnd {
				t.Fatalf("Scan(%q): figure [%d, %d) outside [%d, %d)", s, q.FigureStart, q.FigureEnd, q.Start, q.End)
			}
			if !(q.Lo <= q.Hi) {
				t.Fatalf("Scan(%q): %q has Lo %g > Hi %g", s, s[q.Start:q.End], q.Lo, q.Hi)
			}
			prev = q.End
		}
	})
}

// AppendScan appends to quantities already found what Scan finds.
func TestAppendScanAppends(t *testing.T) {
	prefix := Scan("seven groups and $3.1 million")
	for _, s := range []string{"eight cartels, six of them", "more than half", ""} {
		want := append(slices.Clone(prefix), Scan(s)...)
		if got := AppendScan(slices.Clone(prefix), s); !slices.Equal(got, want) {
			t.Errorf("AppendScan(prefix, %q) = %v, want %v", s, got, want)
		}
	}
}
