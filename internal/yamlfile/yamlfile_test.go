package yamlfile

import (
	"strings"
	"testing"
)

type options struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
	Plain int      // no yaml key: never set from a file
	seen  bool     // the struct's own state
}

// TestDecode: only exported fields with a yaml key are set from a file; an
// empty key or a field without a tag is no key at all.
func TestDecode(t *testing.T) {
	f := &File{Path: "f.yml"}
	root := f.Mapping([]byte("name: x\nwords: [a, b]\n\"\": 1\nPlain: 2\nseen: true\n"), "a mapping")
	var o options
	var unknown []string
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; !f.Decode(&o, k.Value, root.Content[i+1]) {
			unknown = append(unknown, k.Value)
		}
	}
	if o.Name != "x" || len(o.Words) != 2 || o.Plain != 0 || o.seen {
		t.Errorf("decoded %+v", o)
	}
	if got := strings.Join(unknown, ","); got != ",Plain,seen" {
		t.Errorf("unknown keys %q", got)
	}
	if err := f.Err(); err != nil {
		t.Errorf("errors: %v", err)
	}
}

func TestDidYouMean(t *testing.T) {
	keys := []string{"nouns", "cues", "subject"}
	for word, want := range map[string]string{
		"noun": `; did you mean "nouns"?`, "cuse": `; did you mean "cues"?`, "colour": "", "": "",
	} {
		if got := DidYouMean(word, keys); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestRecover: a syntax error does not hide the keys around it.
func TestRecover(t *testing.T) {
	f := &File{Path: "f.yml"}
	root := f.Mapping([]byte("a: 1\nb: [2\nc: 3\n"), "a mapping")
	var keys []string
	for i := 0; i+1 < len(root.Content); i += 2 {
		keys = append(keys, root.Content[i].Value)
	}
	if got := strings.Join(keys, ","); got != "a,c" {
		t.Errorf("keys read around the error: %q", got)
	}
	if err := f.Err(); err == nil || !strings.HasPrefix(err.Error(), "f.yml:2: invalid YAML") {
		t.Errorf("error: %v", err)
	}
}

// TestNotText: a file that is not UTF-8 text is one error, at the first bad
// byte where there is one, and no mapping.
func TestNotText(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"binary", "\x00\x01\x02extends: x\n", "f.yml: binary file"},
		{"latin-1", "extends: count-agreement\nmessage: \"caf\xe9\"\n", "f.yml:2:14: invalid UTF-8"},
	} {
		f := &File{Path: "f.yml"}
		if root := f.Mapping([]byte(tc.data), "a mapping"); root != nil {
			t.Errorf("%s: a mapping of %d nodes", tc.name, len(root.Content))
		}
		if err := f.Err(); err == nil || err.Error() != tc.want {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}
