// Package baseline records accepted findings so that a check reports only new
// ones. A finding's fingerprint is its rule, subject, values and the identity
// of the documents involved, never a line or offset, so editing elsewhere in
// a file keeps the fingerprint.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/jsonerror"
	"github.com/claimlint/claimlint/rules"
)

// version is the format of baseline files this code reads and writes.
const version = 1

type file struct {
	Version  int     `json:"version"`
	Findings []entry `json:"findings"`
}

type entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Subject     string `json:"subject"`
	Message     string `json:"message"`
}

// Fingerprint identifies a finding across edits that do not change it.
func Fingerprint(f rules.Finding) string {
	related := make([]string, 0, len(f.Related))
	for _, r := range f.Related {
		related = append(related, identity(r))
	}
	sort.Strings(related)
	h := sha256.New()
	for _, part := range append([]string{f.Rule, f.Subject, identity(f.Location)}, related...) {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func identity(l rules.Location) string {
	return l.Doc.Path() + "\x00" + l.Doc.ID + "\x00" + l.Value
}

// Write records findings in a baseline file. It writes a temporary file beside
// it and renames it into place, so an interrupted run never leaves a broken one.
func Write(path string, fs []rules.Finding) error {
	out := file{Version: version, Findings: make([]entry, 0, len(fs))}
	for _, f := range fs {
		out.Findings = append(out.Findings, entry{Fingerprint: Fingerprint(f), Rule: f.Rule,
			Path: f.Location.Doc.Path(), Subject: f.Subject, Message: f.Message})
	}
	data, err := json.Marshal(out, jsontext.WithIndent("  "))
	if err != nil {
		return err
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	_, err = tmp.Write(append(data, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return nil
}

// Baseline is a read baseline: how many findings of each fingerprint it accepts.
type Baseline struct {
	accepted map[string]int
}

// Read loads a baseline file.
func Read(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &document.Error{Path: path, Msg: "empty: not a baseline file"}
	}
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		off, msg := jsonerror.Describe(err)
		e := &document.Error{Path: path, Msg: "not a baseline file: " + msg}
		if off >= 0 {
			pos := document.NewFile(path, data).Position(int(off))
			e.Line, e.Column = pos.Line, pos.Column
		}
		return nil, e
	}
	if f.Version == 0 {
		return nil, &document.Error{Path: path, Msg: `not a baseline file: no "version"`}
	}
	if f.Version != version {
		return nil, &document.Error{Path: path, Msg: fmt.Sprintf("baseline version %d, expected %d (write it again with --write-baseline)", f.Version, version)}
	}
	b := &Baseline{accepted: map[string]int{}}
	for _, e := range f.Findings {
		b.accepted[e.Fingerprint]++
	}
	return b, nil
}

// New returns the findings the baseline does not accept, in their order.
func (b *Baseline) New(fs []rules.Finding) []rules.Finding {
	left := make(map[string]int, len(b.accepted))
	for k, v := range b.accepted {
		left[k] = v
	}
	var out []rules.Finding
	for _, f := range fs {
		fp := Fingerprint(f)
		if left[fp] > 0 {
			left[fp]--
			continue
		}
		out = append(out, f)
	}
	return out
}

// unwrapPath returns the cause of a file operation's error without the
// operation and the paths, which the caller names itself: the temporary
// file's name means nothing to a user.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
