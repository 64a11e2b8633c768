package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/baseline"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/report"
	"github.com/claimlint/claimlint/rules"
)

func checkAction(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	s, err := loadSettings(c)
	if err != nil {
		return err
	}
	format := flagOr(c, "format", s.cfg.Format)
	if !slices.Contains(report.Formats, format) {
		return usageError("check: unknown --format %q, expected %s", format, report.FormatNames())
	}
	color, err := report.UseColor(c.String("color"), stdout)
	if err != nil {
		return usageError("--color: %v", err)
	}
	failLevel, err := rules.ParseLevel(flagOr(c, "fail-level", s.cfg.FailLevel), true)
	if err != nil {
		return usageError("--fail-level: %v", err)
	}
	var base *baseline.Baseline
	if p := c.String("baseline"); p != "" {
		if base, err = baseline.Read(p); err != nil {
			return &exitCodeError{code: exitError, err: err}
		}
	}
	docs, err := inputs(c, s.cfg, stdin, stderr)
	if err != nil {
		return err
	}
	res := engine.Check(docs, s.vocab, s.rules)
	findings := engine.Adjust(res.Findings, s.cfg)
	if p := c.String("write-baseline"); p != "" {
		if err := baseline.Write(p, findings); err != nil {
			return &exitCodeError{code: exitError, err: fmt.Errorf("writing the baseline: %w", err)}
		}
	}
	if base != nil {
		findings = base.New(findings)
	}
	sum := report.Summary{Documents: len(docs), Claims: len(res.Claims), Findings: len(findings)}
	wd, _ := os.Getwd() // without it, paths stay as given
	run := &report.Run{Findings: findings, Summary: sum, Rules: s.rules.Rules, Version: buildVersion(), Dir: wd, Color: color}
	if err := report.Write(stdout, format, run); err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("writing the report: %w", err)}
	}
	for _, f := range findings {
		if f.Level >= failLevel {
			return &exitCodeError{code: exitFindings}
		}
	}
	return nil
}
