package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimlint/claimlint/rules"
)

// WriteGitHub writes run as GitHub Actions workflow commands, one a finding,
// which annotate the files of a pull request: `::error file=...,line=...,
// col=...,endLine=...,endColumn=...,title=...::message`. The claims a
// finding disagrees with follow its message on lines of their own.
func WriteGitHub(w io.Writer, run *Run) error {
	ew := &errWriter{w: w}
	for _, f := range run.Findings {
		at := spanOf(f.Location, run.Dir)
		var msg strings.Builder
		msg.WriteString(f.Message)
		for _, r := range f.Related {
			rs := spanOf(r, run.Dir)
			fmt.Fprintf(&msg, "\n%s:%d:%d: %s", rs.Path, rs.Line, rs.Column, relatedMessage(rs, r.Doc.Source))
		}
		ew.printf("::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", githubLevel(f.Level),
			githubProperty(at.Path), at.Line, at.Column, at.end.Line, at.end.Column,
			githubProperty("claimlint "+f.Rule+": "+f.Subject), githubData(msg.String()))
	}
	return ew.err
}

func githubLevel(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return "error"
	case rules.LevelWarning:
		return "warning"
	default:
		return "notice"
	}
}

// githubData escapes a command's message as the runner unescapes it.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a command's property value, where ':' and ','
// would end it.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
