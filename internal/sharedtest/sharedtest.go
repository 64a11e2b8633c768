// Package sharedtest finds the shared data folder (real articles, corpora and
// conformance specs) that lives beside the repository, for tests and
// benchmarks that measure claimlint on it.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $CLAIMLINT_SHARED, or "shared" beside the
// module root. The test is skipped, saying why, when it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("CLAIMLINT_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		tb.Skipf("shared data: %v", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(shared); err != nil {
				tb.Skipf("shared data not found at %s (set CLAIMLINT_SHARED to measure on it)", shared)
			}
			return shared
		}
		if filepath.Dir(d) == d {
			tb.Skip("shared data: no go.mod above the test")
		}
	}
}

// Path returns a file or folder inside the shared folder, skipping the test
// when it is absent.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data: %s is absent", p)
	}
	return p
}
