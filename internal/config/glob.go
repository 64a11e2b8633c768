package config

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimlint/claimlint/internal/yamlfile"
)

// compileGlobs turns globs into regular expressions: `*` matches within a
// path segment, `**` across segments, `?` one character. A glob with no
// slash matches a file name in any folder.
func compileGlobs(f *yamlfile.File, list *yaml.Node, globs []string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, 0, len(globs))
	for i, g := range globs {
		re, err := regexp.Compile(globPattern(g))
		if err != nil {
			f.Fail(list.Content[i], "bad glob %q: %v", g, err)
			continue
		}
		out = append(out, re)
	}
	return out
}

func globPattern(g string) string {
	var b strings.Builder
	b.WriteString("^")
	if !strings.Contains(g, "/") {
		b.WriteString("(?:.*/)?")
	}
	g = strings.TrimPrefix(g, "./")
	literal := 0 // start of the run of literal bytes not yet written
	for i := 0; i < len(g); i++ {
		c := g[i]
		if c != '*' && c != '?' {
			continue
		}
		b.WriteString(regexp.QuoteMeta(g[literal:i]))
		switch {
		case c == '*' && i+1 < len(g) && g[i+1] == '*':
			i++
			if i+1 < len(g) && g[i+1] == '/' {
				i++
				b.WriteString("(?:.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		default:
			b.WriteString("[^/]")
		}
		literal = i + 1
	}
	b.WriteString(regexp.QuoteMeta(g[literal:]))
	b.WriteString("$")
	return b.String()
}

func matchAny(res []*regexp.Regexp, path string) bool {
	for _, re := range res {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}
