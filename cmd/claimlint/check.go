package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/baseline"
	"github.com/claimlint/claimlint/internal/claimfile"
	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/rules"
)

// findingFlags are the flags of the commands that report findings: check
// and lint.
func findingFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: " + report.FormatNames()},
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text report: `WHEN` auto (on a terminal, unless NO_COLOR is set), always or never"},
		&cli.StringFlag{Name: "fail-level", Value: "error", Usage: "exit 1 when a finding is at or above `LEVEL`: error, warning, info or none"},
		rulesFlag,
		publishedFlag,
		&cli.StringFlag{Name: "baseline", Usage: "report only findings not recorded in baseline `FILE`"},
		&cli.StringFlag{Name: "write-baseline", Usage: "record the findings in baseline `FILE` (then --baseline FILE reports only new ones)"},
	}, configFlags...)
}

// storyFlag makes each folder a story of its own.
var storyFlag = &cli.BoolFlag{
	Name:  "story-per-folder",
	Usage: "each folder that holds documents is one story (claims are compared only within a story); a JSONL line's \"story\" comes first",
}

func checkAction(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	s, err := loadSettings(c)
	if err != nil {
		return err
	}
	out, err := newReporting(c, s, stdout)
	if err != nil {
		return err
	}
	if c.Bool("claims") {
		return checkClaims(c, s, out, stdin, stdout)
	}
	docs, err := inputs(c, s.cfg, stdin, stderr)
	if err != nil {
		return err
	}
	return out.report(s, docs, stdout)
}

// checkClaims cross-checks the claims files the command names, as check
// would the documents they were extracted from.
func checkClaims(c *cli.Context, s *settings, out *reporting, stdin io.Reader, stdout io.Writer) error {
	if c.NArg() == 0 {
		return usageError("check --claims: no FILE given; name claims files (claimlint extract --format claims) or - for stdin")
	}
	if c.IsSet(publishedFlag.Name) {
		return usageError("check --claims: --published acts when extracting; give it to claimlint extract")
	}
	read, err := claimfile.Read(c.Args().Slice(), stdin, claimfile.Binding(s.rules))
	if err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	if len(read.Extractions) == 0 {
		return usageError("check --claims: %s: no documents", strings.Join(c.Args().Slice(), " "))
	}
	for _, ex := range read.Extractions {
		setStory(c, ex.Doc)
	}
	res := engine.CheckExtracted(read.Extractions, s.vocab, s.rules)
	return out.write(s, res, engine.AdjustRestored(res.Findings, s.cfg, read.Directives), stdout)
}

// reporting is how check and lint report their findings.
type reporting struct {
	format        string
	color         bool
	failLevel     rules.Level
	base          *baseline.Baseline // nil without --baseline
	writeBaseline string
}

// newReporting reads the flags and configuration that decide the report.
func newReporting(c *cli.Context, s *settings, stdout io.Writer) (*reporting, error) {
	rp := &reporting{format: flagOr(c, "format", s.cfg.Format), writeBaseline: c.String("write-baseline")}
	if !slices.Contains(report.Formats, rp.format) {
		return nil, usageError("%s: unknown --format %q, expected %s", c.Command.Name, rp.format, report.FormatNames())
	}
	var err error
	if rp.color, err = report.UseColor(c.String("color"), stdout); err != nil {
		return nil, usageError("--color: %v", err)
	}
	if rp.failLevel, err = rules.ParseLevel(flagOr(c, "fail-level", s.cfg.FailLevel), true); err != nil {
		return nil, usageError("--fail-level: %v", err)
	}
	if p := c.String("baseline"); p != "" {
		if rp.base, err = baseline.Read(p); err != nil {
			return nil, &exitCodeError{code: exitError, err: err}
		}
	}
	return rp, nil
}

// report checks the documents, writes the report and returns the exit code
// the findings call for.
func (rp *reporting) report(s *settings, docs []*document.Document, stdout io.Writer) error {
	res := engine.Check(docs, s.vocab, s.rules)
	return rp.write(s, res, engine.Adjust(res.Findings, s.cfg), stdout)
}

// write writes the report of a checked result and returns the exit code the
// findings call for.
func (rp *reporting) write(s *settings, res *engine.Checked, findings []rules.Finding, stdout io.Writer) error {
	docs := res.Documents
	if rp.writeBaseline != "" {
		if err := baseline.Write(rp.writeBaseline, findings); err != nil {
			return &exitCodeError{code: exitError, err: fmt.Errorf("writing the baseline: %w", err)}
		}
	}
	if rp.base != nil {
		findings = rp.base.New(findings)
	}
	sum := report.Summary{Documents: len(docs), Claims: res.Claims, Findings: len(findings)}
	wd, _ := os.Getwd() // without it, paths stay as given
	ran := s.rules.Rules
	if !slices.ContainsFunc(docs, func(d *document.Document) bool { return d.Draft }) {
		ran = slices.DeleteFunc(slices.Clone(ran), (*rules.Rule).DraftsOnly) // they did not run
	}
	run := &report.Run{Findings: findings, Summary: sum, Rules: ran, Version: buildVersion(), Dir: wd, Color: rp.color}
	if err := report.Write(stdout, rp.format, run); err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("writing the report: %w", err)}
	}
	for _, f := range findings {
		if f.Level >= rp.failLevel {
			return &exitCodeError{code: exitFindings}
		}
	}
	return nil
}
