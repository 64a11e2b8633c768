package rules

import "fmt"

// Level is how serious a finding is.
type Level int

// The levels, in increasing order; LevelNone is above every finding, for a
// fail level that never fails.
const (
	LevelInfo Level = iota + 1
	LevelWarning
	LevelError
	LevelNone
)

var levelNames = map[Level]string{LevelInfo: "info", LevelWarning: "warning", LevelError: "error", LevelNone: "none"}

func (l Level) String() string { return levelNames[l] }

// ParseLevel reads a level name: info, warning or error, and none when
// allowNone is set (fail levels only).
func ParseLevel(s string, allowNone bool) (Level, error) {
	for l, name := range levelNames {
		if name == s && (l != LevelNone || allowNone) {
			return l, nil
		}
	}
	if allowNone {
		return 0, fmt.Errorf("unknown level %q, expected error, warning, info or none", s)
	}
	return 0, fmt.Errorf("unknown level %q, expected error, warning or info", s)
}
