package claims

import "testing"

func TestSameGivenName(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"mike", "michael", true}, {"michael", "mike", true}, {"bill", "william", true},
		{"ana", "ana", true}, {"mike", "mark", false}, {"bill", "robert", false}, {"michael", "william", false},
	} {
		if got := SameGivenName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameGivenName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
