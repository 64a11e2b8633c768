// Command claimlint cross-checks the factual claims of several news sources
// about one story and reports where they disagree.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
