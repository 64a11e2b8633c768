package text

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"phillips", "philips", 1}, {"seabrook", "seabrooks", 1}, {"smith", "smtih", 1},
		{"okonjo", "okonjo", 0}, {"", "abc", 3}, {"marquez", "martinez", 3},
		{"the harbor master of calloway said", "the harbour master of caloway said", 2},
		{"abc", "the harbor master of calloway said so", 34},
	}
	for _, tt := range tests {
		if got := EditDistance([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"format", "fail-level", "rules", "published"}
	for word, want := range map[string]string{
		"fromat": "format", "fail-lvel": "fail-level", "rule": "rules", "publish": "published",
		"colour": "", "": "", "x": "",
	} {
		if got := Closest(word, names); got != want {
			t.Errorf("Closest(%q) = %q, want %q", word, got, want)
		}
	}
}
