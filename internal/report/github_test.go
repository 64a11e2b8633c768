package report

import (
	"strings"
	"testing"
)

func TestGitHubEscaping(t *testing.T) {
	if got, want := githubData("50% said:\r\nyes, no"), "50%25 said:%0D%0Ayes, no"; got != want {
		t.Errorf("githubData = %q, want %q", got, want)
	}
	if got, want := githubProperty("a,b: 5%\n"), "a%2Cb%3A 5%25%0A"; got != want {
		t.Errorf("githubProperty = %q, want %q", got, want)
	}
}

func TestGitHub(t *testing.T) {
	out := string(write(t, "github", fixtureRun(t)))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want a command a finding:\n%s", len(lines), out)
	}
	want := "::error file=story/gazette.txt,line=2,col=44,endLine=2,endColumn=55," +
		"title=claimlint count-agreement%3A families fed::families fed: Harbor Gazette says 12; Valley Post says 15; Wire | Desk says 15" +
		`%0Astory/post.txt:1:26: Valley Post: "15 families"%0Astory/wire.txt:1:26: Wire | Desk: "15 families"`
	if lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
	// The warning's message has a line break and a percent sign of its own.
	if !strings.HasPrefix(lines[1], "::warning file=story/gazette.txt,line=3,") ||
		!strings.Contains(lines[1], "50%25 of the words <differ>%0D%0Asee [below]") {
		t.Errorf("warning command %s", lines[1])
	}
}
