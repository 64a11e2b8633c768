package jsonerror

import (
	"errors"
	"testing"

	"github.com/go-json-experiment/json"
)

type entry struct {
	Name  string   `json:"name"`
	Count int      `json:"count"`
	Share *float64 `json:"share"`
	Tags  []string `json:"tags"`
	Ok    bool     `json:"ok"`
}

type file struct {
	Version int     `json:"version"`
	Entries []entry `json:"entries"`
}

// TestDescribe: what the decoder finds wrong is said at its byte, in the
// file's terms, without Go types.
func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		input  string
		offset int64
		msg    string
	}{
		{`[1]`, 0, "want an object, got an array"},
		{`{"version": "1"}`, 12, "version: want a whole number, got a string"},
		{`{"version": 1.5}`, 12, "version: want a whole number, got 1.5"},
		{`{"entries": {}}`, 12, "entries: want an array, got an object"},
		{`{"entries": [{}, {"name": 7}]}`, 26, "entries[1].name: want a string, got a number"},
		{`{"entries": [{"share": "half"}]}`, 23, "entries[0].share: want a number, got a string"},
		{`{"entries": [{"tags": "a"}]}`, 22, "entries[0].tags: want an array, got a string"},
		{`{"entries": [{"ok": null, "count": true}]}`, 35, "entries[0].count: want a whole number, got true"},
		{`{"version": 1,}`, 13, "invalid character ',' at start of value"},
		{`{"version": 1, "version": 2}`, 15, "version: duplicate object member name"},
		{`{"version": `, 12, "version: unexpected end of input"},
		{"", 0, "unexpected end of input"},
		{"{\"entries\": [{\"name\": \"\xff\"}]}", 23, "entries[0].name: invalid UTF-8"},
		{`{} x`, 3, "invalid character 'x' after top-level value"},
		{"{\"a b\\n\": ", 10, `"a b\n": unexpected end of input`},
	} {
		var f file
		err := json.Unmarshal([]byte(tc.input), &f)
		if err == nil {
			t.Errorf("%q: no error", tc.input)
			continue
		}
		offset, msg := Describe(err)
		if offset != tc.offset || msg != tc.msg {
			t.Errorf("%q: %d %q, want %d %q", tc.input, offset, msg, tc.offset, tc.msg)
		}
	}
}

// TestDescribeOtherErrors: an error that is not the decoder's says itself,
// at no offset.
func TestDescribeOtherErrors(t *testing.T) {
	if offset, msg := Describe(errors.New("disk on fire")); offset != -1 || msg != "disk on fire" {
		t.Errorf("got %d %q", offset, msg)
	}
}
