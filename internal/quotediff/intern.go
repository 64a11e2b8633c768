package quotediff

import "hash/maphash"

// internTable numbers strings. It is an open-addressing hash table whose
// slots hold a part of each hash and the string's entry, with the strings'
// bytes copied into one pool: a look-up reads a small table and a compact
// pool rather than the texts the strings were cut from, which lie all over
// memory.
type internTable struct {
	seed    maphash.Seed
	slots   []internSlot // a power of two of them, at most half used
	entries []internEntry
	pool    []byte
}

type internSlot struct {
	hash  uint32 // the high half of the string's hash
	entry int32  // its index in entries, plus one; 0 for an empty slot
}

type internEntry struct {
	start, end uint32 // the string's bytes in pool
	value      int32
}

// newInternTable returns a table with room for n strings of a word's length
// before it grows.
func newInternTable(n int) internTable {
	slots := 1 << 6
	for slots < 2*n {
		slots <<= 1
	}
	return internTable{seed: maphash.MakeSeed(), slots: make([]internSlot, slots),
		entries: make([]internEntry, 0, n), pool: make([]byte, 0, 8*n)}
}

// find returns the value of s, or false.
func (t *internTable) find(s string) (int32, bool) {
	h := maphash.String(t.seed, s)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := t.slots[i]
		if slot.entry == 0 {
			return 0, false
		}
		if uint64(slot.hash) == h>>32 {
			e := t.entries[slot.entry-1]
			if string(t.pool[e.start:e.end]) == s {
				return e.value, true
			}
		}
	}
}

// add gives s, which the table lacks, a value.
func (t *internTable) add(s string, value int32) {
	if 2*(len(t.entries)+1) > len(t.slots) {
		t.grow()
	}
	start := uint32(len(t.pool))
	t.pool = append(t.pool, s...)
	t.entries = append(t.entries, internEntry{start: start, end: uint32(len(t.pool)), value: value})
	t.place(maphash.String(t.seed, s), int32(len(t.entries)))
}

// place puts entry (plus one) in the first free slot from its hash h.
func (t *internTable) place(h uint64, entry int32) {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].entry != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = internSlot{hash: uint32(h >> 32), entry: entry}
}

func (t *internTable) grow() {
	t.slots = make([]internSlot, 2*len(t.slots))
	for k, e := range t.entries {
		t.place(maphash.Bytes(t.seed, t.pool[e.start:e.end]), int32(k+1))
	}
}
