// Package jsonerror says what the JSON decoder found wrong with a file a
// user gave, in the file's own terms: the byte where it is, the member it
// concerns and what was wanted there, without the decoder's Go types.
package jsonerror

import (
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Describe returns the byte offset of the input at which json.Unmarshal
// found what err reports, -1 when err gives none, and what it found:
// "findings[0].fingerprint: want a string, got a number".
func Describe(err error) (offset int64, msg string) {
	var se *json.SemanticError
	if errors.As(err, &se) {
		what := se.Err
		if se.GoType != nil {
			got := kindWords(se.JSONKind)
			if len(se.JSONValue) > 0 && se.JSONKind == jsontext.KindNumber {
				got = string(se.JSONValue)
			}
			return se.ByteOffset, member(se.JSONPointer) + "want " + typeWords(se.GoType) + ", got " + got
		}
		if what == nil {
			what = se
		}
		return se.ByteOffset, member(se.JSONPointer) + what.Error()
	}
	var sy *jsontext.SyntacticError
	if errors.As(err, &sy) {
		what := sy.Err.Error()
		if errors.Is(sy.Err, io.ErrUnexpectedEOF) {
			what = "unexpected end of input"
		}
		return sy.ByteOffset, member(sy.JSONPointer) + what
	}
	return -1, err.Error()
}

// member names the member a JSON pointer points to as a path a reader
// knows ("findings[0].rule: "), or nothing for the top-level value.
func member(p jsontext.Pointer) string {
	var b strings.Builder
	for tok := range p.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		if strings.ContainsFunc(tok, func(r rune) bool { return !isNameRune(r) }) {
			tok = strconv.Quote(tok) // a name no file of ours has: a line break stays on the line
		}
		b.WriteString(tok)
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + ": "
}

// isNameRune reports whether r may stand unquoted in a member's name.
func isNameRune(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '-'
}

// typeWords says what JSON a Go type is read from.
func typeWords(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another value"
}

// kindWords names a kind of JSON value.
func kindWords(k jsontext.Kind) string {
	switch k {
	case jsontext.KindNull:
		return "null"
	case jsontext.KindFalse, jsontext.KindTrue:
		return k.String()
	case jsontext.KindString:
		return "a string"
	case jsontext.KindNumber:
		return "a number"
	case jsontext.KindBeginObject:
		return "an object"
	case jsontext.KindBeginArray:
		return "an array"
	}
	return "something else"
}
