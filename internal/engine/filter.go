package engine

import (
	"github.com/claimlint/claimlint/internal/config"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/suppress"
	"github.com/claimlint/claimlint/rules"
)

// Adjust applies the configuration's per-path overrides and the files' inline
// suppressions to findings, by the finding's location.
func Adjust(fs []rules.Finding, cfg *config.Config) []rules.Finding {
	directives := map[*document.File]*suppress.Directives{}
	out := fs[:0]
	for _, f := range fs {
		file := f.Location.Doc.File
		d, ok := directives[file]
		if !ok {
			switch f.Location.Doc.Format {
			case document.FormatJSONL:
				d = &suppress.Directives{} // a batch has no place for comments
			case document.FormatText:
				d = suppress.Scan(file.Data, false)
			default:
				d = suppress.Scan(file.Data, true)
			}
			directives[file] = d
		}
		start, _ := f.Location.Doc.Span(f.Location.Start, f.Location.End)
		if d.Silenced(f.Rule, file.Position(start).Line) {
			continue
		}
		level, disabled := cfg.LevelFor(f.Rule, file.Path)
		if disabled {
			continue
		}
		if level != "" {
			f.Level, _ = rules.ParseLevel(level, false)
		}
		out = append(out, f)
	}
	return out
}
