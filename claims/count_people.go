package claims

// peopleHeads are the nouns whose counts count people: the parts of a group
// of people ("two men and a woman") add up to a count of the people.
var peopleHeads = setOf(`person individual resident civilian victim bystander man woman boy girl child kid
	minor teen teenager adult juvenile youth infant baby toddler officer policeman policewoman deputy
	trooper cop soldier student worker employee customer patron passenger driver motorist pedestrian
	relative family-member guest friend neighbor neighbour member male female suspect gunman shooter`)

// countsPeople reports whether a count's noun counts people.
func countsPeople(c *Count) bool {
	return peopleHeads[c.Head] || c.Noun == "person"
}
