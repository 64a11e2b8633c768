package claims

// playHeads are the nouns that tally a player's or a team's play over a
// stretch of games: "43 RBIs in 54 games", "nine carries", "58 wins". A
// sports story quotes the records of several players and stretches, and the
// counted noun does not say whose or which, so two sources' figures of one
// noun are seldom of the same record. Nouns with other common senses stay
// out ("shots" fired, "rounds" of ammunition, city "blocks", "points" in a
// poll).
var playHeads = setOf(`game season inning lap
	touchdown carry catch pass completion reception interception sack tackle fumble punt
	run homer rbi strikeout
	rebound assist steal turnover three-pointer
	birdie bogey putt wicket
	win loss defeat victory`)

// TalliesPlay reports whether a count tallies a player's or a team's play
// ("nine carries", "in 54 games") rather than what befell the story's people
// or things.
func (c *Count) TalliesPlay() bool { return playHeads[c.Head] }
