package claims

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// wordClass is a set of roles a word can play around a person's name. A word
// may have several ("general" is a title head and a title qualifier).
type wordClass uint32

const (
	wHead        wordClass = 1 << iota // the head of a title or role: president, secretary, chief
	wHonorific                         // Mr., Mrs., Dr.: a title that names no office
	wModifier                          // changes what a title means: former, acting, deputy
	wQualifier                         // may stand before a head inside a title: police, state, senior
	wDomain                            // may follow "of", "to" or "for" after a head: State, Defense
	wPlace                             // a country, region, state or city that is no one's name
	wNamePlace                         // a place that is also a given name or surname: Jordan, Austin
	wNationality                       // Mexican, U.S., American
	wPlacePrefix                       // starts a place name: New, San, Fort, North
	wOrgCue                            // a word of organization or place names: Department, University
	wOutlet                            // a news outlet or platform
	wTime                              // months, weekdays, holidays
	wStop                              // function words and common sentence starters
	wCommon                            // common nouns and adjectives that headlines capitalize
	wParticle                          // joins the parts of a name: de, van, bin
	wSuffix                            // ends a name: Jr., III
	wSpeech                            // verbs of saying that mark their subject as a person
	wConnector                         // joins a head to its domain: of, to, for
	wArticle                           // a, an, the
	wMonth                             // a month, which may also end a name: Theresa May
)

// classOf returns the classes of a word given in lower case without full
// stops ("mr", "us", "president").
func classOf(lower string) wordClass { return classIn(lexicon, lower, fnvHash(lower)) }

// classOfWord returns the classes of a word as written ("Mr.", "U.S.",
// "Envoys", "ex-President", "US-Mexico"), without allocating for ASCII words.
func classOfWord(w string) wordClass {
	// The key as lowerKey spells it, hashed as it is written.
	var buf [32]byte
	n := 0
	h := fnvOffset
	hyphen := -1 // where the first hyphen of the key is
	ascii := len(w) <= len(buf)
	for i := 0; ascii && i < len(w); i++ {
		switch c := keyBytes[w[i]]; c {
		case keyNotASCII:
			ascii = false
		case keySkip:
		case '-':
			if hyphen < 0 {
				hyphen = n
			}
			fallthrough
		default:
			buf[n] = c
			n++
			h = fnvAdd(h, c)
		}
	}
	key := buf[:n]
	if !ascii {
		key = []byte(lowerKey(w))
		h = fnvHash(key)
		hyphen = bytes.IndexByte(key, '-')
	}
	cl := classIn(lexicon, key, h)
	if n := len(key); cl == 0 && n > 2 && key[n-1] == 's' {
		if base := classIn(lexicon, key[:n-1], fnvHash(key[:n-1])); base&wHead != 0 {
			cl = base // "Envoys", "Reps"
		}
	}
	if hyphen > 0 {
		if cl == 0 {
			// "US-Mexico", "Texas-based": a compound with a place is a place.
			for rest := key; len(rest) > 0; {
				part := rest
				if i := bytes.IndexByte(rest, '-'); i >= 0 {
					part, rest = rest[:i], rest[i+1:]
				} else {
					rest = nil
				}
				if classIn(lexicon, part, fnvHash(part))&(wPlace|wNationality) != 0 {
					cl = wPlace
				}
			}
		}
		// "ex-President", "then-Gov."
		if pre := string(key[:hyphen]); pre == "ex" || pre == "then" || pre == "former" {
			rest := key[hyphen+1:]
			if rc := classIn(lexicon, rest, fnvHash(rest)); rc&(wHead|wQualifier) != 0 {
				cl |= rc | wModifier
			}
		}
	}
	return cl
}

// classOfPlainWord returns classOfWord(w) for a word of ASCII letters, all
// in lower case but perhaps the first, which is its own key but for that
// letter: it is hashed and compared where it is written.
func classOfPlainWord(w string) wordClass {
	if n := len(w); n <= 8 {
		return classOfPackedWord(packKey(w), n)
	}
	if len(w) > 32 {
		return 0 // longer than any key; classOfWord's buffer
	}
	first := w[0] | 0x20 // in lower case
	h := fnvAdd(fnvOffset, first)
	stem := h // the hash of w without its last letter, once the loop is done
	for i := 1; i < len(w); i++ {
		stem, h = h, fnvAdd(h, w[i])
	}
	cl := lexPlainClass(lexicon, first, w[1:], h)
	if n := len(w); cl == 0 && n > 2 && w[n-1] == 's' {
		if base := lexPlainClass(lexicon, first, w[1:n-1], stem); base&wHead != 0 {
			cl = base // "Envoys", "Reps"
		}
	}
	return cl
}

// classOfPackedWord returns classOfPlainWord of the word of n letters, at
// most eight, that packKey packs into k.
func classOfPackedWord(k uint64, n int) wordClass {
	k |= 0x20 // the first letter in lower case
	cl := lexicon.packedClassOf(k)
	if cl == 0 && n > 2 && k>>(8*(n-1)) == 's' {
		if base := lexicon.packedClassOf(k &^ (0xFF << (8 * (n - 1)))); base&wHead != 0 {
			cl = base // "Envoys", "Reps"
		}
	}
	return cl
}

// keyBytes maps each byte of a word to its byte in the word's lexicon key:
// ASCII letters in lower case, keySkip for the full stops and apostrophes
// that keys leave out, and keyNotASCII for the bytes of other characters,
// whose keys lowerKey spells.
var keyBytes = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = keyNotASCII
		case c == '.' || c == '\'':
			t[c] = keySkip
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

const (
	keySkip     byte = 0xFE
	keyNotASCII byte = 0xFF
)

// lexicon holds the classes of lower-case words without full stops. It is
// built once from the lists below.
var lexicon = func() *lexTable {
	m := make(map[string]wordClass, 2048)
	add := func(c wordClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(wHead, `sens reps secy president president-elect secretary minister ambassador envoy senator sen
		governor gov representative rep congressman congresswoman congressmember lawmaker
		mayor chief officer sheriff judge justice attorney prosecutor da director administrator
		commissioner chairman chairwoman chair chairperson spokesman spokeswoman spokesperson
		head leader founder cofounder co-founder ceo cfo coo vp executive manager superintendent
		supt lieutenant lt sergeant sgt captain capt detective det trooper agent investigator
		professor prof doctor rev reverend pastor priest bishop archbishop pope cardinal rabbi
		imam king queen prince princess emperor chancellor premier commander cmdr general gen
		colonel col major maj admiral adm corporal cpl private pvt coach councilman
		councilwoman councillor councilor alderman alderwoman speaker whip economist
		researcher analyst expert author dean provost principal teacher lawyer counsel
		inspector insp coroner examiner marshal constable supervisor trustee editor
		correspondent reporter columnist anchor host owner partner president
		vice-president treasurer comptroller controller auditor clerk registrar
		diplomat official officials strategist adviser advisor consultant
		commissar delegate legislator assemblyman assemblywoman assemblymember
		firefighter deputies officer ofc patrolman patrolwoman warden ombudsman
		undersecretary under-secretary pres sec amb atty fellow scholar historian
		activist organizer organiser negotiator mediator czar tsar chaplain
		physician surgeon nurse paramedic dispatcher investigator sergeant-at-arms
		president-elect premier-elect governor-elect mayor-elect senator-elect
		secretary-general attorney-general governor-general director-general surgeon-general`)
	// Not "don": English news writes it as a given name far more often
	// than as an honorific.
	add(wHonorific, `mr mrs ms miss mx dr sir dame lord lady madam monsieur mme mlle comrade
		senor senora`)
	add(wModifier, `former acting deputy interim vice ex late then outgoing incoming retired
		resigned elect`)
	add(wQualifier, `police fire state county city district assistant associate senior chief
		special federal national foreign defense defence homeland security press white house
		supreme court appeals circuit superior municipal public medical health executive
		managing campaign party majority minority senate senior junior congressional regional
		military army navy air force marine marines border patrol customs immigration
		enforcement drug administration department general prime first staff
		communications cabinet legal deputy vice lead principal chief co top interior
		justice labor labour treasury finance economy foreign affairs trade commerce
		energy education transportation agriculture environment intelligence
		school university college hospital union church company team club league
		family local community political opposition cartel gang crime criminal
		television tv radio news world global international domestic us usa uk un eu
		nato fbi cia dea atf dhs ice nypd lapd`)
	add(wDomain, `state defense defence justice homeland security health education treasury
		interior agriculture commerce labor labour energy transportation veterans affairs
		housing foreign finance economy public safety police staff human services urban
		development war navy army environment trade national intelligence government
		the and joint chiefs internal external information culture tourism
		communications interior infrastructure transport industry science technology
		social welfare immigration citizenship home office exchequer economic planning
		budget management personnel parliamentary legislative judicial administrative studies`)
	add(wPlace, `mexico america americas africa asia europe oceania antarctica arctic
		usa uk britain england scotland wales ireland canada guatemala honduras
		nicaragua panama belize cuba haiti jamaica colombia venezuela ecuador peru
		bolivia brazil chile argentina uruguay paraguay russia ukraine belarus poland
		germany france spain portugal italy greece turkey iran iraq syria lebanon
		afghanistan pakistan india china japan korea taiwan vietnam thailand cambodia
		laos myanmar burma indonesia malaysia singapore philippines australia
		egypt libya tunisia algeria morocco sudan ethiopia somalia kenya nigeria
		ghana niger mali senegal congo angola zimbabwe zambia mozambique uganda
		rwanda tanzania yemen oman qatar kuwait bahrain emirates saudi arabia
		gaza palestine netherlands holland belgium luxembourg switzerland austria
		hungary romania bulgaria serbia croatia bosnia slovenia slovakia czechia
		denmark norway sweden finland iceland estonia latvia lithuania moldova
		armenia azerbaijan kazakhstan uzbekistan mongolia nepal bangladesh
		sri lanka kabul baghdad beijing moscow kyiv kiev london paris berlin madrid rome
		tokyo seoul delhi mumbai cairo tehran jerusalem washington-based
		alabama alaska arizona arkansas california colorado connecticut delaware
		florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
		maryland massachusetts michigan minnesota mississippi missouri montana
		nebraska nevada hampshire jersey york ohio oklahoma oregon pennsylvania
		rhode tennessee texas utah vermont wyoming wisconsin dakota carolina
		chicago boston philadelphia detroit baltimore milwaukee cleveland
		cincinnati pittsburgh atlanta miami tampa orlando jacksonville seattle
		portland denver sacramento oakland fresno angeles francisco diego
		vegas albuquerque tucson oklahoma memphis nashville louisville indianapolis
		columbus minneapolis omaha wichita tulsa brooklyn manhattan bronx queens
		harlem baghdad sinaloa jalisco tijuana juarez chihuahua sonora tamaulipas
		michoacan guerrero oaxaca chiapas yucatan monterrey guadalajara
		acapulco cancun culiacan veracruz coahuila durango zacatecas
		ottawa toronto montreal vancouver dc d.c ny la sf nyc
		hemisphere midwest caribbean mediterranean pacific atlantic gulf
		elgin springfield ardmore aires janeiro paulo lumpur hong kong aviv`)
	add(wNamePlace, `washington jordan georgia virginia chad israel houston dallas austin
		lincoln jackson madison florence paris chelsea victoria charlotte phoenix
		raleigh orlando tyrone sydney savannah aurora dayton eugene lafayette
		marion clinton franklin hamilton warren burlington columbia`)
	add(wNationality, `mexican american americans us u.s usa british english scottish welsh
		irish canadian guatemalan honduran salvadoran salvadorean nicaraguan panamanian
		cuban haitian jamaican colombian venezuelan ecuadorian peruvian bolivian
		brazilian chilean argentine argentinian uruguayan paraguayan russian ukrainian
		belarusian polish german french spanish portuguese italian greek turkish
		iranian iraqi syrian lebanese afghan pakistani indian chinese japanese korean
		taiwanese vietnamese thai indonesian malaysian filipino australian egyptian
		libyan tunisian algerian moroccan sudanese ethiopian somali kenyan nigerian
		ghanaian israeli palestinian saudi yemeni qatari emirati dutch belgian swiss
		austrian hungarian romanian bulgarian serbian croatian danish norwegian
		swedish finnish latin hispanic latino latina european asian african
		arab arabic western eastern northern southern central federal republican
		republicans democrat democrats democratic gop un eu nato socialist socialists communist communists
		texan californian floridian new yorker chicagoan
		christian christians muslim muslims jewish catholic protestant islamic buddhist hindu`)
	add(wPlacePrefix, `new san santa los las fort ft port saint st north south east west
		upper lower mount mt lake cape costa puerto rio sierra el la le del rancho
		grand great little royal middle`)
	add(wOrgCue, `department dept university college school academy institute institution
		cartel cartels agency agencies administration bureau office ministry council committee
		commission court courthouse police party company corp corporation inc llc ltd
		co group association foundation center centre hospital clinic church chapel
		bank times post news journal herald tribune gazette press network channel
		observatory initiative organization organisation union federation league army
		navy force forces guard patrol service services protection enforcement security
		authority house senate congress parliament assembly county city state street
		avenue ave road rd boulevard blvd drive highway freeway interstate
		lake river mountain island islands beach airport station mall plaza
		square club team society alliance coalition fund trust project program
		programme campaign movement front brigade gang mafia clan restaurant hotel
		motel bar grill cafe apartments apartment complex temple mosque synagogue
		cemetery museum library theater theatre stadium arena medical health jail
		prison penitentiary correctional facility order directive act law
		treaty agreement accord summit conference forum games cup championship
		series awards prize festival market exchange industries industry
		international global national federal republic kingdom states nations
		empire province region district valley heights hills springs falls
		village town township borough parish reservation base camp fort
		pentagon kremlin capitol congress whitehouse cia fbi dea atf nsa dhs ice
		nypd lapd cbp swat ems emt k-9 mall store shop market pharmacy
		foundation institute laboratory labs systems technologies solutions media
		studios records entertainment productions holdings partners capital
		airlines airways railway railroad motors energy oil petroleum
		commandos militia brigades battalion regiment division command
		crime crimes initiative strategy doctrine plan deal treaty index materials
		estates survey defense defence images community communities lottery report
		amendment clause tower towers steel wire management property properties day
		obamacare medicare medicaid foods wishes paradox qaeda qaida shabaab isis hamas hezbollah taliban poll polls insider knowledge holocaust hurricane storm tropical internet web online local research room workers wealth
		memorial medical parenthood chronicle dispatch inquirer enquirer courier sentinel ledger bulletin
		parkway pkwy ranch bowl olympics caucus constitution`)
	add(wOutlet, `anadolu bbc cnn reuters ap afp upi nbc abc cbs npr pbs msnbc cnbc bloomberg
		axios politico guardian telegraph independent economist forbes fortune time
		newsweek atlantic vox slate salon breitbart newsmax univision telemundo
		jazeera xinhua tass sputnik yahoo google facebook twitter instagram youtube
		tiktok snapchat whatsapp telegram reddit linkedin apple amazon microsoft
		buzzfeed huffpost realclearpolitics breitbart foxnews msn aol
		netflix spotify wikipedia x t4k3 wsj nyt usa today globe sun mirror mail
		express star`)
	add(wTime, `january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
		thu thur thurs fri sat sun christmas easter thanksgiving halloween
		ramadan hanukkah passover independence memorial labor veterans
		new eve today tonight yesterday tomorrow weekend`)
	add(wStop, `a an the this that these those it its he she his her hers him they them
		their theirs we our you your i me my mine who whom whose which what where
		when why how while as after before but and or nor then since if on in at by with
		without during under over from to for of into onto upon about above below
		across against along amid among around behind beside besides between beyond
		despite inside near outside through throughout toward towards until unless
		via within meanwhile however also still yet though although because even just
		only so now here there all any each every some many most much more few both
		either neither no not yes one two three four five six seven eight nine ten
		first second third last next another other such same own several
		according following including regarding whether once instead perhaps maybe
		indeed thus hence therefore moreover furthermore nevertheless nonetheless
		otherwise rather almost already always never often sometimes usually
		again ago away back down up out off well too very really quite
		let lets do does did done is are was were be been being have has had
		will would shall should can could may might must ought
		said says say tell told ask asked
		photo video image caption credit copyright advertisement subscribe share
		read watch click sign log follow like comment comments email print
		mr mrs ms dr
		oh okay ok hey hi hello dear please thank thanks sorry
		police officials authorities investigators witnesses neighbors neighbours
		residents experts analysts critics supporters prosecutors detectives
		deputies officers troopers agents sources reports family families friends
		relatives students teachers parents doctors nurses firefighters
		paramedics lawmakers leaders members people men women children kids
		victims suspects survivors protesters demonstrators voters citizens
		americans mexicans democrats republicans`)
	add(wCommon, `immigration hundred thousand million billion lives matter fourth fifth sixth seventh eighth ninth tenth middle wild fiscal year information technology presidential
		key takeaways takeaway highlights highlight related news analysis scenario
		rewritten article headline summary update updates breaking live latest
		exclusive opinion editorial commentary review feature features story
		stories report reports reporting special investigation investigative
		secret military directive implications action actions designation
		designations escalation tactics support concerns officials experts warn
		damage relations relationship computer site engineering blog home about
		contact privacy policy terms use cookie cookies menu search sections
		section topics topic trending popular most read more less view views
		gallery photos videos watch listen podcast newsletter subscribe
		advertisement sponsored content partner partners premium free
		diplomatic risk legal questions security trade border crisis war peace
		inaugural address speech keynote
		deal talks summit meeting vote election elections campaign debate
		economy market markets business money finance tech technology science
		health sports sport weather traffic crime justice courts politics
		world nation national local state regional international global
		community education environment climate energy
		lifestyle entertainment culture arts travel food music film movie
		movies tv television books book fashion style auto autos real estate
		jobs careers classifieds obituaries obituary announcements events
		calendar letters editor editors note notes correction corrections
		daily weekly monthly morning evening night afternoon
		shooting shootings killed dead death deaths injured wounded gun guns
		violence violent attack attacks victim victims suspect suspects arrest
		arrested charged charges trial sentence sentenced guilty murder homicide
		manslaughter robbery assault fire fires crash crashes accident
		man woman men women boy girl boys girls child children teen teens
		father mother son daughter brother sister husband wife family
		officer officers deputy deputies agent agents
		american great big little old young new good bad best worst top high low
		first last next final early late major minor full half whole open closed
		north south east west northern southern eastern western central
		drug drugs cartel cartels gang gangs terrorist terrorists terror
		organization organizations group groups order orders plan plans
		power powers force forces troops army navy military defense defence
		government governments administration congress senate house court
		policy policies law laws rule rules act acts bill bills right rights
		public private federal official unofficial general special
		source sources statement statements press release conference
		team teams club clubs league game games season player players coach
		fans stadium win wins loss losses score scores victory defeat
		data information facts fact check checks truth lies
		free freedom liberty independence democracy republic empire
		black white red blue green yellow orange purple brown gray grey
		gold silver golden dark light bright
		strong weak hard soft easy difficult simple complex
		dear sir madam hello welcome goodbye
		chapter part volume issue page pages edition version
		street road avenue highway bridge tunnel building tower hall room
		office offices station stations center centre
		university college school schools academy institute
		hospital hospitals clinic church churches
		company companies firm firms business businesses industry
		bank banks fund funds market markets store stores shop shops
		service services system systems network networks
		program programs project projects initiative initiatives
		development research study studies survey surveys poll polls`)
	add(wParticle, `de del della dei degli di da das dos do du van von der den ter ten
		la le les bin ibn bint binti al el abu abd y e zu af av`)
	add(wSuffix, `jr sr ii iii iv v phd md esq`)
	add(wSpeech, `said says say told tells added adds noted notes explained explains
		warned warns denied denies argued argues stated states insisted insists
		declared declares acknowledged acknowledges wrote writes asked asks
		emphasized emphasizes emphasised stressed stresses claimed claims
		continued continues recalled recalls reiterated reiterates cautioned
		cautions posted posts tweeted tweets announced announces testified
		testifies replied replies responded responds confirmed confirms
		admitted admits agreed agrees answered answers complained complains
		conceded concedes contended contends disputed disputes
		estimated estimates observed observes predicted predicts
		recounted recounts remarked remarks reported reports revealed reveals
		suggested suggests urged urges vowed vows yelled shouted
		whispered explained elaborated clarified clarifies commented comments
		concluded concludes countered counters added`)
	add(wConnector, `of to for on`)
	add(wMonth, `january february march april may june july august september october
		november december jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(wArticle, `a an the`)
	return newLexTable(m)
}()

// OfficeWords returns the words of a folded office (Person.Office) that name
// the office, abbreviations written out and plurals and possessives made
// singular: for "orlando police department chief", "police department
// chief", where "orlando" only says where. heads are those of them that are
// the heads of titles ("chief").
func OfficeWords(office string) (words, heads []string) {
	for _, w := range strings.Fields(office) {
		cl := classOfWord(w)
		if cl == 0 && len(w) > 3 && w[len(w)-1] == 's' {
			// "sheriff's", folded to "sheriffs", when classOfWord does not know it.
			cl = classOf(w[:len(w)-1])
			if cl != 0 {
				w = w[:len(w)-1]
			}
		}
		if cl&(wHead|wQualifier|wDomain|wModifier) == 0 || cl&wConnector != 0 || cl&wArticle != 0 {
			continue
		}
		if full, ok := titleAbbreviations[strings.ReplaceAll(w, ".", "")]; ok {
			// Each word written out is a word of the office: "da" is a
			// "district attorney", like one written so.
			for _, fw := range strings.Fields(full) {
				words = append(words, fw)
				if classOf(fw)&wHead != 0 {
					heads = append(heads, fw)
				}
			}
			continue
		}
		if cl&wHead != 0 && classOf(w)&wHead == 0 && len(w) > 3 && w[len(w)-1] == 's' {
			w = w[:len(w)-1] // "envoys"
		}
		words = append(words, w)
		if cl&wHead != 0 {
			heads = append(heads, w)
		}
	}
	return words, heads
}
