package suppress

import "testing"

func TestSilenced(t *testing.T) {
	md := `Line one.
<!-- claimlint-disable count-agreement -->
Three firefighters were injured.
<!-- claimlint-enable count-agreement -->
Four firefighters were injured.
<!-- claimlint-disable-next-line quote-fidelity, name-spelling -->
"A quote," she said.
<!-- claimlint-disable -->
Everything from here on.
`
	txt := "Intro.\nclaimlint-disable-next-line count-agreement\nThree firefighters.\nFour firefighters.\n"
	tests := []struct {
		name     string
		data     string
		comments bool
		rule     string
		line     int
		want     bool
	}{
		{"inside a disabled range", md, true, "count-agreement", 3, true},
		{"another rule is not silenced", md, true, "date-agreement", 3, false},
		{"after enable", md, true, "count-agreement", 5, false},
		{"next line, first rule", md, true, "quote-fidelity", 7, true},
		{"next line, second rule", md, true, "name-spelling", 7, true},
		{"the directive line itself is not silenced", md, true, "quote-fidelity", 6, false},
		{"disable without rule silences all to the end", md, true, "anything", 9, true},
		{"before any directive", md, true, "count-agreement", 1, false},
		{"plain text directive", txt, false, "count-agreement", 3, true},
		{"plain text next line only", txt, false, "count-agreement", 4, false},
		{"comments are not read in plain text", md, false, "count-agreement", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Scan([]byte(tt.data), tt.comments).Silenced(tt.rule, tt.line); got != tt.want {
				t.Errorf("Silenced(%s, %d) = %v, want %v", tt.rule, tt.line, got, tt.want)
			}
		})
	}
}

func FuzzScan(f *testing.F) {
	f.Add([]byte("<!-- claimlint-disable a -->\nx\n<!-- claimlint-enable a -->"), true)
	f.Add([]byte("claimlint-disable-next-line\n"), false)
	f.Add([]byte("<!-- claimlint-disable <!-- -->"), true)
	f.Fuzz(func(_ *testing.T, data []byte, comments bool) {
		d := Scan(data, comments)
		d.Silenced("x", 1)
	})
}
