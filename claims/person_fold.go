package claims

import (
	"hash/maphash"

	"github.com/claimlint/claimlint/internal/text"
)

// foldMemo remembers the folded forms of the names of one document. It is
// an open-addressing table that the next document empties by clearing only
// the slots this one filled: a map would cost an allocation to grow or a
// clearing of all its room for each document.
type foldMemo struct {
	slots []foldSlot // a power of two of them, at most half filled
	used  []int      // the slots filled
}

type foldSlot struct {
	hash         uint64
	name, folded string
	filled       bool
}

// foldSeed seeds the hashes of the names a foldMemo holds.
var foldSeed = maphash.MakeSeed()

// get returns text.Fold(w), folded once for the document.
func (m *foldMemo) get(w string) string {
	if 2*(len(m.used)+1) > len(m.slots) {
		m.grow()
	}
	h := maphash.String(foldSeed, w)
	mask := uint64(len(m.slots) - 1)
	i := h & mask
	for ; m.slots[i].filled; i = (i + 1) & mask {
		if e := &m.slots[i]; e.hash == h && e.name == w {
			return e.folded
		}
	}
	f := w // w itself when it is folded already, as Fold keeps it
	var buf [64]byte
	if b, ascii := text.FoldASCII(w, &buf); !ascii {
		f = text.Fold(w)
	} else if string(b) != w {
		f = string(b)
	}
	m.slots[i] = foldSlot{hash: h, name: w, folded: f, filled: true}
	m.used = append(m.used, int(i))
	return f
}

// grow doubles the table, keeping what it holds.
func (m *foldMemo) grow() {
	old := m.slots
	m.slots = make([]foldSlot, max(2*len(old), 256))
	mask := uint64(len(m.slots) - 1)
	m.used = m.used[:0]
	for _, e := range old {
		if !e.filled {
			continue
		}
		i := e.hash & mask
		for m.slots[i].filled {
			i = (i + 1) & mask
		}
		m.slots[i] = e
		m.used = append(m.used, int(i))
	}
}

// reset forgets the names of the document, which the table must not keep
// alive.
func (m *foldMemo) reset() {
	for _, i := range m.used {
		m.slots[i] = foldSlot{}
	}
	m.used = m.used[:0]
}
