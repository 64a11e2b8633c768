package claims

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimlint/claimlint/internal/document"
	"github.com/claimlint/claimlint/internal/sharedtest"
)

// wantQuote is an expected quote: its words, the resolved speaker and the
// words of the mention that attributes it.
type wantQuote struct {
	text, speaker, mention string
}

func extractQuoteMentions(t testing.TB, s string) []Mention {
	t.Helper()
	var out []Mention
	for _, m := range Extract(document.NewText("t.txt", "test", s, time.Time{})).Mentions {
		if m.Kind == MentionQuote {
			out = append(out, m)
		}
	}
	return out
}

func TestExtractQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantQuote
	}{
		{"name said", `"We will rebuild the bridge," Mayor Lena Okafor said.`,
			[]wantQuote{{"We will rebuild the bridge,", "Lena Okafor", "Lena Okafor"}}},
		{"said name with role", `"The budget is balanced," said Tomas Reyes, head of the Valdora Port Authority.`,
			[]wantQuote{{"The budget is balanced,", "Tomas Reyes", "Tomas Reyes"}}},
		{"name said colon", `Tomas Reyes said: "The budget is balanced."`,
			[]wantQuote{{"The budget is balanced.", "Tomas Reyes", "Tomas Reyes"}}},
		{"people who speak together, before the verb", `Lena Okafor and Tomas Reyes called the plan "a harbor for everyone."`,
			[]wantQuote{{"a harbor for everyone.", "Lena Okafor and Tomas Reyes", "Lena Okafor and Tomas Reyes"}}},
		{"people who speak together, after the verb", `"The plan is a harbor for everyone," said Lena Okafor and Tomas Reyes, the producers.`,
			[]wantQuote{{"The plan is a harbor for everyone,", "Lena Okafor and Tomas Reyes", "Lena Okafor and Tomas Reyes"}}},
		{"an organization's and is no second speaker", `"Our staff is trained," Valdora Parks and Recreation spokeswoman Ines Marlow said.`,
			[]wantQuote{{"Our staff is trained,", "Ines Marlow", "Ines Marlow"}}},
		{"the day after the name is not the name's", `"This is the harbor budget," said Rep. Tomas Reyes Wednesday.`,
			[]wantQuote{{"This is the harbor budget,", "Tomas Reyes", "Tomas Reyes"}}},
		{"a quote broken over two lines goes on to its closing mark", "The festival named its host.\n“I am so glad to host the gala again.\nA second evening on the pier is a gift,” said Ines Marlow.",
			[]wantQuote{{"I am so glad to host the gala again. A second evening on the pier is a gift,", "Ines Marlow", "Ines Marlow"}}},
		{"a line that closes no quote does not go on with one", "Tomas Reyes spoke first. “We will rebuild the pier.\nThe council met on Monday. Lena Okafor said “the pier is safe.”",
			[]wantQuote{{"We will rebuild the pier.", "Tomas Reyes", "Tomas Reyes"}, {"the pier is safe.", "Lena Okafor", "Lena Okafor"}}},
		{"he is the subject known by a surname alone", "President Reyes on Tuesday overturned a rule.\n\"The rule was a mistake,\" said Ines Marlow, director of the program.\nReyes also toured the harbor on Tuesday.\n\"Ships have always come here first,\" he told employees.",
			[]wantQuote{{"The rule was a mistake,", "Ines Marlow", "Ines Marlow"}, {"Ships have always come here first,", "Reyes", "he"}}},
		{"a name inside the quote is no antecedent", "Governor Ines Marlow kept up her attack.\n\"It would be hard to close a port that never opened! Harbor Scam!\" she wrote.",
			[]wantQuote{{"It would be hard to close a port that never opened! Harbor Scam!", "Ines Marlow", "she"}}},
		{"the quote's own sentences are passed over", "Kofi's father, Tomas Reyes, said Kofi was at the dock. He knew his son was out late.\n\"I called him at noon. He said he was home. I told him to stay there. He went out. You see what happened,\" he said.",
			[]wantQuote{{"I called him at noon. He said he was home. I told him to stay there. He went out. You see what happened,", "Tomas Reyes", "he"}}},
		{"the state and party of a politician are a role", "Rep. Lena Okafor, a Valdora Democrat, spoke first.\n\"The harbor must stay open,\" the Valdora Democrat wrote.",
			[]wantQuote{{"The harbor must stay open,", "the Valdora Democrat", "the Valdora Democrat"}}},
		{"according to", `According to Greta Lindqvist, "the harbor will reopen in May."`,
			[]wantQuote{{"the harbor will reopen in May.", "Greta Lindqvist", "Greta Lindqvist"}}},
		{"told reporters", `"We are ready," Greta Lindqvist told reporters on Monday.`,
			[]wantQuote{{"We are ready,", "Greta Lindqvist", "Greta Lindqvist"}}},
		{"wrote on a platform", `Greta Lindqvist wrote on X: “Ready for the vote.”`,
			[]wantQuote{{"Ready for the vote.", "Greta Lindqvist", "Greta Lindqvist"}}},
		{"surname posted", "Greta Lindqvist leads the council.\n“Ready for the vote,” Lindqvist posted.",
			[]wantQuote{{"Ready for the vote,", "Greta Lindqvist", "Lindqvist"}}},
		{"in a statement", `"The numbers speak for themselves," the ministry said in a statement.`,
			[]wantQuote{{"The numbers speak for themselves,", "the ministry", "the ministry"}}},
		{"split around attribution", "Mayor Ana Whitfield spoke on Monday. “We collaborate,” she said, “but an invasion is not on the table.”",
			[]wantQuote{{"We collaborate, but an invasion is not on the table.", "Ana Whitfield", "she"}}},
		{"she is not the person she names", "Judge Ana Whitfield spoke on Monday. “I can’t imagine the port with Tomas Reyes in charge,” she said.",
			[]wantQuote{{"I can’t imagine the port with Tomas Reyes in charge,", "Ana Whitfield", "she"}}},
		{"she is not a person an earlier quote names", "Lena Okafor, a spokeswoman for the port, said, “Tomas Reyes’s plan is dishonest.” The savings, she said, “do not cut a single berth.”",
			[]wantQuote{{"Tomas Reyes’s plan is dishonest.", "Lena Okafor", "Lena Okafor"}, {"do not cut a single berth.", "Lena Okafor", "she"}}},
		{"split after a full stop", "“The port is open.” Whitfield said. “Ships may dock again.”",
			[]wantQuote{{"The port is open. Ships may dock again.", "Whitfield", "Whitfield"}}},
		{"a title that names an institution", "State Supreme Court Chief Justice Ana Whitfield, Jr. offered a statement:\n\n“The harbor has never seen a storm like this one.”",
			[]wantQuote{{"The harbor has never seen a storm like this one.", "Ana Whitfield, Jr.", "Ana Whitfield, Jr."}}},
		{"a day before the colon is no speaker", "Mayor Ana Whitfield released a statement Friday:\n\n“The harbor has never seen a storm like this one.”",
			[]wantQuote{{"The harbor has never seen a storm like this one.", "Ana Whitfield", "Ana Whitfield"}}},
		{"two people who speak together", `"We will not reopen the pier," House Speaker Ana Whitfield and Senate Leader Tomas Brandt said.`,
			[]wantQuote{{"We will not reopen the pier,", "House Speaker Ana Whitfield and Senate Leader Tomas Brandt",
				"House Speaker Ana Whitfield and Senate Leader Tomas Brandt"}}},
		{"Don is a given name", `"We will not reopen the pier," Police Chief Don Alder said.`,
			[]wantQuote{{"We will not reopen the pier,", "Don Alder", "Don Alder"}}},
		{"role speaker", `"No decision has been made," a City Hall spokesperson said.`,
			[]wantQuote{{"No decision has been made,", "a City Hall spokesperson", "a City Hall spokesperson"}}},
		{"institution then it", "“The port is open,” the ministry said. It was the third notice.\n“Ships may dock,” it added.",
			[]wantQuote{{"The port is open,", "the ministry", "the ministry"}, {"Ships may dock,", "the ministry", "it"}}},
		{"plural role", `"Not now," officials said.`,
			[]wantQuote{{"Not now,", "officials", "officials"}}},
		{"pronoun", "Mayor Lena Okafor spoke at the harbor. “We will rebuild,” she said.",
			[]wantQuote{{"We will rebuild,", "Lena Okafor", "she"}}},
		{"she is the subject, not a name beside it", "Lena Okafor, who married her partner, Ana Whitfield, in Valdora last year, spoke on the radio.\n“The pier is ours,” she said.",
			[]wantQuote{{"The pier is ours,", "Lena Okafor", "she"}}},
		{"he is the subject, not a name he spoke of", "Tomas Brandt, who ran the port until 2012, has also dismissed Reyes’s plan.\n“Not one dollar for it,” he said.",
			[]wantQuote{{"Not one dollar for it,", "Tomas Brandt", "he"}}},
		{"she stands for the subject she stood for", "Mayor Lena Okafor praised Judge Ana Whitfield twice. She said she backed the plan.\n“Take the long view,” she said.",
			[]wantQuote{{"Take the long view,", "Lena Okafor", "she"}}},
		{"he is not the person he speaks of", "Tomas Brandt spoke on Monday.\nOf Lena Okafor, he said, “She means well by the port.”",
			[]wantQuote{{"She means well by the port.", "Tomas Brandt", "he"}}},
		{"he is not the person whose lawyer he is", "Tomas Reyes was suspended.\nReyes’s attorney, meanwhile, blasted the port on Monday.\nHe added, “The inquiry found nothing.”",
			[]wantQuote{{"The inquiry found nothing.", "Reyes’s attorney", "He"}}},
		{"the name after a role", "In a statement to the Courier, Reyes’s attorney, Ana Whitfield, said, “Our client is at ease.”",
			[]wantQuote{{"Our client is at ease.", "Ana Whitfield", "Ana Whitfield"}}},
		{"the name before a role that names another", `Lena Okafor, the spokeswoman for Sen. Tomas Brandt (D-Ohio), wrote that the pair should "dress for the occasion."`,
			[]wantQuote{{"dress for the occasion.", "Lena Okafor", "Lena Okafor"}}},
		{"the name before a role that names another, in the last paragraph", "Lena Okafor, the attorney representing Brandt's campaign, confirmed to the Courier that the campaign received requests last year.\n“We have received the requests.”",
			[]wantQuote{{"We have received the requests.", "Lena Okafor", "Lena Okafor"}}},
		{"she is not a man named before her", "Ida Brandt admitted the shooting.\nAt the hearing, Detective Dan Roe said he asked how she felt.\n“I feel nothing at all,” she said.",
			[]wantQuote{{"I feel nothing at all,", "Ida Brandt", "she"}}},
		{"a name after a role in a list is not the subject", "The lawsuit, which was brought by Valdora’s attorney general, Jon Halvard, and Kessel’s attorney general, Tomas Reyes, accused the state of a “scheme” to sell land.",
			[]wantQuote{{"scheme", "The lawsuit", "The lawsuit"}}},
		{"a speech is no one a pronoun stands for", "Mayor Lena Okafor spoke for 16 minutes. Her view was grim for an Inaugural Address. “The harbor is dying,” she declared.",
			[]wantQuote{{"The harbor is dying,", "Lena Okafor", "she"}}},
		{"guillemets", `Marta Ruiz said: «We will stay.»`,
			[]wantQuote{{"We will stay.", "Marta Ruiz", "Marta Ruiz"}}},
		{"single guillemets", `Marta Ruiz said: ‹We will stay.›`,
			[]wantQuote{{"We will stay.", "Marta Ruiz", "Marta Ruiz"}}},
		{"low-high quotes", `Jonas Weber said: „We will stay.“`,
			[]wantQuote{{"We will stay.", "Jonas Weber", "Jonas Weber"}}},
		{"single quotes", `Okafor vows: 'We will rebuild every pier'`,
			[]wantQuote{{"We will rebuild every pier", "Okafor", "Okafor"}}},
		{"curly single quotes", `Okafor vows: ‘We will rebuild every pier’`,
			[]wantQuote{{"We will rebuild every pier", "Okafor", "Okafor"}}},
		{"apostrophes are not quotes", `Don't worry, O'Brien said the '90s were rock 'n' roll years and the workers' pay rose.`,
			nil},
		{"nested quotes", `"She told me 'never again,' and I believed her," said Paul Dunmore.`,
			[]wantQuote{{"She told me 'never again,' and I believed her,", "Paul Dunmore", "Paul Dunmore"}}},
		{"quote over two paragraphs", "Ida Brandt read the statement aloud.\n“The first part ends here.\n“The second part ends here,” said Ida Brandt.",
			[]wantQuote{{"The first part ends here. The second part ends here,", "Ida Brandt", "Ida Brandt"}}},
		{"unclosed quote ends with its paragraph", "Rafe Collins said “this never ends\nThe next paragraph is plain.",
			[]wantQuote{{"this never ends", "Rafe Collins", "Rafe Collins"}}},
		{"scare quote", `The so-called "reform" passed the assembly.`, nil},
		{"title of a work", `Viewers watched "Harbor Lights Tonight" on Sunday.`, nil},
		{"fragment in indirect speech", `Okafor called the plan "a disaster" on Tuesday.`,
			[]wantQuote{{"a disaster", "Okafor", "Okafor"}}},
		{"dash on the next line", "“We will not back down.”\n— Lena Okafor, Mayor of Valdora",
			[]wantQuote{{"We will not back down.", "Lena Okafor", "Lena Okafor"}}},
		{"said by on the next line", "“We will not back down.”\nSaid by: Lena Okafor",
			[]wantQuote{{"We will not back down.", "Lena Okafor", "Lena Okafor"}}},
		{"caption on the next line", "Mayor Lena Okafor met the dockers.\nKey points\n“We will not back down.”\nOkafor vows to fight on",
			[]wantQuote{{"We will not back down.", "Lena Okafor", "Okafor"}}},
		{"block quote after a colon", "The harbor council wrote:\n“The harbor is closed until further notice.”",
			[]wantQuote{{"The harbor is closed until further notice.", "The harbor council", "The harbor council"}}},
		{"block quote without marks", "Hewitt Blake wrote on his blog:\nThe harbor will stay closed until the storm has passed.\nThe storm passed on Monday.",
			[]wantQuote{{"The harbor will stay closed until the storm has passed.", "Hewitt Blake", "Hewitt Blake"}}},
		{"list after a colon", "Here are the facts:\nThe harbor will stay closed until the storm has passed.", nil},
		{"attribution closing the sentence", "Ports now report \"sharp declines\" in traffic, says Mira Kent at the Harbor Policy Center.",
			[]wantQuote{{"sharp declines", "Mira Kent", "Mira Kent"}}},
		{"name of a place", "“We are frustrated,” Mayor Piet Larsen of Valdora, Ohio, said.",
			[]wantQuote{{"We are frustrated,", "Piet Larsen", "Piet Larsen"}}},
		{"possessive subject", "Larsen's campaign responded in a statement, saying the claim was \"plainly false.\"",
			[]wantQuote{{"plainly false.", "Larsen's campaign", "Larsen's campaign"}}},
		{"split quote that runs into the next paragraph", "“If the court agrees,” Jane Thompson said, “the harbor closes.\n“And it stays closed.”",
			[]wantQuote{{"If the court agrees, the harbor closes. And it stays closed.", "Jane Thompson", "Jane Thompson"}}},
		{"second quote of a paragraph", "“The pier is safe,” said Ida Brandt. “Nobody was hurt.”",
			[]wantQuote{{"The pier is safe, Nobody was hurt.", "Ida Brandt", "Ida Brandt"}}},
		{"participle", "Ida Brandt closed the meeting early, saying, “We are done for today.”",
			[]wantQuote{{"We are done for today.", "Ida Brandt", "Ida Brandt"}}},
		{"title before name", "“Trade will go on,” Foreign Minister Oren Castell said.",
			[]wantQuote{{"Trade will go on,", "Oren Castell", "Oren Castell"}}},
		{"appositive before the verb", "“Trade will go on,” Oren Castell, the foreign minister, said.",
			[]wantQuote{{"Trade will go on,", "Oren Castell", "Oren Castell"}}},
		{"question", "“Why should we wait?” asked Oren Castell.",
			[]wantQuote{{"Why should we wait?", "Oren Castell", "Oren Castell"}}},
		{"mixed straight and curly", "“We are ready,\" Oren Castell said.",
			[]wantQuote{{"We are ready,", "Oren Castell", "Oren Castell"}}},
		{"party and state in parentheses", "“We can win,” Rep. Dana Whitlock (D-Ore.) said.",
			[]wantQuote{{"We can win,", "Dana Whitlock", "Dana Whitlock"}}},
		{"participle after an attribution", "The two will meet next week, Ivo Marsh said, adding, “We are fine.”",
			[]wantQuote{{"We are fine.", "Ivo Marsh", "Ivo Marsh"}}},
		{"relative clause before told", "Lena Okafor, who chairs the board, told the Valdora Herald, “I am fine.”",
			[]wantQuote{{"I am fine.", "Lena Okafor", "Lena Okafor"}}},
		{"passive attribution", "Tomas Reyes was asked by host Mira Kent, “Will you run again?”",
			[]wantQuote{{"Will you run again?", "Mira Kent", "Mira Kent"}}},
		{"title of a show", "He told ABC’s “Morning Harbor Live” that the port is open.", nil},
		{"reported speech before the quote", "Ida Brandt agreed. “Nobody expected this outcome at all.”",
			[]wantQuote{{"Nobody expected this outcome at all.", "Ida Brandt", "Ida Brandt"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractQuoteMentions(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %v, want %d", len(got), quoteTexts(got), len(tt.want))
			}
			for i, w := range tt.want {
				q := got[i].Quote
				mention := ""
				if q.SpeakerStart >= 0 {
					mention = tt.text[q.SpeakerStart:q.SpeakerEnd]
				}
				if q.Text != w.text || q.Speaker != w.speaker || mention != w.mention {
					t.Errorf("quote %d = %q by %q (mention %q), want %q by %q (mention %q)",
						i, q.Text, q.Speaker, mention, w.text, w.speaker, w.mention)
				}
			}
		})
	}
}

func quoteTexts(ms []Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Quote.Text)
	}
	return out
}

func TestQuoteSpansAndClaims(t *testing.T) {
	s := "Mayor Ana Whitfield spoke. “We collaborate,” she said, “but not today.”"
	ex := Extract(document.NewText("t.txt", "test", s, time.Time{}))
	var quotes []Mention
	for _, m := range ex.Mentions {
		if m.Kind == MentionQuote {
			quotes = append(quotes, m)
		}
	}
	if len(quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(quotes))
	}
	q := quotes[0]
	if got := s[q.Start:q.End]; !strings.HasPrefix(got, "We collaborate,") || !strings.HasSuffix(got, "not today.") {
		t.Errorf("span %q does not run from the first part to the last without the marks", got)
	}
	var quoteClaims []Claim
	for _, c := range ex.Claims {
		if c.Kind == KindQuote {
			quoteClaims = append(quoteClaims, c)
		}
	}
	if len(quoteClaims) != 1 {
		t.Fatalf("got %d quote claims, want 1", len(quoteClaims))
	}
	c := quoteClaims[0]
	if c.Kind != KindQuote || c.Subject != "Ana Whitfield" || c.Key != "ana whitfield" ||
		c.Value != "We collaborate, but not today." || c.Start != q.Start || c.End != q.End || c.Quote != q.Quote {
		t.Errorf("claim = %+v", c)
	}
}

func TestQuoteUsesPersonMentions(t *testing.T) {
	s := "Gov. Ana Whitfield spoke. “Not today,” Whitfield said."
	doc := document.NewText("t.txt", "test", s, time.Time{})
	a := &analysis{doc: doc, text: s, scratch: new(scratch)}
	at := strings.LastIndex(s, "Whitfield")
	a.people = []Mention{{Kind: MentionPerson, Start: at, End: at + len("Whitfield"),
		Person: &Person{Name: "Ana M. Whitfield", Title: "Governor"}}}
	a.extractQuotes()
	if len(a.quotes) != 1 || a.quotes[0].Quote.Speaker != "Ana M. Whitfield" {
		t.Fatalf("quotes = %+v, want one by the person mention's name", a.quotes)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`"We collaborate," she said, "but not today."`,
		"“Open\n“still open\n”closed” ‘a’ «b» ‹c› „d“",
		`He said 'don't' and "O'Brien's '90s" rock 'n' roll "`,
		"\"\"\"'''“”“”‘’‘’",
		"— Jane Doe\n“x”\nSaid by: \n",
		"\xe2\x80\x9c\xff\xfe\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevStart := -1
		for _, m := range extractQuoteMentions(t, s) {
			q := m.Quote
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || m.Start < prevStart {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prevStart, s)
			}
			prevStart = m.Start
			if q.SpeakerStart >= 0 && (q.SpeakerStart >= q.SpeakerEnd || q.SpeakerEnd > len(s)) {
				t.Fatalf("bad speaker span [%d,%d) in %q", q.SpeakerStart, q.SpeakerEnd, s)
			}
			if q.Text == "" || len(q.Text) > m.End-m.Start+1 {
				t.Fatalf("quote text %q does not fit its span %q", q.Text, s[m.Start:m.End])
			}
			// The words start right after their opening mark, or open a
			// paragraph (a block quote).
			before := strings.TrimRight(s[:m.Start], " \t\r")
			if r, _ := utf8.DecodeLastRuneInString(before); !isQuoteRune(r) && r != '\n' {
				t.Fatalf("quote %q does not follow a quotation mark in %q", q.Text, s)
			}
			if q.Text[0] != s[m.Start] {
				t.Fatalf("quote text %q does not start its span %q", q.Text, s[m.Start:m.End])
			}
		}
	})
}

func BenchmarkExtractQuotes(b *testing.B) {
	f, err := os.Open(sharedtest.Path(b, "bench", "articles.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && size < 8<<20 {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	// Quotes are attributed after the person mentions are found, as in
	// ExtractWith: those are found once, outside the measure.
	docs := make([]*document.Document, len(texts))
	people := make([][]Mention, len(texts))
	for i, s := range texts {
		docs[i] = document.NewText("b.txt", "bench", s, time.Time{})
		a := &analysis{doc: docs[i], text: s, scratch: new(scratch)}
		a.extractPeople()
		people[i] = a.people
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	// The mentions and claims grow in buffers kept from one document for
	// the next, as ExtractWith keeps them.
	var quotes []Mention
	var claims []Claim
	work := new(scratch)
	for b.Loop() {
		for i, d := range docs {
			a := &analysis{doc: d, text: d.Text, people: people[i], quotes: quotes[:0], claims: claims[:0], scratch: work}
			a.extractQuotes()
			quotes, claims = a.quotes, a.claims
		}
	}
}

// TestQuotesSeeds checks the speakers found in the seed story, in order of
// the quotes.
func TestQuotesSeeds(t *testing.T) {
	const sheinbaum, rubio, riley = "Claudia Sheinbaum", "Marco Rubio", "Jack Riley"
	want := map[string][]string{
		"000_75a8edda6ee13938.txt": {sheinbaum, sheinbaum, "The U.S. Embassy", rubio, riley, riley,
			"Cecilia Farfán-Méndez", "Cecilia Farfán-Méndez"},
		"001_da92b9e889737427.txt": {sheinbaum},
		"002_f3e5b26acd152a74.txt": {sheinbaum, sheinbaum, "Ronald Johnson", sheinbaum, sheinbaum, "Ronald Johnson"},
		"003_78e1226215322939.txt": {sheinbaum, "Rubio", riley, "Farfan-Mendez"},
		"004_3daf5c680cd1949f.txt": {rubio, rubio, "your neighbor", sheinbaum, sheinbaum, sheinbaum, sheinbaum,
			sheinbaum, "Ronald Johnson", ""},
	}
	for name, speakers := range want {
		data, err := os.ReadFile(sharedtest.Path(t, "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range extractQuoteMentions(t, string(data)) {
			got = append(got, m.Quote.Speaker)
		}
		if strings.Join(got, "|") != strings.Join(speakers, "|") {
			t.Errorf("%s: speakers %q, want %q", name, got, speakers)
		}
	}
}

// nextMarkStart finds what a byte-by-byte search finds, wherever the marks
// fall among the eight-byte blocks it reads.
func TestNextMarkStart(t *testing.T) {
	alphabet := []byte{'a', ' ', '"', '\'', 0xC2, 0xE2, 0x80, 0x9C, 0xAB, 0x01, 0xFF, '!', 0x21, 0x23}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			if rng.IntN(4) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = 'a' + byte(rng.IntN(26))
			}
		}
		s := string(b)
		from := rng.IntN(len(s) + 1)
		end := from + rng.IntN(len(s)-from+1)
		want := end
		for i := from; i < end; i++ {
			if c := s[i]; c == '"' || c == '\'' || c == 0xC2 || c == 0xE2 {
				want = i
				break
			}
		}
		if got := nextMarkStart(s, from, end); got != want {
			t.Fatalf("nextMarkStart(%q, %d, %d) = %d, want %d", s, from, end, got, want)
		}
	}
}

func TestUpperCased(t *testing.T) {
	for _, w := range []string{"WASHINGTON", "Washington", "JUST WATCHED", "ÉTÉ", "Été", "STRASSE", "STRAßE", "ǅ", "Ǆ", "NO.1", "", "42"} {
		if got, want := upperCased(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("upperCased(%q) = %v, want %v", w, got, want)
		}
	}
}
