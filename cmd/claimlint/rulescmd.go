package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/rules"
)

func rulesCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:   "rules",
		Usage:  "list, show and validate rules",
		Action: commandNotFound, // an unknown subcommand, or none
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list the rules a check runs: id, kind, level and origin (built-in or file)",
				Flags: append([]cli.Flag{rulesFlag}, configFlags...),
				Action: func(c *cli.Context) error {
					s, err := loadSettings(c)
					if err != nil {
						return err
					}
					tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
					_, _ = fmt.Fprintln(tw, "ID\tKIND\tLEVEL\tORIGIN")
					for _, r := range s.rules.Rules {
						_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, r.Level, r.Origin)
					}
					return tw.Flush()
				},
			},
			{
				Name:      "show",
				Usage:     "print a rule's effective YAML and what its kind finds",
				ArgsUsage: "ID",
				Flags:     append([]cli.Flag{rulesFlag}, configFlags...),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usageError("rules show: name one rule id (see claimlint rules list)")
					}
					s, err := loadSettings(c)
					if err != nil {
						return err
					}
					id := c.Args().First()
					for _, r := range s.rules.Rules {
						if r.ID == id {
							_, err := fmt.Fprintf(stdout, "# %s (%s, %s): %s\n# level in effect: %s\n%s", r.ID, r.Kind, r.Origin,
								r.Summary(), r.Level, strings.TrimLeft(r.Source, "\n"))
							return err
						}
					}
					return usageError("rules show: no rule %q (see claimlint rules list)", id)
				},
			},
			{
				Name:      "validate",
				Usage:     "check rule files without running a check; every problem is printed as file:line:column",
				ArgsUsage: "PATH...",
				Action: func(c *cli.Context) error {
					if c.NArg() == 0 {
						return usageError("rules validate: name rule files or folders")
					}
					var all rules.ErrorList
					n := 0
					for _, p := range c.Args().Slice() {
						rs, err := rules.LoadPath(p)
						var list rules.ErrorList
						switch {
						case errors.As(err, &list):
							all = append(all, list...)
						case err != nil:
							return &exitCodeError{code: exitError, err: err}
						}
						n += len(rs)
					}
					if len(all) > 0 {
						return &exitCodeError{code: exitError, err: all}
					}
					_, err := fmt.Fprintf(stdout, "%d %s valid\n", n, plural(n, "rule", "rules"))
					return err
				},
			},
		},
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
