package claims

import "github.com/claimlint/claimlint/internal/text"

// lexTable holds the lexicon as an open-addressing hash table keyed by the
// FNV-1a hash of a word. The person scanner looks up most words of a text;
// classOfWord computes the hash as it lowers a word, so a lookup costs a
// probe or two of the tags, and a word the lexicon lacks is seldom compared.
type lexTable struct {
	// tags holds each slot's hash with its lowest bit set; zero marks an
	// empty slot.
	tags    [lexSlots]uint32
	keys    [lexSlots]string
	classes [lexSlots]wordClass
	// The keys of eight bytes or fewer are also held packed into numbers
	// (packed), most words of a text among them: looking one up costs a
	// multiplication and a comparison, without reading the key's bytes
	// elsewhere. Zero marks an empty slot.
	packed      [packedSlots]uint64
	packedClass [packedSlots]wordClass
	// near holds, in the slot the hash of a packed key picks, the classes
	// of all keys whose hashes pick it, and of the plurals of heads: those
	// classOfPackedWord may give the word. One probe of this table, small
	// enough to stay near, tells most words from the classes they lack.
	near [packedSlots]wordClass
}

// packedSlots is a power of two about twice the number of short keys: the
// packed keys then fill 32 KB, which stay in the nearest cache.
const packedSlots = 1 << 12

// packKey packs a key of at most eight bytes into a number (text.Pack).
func packKey(key string) uint64 {
	k, _ := text.Pack(key)
	return k
}

// packedSlot is where the probe sequence of the packed key k starts.
func packedSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 12) }

// packedClassesNear returns classes that hold all those classOfPackedWord
// gives the packed word k, with its first letter in lower case, and maybe
// more.
func (t *lexTable) packedClassesNear(k uint64) wordClass {
	return t.near[packedSlot(k|0x20)]
}

// packedClassOf returns the classes of the packed key k: zero for a key the
// table lacks.
func (t *lexTable) packedClassOf(k uint64) wordClass {
	for i := packedSlot(k); ; i = (i + 1) & (packedSlots - 1) {
		switch t.packed[i] {
		case 0:
			return 0
		case k:
			return t.packedClass[i]
		}
	}
}

// lexSlots is a power of two about four times the lexicon's size, which
// keeps the probe sequences of unknown words short.
const lexSlots = 1 << 13

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// fnvAdd adds byte c to the FNV-1a hash h.
func fnvAdd(h uint32, c byte) uint32 { return (h ^ uint32(c)) * fnvPrime }

// fnvHash is the FNV-1a hash of key.
func fnvHash[K string | []byte](key K) uint32 {
	h := fnvOffset
	for i := 0; i < len(key); i++ {
		h = fnvAdd(h, key[i])
	}
	return h
}

// slot is where the probe sequence of hash h starts. The multiplication
// spreads FNV's weak low bits over the bits kept.
func slot(h uint32) uint32 { return (h * 2654435769) >> (32 - 13) }

// newLexTable builds the table of a lexicon.
func newLexTable(words map[string]wordClass) *lexTable {
	if len(words) > lexSlots/2 {
		panic("claims: lexicon too large for its table")
	}
	t := new(lexTable)
	short := 0
	for w, c := range words {
		h := fnvHash(w)
		i := slot(h)
		for t.tags[i] != 0 {
			i = (i + 1) & (lexSlots - 1)
		}
		t.tags[i], t.keys[i], t.classes[i] = h|1, w, c
		if len(w) <= 8 {
			if short++; short > packedSlots*3/4 {
				panic("claims: lexicon too large for its packed table")
			}
			k := packKey(w)
			j := packedSlot(k)
			for t.packed[j] != 0 {
				j = (j + 1) & (packedSlots - 1)
			}
			t.packed[j], t.packedClass[j] = k, c
			t.near[packedSlot(k)] |= c
			if c&wHead != 0 && len(w) < 8 {
				t.near[packedSlot(packKey(w+"s"))] |= c // the plural, classed as the head
			}
		}
	}
	return t
}

// classIn returns the classes of key, whose FNV-1a hash is h: zero for a
// word the table lacks.
func classIn[K string | []byte](t *lexTable, key K, h uint32) wordClass {
	tag := h | 1
	for i := slot(h); ; i = (i + 1) & (lexSlots - 1) {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if t.keys[i] == string(key) {
				return t.classes[i]
			}
		}
	}
}

// lexPlainClass returns the classes of the key first+rest, whose FNV-1a hash
// is h, without joining the two.
func lexPlainClass(t *lexTable, first byte, rest string, h uint32) wordClass {
	tag := h | 1
	for i := slot(h); ; i = (i + 1) & (lexSlots - 1) {
		switch t.tags[i] {
		case 0:
			return 0
		case tag:
			if k := t.keys[i]; len(k) == len(rest)+1 && k[0] == first && k[1:] == rest {
				return t.classes[i]
			}
		}
	}
}

// longestKey returns the length of the longest word the table gives one of
// classes c: a key, or the plural of a head (classOfPlainWord gives
// "envoys" the classes of "envoy").
func (t *lexTable) longestKey(c wordClass) int {
	n := 0
	for i, k := range &t.keys {
		if cl := t.classes[i]; cl&c != 0 {
			n = max(n, len(k))
			if cl&wHead != 0 {
				n = max(n, len(k)+1)
			}
		}
	}
	return n
}
