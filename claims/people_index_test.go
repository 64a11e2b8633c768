package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPeopleIndexAgreesWithScans compares every answer of the index with a
// scan of the mentions in order, on sorted and unsorted mentions, some
// overlapping and some without a person.
func TestPeopleIndexAgreesWithScans(t *testing.T) {
	names := []string{"Lena Ortiz", "Daniel Reyes", "Ortiz", "Mara Ruiz Ortiz", "Reyes"}
	for _, sorted := range []bool{true, false} {
		rng := rand.New(rand.NewPCG(1, 2))
		var ms []Mention
		at := 0
		for range 300 {
			at += rng.IntN(40)
			start := at
			if !sorted {
				start = rng.IntN(6000)
			}
			m := Mention{Kind: MentionPerson, Start: start, End: start + 1 + rng.IntN(30)}
			if rng.IntN(8) > 0 {
				m.Person = &Person{Name: names[rng.IntN(len(names))]}
			}
			ms = append(ms, m)
		}
		x := newPeopleIndex(ms)
		if x.sorted != sorted {
			t.Fatalf("sorted = %v, want %v", x.sorted, sorted)
		}
		for pos := 0; pos < 6500; pos += 7 {
			end := pos + rng.IntN(20)
			if got, want := x.overlapping(pos, end), scanOverlapping(ms, pos, end); got != want {
				t.Errorf("sorted %v: overlapping(%d, %d) = %v, want %v", sorted, pos, end, got, want)
			}
			if got, want := x.lastBefore(pos), scanLastBefore(ms, pos); got != want {
				t.Errorf("sorted %v: lastBefore(%d) = %v, want %v", sorted, pos, got, want)
			}
			for _, surname := range []string{"Ortiz", "Reyes", "Ruiz"} {
				back := pos
				if rng.IntN(10) == 0 {
					back = rng.IntN(pos + 1) // now and then a search behind the last
				}
				if got, want := x.lastWithSurname(back, surname), scanLastWithSurname(ms, back, surname); got != want {
					t.Errorf("sorted %v: lastWithSurname(%d, %q) = %v, want %v", sorted, back, surname, got, want)
				}
			}
		}
	}
}

func scanOverlapping(ms []Mention, start, end int) *Mention {
	for k := range ms {
		if m := &ms[k]; m.Person != nil && m.Start < end && start < m.End {
			return m
		}
	}
	return nil
}

func scanLastBefore(ms []Mention, pos int) *Mention {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := &ms[k]; m.Person != nil && m.Start < pos {
			return m
		}
	}
	return nil
}

func scanLastWithSurname(ms []Mention, pos int, surname string) *Mention {
	for k := len(ms) - 1; k >= 0; k-- {
		if m := &ms[k]; m.Person != nil && m.Start < pos && strings.HasSuffix(m.Person.Name, " "+surname) {
			return m
		}
	}
	return nil
}
