// dict.go defines Dict, a hash table that follows CPython 2.7's dictobject.c exactly: the
// same open addressing with perturbation, the same table sizes and resize points, dummy
// entries on deletion. That makes iteration order, and so the printed form of every dict,
// byte for byte CPython's, and the order in which a dict's entries are released (which
// decides the order of __del__ calls) the same too.
package vm

import (
	"handson/gcsim"
)

const (
	dictMinSize  = 8 // PyDict_MINSIZE
	perturbShift = 5
)

// dictEntry is one slot. An empty slot has a nil key; a deleted one has dummyKey.
type dictEntry struct {
	hash  int64
	key   Object
	value Object
}

// Dict is a Python dict.
type Dict struct {
	gcsim.Header
	fill  int // active + dummy slots
	used  int // active slots
	mask  int
	table []dictEntry
	// popFinger is CPython's ma_table[0].me_hash trick: where popitem resumes its search.
	popFinger int64
	// generic is set once a key that is not a str has been inserted; until then lookups of
	// str keys take the fast path (CPython's lookdict_string), as CPython switches too.
	generic bool
	// ver changes whenever a key is added or removed or the table is rebuilt, so that the
	// interpreter's name caches (a dict, a version and a slot) know a slot is still valid.
	ver uint32
	// small is the table of a dict that never grew (CPython's ma_smalltable): most dicts
	// (instance dicts, keyword arguments) are small, and this makes them one allocation.
	small [dictMinSize]dictEntry
}

// dummyObject marks a deleted slot.
type dummyObject struct{ gcsim.Header }

func (*dummyObject) Type() *Type { return ObjectType }

var dummyKey Object = &dummyObject{gcsim.ImmortalHeader(immortalRC)}

func (*Dict) Type() *Type { return DictType }

// newDictTable returns an empty dict without registering it with a collector; vm.NewDict
// is what code normally calls.
func newDictTable() *Dict {
	d := &Dict{Header: gcsim.Header{RC: 1}, mask: dictMinSize - 1}
	d.table = d.small[:]
	return d
}

// Len is the number of items.
func (d *Dict) Len() int { return d.used }

// lookup returns the index of key's slot: the slot holding it, or the slot where it would be
// inserted. It compares keys with Python equality, which can run Python code and fail.
func (d *Dict) lookup(vm *VM, key Object, hash int64) (int, *PyError) {
restart:
	table := d.table
	mask := d.mask
	i := uint64(hash) & uint64(mask)
	ep := &table[i]
	if ep.key == nil || ep.key == key {
		return int(i), nil
	}
	freeslot := -1
	if ep.key == dummyKey {
		freeslot = int(i)
	} else if ep.hash == hash {
		eq, err := dictKeysEqual(vm, ep.key, key)
		if err != nil {
			return 0, err
		}
		if &d.table[0] != &table[0] || d.table[i].key != ep.key {
			goto restart // the comparison mutated the dict
		}
		if eq {
			return int(i), nil
		}
	}
	for perturb := uint64(hash); ; perturb >>= perturbShift {
		i = (i << 2) + i + perturb + 1
		idx := i & uint64(mask)
		ep = &table[idx]
		if ep.key == nil {
			if freeslot >= 0 {
				return freeslot, nil
			}
			return int(idx), nil
		}
		if ep.key == key {
			return int(idx), nil
		}
		if ep.hash == hash && ep.key != dummyKey {
			startkey := ep.key
			eq, err := dictKeysEqual(vm, startkey, key)
			if err != nil {
				return 0, err
			}
			if &d.table[0] != &table[0] || d.table[idx].key != startkey {
				goto restart
			}
			if eq {
				return int(idx), nil
			}
		} else if ep.key == dummyKey && freeslot < 0 {
			freeslot = int(idx)
		}
	}
}

// dictKeysEqual compares two keys with equal hashes. The comparison may run Python code
// that changes the table: callers check the table and the slot afterwards.
func dictKeysEqual(vm *VM, a, b Object) (bool, *PyError) {
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S == y.S, nil
		}
	case *Int:
		if y, ok := b.(*Int); ok {
			return x.V == y.V, nil
		}
	}
	incref(a)
	eq, err := vm.EqualBool(a, b)
	vm.Decref(a)
	return eq, err
}

// lookupStr is the fast lookup for a str key (lookdict_string): str equality runs no Python
// code and cannot fail.
func (d *Dict) lookupStr(key *Str, hash int64) int {
	table := d.table
	mask := uint64(d.mask)
	i := uint64(hash) & mask
	ep := &table[i]
	if ep.key == nil || ep.key == Object(key) {
		return int(i)
	}
	freeslot := -1
	if ep.key == dummyKey {
		freeslot = int(i)
	} else if ep.hash == hash {
		if s, ok := ep.key.(*Str); ok && s.S == key.S {
			return int(i)
		}
	}
	for perturb := uint64(hash); ; perturb >>= perturbShift {
		i = (i << 2) + i + perturb + 1
		idx := i & mask
		ep = &table[idx]
		if ep.key == nil {
			if freeslot >= 0 {
				return freeslot
			}
			return int(idx)
		}
		if ep.key == Object(key) {
			return int(idx)
		}
		if ep.hash == hash && ep.key != dummyKey {
			if s, ok := ep.key.(*Str); ok && s.S == key.S {
				return int(idx)
			}
		} else if ep.key == dummyKey && freeslot < 0 {
			freeslot = int(idx)
		}
	}
}

// lookupAny picks the lookup: the str fast path while the dict holds only str keys and the
// key is a str, the general one otherwise.
func (d *Dict) lookupAny(vm *VM, key Object, hash int64) (int, *PyError) {
	if s, ok := key.(*Str); ok && !d.generic {
		return d.lookupStr(s, hash), nil
	}
	return d.lookup(vm, key, hash)
}

// GetItem returns the value for key, borrowed, or nil when absent.
func (d *Dict) GetItem(vm *VM, key Object) (Object, *PyError) {
	hash, err := vm.Hash(key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookupAny(vm, key, hash)
	if err != nil {
		return nil, err
	}
	return d.table[i].value, nil
}

// GetStr returns the value for a str key, borrowed, or nil when absent. It never fails: a
// str key is only equal to a str (the VM's namespaces hold str keys).
func (d *Dict) GetStr(key *Str) Object {
	i := d.lookupStr(key, key.Hash())
	v := d.table[i].value
	if v == nil {
		return nil
	}
	// A non-str key with the same hash could sit in the probe path and equal our str
	// (a unicode with the same text); namespaces never hold those, other dicts use GetItem.
	return v
}

// GetString is GetStr for a Go string (used by builtins looking up fixed names).
func (d *Dict) GetString(name string) Object { return d.GetStr(NewStrConst(name)) }

// SetItem stores value under key, taking references to both. A replaced value is released
// after the new one is in place, as CPython does.
func (d *Dict) SetItem(vm *VM, key, value Object) *PyError {
	hash, err := vm.Hash(key)
	if err != nil {
		return err
	}
	return d.setItemHash(vm, key, hash, value)
}

func (d *Dict) setItemHash(vm *VM, key Object, hash int64, value Object) *PyError {
	i, err := d.lookupAny(vm, key, hash)
	if err != nil {
		return err
	}
	d.maintainTracking(vm, key, value)
	ep := &d.table[i]
	if ep.value != nil {
		old := ep.value
		incref(value)
		ep.value = value
		vm.Decref(old)
		return nil
	}
	if _, ok := key.(*Str); !ok {
		d.generic = true
	}
	d.insertNew(i, key, hash, value)
	return nil
}

// insertNew fills the free slot i with a new key and grows the table when it is two thirds
// full, as PyDict_SetItem does.
func (d *Dict) insertNew(i int, key Object, hash int64, value Object) {
	ep := &d.table[i]
	nUsed := d.used
	incref(key)
	incref(value)
	if ep.key == nil {
		d.fill++
	}
	ep.key, ep.hash, ep.value = key, hash, value
	d.used++
	d.ver++
	if d.used > nUsed && d.fill*3 >= (d.mask+1)*2 {
		factor := 4
		if d.used > 50000 {
			factor = 2
		}
		d.resize(factor * d.used)
	}
}

// SetStr stores value under a str key. It never fails.
func (d *Dict) SetStr(vm *VM, key *Str, value Object) {
	hash := key.Hash()
	if d.generic {
		if err := d.setItemHash(vm, key, hash, value); err != nil {
			vm.WriteUnraisable(err, nil)
		}
		return
	}
	i := d.lookupStr(key, hash)
	d.maintainTracking(vm, key, value)
	ep := &d.table[i]
	if ep.value != nil {
		old := ep.value
		incref(value)
		ep.value = value
		vm.Decref(old)
		return
	}
	d.insertNew(i, key, hash, value)
}

// SetString is SetStr with a Go string key.
func (d *Dict) SetString(vm *VM, key string, value Object) { d.SetStr(vm, vm.Intern(key), value) }

// resize rebuilds the table with room for more than minUsed items (dictresize).
func (d *Dict) resize(minUsed int) {
	newSize := dictMinSize
	for newSize <= minUsed {
		newSize <<= 1
	}
	if &d.table[0] == &d.small[0] {
		// The entries move out of the small table: copy them aside first (on the stack).
		tmp := d.small
		d.small = [dictMinSize]dictEntry{}
		d.rebuild(newSize, tmp[:])
		return
	}
	d.rebuild(newSize, d.table)
}

// rebuild makes an empty table of newSize slots and reinserts the active entries of old.
func (d *Dict) rebuild(newSize int, old []dictEntry) {
	if newSize == dictMinSize {
		d.table = d.small[:]
	} else {
		d.table = make([]dictEntry, newSize)
	}
	d.ver++
	d.mask = newSize - 1
	d.fill = d.used
	for i := range old {
		ep := &old[i]
		if ep.value != nil {
			d.insertClean(ep.key, ep.hash, ep.value)
		}
	}
}

// insertClean puts a key known to be absent into a table with no dummies (insertdict_clean).
func (d *Dict) insertClean(key Object, hash int64, value Object) {
	mask := uint64(d.mask)
	i := uint64(hash) & mask
	idx := i
	for perturb := uint64(hash); d.table[idx].key != nil; perturb >>= perturbShift {
		i = (i << 2) + i + perturb + 1
		idx = i & mask
	}
	d.table[idx] = dictEntry{hash: hash, key: key, value: value}
}

// DelItem removes key. found is false (and nothing changes) when key is absent.
func (d *Dict) DelItem(vm *VM, key Object) (found bool, err *PyError) {
	hash, err := vm.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := d.lookupAny(vm, key, hash)
	if err != nil {
		return false, err
	}
	if d.table[i].value == nil {
		return false, nil
	}
	d.delSlot(vm, i)
	return true, nil
}

// delSlot empties an active slot, releasing value then key as PyDict_DelItem does.
func (d *Dict) delSlot(vm *VM, i int) {
	ep := &d.table[i]
	if ep.value == nil {
		return
	}
	oldValue, oldKey := ep.value, ep.key
	ep.value = nil
	ep.key = dummyKey
	d.used--
	d.ver++
	vm.Decref(oldValue)
	vm.Decref(oldKey)
}

// Pop removes key and returns its value (owned), or nil when absent.
func (d *Dict) Pop(vm *VM, key Object) (Object, *PyError) {
	hash, err := vm.Hash(key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookupAny(vm, key, hash)
	if err != nil {
		return nil, err
	}
	ep := &d.table[i]
	if ep.value == nil {
		return nil, nil
	}
	value, oldKey := ep.value, ep.key
	ep.value = nil
	ep.key = dummyKey
	d.used--
	d.ver++
	vm.Decref(oldKey)
	return value, nil
}

// PopItem removes and returns an arbitrary (key, value), both owned, in CPython's order.
func (d *Dict) PopItem() (key, value Object, ok bool) {
	if d.used == 0 {
		return nil, nil, false
	}
	i := int64(0)
	ep := &d.table[0]
	if ep.value == nil {
		i = d.popFinger
		if i > int64(d.mask) || i < 1 {
			i = 1
		}
		for d.table[i].value == nil {
			i++
			if i > int64(d.mask) {
				i = 1
			}
		}
		ep = &d.table[i]
	}
	key, value = ep.key, ep.value
	ep.key = dummyKey
	ep.value = nil
	d.used--
	d.ver++
	d.popFinger = i + 1
	return key, value, true
}

// Clear empties the dict, releasing each key then value in table order (PyDict_Clear).
// The dict is empty before the first release, so finalizers see it empty.
func (d *Dict) Clear(vm *VM) {
	d.fill, d.used = 0, 0
	d.mask = dictMinSize - 1
	d.ver++
	if &d.table[0] == &d.small[0] {
		tmp := d.small
		d.small = [dictMinSize]dictEntry{}
		releaseEntries(vm, tmp[:])
		return
	}
	old := d.table
	d.table = d.small[:]
	releaseEntries(vm, old)
}

// releaseEntries drops the references of a table's entries in table order.
func releaseEntries(vm *VM, entries []dictEntry) {
	for i := range entries {
		ep := &entries[i]
		if ep.key == nil {
			continue
		}
		if ep.value != nil {
			vm.Decref(ep.key)
			vm.Decref(ep.value)
		} else if ep.key != dummyKey {
			vm.Decref(ep.key)
		}
	}
}

// Next iterates: it returns the entry at or after *pos and advances *pos past it.
// Keys and values are borrowed.
func (d *Dict) Next(pos *int) (key, value Object, ok bool) {
	for i := *pos; i < len(d.table); i++ {
		if d.table[i].value != nil {
			*pos = i + 1
			return d.table[i].key, d.table[i].value, true
		}
	}
	*pos = len(d.table)
	return nil, nil, false
}

// Keys returns the keys in iteration order (borrowed).
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for i := range d.table {
		if d.table[i].value != nil {
			out = append(out, d.table[i].key)
		}
	}
	return out
}

// Items returns the (key, value) pairs in iteration order (borrowed).
func (d *Dict) Items() [][2]Object {
	out := make([][2]Object, 0, d.used)
	for i := range d.table {
		if d.table[i].value != nil {
			out = append(out, [2]Object{d.table[i].key, d.table[i].value})
		}
	}
	return out
}

// Merge copies other's items into d, overriding existing keys when override is set
// (PyDict_Merge for a dict source: presize, then insert in other's order).
func (d *Dict) Merge(vm *VM, other *Dict, override bool) *PyError {
	if d == other || other.used == 0 {
		return nil
	}
	if (d.fill+other.used)*3 >= (d.mask+1)*2 {
		d.resize((d.used + other.used) * 2)
	}
	for i := 0; i < len(other.table); i++ {
		ep := other.table[i]
		if ep.value == nil {
			continue
		}
		if !override {
			idx, err := d.lookupAny(vm, ep.key, ep.hash)
			if err != nil {
				return err
			}
			if d.table[idx].value != nil {
				continue
			}
		}
		if err := d.setItemHash(vm, ep.key, ep.hash, ep.value); err != nil {
			return err
		}
	}
	return nil
}

// presize makes room for n items before they are inserted (_PyDict_NewPresized).
func (d *Dict) presize(n int) {
	if n > 5 {
		d.resize(n)
	}
}

// slotOf returns the slot holding a str key, or -1 when the key is absent. With the dict's
// version it makes a cache entry for the interpreter's name lookups.
func (d *Dict) slotOf(key *Str) int {
	i := d.lookupStr(key, key.Hash())
	if d.table[i].value == nil {
		return -1
	}
	return i
}
