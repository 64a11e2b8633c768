package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/internal/engine"
	"github.com/claimlint/claimlint/internal/report"
)

func extractAction(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	format := c.String("format")
	if format != "jsonl" && format != "json" {
		return usageError("extract: unknown --format %q, expected jsonl or json", format)
	}
	s, err := loadSettings(c)
	if err != nil {
		return err
	}
	docs, err := inputs(c, s.cfg, stdin, stderr)
	if err != nil {
		return err
	}
	res := engine.Extract(docs, s.vocab, s.rules)
	enc := report.NewEncoder(stdout, format == "jsonl")
	if c.Bool("mentions") {
		for _, ex := range res.Extractions {
			enc.Mentions(ex)
		}
	} else {
		enc.Claims(res.Claims)
	}
	if err := enc.Close(); err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("writing the output: %w", err)}
	}
	return nil
}
