package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/numparse"
)

type countCase struct {
	Text       string
	Subject    string
	Value      string
	Qualifiers []string
	Subset     bool
}

func countsOf(s string) []countCase {
	ex := Extract(document.NewText("t.txt", "t", s, time.Time{}))
	var out []countCase
	for _, c := range ex.Claims {
		if c.Kind == KindCount {
			out = append(out, countCase{c.Text(), c.Subject, c.Value, c.Count.Qualifiers, c.Count.Subset})
		}
	}
	return out
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []countCase
	}{
		{"what someone has is no count of the story's event",
			"Many of Donalson's nine children came. Hayes, who has four children, watched. His two sons were shot.",
			[]countCase{{Text: "two sons", Subject: "sons shot", Value: "2"}}},
		{"a station's number counts no news",
			"Witnesses told Action 9 News that two men were shot.",
			[]countCase{{Text: "two men", Subject: "men shot", Value: "2"}}},
		{"a caliber and a model's number count nothing",
			"The patrol seized a 7.62mm rifle, 12 AK 47 guns and three boats.",
			[]countCase{{Text: "three boats", Subject: "boats", Value: "3"}}},
		{"noun with modifiers and the event before it",
			"The ministry designated seven criminal groups as terrorist organizations.",
			[]countCase{{"seven criminal groups", "groups designated", "7", nil, false}}},
		{"synonym joins the set and the demonym qualifies it",
			"Officials labeled eight drug cartels, five major Colombian cartels among them.",
			[]countCase{
				{"eight drug cartels", "groups designated", "8", nil, false},
				{"five major Colombian cartels", "groups designated / Colombian", "5", []string{"colombian"}, false},
			}},
		{"subset introduced by including",
			"Police arrested 12 people, including three teenagers.",
			[]countCase{
				{"12 people", "people arrested", "12", nil, false},
				{"three teenagers", "teenagers arrested", "3", nil, true},
			}},
		{"subset referring back with of them, qualified after the noun",
			"The council listed nine gangs, with four of them based in Canada.",
			[]countCase{
				{"nine gangs", "groups designated", "9", nil, false},
				{"four of them based in Canada", "groups designated / Canadian", "4", []string{"canadian"}, true},
			}},
		{"a part referring back with of them that nothing else sets apart",
			"The report found that nine pellets struck the fence, two of them from the north side.",
			[]countCase{
				{"nine pellets", "pellets", "9", nil, false},
				{"two of them from the north side", "pellets / Part", "2", []string{"part"}, true},
			}},
		{"the size of a place is no count of those an event befell",
			"The storm hit the island, home to 90,000 people, and Marrowby, a town of 4,000 residents. Nine people were injured.",
			[]countCase{
				{"90,000 people", "people / Population", "90000", []string{"population"}, false},
				{"4,000 residents", "people / Population", "4000", []string{"population"}, false},
				{"Nine people", "people injured", "9", nil, false},
			}},
		{"a count of past events is set apart from the story's own",
			"The driver had four prior arrests. Police made 30 arrests on Friday.",
			[]countCase{
				{"four prior arrests", "arrests / Earlier", "4", []string{"earlier"}, false},
				{"30 arrests", "arrests", "30", nil, false},
			}},
		{"a part of a group introduced by of whom",
			"Twelve people were injured, of whom four were children.",
			[]countCase{
				{"Twelve people", "people injured", "12", nil, false},
				{"four were children", "children injured", "4", nil, true},
			}},
		{"event after the noun",
			"Two firefighters were injured and 40 residents were evacuated.",
			[]countCase{
				{"Two firefighters", "firefighters injured", "2", nil, false},
				{"40 residents", "people evacuated", "40", nil, false},
			}},
		{"how badly people were hurt narrows a count to a part of the injured",
			"Two hikers died and three people were critically injured at Ridgeback Falls.",
			[]countCase{
				{"Two hikers", "hikers killed", "2", nil, false},
				{"three people", "people injured / Critical", "3", []string{"critical"}, false},
			}},
		{"an event the sentence denies befell nobody",
			"Two residents were not hurt.",
			[]countCase{{"Two residents", "people", "2", nil, false}}},
		{"an event in an aside befell the part the aside names",
			"Six people, including the 2 who died, were shot at the Dunmore fairground.",
			[]countCase{{"Six people", "people shot", "6", nil, false}}},
		{"how badly people were hurt among a count's modifiers",
			"The two most seriously wounded passengers were flown to Carrow.",
			[]countCase{{"two most seriously wounded passengers", "passengers injured / Serious", "2", []string{"serious"}, false}}},
		{"a count that remains in critical condition is set apart",
			"Two residents were hurt; one person remains in critical condition.",
			[]countCase{
				{"Two residents", "people injured", "2", nil, false},
				{"one person", "people / Critical", "1", []string{"critical"}, false},
			}},
		{"a modifier that names an event says what befell the count",
			"Deputies found two dead people and four uninjured residents at the Harrow farm.",
			[]countCase{
				{"two dead people", "people killed", "2", nil, false},
				{"four uninjured residents", "people", "4", nil, false},
			}},
		{"the wounded of whom some died mortally count all who were shot, and the others the injured",
			"The blast of gunfire left six people wounded, two mortally.",
			[]countCase{
				{"six people", "people shot", "6", nil, false},
				{"six people wounded, two mortally", "people injured", "4", nil, false},
				{"two mortally", "people killed", "2", nil, false},
			}},
		{"the shot of whom some died fatally leave the others injured",
			"Nine people were shot at the Tarrow fair, three of them fatally.",
			[]countCase{
				{"Nine people", "people shot", "9", nil, false},
				{"Nine people were shot at the Tarrow fair, three of them fatally", "people injured", "6", nil, false},
				{"three of them fatally", "people killed", "3", nil, false},
			}},
		{"a count also hurt adds to others",
			"Four officers died. Two civilians were also injured.",
			[]countCase{
				{"Four officers", "officers killed", "4", nil, false},
				{"Two civilians", "people injured / Other", "2", []string{"other"}, true},
			}},
		{"a sentence that counts several shootings adds up their victims",
			"Three people were killed in four separate shootings. Nine people died in 12 shooting incidents.",
			[]countCase{
				{"Three people", "people killed / Tally", "3", []string{"tally"}, false},
				{"four separate shootings", "shootings killed / Tally", "4", []string{"tally"}, false},
				{"Nine people", "people killed / Tally", "9", []string{"tally"}, false},
				{"12 shooting incidents", "incidents killed / Tally", "12", []string{"tally"}, false},
			}},
		{"coordinated counts of people add up to a count of the people",
			"Seven officers and two civilians were hurt.",
			[]countCase{
				{"Seven officers and two civilians", "people injured", "9", nil, false},
				{"Seven officers", "officers injured", "7", nil, true},
				{"two civilians", "people injured / Part", "2", []string{"part"}, true},
			}},
		{"a list of counts of people ends with and, a part may be a single person",
			"Gunfire killed two men, a woman and a child near Orlo.",
			[]countCase{
				{"two men, a woman and a child", "people killed", "4", nil, false},
				{"two men", "men killed", "2", nil, true},
			}},
		{"parts that say what befell each are not one group",
			"Deputies found one dead man and a wounded woman. Two men were shot and a woman fled.",
			[]countCase{{"Two men", "men shot", "2", nil, false}}},
		{"a count with minor injuries is a part of the injured",
			"Two women and a man have minor injuries.",
			[]countCase{
				{"Two women and a man", "people injured / Minor", "3", []string{"minor"}, false},
				{"Two women", "women injured / Minor", "2", []string{"minor"}, true},
			}},
		{"an event word right after another figure befell that figure",
			"Officials confirmed 5 victims, 1 fatality, 4 wounded.",
			[]countCase{{"5 victims", "people", "5", nil, false}}},
		{"wound up is no wound",
			"Two people wound up in the river.",
			[]countCase{{"Two people", "people", "2", nil, false}}},
		{"people who were shooting fired, and people shot to death were killed",
			"Investigators say at least five people were shooting during the gunfight. Three people were shot to death and two were shooting victims. " +
				"Two men with handguns opened fire on the crowd.",
			[]countCase{
				{"at least five people", "people", "at least five", nil, false},
				{"Three people", "people killed", "3", nil, false},
				{"Two men", "men", "2", nil, false},
			}},
		{"an event of another's clause befell another",
			"Two police officers were charged after a boy was shot to death. The four Police Department officers involved in the shooting that killed a boy were named.",
			[]countCase{
				{"Two police officers", "officers charged", "2", nil, false},
				{"four Police Department officers", "officers", "4", nil, false},
			}},
		{"shot at is fired on, not hit",
			"Police said two men were shot at by a deputy.",
			[]countCase{{"two men", "men", "2", nil, false}}},
		{"those who attended or gathered are not those an event befell",
			"A crowd of 300 people gathered; the fair was attended by 2,000 people. One person was hurt.",
			[]countCase{
				{"300 people", "people / Crowd", "300", []string{"crowd"}, false},
				{"2,000 people", "people / Crowd", "2000", []string{"crowd"}, false},
				{"One person", "people injured", "1", nil, false},
			}},
		{"a town's people are not a party's guests",
			"A gunman fired into a party filled with up to 20 people in the town of about 9,000 people.",
			[]countCase{
				{"up to 20 people", "people / Crowd", "up to 20", []string{"crowd"}, false},
				{"about 9,000 people", "people / Population", "about 9,000", []string{"population"}, false},
			}},
		{"the surviving victims were hurt, a victim who died was killed",
			"Of the four surviving shooting victims, two remain in the hospital. 1 shooting victim has died. Two of the three shooting victims had died.",
			[]countCase{
				{"four surviving shooting victims", "people injured", "4", nil, false},
				{"1 shooting victim", "people killed", "1", nil, false},
				{"three shooting victims", "people shot", "3", nil, false},
			}},
		{"the whole a part is taken from is not what befell the part",
			"Police say four of the five victims were shot to death. Two of the three people who died were named. Four of the five people shot left the hospital.",
			[]countCase{
				{"five victims", "people", "5", nil, false},
				{"three people", "people killed", "3", nil, false},
				{"five people", "people shot", "5", nil, false},
			}},
		{"an event with a figure of its own befell that figure",
			"The men fired on more than 100 people, wounding 13.",
			[]countCase{
				{"more than 100 people", "people", "more than 100", nil, false},
				{"13", "people injured", "13", nil, false},
			}},
		{"those a thing killed are people, and an incident of people befell them",
			"Two bombs exploded, killing three and injuring more than 100. He called for an end after the deaths of 176 people.",
			[]countCase{
				{"Two bombs", "bombs", "2", nil, false},
				{"three", "people killed", "3", nil, false},
				{"more than 100", "people injured", "more than 100", nil, false},
				{"176 people", "people killed", "176", nil, false},
			}},
		{"a part counted as plain people is a part",
			"Nine Israelis, including three civilians hit by rocket fire, have been killed.",
			[]countCase{
				{"Nine Israelis", "israelis killed", "9", nil, false},
				{"three civilians", "people killed / Part", "3", []string{"part"}, true},
			}},
		{"people where an incident happened are not its victims",
			"There were 16 people at the apartment at the time of the shooting, and five of those children were young.",
			[]countCase{
				{"16 people", "people", "16", nil, false},
				{"five of those children were young", "people / Part", "5", []string{"part"}, true},
			}},
		{"a caliber counts no guns",
			"Officers found 9 mm handguns and a .38-caliber handgun.",
			nil},
		{"shootings named without a determiner are several",
			"Three people were killed in weekend shootings. Two people were killed in the shootings.",
			[]countCase{
				{"Three people", "people killed / Tally", "3", []string{"tally"}, false},
				{"Two people", "people killed", "2", nil, false},
			}},
		{"a sum of people that restates the count before it is a part of it",
			"Four people were found dead -- two men and a woman inside the house.",
			[]countCase{
				{"Four people", "people killed", "4", nil, false},
				{"two men and a woman", "people killed / Part", "3", []string{"part"}, true},
				{"two men", "men killed", "2", nil, true},
			}},
		{"a count that is the subject of its clause takes no event before it",
			"A clerk died and two people were taken to Arden General.",
			[]countCase{{"two people", "people", "2", nil, false}}},
		{"the wounded of whom some are dead count all who were shot",
			"At least 20 people were injured, and two of those victims are dead.",
			[]countCase{
				{"At least 20 people", "people shot", "At least 20", nil, false},
				{"two of those victims are dead", "people killed", "2", nil, false},
			}},
		{"a count after in addition to counts others",
			"In addition to the two victims, one person was hurt.",
			[]countCase{
				{"two victims", "people injured", "2", nil, false},
				{"one person", "people injured / Other", "1", []string{"other"}, true},
			}},
		{"those involved in an event took part in it",
			"Deputies said three people were involved in the killing.",
			[]countCase{{"three people", "people", "3", nil, false}}},
		{"a count whose own verb is another's does not take the incident named after it",
			"About 80 neighbors gathered at the corner where the shooting happened. Two teens were seen running from the shooting.",
			[]countCase{{"About 80 neighbors", "neighbors", "About 80", nil, false}, {"Two teens", "teens", "2", nil, false}}},
		{"nor an event of a clause whose subject is one other person",
			"About 60 workers were in the mill when she began shooting. Three men were outside when they were shot.",
			[]countCase{{"About 60 workers", "workers", "About 60", nil, false}, {"Three men", "men shot", "3", nil, false}}},
		{"things take no event that befalls people",
			"Four residents were injured and more than 80 houses flattened. The storm wrecked 12 barns, injuring nine people.",
			[]countCase{{"Four residents", "people injured", "4", nil, false}, {"more than 80 houses", "homes", "more than 80", nil, false},
				{"12 barns", "barns", "12", nil, false}, {"nine people", "people injured", "9", nil, false}}},
		{"a count of the dead that includes the gunman says so",
			"Five people were killed at the farm, including the gunman.",
			[]countCase{{"Five people", "people killed / With the gunman", "5", []string{"with the gunman"}, false}}},
		{"nor an event further on in the incident's clause",
			"Three men surrendered to deputies over a Sunday shooting that left one man dead.",
			[]countCase{{"Three men", "men", "3", nil, false}}},
		{"a count of victims of the incident takes it",
			"Two victims of the Sunday shooting and three victims in the market shooting were named.",
			[]countCase{{"Two victims", "people shot", "2", nil, false}, {"three victims", "people shot", "3", nil, false}}},
		{"an event that another count stands nearer befell that count",
			"About 900 people marched to the town hall, a day after four marchers were shot. The death toll rose after the bodies of two victims were found in one of the 12 flooded villages.",
			[]countCase{
				{"About 900 people", "people", "About 900", nil, false},
				{"four marchers", "marchers shot", "4", nil, false},
				{"two victims", "people", "2", nil, false},
				{"12 flooded villages", "villages", "12", nil, false},
			}},
		{"counts listed together share their event",
			"An additional 40 birds and 16 plants are listed as endangered. The dead included six children aged 2 to 11, two women and a man.",
			[]countCase{
				{"40 birds", "birds designated / Other", "40", []string{"other"}, true},
				{"16 plants", "plants designated", "16", nil, false},
				{"six children", "children killed", "6", nil, false},
				{"two women and a man", "people killed / Part", "3", []string{"part"}, true},
				{"two women", "women killed", "2", nil, true},
			}},
		{"and so does a part named in an aside",
			"The blast killed more than 30 people, including a family of five young children.",
			[]countCase{
				{"more than 30 people", "people killed", "more than 30", nil, false},
				{"five young children", "children killed", "5", nil, false},
			}},
		{"an aside between dashes after a count stands apart from its event",
			"Four people — two men and two women — were shot. Six people — two fatally — were shot.",
			[]countCase{
				{"Four people", "people shot", "4", nil, false},
				{"two men and two women", "people shot / Part", "4", []string{"part"}, true},
				{"two men", "men shot", "2", nil, true},
				{"two women", "women shot", "2", nil, true},
				{"Six people", "people shot", "6", nil, false},
				{"Six people — two fatally", "people injured", "4", nil, false},
				{"two fatally", "people killed", "2", nil, false},
			}},
		{"a figure before the count is no clause boundary",
			"A gunman killed 12 people in a mass shooting.",
			[]countCase{{"12 people", "people killed", "12", nil, false}}},
		{"an adjective that describes the incident befell no count",
			"Four people were taken to clinics after a fatal Sunday shooting.",
			[]countCase{{"Four people", "people shot", "4", nil, false}}},
		{"a place packed with people holds them, nothing befell them",
			"A hall packed with 400 people erupted when one person was shot.",
			[]countCase{
				{"400 people", "people / Crowd", "400", []string{"crowd"}, false},
				{"one person", "people shot", "1", nil, false},
			}},
		{"homicide cases counted are several events",
			"Four people died; police are treating the deaths as three separate homicide cases.",
			[]countCase{
				{"Four people", "people killed / Tally", "4", []string{"tally"}, false},
				{"three separate homicide cases", "cases killed / Tally", "3", []string{"tally"}, false},
			}},
		{"an aside without commas ends at the verb of its clause",
			"Police said 12 people including a child were injured. Six people, including two who were killed, were shot.",
			[]countCase{
				{"12 people", "people injured", "12", nil, false},
				{"Six people", "people shot", "6", nil, false},
			}},
		{"a bare figure after killing counts the dead of the count before",
			"He shot four people, killing one, and shot two more, killing 19-year-old Ann Rell.",
			[]countCase{
				{"four people", "people shot", "4", nil, false},
				{"four people, killing one", "people injured", "3", nil, false},
				{"one", "people killed", "1", nil, false},
			}},
		{"units of time and measure are not counts", "The fire burned for six hours across 300 acres in 2025.", nil},
		{"a label is not a count", "The blaze started at Pier 7, injuring nobody.", nil},
		{"a place in a series is not a count", "Image 2 of 10 People gather behind the tape.", nil},
		{"a figure must agree with its noun", "He said one thing and two thing.", nil},
		{"a fraction counts nothing", "The 7.6 and 7.5 magnitude quakes cut power. Each home had 2.5 cars.", nil},
		{"a rate is not a count", "The death rate rose from 6.1 to 11 deaths per 100,000 in Ostrava County.", nil},
		{"one counts only nouns the vocabulary knows", "One person died; one idea remained.",
			[]countCase{{"One person", "people killed", "1", nil, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, countsOf(tt.text)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSingularAndPlural(t *testing.T) {
	for plural, singular := range map[string]string{
		"groups": "group", "cartels": "cartel", "people": "person", "countries": "country",
		"churches": "church", "boxes": "box", "children": "child", "bus": "bus", "glass": "glass",
		"police": "police", "series": "series",
	} {
		if got := Singular(plural); got != singular {
			t.Errorf("Singular(%q) = %q, want %q", plural, got, singular)
		}
		if singular != "bus" && singular != "glass" {
			if got := pluralOf(singular); got != plural {
				t.Errorf("plural(%q) = %q, want %q", singular, got, plural)
			}
		}
	}
}

func pluralOf(s string) string { return strings.TrimSpace(plural(s)) }

func TestAmounts(t *testing.T) {
	tests := []struct {
		text, claim, subject, value string
	}{
		{"The council approved $3.1 million in aid for the harbor.", "$3.1 million in aid", "aid (USD)", "3100000 USD"},
		{"A $2 billion contract was signed.", "$2 billion contract", "contract (USD)", "2000000000 USD"},
		{"Damage was estimated at $80,000.", "Damage was estimated at $80,000", "damage (USD)", "80000 USD"},
		{"Turnout reached 61 percent of registered voters.", "61 percent of registered voters", "voter (%)", "61%"},
		{"Prices rose 3.5% in March.", "Prices rose 3.5%", "price (%)", "3.5%"},
		{"The plan costs 3.1bn euros in total.", "plan costs 3.1bn euros", "plan (EUR)", "3100000000 EUR"},
		{"They paid $5 million in total.", "", "", ""},
		{"Thieves took $3.4m worth of rings from the shop.", "$3.4m worth of rings", "ring (USD)", "3400000 USD"},
		{"The jewels were $40,000 worth, the owner said.", "jewels were $40,000", "jewel (USD)", "40000 USD"},
		{"In the survey, 52 percent approve of the council.", "", "", ""},
		{"The district raised $4 million last year.", "", "", ""},
		{"Prices ended 5 percent higher.", "", "", ""},
		{"Voters gave them 61 percent.", "", "", ""},
		{"Support fell by 2 percentage points.", "", "", ""},
	}
	for _, tt := range tests {
		ex := Extract(document.NewText("t.txt", "t", tt.text, time.Time{}))
		var got []string
		for _, c := range ex.Claims {
			if c.Kind == KindCount && c.Quantity.Kind != numparse.Number {
				got = append(got, c.Text()+" | "+c.Subject+" | "+c.Value)
			}
		}
		want := []string{}
		if tt.claim != "" {
			want = []string{tt.claim + " | " + tt.subject + " | " + tt.value}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%q: got %q, want %q", tt.text, got, want)
		}
	}
}
