package claims

// SameGivenName reports whether two folded given names may name one person:
// they are the same, or one is a common short form of the other ("mike" and
// "michael", "bill" and "william").
func SameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	for _, full := range nicknames[a] {
		if full == b {
			return true
		}
	}
	for _, full := range nicknames[b] {
		if full == a {
			return true
		}
	}
	return false
}

// nicknames maps short forms of English given names to the names they are
// short for.
var nicknames = map[string][]string{
	"abe": {"abraham"}, "al": {"albert", "alan", "allen", "alfred"}, "alex": {"alexander", "alexandra"},
	"andy": {"andrew"}, "barb": {"barbara"}, "becky": {"rebecca"}, "ben": {"benjamin"},
	"beth": {"elizabeth"}, "betsy": {"elizabeth"}, "bill": {"william"}, "billy": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "cathy": {"catherine"}, "charlie": {"charles"},
	"chris": {"christopher", "christine", "christina"}, "chuck": {"charles"}, "dan": {"daniel"},
	"danny": {"daniel"}, "dave": {"david"}, "debbie": {"deborah"}, "dick": {"richard"},
	"don": {"donald"}, "doug": {"douglas"}, "drew": {"andrew"}, "ed": {"edward"}, "eddie": {"edward"},
	"fred": {"frederick"}, "gene": {"eugene"}, "greg": {"gregory"}, "hank": {"henry"}, "harry": {"harold", "henry"},
	"jack": {"john"}, "jake": {"jacob"}, "jeff": {"jeffrey"}, "jen": {"jennifer"}, "jenny": {"jennifer"},
	"jerry": {"gerald", "jerome"}, "jim": {"james"}, "jimmy": {"james"}, "joe": {"joseph"},
	"joey": {"joseph"}, "josh": {"joshua"}, "kathy": {"katherine", "kathleen"}, "kate": {"katherine", "catherine"},
	"katie": {"katherine", "catherine"}, "ken": {"kenneth"}, "kenny": {"kenneth"}, "larry": {"lawrence"}, "liz": {"elizabeth"},
	"maggie": {"margaret"}, "matt": {"matthew"}, "meg": {"margaret"}, "mike": {"michael"},
	"mikey": {"michael"}, "nate": {"nathan", "nathaniel"}, "nick": {"nicholas"}, "pat": {"patrick", "patricia"},
	"peggy": {"margaret"}, "phil": {"philip", "phillip"}, "ray": {"raymond"}, "rich": {"richard"},
	"rick": {"richard"}, "ricky": {"richard"}, "rob": {"robert"}, "ron": {"ronald"}, "sam": {"samuel", "samantha"},
	"steve": {"steven", "stephen"}, "sue": {"susan"}, "ted": {"edward", "theodore"}, "tim": {"timothy"},
	"tom": {"thomas"}, "tommy": {"thomas"}, "tony": {"anthony"}, "vince": {"vincent"}, "will": {"william"},
	"zach": {"zachary"},
}
