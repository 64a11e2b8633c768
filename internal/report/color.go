package report

import (
	"fmt"
	"io"
	"os"

	"github.com/claimlint/claimlint/rules"
)

// ColorModes are the values of `--color`.
var ColorModes = []string{"auto", "always", "never"}

// UseColor decides whether the text report written to w is coloured: always,
// never, or (auto) when w is a terminal, NO_COLOR is unset or empty and TERM
// is not "dumb". An explicit always wins over NO_COLOR, as no-color.org asks
// of command-line flags.
func UseColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
			return false, nil
		}
		return isTerminal(w), nil
	}
	return false, fmt.Errorf("unknown color mode %q, expected auto, always or never", mode)
}

// isTerminal reports whether w is a character device, as a terminal is;
// pipes, files and buffers are not.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// palette holds the ANSI escape sequences of the text report; the zero
// palette writes plain text.
type palette struct {
	path, faint, error, warning, info string
}

func paletteFor(color bool) palette {
	if !color {
		return palette{}
	}
	return palette{path: "\x1b[1m", faint: "\x1b[2m", error: "\x1b[1;31m", warning: "\x1b[1;33m", info: "\x1b[1;36m"}
}

func (p palette) level(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return p.error
	case rules.LevelWarning:
		return p.warning
	default:
		return p.info
	}
}

// paint wraps s in the escape sequence code and a reset.
func (palette) paint(code, s string) string {
	if code == "" {
		return s
	}
	return code + s + "\x1b[0m"
}

// appendPainted appends what write appends, wrapped as paint wraps it.
func (palette) appendPainted(b []byte, code string, write func([]byte) []byte) []byte {
	if code == "" {
		return write(b)
	}
	return append(write(append(b, code...)), "\x1b[0m"...)
}
