//go:build unix

package document

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestReadFileMaps maps a large file on 64-bit systems, and reads a named
// pipe, which has no size, to its end.
func TestReadFileMaps(t *testing.T) {
	batch, _ := largeBatch(t)
	dir := writeFiles(t, map[string]string{"large.jsonl": batch})
	data, mapped, err := readFile(filepath.Join(dir, "large.jsonl"))
	if err != nil || string(data) != batch || mapped != (strconv.IntSize == 64) {
		t.Fatalf("%d bytes, mapped %v, error %v", len(data), mapped, err)
	}
	if mapped {
		dropPages(data)
		if string(data) != batch {
			t.Fatal("the pages let go read back different")
		}
		unmap(data)
	}

	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	want := strings.Repeat("Words through a pipe.\n", 100_000)
	go func() {
		if err := os.WriteFile(fifo, []byte(want), 0o600); err != nil { // waits for the reader
			t.Error(err)
		}
	}()
	data, mapped, err = readFile(fifo)
	if err != nil || mapped || string(data) != want {
		t.Fatalf("a named pipe: %d bytes, mapped %v, error %v, want %d bytes", len(data), mapped, err, len(want))
	}
}

// A document larger than maxDocument gets an error that says so. The file
// is sparse, and mapped: the test reads none of it.
func TestLoadTooLarge(t *testing.T) {
	if strconv.IntSize < 64 {
		t.Skip("a file is mapped on 64-bit systems only")
	}
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxDocument + 1); err != nil {
		t.Skipf("no sparse file here: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	_, _, err = Load([]string{p}, nil, Options{})
	var e *Error
	if !errors.As(err, &e) || !strings.Contains(e.Msg, "larger than 512 MiB") {
		t.Errorf("error %v, want one that the document is too large", err)
	}
}
