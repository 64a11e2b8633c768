package rules

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimlint/claimlint/internal/document"
)

// LoadPath reads a rule file, or every .yml and .yaml file in a folder (not
// its subfolders), reporting every problem in every file at once.
func LoadPath(p string) ([]*Rule, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, &document.Error{Path: p, Msg: strings.TrimPrefix(errors.Unwrap(err).Error(), "stat ")}
	}
	files := []string{p}
	if info.IsDir() {
		files = nil
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, &document.Error{Path: p, Msg: err.Error()}
		}
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".yml" || ext == ".yaml") {
				files = append(files, filepath.Join(p, e.Name()))
			}
		}
		if len(files) == 0 {
			return nil, &document.Error{Path: p, Msg: "no rule files (.yml, .yaml) in folder"}
		}
		sort.Strings(files)
	}
	var rs []*Rule
	var errs ErrorList
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, &document.Error{Path: f, Msg: err.Error()})
			continue
		}
		r, err := Parse(filepath.ToSlash(f), data)
		var list ErrorList
		switch {
		case errors.As(err, &list):
			errs = append(errs, list...)
		case err != nil:
			errs = append(errs, &document.Error{Path: f, Msg: err.Error()})
		default:
			rs = append(rs, r)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rs, nil
}

// Merge adds rules to a set; a rule replaces an earlier one of the same id.
func Merge(base, added []*Rule) []*Rule {
	out := append([]*Rule(nil), base...)
	for _, r := range added {
		replaced := false
		for i, b := range out {
			if b.ID == r.ID {
				out[i], replaced = r, true
			}
		}
		if !replaced {
			out = append(out, r)
		}
	}
	return out
}
