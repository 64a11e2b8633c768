package claims

import (
	"slices"
	"sort"
	"strings"
)

// peopleIndex answers the questions quote attribution asks of a document's
// person mentions (which mention covers these words, which was the last
// before them) in time that does not grow with the document: a long
// document has as many quotes as mentions, and scanning all mentions for
// each quote would take time in the square of its length. Every answer is
// the one a scan of the mentions in their order would give.
type peopleIndex struct {
	mentions []Mention
	// sorted is whether the mentions are in order of their starts, as the
	// person scanner finds them; when they are not, the answers come from
	// plain scans.
	sorted bool
	// maxEnd[k] is the largest end of the mentions up to k.
	maxEnd []int
	// surnames remembers, for each surname looked up, how many mentions
	// were searched and the last of them whose name ends with it (-1).
	surnames map[string]surnameSearch
}

type surnameSearch struct {
	searched, last int
}

func newPeopleIndex(mentions []Mention) *peopleIndex {
	x := &peopleIndex{mentions: mentions, surnames: map[string]surnameSearch{}}
	x.sorted = slices.IsSortedFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	if x.sorted {
		x.maxEnd = make([]int, len(mentions))
		end := 0
		for k, m := range mentions {
			end = max(end, m.End)
			x.maxEnd[k] = end
		}
	}
	return x
}

// startingBefore returns how many mentions start before pos.
func (x *peopleIndex) startingBefore(pos int) int {
	return sort.Search(len(x.mentions), func(k int) bool { return x.mentions[k].Start >= pos })
}

// overlapping returns the first mention of a person that overlaps [start,
// end), or nil.
func (x *peopleIndex) overlapping(start, end int) *Mention {
	from, to := 0, len(x.mentions)
	if x.sorted {
		to = x.startingBefore(end)
		// Before from, no mention ends after start.
		from = sort.Search(to, func(k int) bool { return x.maxEnd[k] > start })
	}
	for k := from; k < to; k++ {
		if m := &x.mentions[k]; m.Person != nil && m.Start < end && start < m.End {
			return m
		}
	}
	return nil
}

// lastBefore returns the last mention of a person that starts before pos,
// or nil.
func (x *peopleIndex) lastBefore(pos int) *Mention {
	to := len(x.mentions)
	if x.sorted {
		to = x.startingBefore(pos)
	}
	for k := to - 1; k >= 0; k-- {
		if m := &x.mentions[k]; m.Person != nil && m.Start < pos {
			return m
		}
	}
	return nil
}

// lastKnownAs returns the last mention that starts before pos of a person
// the text names by the one word name alone ("President Obama"), or nil. It
// looks back maxKnownAsMentions mentions at most, so that a long text costs
// each search a bounded amount of work.
func (x *peopleIndex) lastKnownAs(pos int, name string) *Mention {
	to := len(x.mentions)
	if x.sorted {
		to = x.startingBefore(pos)
	}
	for k := to - 1; k >= max(0, to-maxKnownAsMentions); k-- {
		if m := &x.mentions[k]; m.Person != nil && m.Start < pos && m.Person.Name == name {
			return m
		}
	}
	return nil
}

// maxKnownAsMentions bounds how far back lastKnownAs looks.
const maxKnownAsMentions = 256

// lastWithSurname returns the last mention that starts before pos of a
// person whose full name ends with the word surname, or nil. Quotes are
// attributed in order, so the search for a surname goes on from where its
// last search stopped.
func (x *peopleIndex) lastWithSurname(pos int, surname string) *Mention {
	matches := func(m *Mention) bool {
		return m.Person != nil && m.Start < pos && hasLastWord(m.Person.Name, surname)
	}
	if !x.sorted {
		for k := len(x.mentions) - 1; k >= 0; k-- {
			if m := &x.mentions[k]; matches(m) {
				return m
			}
		}
		return nil
	}
	to := x.startingBefore(pos)
	known, ok := x.surnames[surname]
	if !ok {
		known = surnameSearch{last: -1}
	}
	if known.searched > to {
		for k := to - 1; k >= 0; k-- { // a search behind the last one
			if m := &x.mentions[k]; matches(m) {
				return m
			}
		}
		return nil
	}
	for k := known.searched; k < to; k++ {
		if matches(&x.mentions[k]) {
			known.last = k
		}
	}
	known.searched = to
	x.surnames[surname] = known
	if known.last < 0 {
		return nil
	}
	return &x.mentions[known.last]
}

// hasLastWord reports whether name ends with a space and then word.
func hasLastWord(name, word string) bool {
	return len(name) > len(word) && name[len(name)-len(word)-1] == ' ' && strings.HasSuffix(name, word)
}
