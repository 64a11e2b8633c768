package rules

import "math/bits"

// shingleSet indexes shingles, runs of n words given by their numbers in a
// vocabulary, and lists the renderings that have each: the shingles are
// hashed, so a rendering listed may lack the shingle (a collision, which
// its comparison rules out), but none that has it is left out.
type shingleSet struct {
	n    int
	pow  uint64           // shingleBase to the power n, to roll the hash
	slot map[uint64]int32 // a shingle's hash -> its place in having
	// having lists, for each shingle, the renderings that have it, in the
	// order find met them.
	having [][]int32
	// filter has a bit set for the hash of each shingle in slot, so that
	// most shingles of the renderings skip the look-up. It has 1<<shift
	// bits.
	filter []uint64
	shift  uint
}

// shingleBase is the base of the shingles' polynomial hash.
const shingleBase = 0x9E3779B97F4A7C15

// maxFilterBits is log2 of the most bits of a shingleSet's filter: a
// filter has about 32 bits a shingle, so that few look-ups are wasted, up to
// that size. Sized to what it holds, the filter of a story of a few articles
// is a few words, not the 128 KB an archive of thousands of stories would
// allocate and clear once for each.
const maxFilterBits = 20

// newShingleSet returns a set of shingles of n words that will hold at most
// size shingles.
func newShingleSet(n, size int) *shingleSet {
	pow := uint64(1)
	for range n {
		pow *= shingleBase
	}
	shift := uint(min(max(bits.Len(uint(size)*32), 6), maxFilterBits))
	return &shingleSet{n: n, pow: pow, slot: map[uint64]int32{}, filter: make([]uint64, 1<<shift/64), shift: shift}
}

// add indexes a shingle and returns its place in having.
func (s *shingleSet) add(words []int32) int32 {
	h := s.hash(words)
	k, ok := s.slot[h]
	if !ok {
		k = int32(len(s.having))
		s.slot[h] = k
		s.having = append(s.having, nil)
		b := s.filterBit(h)
		s.filter[b/64] |= 1 << (b % 64)
	}
	return k
}

// find lists rendering r under every indexed shingle its words have.
func (s *shingleSet) find(words []int32, r int32) {
	if len(words) < s.n {
		return
	}
	h := s.hash(words[:s.n])
	for k := s.n; ; k++ {
		if b := s.filterBit(h); s.filter[b/64]&(1<<(b%64)) != 0 {
			if at, ok := s.slot[h]; ok {
				if l := s.having[at]; len(l) == 0 || l[len(l)-1] != r {
					s.having[at] = append(l, r)
				}
			}
		}
		if k == len(words) {
			return
		}
		h = h*shingleBase - s.pow*word(words[k-s.n]) + word(words[k])
	}
}

// hash is the polynomial hash of a shingle.
func (s *shingleSet) hash(words []int32) uint64 {
	var h uint64
	for _, w := range words {
		h = h*shingleBase + word(w)
	}
	return h
}

// word is a word's term in the hash: never zero, so that the word numbered 0
// counts.
func word(id int32) uint64 { return uint64(id) + 1 }

// filterBit maps a hash to a bit of the filter, by its high bits after a
// multiplication that spreads every bit of the hash over them.
func (s *shingleSet) filterBit(h uint64) uint64 { return (h * 0xD6E8FEB86659FD93) >> (64 - s.shift) }
