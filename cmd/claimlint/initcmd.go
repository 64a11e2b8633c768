package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"
)

const starterConfig = `# claimlint configuration. claimlint reads the nearest .claimlint.yml above the
# folder it runs in; flags override what is set here.

# Rule files or folders to add to the built-in rules (relative to this file).
rules:
  - claimlint-rules

# Rules to turn off, by id (see: claimlint rules list).
disable: []

# Levels to change, by rule id: error, warning or info.
levels: {}
#  count-agreement: warning

# Exit 1 when a finding is at or above this level: error, warning, info or none.
fail-level: error

# Output format of check: text, json, sarif, github, rdjsonl or markdown.
format: text

# Documents to skip, as globs relative to this file (** crosses folders).
exclude: []
#  - archive/**

# Words to add to the built-in vocabulary.
vocabulary:
  nouns: {}
#    vessel: [vessel, ship, boat, ferry]
  events: {}
#    rescued: [rescue, rescued, saved, pulled from the water]
  demonyms: {}
#    Ruritanian: Ruritania

# Changes for some paths only.
overrides: []
#  - files: [drafts/**]
#    levels:
#      count-agreement: warning
`

const exampleRule = `# An example rule for one beat: counts of groups designated as terrorist
# organizations. Counts of these nouns in a sentence with one of the cues are
# compared with each other and with no other counts; "Mexican" and "based in
# Mexico" name the same subset. Check it with: claimlint rules validate claimlint-rules
extends: count-agreement
message: "{{.Subject}}: {{.Source}} says {{.Value}}; {{.Others}}"
level: error
subject: groups designated as terrorist organizations
nouns: [group, cartel, organization, gang]
cues: [designat*, label*, terrorist]
qualifiers:
  mexican: [Mexican, based in Mexico]
`

func initCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a commented .claimlint.yml and an example rule in claimlint-rules/",
		Action: func(*cli.Context) error {
			files := []struct{ path, text string }{
				{".claimlint.yml", starterConfig},
				{filepath.Join("claimlint-rules", "designations.yml"), exampleRule},
			}
			for _, f := range files {
				if _, err := os.Stat(f.path); err == nil {
					return usageError("init: %s already exists; remove it or edit it", f.path)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return usageError("init: %v", err)
				}
			}
			for _, f := range files {
				if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
					return usageError("init: %v", err)
				}
				if err := os.WriteFile(f.path, []byte(f.text), 0o644); err != nil {
					return usageError("init: %v", err)
				}
				if _, err := fmt.Fprintf(stdout, "wrote %s\n", f.path); err != nil {
					return err
				}
			}
			return nil
		},
	}
}
