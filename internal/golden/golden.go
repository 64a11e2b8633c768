// Package golden compares what a test produced with a golden file, which the
// test's -update flag rewrites instead.
package golden

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Check compares got with the golden file at path, line by line; with update
// it writes got there instead. rewrite is the command that rewrites the file
// ("go test ./rules -update"), for the messages.
func Check(tb testing.TB, path string, got []byte, update bool, rewrite string) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (%s creates it)", err, rewrite)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); diff != "" {
		tb.Errorf("%s differs (%s rewrites it; -want +got):\n%s", path, rewrite, diff)
	}
}
