package claims

import "strings"

// speechLemmas are the verbs that attribute words to a speaker. Their regular
// inflections are generated; irregular ones are listed in speechIrregular.
// Lemmas that are mostly nouns in news text ("report", "post", "comment")
// are matched in their bare form only right after a quote ("..." the
// editorial read), see speechNounLike.
var speechLemmas = strings.Fields(`
	say add insist declare warn state ask note stress argue tell write post tweet
	explain claim contend assert announce acknowledge admit allege answer reply
	respond retort remark comment observe recall report suggest testify vow pledge
	promise predict propose recount reiterate repeat confirm deny concede conclude
	continue complain lament exclaim shout yell scream cry whisper mutter joke quip
	boast brag mock charge accuse caution urge demand plead beg inform emphasize
	emphasise underscore maintain agree object protest counter rebut describe call
	dub label blog text email message proclaim pronounce mention wonder muse
	speculate estimate elaborate clarify specify chant read summarize thunder snap
	fume sigh laugh gush rave posit affirm opine interject interrupt tout
	hail praise criticize slam blast decry denounce condemn dismiss reject threaten
	assure reassure remind advise instruct indicate signal hint imply swear preach
	lecture recite quote cite voice express echo highlight speak scoff
	sneer grumble murmur stammer concur attest surmise recommend confess bark
	point thank coin shoot go chime gripe rail taunt boom retweet vent fret`)

// speechIrregular lists the inflections that the regular rules get wrong.
var speechIrregular = map[string][]string{
	"say":   {"says", "said", "saying"},
	"tell":  {"tells", "told", "telling"},
	"write": {"writes", "wrote", "written", "writing"},
	"read":  {"reads", "reading"},
	"swear": {"swears", "swore", "sworn", "swearing"},
	"speak": {"speaks", "spoke", "spoken", "speaking"},
	"shoot": {"shot"}, // "shot back"
	"go":    {"went"}, // "went on"
}

// speechDoubling are the lemmas that double their last consonant before -ed
// and -ing.
var speechDoubling = map[string]bool{
	"admit": true, "quip": true, "snap": true, "rebut": true, "concur": true, "blog": true,
}

// speechNounLike are lemmas whose bare form is usually a noun in news text.
var speechNounLike = map[string]bool{
	"report": true, "post": true, "comment": true, "answer": true, "claim": true, "charge": true,
	"text": true, "email": true, "message": true, "tweet": true, "quote": true, "counter": true,
	"estimate": true, "signal": true, "label": true, "hint": true, "object": true, "protest": true,
	"reply": true, "call": true, "state": true, "read": true, "voice": true, "echo": true, "blast": true,
	"slam": true, "promise": true, "joke": true, "laugh": true, "cry": true, "sigh": true,
	"demand": true, "highlight": true, "praise": true, "hail": true, "snap": true,
	"continue": true, "agree": true, "note": true, "point": true, "thank": true, "coin": true,
	"rail": true, "vent": true, "fret": true, "boom": true, "express": true, "mock": true,
	"shoot": true, "go": true, "rave": true, "fume": true, "tout": true, "mention": true,
}

// verbForm says how a speech verb form can attribute a quote.
type verbForm uint8

const (
	verbFinite     verbForm = iota + 1 // said, says, insisted: "X said", "said X"
	verbBare                           // say: "officials say", "will say"
	verbParticiple                     // saying, adding: the subject is the clause's
)

// speechVerbs maps every inflected speech verb to its form; built once.
var speechVerbs = buildSpeechVerbs()

func buildSpeechVerbs() map[string]verbForm {
	m := make(map[string]verbForm, len(speechLemmas)*4)
	for _, l := range speechLemmas {
		if !speechNounLike[l] {
			m[l] = verbBare
		}
		forms := speechIrregular[l]
		if forms == nil {
			forms = regularInflections(l)
		}
		for _, f := range forms {
			if strings.HasSuffix(f, "ing") {
				m[f] = verbParticiple
			} else if _, ok := m[f]; !ok {
				m[f] = verbFinite
			}
		}
	}
	return m
}

// regularInflections returns the -s, -ed and -ing forms of an English verb.
func regularInflections(l string) []string {
	last := l[len(l)-1]
	stem := l
	switch {
	case speechDoubling[l]:
		stem = l + l[len(l)-1:]
		return []string{l + "s", stem + "ed", stem + "ing"}
	case last == 'e':
		return []string{l + "s", l + "d", l[:len(l)-1] + "ing"}
	case last == 'y' && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		stem = l[:len(l)-1]
		return []string{stem + "ies", stem + "ied", l + "ing"}
	case strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || last == 's' || last == 'x' || last == 'z':
		return []string{l + "es", l + "ed", l + "ing"}
	}
	return []string{l + "s", stem + "ed", l + "ing"}
}

// roleNouns head the phrases that name a speaker by role ("a White House
// spokesperson", "the ministry", "officials").
var roleNouns = setOf(`
	spokesperson spokesman spokeswoman spokespeople spokesmen official officials
	ministry ministries department agency government administration embassy
	office statement report reports newspaper paper outlet magazine editorial
	campaign committee council court judge prosecutor prosecutors lawyer lawyers
	attorney attorneys aide aides adviser advisers advisor advisors source sources
	officer officers police spokespersons representative representatives analyst
	analysts expert experts critic critics supporter supporters leader leaders
	minister president senator governor mayor secretary ambassador director chief
	chairman chairwoman chair head founder candidate nominee lawmaker lawmakers
	protester protesters crowd audience people residents resident witness
	witnesses group groups organization company firm party members member voters
	voter activists activist economist economists researcher researchers author
	authors study survey letter memo filing complaint lawsuit document documents
	sign website site blog release network station team staff friend friends
	family mother father wife husband son daughter brother sister user users
	manager executive ceo professor scholar historian officer commander general
	board union association federation council commission bureau service
	observers observer diplomats diplomat doctor doctors military army troops
	insiders insider administration's pollster pollsters strategist strategists
	operative operatives consultant consultants host anchor moderator reporter
	reporters journalist journalists correspondent editor editors writer writers
	columnist columnists fans fan man woman men women voice voices poll`)

// titleWords precede a name without being part of it.
var titleWords = setOf(`
	President President-elect Vice Secretary Sen. Senator Rep. Representative Gov.
	Governor Mayor Dr. Mr. Mrs. Ms. Miss Judge Justice General Gen. Minister Prime
	Chancellor Ambassador Rev. Speaker Chairman Chairwoman Chair Director Chief
	Attorney Lt. Col. Sgt. Capt. Adm. Maj. Cpl. Pope King Queen Prince Princess
	CEO Deputy Former Foreign Prosecutor Commissioner Leader Congressman
	Congresswoman Councilman Councilwoman Spokesman Spokeswoman Sheriff Officer
	Detective Professor Prof. Sir Lord Lady Dame Pastor Father Sister Brother
	Candidate Nominee Ex-President Premier Commander Admiral Colonel Captain
	Sergeant Lieutenant Major Founder Chair President-Elect Senate House State
	Defense Treasury Justice Homeland Security Interior Energy Commerce Labor
	General's Attorney-General U.S. US American Mexican Democratic Republican
	GOP Democrat Republican Independent Majority Minority Whip Dem. Sens. Reps.
	Govs. Presidential Hopeful Frontrunner Front-runner Billionaire Businessman
	Mogul Host Former Then Then-President Then-candidate Incumbent Assistant
	Press Secretary-General Undersecretary Under Special Counsel Envoy Adviser
	Advisor National Intelligence Council Chairman Chief Executive Officer`)

// pronounSpeakers are the pronouns that attribute a quote.
var pronounSpeakers = setOf(`he she they I we He She They We it It`)

// nameParticles are lowercase words that can sit inside a name.
var nameParticles = setOf(`de da del della di du dos das van von der den ter bin ibn al el la le`)

// notNameWords are capitalized words that start sentences or name days and
// months, never people.
var notNameWords = setOf(`
	The A An This That These Those It Its He She They We I You His Her Their Our My
	In On At For From By With Without But And Or If When While After Before As
	Since Because Although Though Still Yet So Then Now Here There What Who Why How
	Where Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
	February March April May June July August September October November December
	Mr Mrs Ms Dr Also Even However Meanwhile Earlier Later Last Next Today Yesterday
	Tomorrow According Asked Speaking Said Not No Yes One Two Three Some Many Most
	All Both Each Every Other Another Such Several Few Much More Less Just Only
	Once Again Instead Indeed Still Perhaps Maybe Why Mexico America United States
	White House Congress Senate Pentagon Washington Times Post News CNN Fox NBC ABC
	CBS MSNBC BBC Reuters AP Twitter Facebook X Instagram YouTube Department State Amid Despite
	During Following Under Over Through Heck Well Oh`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
