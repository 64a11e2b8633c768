// Package text holds the text tools every extractor shares: sentence
// segmentation and folding of names for comparison.
package text

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Sentences splits text into sentences.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || ((s[i] == '.' || s[i] == '?' || s[i] == '!') && i+1 < len(s) && s[i+1] == ' ') {
			if i+1 > start {
				out = append(out, Span{start, i + 1})
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, Span{start, len(s)})
	}
	return out
}
