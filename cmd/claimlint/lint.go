package main

import (
	"io"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/document"
)

func lintCommand(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "lint",
		Usage:     "check drafts against their sources",
		ArgsUsage: "--against SOURCE [--against SOURCE]... DRAFT...",
		Description: "Reads the sources (--against: files, folders or -) and the drafts, and reports where\n" +
			"each draft disagrees with the sources: every finding is located in a draft, with the\n" +
			"sources' claims indented below. A draft's claim is a finding when more sources give another\n" +
			"value than give its own (one source against the draft included); quotes no source has are\n" +
			"unsourced-quote warnings. Drafts are not compared with each other, nor the sources with\n" +
			"each other unless --cross is given; a draft inside a source folder is a draft only.\n" +
			"Formats, rules, baselines and exit codes are those of check.\n\n" +
			"Example: claimlint lint --against wire/ --against paper.md draft.md",
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "against", Usage: "source `PATH`: a file, a folder, or - for stdin (repeatable)"},
			&cli.BoolFlag{Name: "cross", Usage: "also report where the sources disagree with each other, as check does"},
		}, findingFlags()...),
		Action: func(c *cli.Context) error { return lintAction(c, stdin, stdout, stderr) },
	}
}

func lintAction(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	sourcePaths := c.StringSlice("against")
	if len(sourcePaths) == 0 {
		return usageError("lint: no --against SOURCE given; name the sources the drafts are checked against (see --help)")
	}
	if c.NArg() == 0 {
		return usageError("lint: no DRAFT given; name draft files, folders or - for stdin (see --help)")
	}
	if slices.Contains(sourcePaths, "-") && slices.Contains(c.Args().Slice(), "-") {
		return usageError("lint: - (stdin) is given as a source and as a draft")
	}
	s, err := loadSettings(c)
	if err != nil {
		return err
	}
	s.rules.Cross = c.Bool("cross")
	out, err := newReporting(c, s, stdout)
	if err != nil {
		return err
	}
	drafts, err := inputs(c, s.cfg, stdin, stderr)
	if err != nil {
		return err
	}
	sources, err := load(c, s.cfg, sourcePaths, stdin, stderr)
	if err != nil {
		return err
	}
	isDraft := map[string]bool{}
	for _, d := range drafts {
		d.Draft = true
		isDraft[d.ID] = true
	}
	// A draft inside a source folder is a draft only.
	sources = slices.DeleteFunc(sources, func(d *document.Document) bool { return isDraft[d.ID] })
	if len(sources) == 0 {
		return usageError("lint: every source is also a draft; name sources other than the drafts")
	}
	return out.report(s, append(drafts, sources...), stdout)
}
