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
	return AdjustRestored(fs, cfg, nil)
}

// AdjustRestored is Adjust for findings that may stand in files restored
// from extracted claims, which have no comments left to read: restored holds
// the suppressions their files had.
func AdjustRestored(fs []rules.Finding, cfg *config.Config, restored map[*document.File]*suppress.Directives) []rules.Finding {
	directives := make(map[*document.File]*suppress.Directives, len(restored))
	for f, d := range restored {
		directives[f] = d
	}
	out := fs[:0]
	for _, f := range fs {
		file := f.Location.Doc.File
		d, ok := directives[file]
		if !ok {
			d = Directives(f.Location.Doc)
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

// Directives reads the inline suppressions of the file doc came from.
func Directives(doc *document.Document) *suppress.Directives {
	switch {
	case doc.File.Restored() || doc.Format == document.FormatJSONL:
		return &suppress.Directives{} // a batch has no place for comments
	case doc.Format == document.FormatText:
		return suppress.Scan(doc.File.Data, false)
	default:
		return suppress.Scan(doc.File.Data, true)
	}
}
