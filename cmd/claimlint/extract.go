package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/claimfile"
	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/report"
)

func extractAction(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	format := c.String("format")
	if format != "jsonl" && format != "json" && format != "claims" {
		return usageError("extract: unknown --format %q, expected jsonl, json or claims", format)
	}
	if format == "claims" && c.Bool("mentions") {
		return usageError("extract: --format claims writes claims; --mentions writes jsonl or json")
	}
	s, err := loadSettings(c)
	if err != nil {
		return err
	}
	docs, err := inputs(c, s.cfg, stdin, stderr)
	if err != nil {
		return err
	}
	if format == "claims" {
		w := claimfile.NewWriter(stdout, s.rules)
		w.Extract(docs, s.vocab, s.rules)
		if err := w.Err(); err != nil {
			return &exitCodeError{code: exitError, err: fmt.Errorf("writing the output: %w", err)}
		}
		return nil
	}
	enc := report.NewEncoder(stdout, format == "jsonl")
	if c.Bool("mentions") {
		enc.Mentions(engine.ExtractMentions(docs, s.vocab).Extractions)
	} else {
		enc.Claims(engine.Extract(docs, s.vocab, s.rules).Claims)
	}
	if err := enc.Close(); err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("writing the output: %w", err)}
	}
	return nil
}
