//go:build unix

package document

import (
	"bytes"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// readFile returns the contents of the file at path, and whether they are
// the file mapped into memory read-only rather than a copy of it. A large
// file is mapped on 64-bit systems: its bytes stay out of the heap, where
// the collector would let the heap grow by as much again, and its pages can
// be let go once its documents are read (File.evict). A file truncated by
// another program while claimlint runs makes the process fault, as a
// mapped file does in any program.
func readFile(path string) (data []byte, mapped bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing, and a mapping outlives it
	info, err := f.Stat()
	if err != nil {
		return nil, false, err
	}
	size := info.Size()
	if info.Mode().IsRegular() && size >= mapAtLeast && strconv.IntSize == 64 {
		if data, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED); err == nil {
			return data, true, nil
		}
	}
	var b bytes.Buffer
	if int64(int(size)) == size {
		b.Grow(int(size) + bytes.MinRead) // a pipe says 0, and grows the buffer as it is read
	}
	_, err = b.ReadFrom(f)
	return b.Bytes(), false, err
}

// unmap undoes the mapping of data by readFile.
func unmap(data []byte) { _ = unix.Munmap(data) }

// dropPages lets the resident pages of the mapped data go; reading them
// again reads them back from the page cache.
func dropPages(data []byte) { _ = unix.Madvise(data, unix.MADV_DONTNEED) }
