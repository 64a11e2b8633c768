package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/claimlint/claimlint/claims"
	"github.com/claimlint/claimlint/internal/config"
	"github.com/claimlint/claimlint/rules"
)

var configFlags = []cli.Flag{
	&cli.StringFlag{Name: "config", Usage: "read the configuration from `FILE` instead of the nearest .claimlint.yml"},
	&cli.BoolFlag{Name: "no-config", Usage: "read no configuration file"},
}

// settings are what the configuration file and the flags decide together.
type settings struct {
	cfg   *config.Config
	rules *rules.Set
	vocab *claims.Vocabulary
}

// loadConfig finds and reads the configuration: --config, else the nearest
// .claimlint.yml above the working folder, else none.
func loadConfig(c *cli.Context) (*config.Config, error) {
	if c.Bool("no-config") {
		return &config.Config{}, nil
	}
	path := c.String("config")
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, usageError("finding the configuration: %v", err)
		}
		if path = config.Find(wd); path == "" {
			return &config.Config{}, nil
		}
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, &exitCodeError{code: exitError, err: err}
	}
	return cfg, nil
}

// loadSettings reads the configuration, the rules it and --rules name, and
// the vocabulary, and applies the configuration's disable and levels.
func loadSettings(c *cli.Context) (*settings, error) {
	cfg, err := loadConfig(c)
	if err != nil {
		return nil, err
	}
	rs := rules.Builtin()
	for _, p := range append(cfg.RulePaths(), c.StringSlice("rules")...) {
		user, err := rules.LoadPath(p)
		if err != nil {
			return nil, &exitCodeError{code: exitError, err: err}
		}
		rs = rules.Merge(rs, user)
	}
	known := map[string]bool{}
	for _, r := range rs {
		known[r.ID] = true
	}
	if err := cfg.CheckRuleIDs(known); err != nil {
		return nil, &exitCodeError{code: exitError, err: err}
	}
	rs, err = applyLevels(rs, cfg.Disable, cfg.Levels)
	if err != nil {
		return nil, &exitCodeError{code: exitError, err: fmt.Errorf("%s: %w", cfg.Path, err)}
	}
	vocab := claims.DefaultVocabulary()
	vocab.Add(&cfg.Vocabulary)
	return &settings{cfg: cfg, rules: &rules.Set{Rules: rs}, vocab: vocab}, nil
}

// applyLevels drops disabled rules and re-levels others; rules are copied, so
// the built-in ones stay as they are.
func applyLevels(rs []*rules.Rule, disable []string, levels map[string]string) ([]*rules.Rule, error) {
	off := map[string]bool{}
	for _, id := range disable {
		off[id] = true
	}
	out := make([]*rules.Rule, 0, len(rs))
	for _, r := range rs {
		if off[r.ID] {
			continue
		}
		if name, ok := levels[r.ID]; ok {
			l, err := rules.ParseLevel(name, false)
			if err != nil {
				return nil, errors.New(r.ID + ": " + err.Error())
			}
			cp := *r
			cp.Level = l
			r = &cp
		}
		out = append(out, r)
	}
	return out, nil
}

// flagOr returns a flag's value when it was given, else the configuration's
// value when it has one, else the flag's default.
func flagOr(c *cli.Context, name, configured string) string {
	if c.IsSet(name) || configured == "" {
		return c.String(name)
	}
	return configured
}
