package claims

import (
	"github.com/claimlint/claimlint/internal/dateparse"
	"github.com/claimlint/claimlint/internal/numparse"
)

// MentionKind names what a mention is; the names are those of the
// `extract --mentions` output.
type MentionKind string

// The kinds of mention.
const (
	MentionNumber  MentionKind = "number"
	MentionOrdinal MentionKind = "ordinal"
	MentionPercent MentionKind = "percent"
	MentionMoney   MentionKind = "money"
	MentionDate    MentionKind = "date"
	MentionPerson  MentionKind = "person"
	MentionQuote   MentionKind = "quote"
)

// Mention is a span of a document's plain text that an extractor recognized,
// before it is bound to what it is about. Exactly one of the value fields is
// set, as Kind says.
type Mention struct {
	Kind       MentionKind
	Start, End int // byte offsets into Document.Text, end exclusive

	Quantity *numparse.Quantity // number, ordinal, percent, money
	Date     *dateparse.Date
	Person   *Person
	Quote    *Quote
}

// Person is a mention of a person: the name as written resolved to the
// person's full name, and the title or role given with it.
type Person struct {
	Name  string // the resolved full name ("Claudia Sheinbaum")
	Title string // the title or role as written ("Mexican President"), or ""
	// Office is what the title names, folded, without the words that only
	// qualify it (nationality, country, honorific, article) and without its
	// modifiers: "secretary of state" for "U.S. Secretary of State",
	// "president" for "former President". "" when the title names no office
	// ("Mr.") or there is no title.
	Office string
	// Modifiers are the words of the title that change what it means, in
	// order and folded: "former" (also for "ex-"), "acting", "deputy",
	// "interim", "vice", "late", "then", "outgoing", "incoming", "retired",
	// "elect". "former President" and "President" name the same office with
	// different modifiers, which title-consistency must flag.
	Modifiers []string
}

// Quote is a direct quote and whom the text attributes it to.
type Quote struct {
	Text string // the quoted words without quotation marks; split quotes joined by a space
	// Speaker is the resolved full name of the speaker, or the role that names
	// them ("a White House spokesperson"); "" when the text names nobody.
	Speaker string
	// SpeakerStart and SpeakerEnd are the plain-text offsets of the mention
	// that attributes the quote (the pronoun, for "she said"); -1 when none.
	SpeakerStart, SpeakerEnd int
}
