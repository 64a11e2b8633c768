package claims

import "testing"

func TestIsTally(t *testing.T) {
	for sentence, want := range map[string]bool{
		"So far this year, 40 people have been shot in Vellmouth.":       true,
		"Police counted 12 separate shootings over the weekend.":         true,
		"A TOTAL OF nine officers were hurt.":                            true,
		"The rate is 7 per 100,000 residents.":                           true,
		"Three people were shot on Pier Street on Friday.":               false,
		"The insofar clause was read aloud.":                             false, // "so far" inside a word
		"Crews in Cityville said two were hurt; citywide, 30 were hurt.": true,
		"": false,
	} {
		if got := isTally(sentence); got != want {
			t.Errorf("isTally(%q) = %v, want %v", sentence, got, want)
		}
	}
}
