package main

import (
	"strings"
	"testing"
)

func TestInterspersed(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"claimlint check seeds --format json", "claimlint check --format json -- seeds"},
		{"claimlint check --format=json a b --fail-level warning", "claimlint check --format=json --fail-level warning -- a b"},
		{"claimlint extract - --mentions", "claimlint extract --mentions -- -"},
		{"claimlint check a -- --odd-name.txt", "claimlint check -- a --odd-name.txt"},
		{"claimlint check a --rules r1.yml --rules r2.yml", "claimlint check --rules r1.yml --rules r2.yml -- a"},
		{"claimlint --help", "claimlint --help"},
		{"claimlint version", "claimlint version"},
		{"claimlint rules list --rules r.yml", "claimlint rules list --rules r.yml"},
		{"claimlint rules validate a.yml --no-config b.yml", "claimlint rules validate --no-config -- a.yml b.yml"},
		{"claimlint check a --fail-level warning --format", "claimlint check --fail-level warning --format"},
	}
	for _, tt := range tests {
		got := strings.Join(interspersed(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("interspersed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
