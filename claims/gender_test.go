package claims

import "testing"

func TestGender(t *testing.T) {
	tests := []struct {
		name   string
		person bool
		she    bool // agrees with she
		he     bool // agrees with he
	}{
		{"Ida Brandt", true, true, false},
		{"Dan Roe", true, false, true},
		{"Jordan Ames", true, true, true}, // given to both
		{"Tomasz Wielki", true, true, true},
		{"Reyes’s wife", false, true, false},
		{"his brother", false, false, true},
		{"Reyes’s attorney", false, true, true},
	}
	for _, tt := range tests {
		ref := speakerRef{start: 0, end: len(tt.name), name: tt.name, person: tt.person}
		if got := ref.agrees(genderFemale); got != tt.she {
			t.Errorf("%q agrees with she = %v, want %v", tt.name, got, tt.she)
		}
		if got := ref.agrees(genderMale); got != tt.he {
			t.Errorf("%q agrees with he = %v, want %v", tt.name, got, tt.he)
		}
	}
}
