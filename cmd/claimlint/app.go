package main

import (
	"errors"
	"fmt"
	"io"
	"path"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/config"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/text"
)

// Exit codes.
const (
	exitClean    = 0 // no finding at or above the fail level
	exitFindings = 1 // findings at or above the fail level
	exitError    = 2 // usage, configuration or input error
)

// exitCodeError carries an exit code out of an action.
type exitCodeError struct {
	code int
	err  error
}

func (e *exitCodeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func usageError(format string, args ...any) error {
	return &exitCodeError{code: exitError, err: fmt.Errorf(format, args...)}
}

// version is set at build time with -ldflags "-X main.version=..."; otherwise
// the module version recorded in the binary is used.
var version = ""

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(interspersed(app, args))
	if err == nil {
		return exitClean
	}
	var ec *exitCodeError
	if errors.As(err, &ec) {
		if ec.err != nil {
			// A list of errors (every problem in a rule file) prints a line each.
			for _, line := range strings.Split(ec.err.Error(), "\n") {
				_, _ = fmt.Fprintf(stderr, "claimlint: %s\n", line)
			}
		}
		return ec.code
	}
	_, _ = fmt.Fprintf(stderr, "claimlint: %v\n", firstLine(err.Error()))
	return exitError
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

var publishedFlag = &cli.StringFlag{
	Name:  "published",
	Usage: "publication date `YYYY-MM-DD` of documents that state none (relative dates are read against it)",
}

var rulesFlag = &cli.StringSliceFlag{
	Name:  "rules",
	Usage: "rule `FILE` or folder of rule files to add to the built-in rules (repeatable)",
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	onUsage := func(c *cli.Context, err error, _ bool) error {
		return usageError("%s (see --help)", flagProblem(c.Command, err))
	}
	app := &cli.App{
		Name:  "claimlint",
		Usage: "cross-check the factual claims of news sources about one story",
		Description: "claimlint reads several articles or drafts about the same story (.txt, .md, .html files,\n" +
			"folders of them, .jsonl batches, or - for stdin), pulls out their factual claims (counts,\n" +
			"dates, quotes and their speakers, people's titles and names), and reports where the\n" +
			"sources disagree, like a compiler reports errors.\n\n" +
			"Exit codes: 0 no finding at or above --fail-level, 1 findings at or above it,\n" +
			"2 usage, configuration or input error.",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		OnUsageError:    onUsage,
		Action:          commandNotFound,
		ExitErrHandler:  func(*cli.Context, error) {},
		// A repeated flag takes one path each time: a comma is part of a name.
		DisableSliceFlagSeparator: true,
		Commands: []*cli.Command{
			{
				Name:      "check",
				Usage:     "report where the sources disagree",
				ArgsUsage: "PATH...",
				Description: "Reads every PATH, extracts the claims, and runs the rules over them. Findings are\n" +
					"printed as path:line:col: level: message [rule], with the claims they disagree with\n" +
					"indented below.\n\n" +
					"With --claims, the PATHs are claims files (claimlint extract --format claims), cross-checked\n" +
					"as the documents they were extracted from would be, without reading them again.\n\n" +
					"Example: claimlint check testdata/stories/harbor-fire --format json",
				Flags: append(findingFlags(), storyFlag,
					&cli.BoolFlag{Name: "claims", Usage: "the PATHs are claims files written by extract --format claims, - for stdin"}),
				Action: func(c *cli.Context) error { return checkAction(c, stdin, stdout, stderr) },
			},
			lintCommand(stdin, stdout, stderr),
			{
				Name:      "extract",
				Usage:     "print the claims (or, with --mentions, the recognized mentions) of documents",
				ArgsUsage: "PATH...",
				Description: "Prints one JSON object a line for every claim: path, kind (count, date, quote, title,\n" +
					"name), subject, start, end (byte offsets into the file), text and value. With --mentions,\n" +
					"prints the mentions the claims are made of instead: numbers, ordinals, percents, money,\n" +
					"dates, people and quotes. --format claims prints claims files for check --claims: a line for\n" +
					"every document and every claim with all that cross-checking needs (docs/scale.md).\n\n" +
					"Example: claimlint extract --mentions testdata/stories/harbor-fire",
				Flags: append([]cli.Flag{
					&cli.BoolFlag{Name: "mentions", Usage: "print mentions instead of claims"},
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "output `FORMAT`: jsonl, json for one indented array, or claims for check --claims"},
					rulesFlag,
					storyFlag,
					publishedFlag,
				}, configFlags...),
				Action: func(c *cli.Context) error { return extractAction(c, stdin, stdout, stderr) },
			},
			rulesCommand(stdout),
			initCommand(stdout),
			{
				Name:  "version",
				Usage: "print the version",
				Action: func(*cli.Context) error {
					_, err := fmt.Fprintf(stdout, "claimlint %s\n", buildVersion())
					return err
				},
			},
		},
	}
	setUsageErrors(app.Commands, onUsage)
	return app
}

// commandNotFound is the action of a command with subcommands, given none
// it has: with no argument it prints the help, and "claimlint help check"
// prints the help of check.
func commandNotFound(c *cli.Context) error {
	name := c.Args().First()
	if name == "help" && c.NArg() <= 2 {
		name = c.Args().Get(1)
		if name != "" && c.Command.Command(name) != nil {
			return cli.ShowCommandHelp(c, name)
		}
	}
	if name == "" {
		return cli.ShowSubcommandHelp(c)
	}
	var names []string
	for _, sub := range c.Command.VisibleCommands() {
		names = append(names, sub.Names()...)
	}
	msg := fmt.Sprintf("unknown command %q", name)
	if best := text.Closest(name, names); best != "" {
		msg += "; did you mean " + best + "?"
	}
	return usageError("%s (see %s --help)", msg, c.Command.HelpName)
}

// flagProblem says what the flag package found wrong with a command line in
// its own words: "check: unknown flag --fromat; did you mean --format?" for
// "flag provided but not defined: -fromat".
func flagProblem(cmd *cli.Command, err error) string {
	scope := strings.TrimPrefix(strings.TrimPrefix(cmd.HelpName, "claimlint"), " ")
	if scope != "" {
		scope += ": "
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		var names []string
		for _, f := range cmd.VisibleFlags() {
			names = append(names, f.Names()...)
		}
		msg = "unknown flag " + dashed(name)
		if best := text.Closest(name, slices.DeleteFunc(names, func(n string) bool { return len(n) == 1 })); best != "" {
			msg += "; did you mean " + dashed(best) + "?"
		}
	} else if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		msg = dashed(name) + " needs a value"
	} else if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		if value, name, ok := strings.Cut(rest, " for -"); ok {
			msg = fmt.Sprintf("%s: %s is not true or false", dashed(strings.TrimSuffix(name, ": parse error")), value)
		}
	}
	return scope + msg
}

// dashed writes a flag name as a command line does: -f, --format.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// setUsageErrors makes every command report a usage error in one line.
func setUsageErrors(cmds []*cli.Command, onUsage cli.OnUsageErrorFunc) {
	for _, c := range cmds {
		c.OnUsageError = onUsage
		setUsageErrors(c.Subcommands, onUsage)
	}
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// inputs reads the documents the command names, warning on stderr about
// input it repaired, and leaves out those the configuration excludes.
func inputs(c *cli.Context, cfg *config.Config, stdin io.Reader, stderr io.Writer) ([]*document.Document, error) {
	if c.NArg() == 0 {
		return nil, usageError("%s: no PATH given; name files, folders or - for stdin (see --help)", c.Command.Name)
	}
	return load(c, cfg, c.Args().Slice(), stdin, stderr)
}

// setStory makes the folder of a document that names no story its story,
// when the command asks for a story per folder.
func setStory(c *cli.Context, d *document.Document) {
	if d.Story == "" && c.Bool(storyFlag.Name) {
		d.Story = path.Dir(d.Path())
	}
}

// load reads the documents of paths as inputs does.
func load(c *cli.Context, cfg *config.Config, paths []string, stdin io.Reader, stderr io.Writer) ([]*document.Document, error) {
	// The engine decodes each document's text when it extracts it, and a
	// check lets a story's texts go once its rules have run.
	opts := document.Options{DeferText: true}
	if p := c.String("published"); p != "" {
		t, err := time.Parse(time.DateOnly, p)
		if err != nil {
			return nil, usageError("--published %q: expected a date as YYYY-MM-DD", p)
		}
		opts.Published = t
	}
	docs, warnings, err := document.Load(paths, stdin, opts)
	for _, w := range warnings {
		_, _ = fmt.Fprintf(stderr, "claimlint: warning: %v\n", &w)
	}
	if err != nil {
		return nil, &exitCodeError{code: exitError, err: err}
	}
	kept := docs[:0]
	for _, d := range docs {
		if !cfg.Excluded(d.Path()) {
			kept = append(kept, d)
		}
		setStory(c, d)
	}
	if len(kept) == 0 {
		return nil, usageError("%s: every document is excluded by %s", strings.Join(paths, " "), cfg.Path)
	}
	return kept, nil
}
