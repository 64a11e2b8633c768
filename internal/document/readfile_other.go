//go:build !unix

package document

import "os"

// readFile returns the contents of the file at path, never mapped here.
func readFile(path string) (data []byte, mapped bool, err error) {
	data, err = os.ReadFile(path)
	return data, false, err
}

func unmap([]byte) {}

func dropPages([]byte) {}
