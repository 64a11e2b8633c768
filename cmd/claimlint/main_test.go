package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"claimlint": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end CLI scripts in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("..", "..", "testdata", "script"),
		Setup: func(env *testscript.Env) error {
			// Scripts can copy the shipped stories into their work directory.
			stories, err := filepath.Abs(filepath.Join("..", "..", "testdata", "stories"))
			env.Setenv("STORIES", stories)
			return err
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// sparse FILE SIZE makes a file of SIZE zero bytes that takes no
			// room on disk.
			"sparse": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: sparse FILE SIZE")
				}
				size, err := strconv.ParseInt(args[1], 10, 64)
				ts.Check(err)
				f, err := os.Create(ts.MkAbs(args[0]))
				ts.Check(err)
				ts.Check(f.Truncate(size))
				ts.Check(f.Close())
			},
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" { // root reads files whatever their mode
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// TestGolden compares the reports on the shipped stories with the golden
// files; `go test ./cmd/claimlint -update` rewrites them.
func TestGolden(t *testing.T) {
	root := filepath.Join("..", "..")
	cases := []struct {
		golden string
		args   []string
	}{
		{"harbor-fire.check.txt", []string{"check", "testdata/stories/harbor-fire"}},
		{"harbor-fire.check.json", []string{"check", "--format", "json", "testdata/stories/harbor-fire"}},
		{"harbor-fire.extract.jsonl", []string{"extract", "testdata/stories/harbor-fire"}},
		{"harbor-fire.mentions.jsonl", []string{"extract", "--mentions", "testdata/stories/harbor-fire"}},
	}
	t.Chdir(root)
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"claimlint"}, c.args...), strings.NewReader(""), &stdout, &stderr)
			if code == exitError {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			compareGolden(t, c.golden, stdout.Bytes())
		})
	}
}
