package claims

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// Merging the extractors' runs gives what a stable sort of them one after
// the other gives, whether the runs come in order, nearly in order or in
// any order.
func TestMergeSortedIsStableSort(t *testing.T) {
	type item struct{ key, id int }
	byKey := func(a, b *item) int { return cmp.Compare(a.key, b.key) }
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		runs := make([][]item, rng.IntN(5))
		id := 0
		for k := range runs {
			n := rng.IntN(6)
			if trial%3 == 1 {
				n = rng.IntN(300) // too far out of order to sort by insertion
			}
			for range n {
				runs[k] = append(runs[k], item{key: rng.IntN(8), id: id})
				id++
			}
			if trial%3 == 0 {
				slices.SortStableFunc(runs[k], func(a, b item) int { return byKey(&a, &b) })
			}
		}
		want := slices.Concat(runs...)
		slices.SortStableFunc(want, func(a, b item) int { return byKey(&a, &b) })
		if got := mergeSorted(runs, byKey); !slices.Equal(got, want) {
			t.Fatalf("trial %d: got %v, want %v", trial, got, want)
		}
	}
}
