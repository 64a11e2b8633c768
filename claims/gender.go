package claims

import "strings"

// gender is what a pronoun or a given name says of a person's sex, when it
// says anything: he and she pick their antecedent among the people named
// before them by it ("Detective Dan Roe asked how she felt. “…,” she said"
// is not Dan Roe).
type gender uint8

const (
	genderUnknown gender = iota
	genderFemale
	genderMale
)

// pronounGender is the gender of the pronoun w: he or she.
func pronounGender(w string) gender {
	switch {
	case lowerIs(w, "she"):
		return genderFemale
	case lowerIs(w, "he"):
		return genderMale
	}
	return genderUnknown
}

// honorificGender is the sex that the honorific w says ("Mrs.", "Mr."),
// if any.
func honorificGender(w string) gender {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mrs", "ms", "miss", "madam", "mme", "mlle", "dame", "lady":
		return genderFemale
	case "mr", "sir", "lord":
		return genderMale
	}
	return genderUnknown
}

// Given names that are, in the news, nearly always a woman's or a man's.
// Names given to both (Jordan, Kelly, Leslie, Robin, Terry, Jean, Alexis)
// are in neither list.
var (
	femaleNames = setOf(`mary ida patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
		margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
		deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
		brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet
		ruth maria heather diane virginia julie joyce victoria christina joan evelyn lauren
		judith olivia martha cheryl megan andrea hannah jacqueline gloria teresa ann sara
		madison frances kathryn janice abigail alice judy sophia grace denise amber doris
		marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla
		lori hillary nikki michele kamala elise sheila tammy wendy yvonne monica veronica
		vanessa rosa carmen lucia ana juana guadalupe claudia adriana gabriela elena valeria
		sofia mariana isabel beatriz consuelo dolores josefina yolanda alicia irene bettie betsy
		ivanka melania dianne kirsten liz sasha malia mazie kathy loretta maxine tulsi marcia
		stacey stacy tiffany crystal erica erika kristen kristin tina rita ellen eleanor ella
		emma ava mia chloe zoe lily anita`)
	maleNames = setOf(`james john robert michael william david richard joseph thomas charles christopher daniel
		matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
		ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
		scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
		tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
		christian keith roger gerald harold sean austin carl arthur lawrence dylan jesse
		bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
		vincent ralph eugene russell bobby mason philip louis mike jim bill bob tom dan steve
		chris tony ted chuck mitch barack bernie rudy rand marco mitt newt dick al harry jeb
		beto pete cory devin hunter carlos luis miguel jorge pedro manuel francisco javier
		alejandro ricardo fernando andres felipe enrique rafael sergio diego antonio vicente
		dominic hugh theo reid brett neil antonin clarence merrick martin`)
)

// knownGivenName reports whether the lists know w, in lower case, as a
// given name or a short form of one.
func knownGivenName(w string) bool { return givenNames[w] }

// givenNames are the given names of both lists and their short forms, in
// one set: a headline's every capitalized word is looked up in it.
var givenNames = func() map[string]bool {
	m := make(map[string]bool, len(femaleNames)+len(maleNames)+len(nicknames))
	for _, set := range []map[string]bool{femaleNames, maleNames} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range nicknames {
		m[w] = true
	}
	return m
}()

// nameGender is the gender a person's given name says, if any.
func nameGender(name string) gender {
	first, _, _ := strings.Cut(name, " ")
	first = strings.ToLower(first)
	switch {
	case femaleNames[first]:
		return genderFemale
	case maleNames[first]:
		return genderMale
	}
	return genderUnknown
}

// roleGender is the gender a role says: "his wife", "Jane Doe's brother".
func roleGender(role string) gender {
	last := strings.ToLower(role[strings.LastIndexByte(role, ' ')+1:])
	switch last {
	case "wife", "mother", "sister", "daughter", "spokeswoman", "widow", "girlfriend":
		return genderFemale
	case "husband", "father", "brother", "son", "spokesman", "widower", "boyfriend":
		return genderMale
	}
	return genderUnknown
}

// agrees reports whether the speaker ref may be the person a pronoun of
// gender g stands for.
func (ref speakerRef) agrees(g gender) bool {
	var has gender
	if ref.person {
		has = nameGender(ref.name)
	} else {
		has = roleGender(ref.name)
	}
	return has == genderUnknown || g == genderUnknown || has == g
}
