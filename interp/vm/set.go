// set.go defines Set and FrozenSet with CPython 2.7's setobject.c table (the same probing
// as dicts, its own resize rule), so that sets print and iterate in CPython's order.
package vm

import (
	"handson/gcsim"
)

const setMinSize = 8

type setEntry struct {
	hash int64
	key  Object // nil: empty; dummyKey: deleted
}

// setTable is the hash table shared by set and frozenset.
type setTable struct {
	fill, used int
	mask       int
	table      []setEntry
	finger     int64 // where pop() resumes (CPython keeps it in table[0].hash)
}

// Set is a mutable set.
type Set struct {
	gcsim.Header
	setTable
	weakrefs *weakList
}

func (*Set) Type() *Type { return SetType }

// FrozenSet is an immutable set.
type FrozenSet struct {
	gcsim.Header
	setTable
	weakrefs *weakList
	hash     int64
	hashed   bool
}

func (*FrozenSet) Type() *Type { return FrozenSetType }

func newSetTable() setTable {
	return setTable{mask: setMinSize - 1, table: make([]setEntry, setMinSize)}
}

// NewSet returns an empty set (items, if any, are added without taking new references:
// the caller gives them up), owned.
func (vm *VM) NewSet(items []Object) *Set {
	s := &Set{Header: gcsim.Header{RC: 1}, setTable: newSetTable()}
	vm.track(s, 64, 0)
	for _, it := range items {
		_ = s.Add(vm, it)
		vm.Decref(it)
	}
	return s
}

// newFrozenSet returns an empty frozenset, owned.
func (vm *VM) newFrozenSet() *FrozenSet {
	s := &FrozenSet{Header: gcsim.Header{RC: 1}, setTable: newSetTable()}
	vm.track(s, 64, 0)
	return s
}

// lookup returns the slot of key (or where it would go), comparing with Python equality.
func (st *setTable) lookup(vm *VM, key Object, hash int64) (int, *PyError) {
restart:
	table := st.table
	mask := uint64(st.mask)
	i := uint64(hash) & mask
	e := &table[i]
	if e.key == nil || e.key == key {
		return int(i), nil
	}
	freeslot := -1
	if e.key == dummyKey {
		freeslot = int(i)
	} else if e.hash == hash {
		eq, err := dictKeysEqual(vm, e.key, key)
		if err != nil {
			return 0, err
		}
		if &st.table[0] != &table[0] || st.table[i].key != e.key {
			goto restart
		}
		if eq {
			return int(i), nil
		}
	}
	for perturb := uint64(hash); ; perturb >>= perturbShift {
		i = (i << 2) + i + perturb + 1
		idx := i & mask
		e = &table[idx]
		if e.key == nil {
			if freeslot >= 0 {
				return freeslot, nil
			}
			return int(idx), nil
		}
		if e.key == key {
			return int(idx), nil
		}
		if e.hash == hash && e.key != dummyKey {
			start := e.key
			eq, err := dictKeysEqual(vm, start, key)
			if err != nil {
				return 0, err
			}
			if &st.table[0] != &table[0] || st.table[idx].key != start {
				goto restart
			}
			if eq {
				return int(idx), nil
			}
		} else if e.key == dummyKey && freeslot < 0 {
			freeslot = int(idx)
		}
	}
}

// add inserts key (taking a reference) unless present, resizing as set_add_key does.
func (st *setTable) add(vm *VM, key Object, hash int64) *PyError {
	i, err := st.lookup(vm, key, hash)
	if err != nil {
		return err
	}
	e := &st.table[i]
	if e.key != nil && e.key != dummyKey {
		return nil
	}
	nUsed := st.used
	incref(key)
	if e.key == nil {
		st.fill++
	}
	e.key, e.hash = key, hash
	st.used++
	if st.used > nUsed && st.fill*3 >= (st.mask+1)*2 {
		if st.used > 50000 {
			st.resize(st.used * 2)
		} else {
			st.resize(st.used * 4)
		}
	}
	return nil
}

// resize is set_table_resize.
func (st *setTable) resize(minUsed int) {
	newSize := setMinSize
	for newSize <= minUsed {
		newSize <<= 1
	}
	old := st.table
	st.table = make([]setEntry, newSize)
	st.mask = newSize - 1
	st.fill = st.used
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			st.insertClean(e.key, e.hash)
		}
	}
}

func (st *setTable) insertClean(key Object, hash int64) {
	mask := uint64(st.mask)
	i := uint64(hash) & mask
	idx := i
	for perturb := uint64(hash); st.table[idx].key != nil; perturb >>= perturbShift {
		i = (i << 2) + i + perturb + 1
		idx = i & mask
	}
	st.table[idx] = setEntry{hash: hash, key: key}
}

// contains reports whether key is in the table.
func (st *setTable) contains(vm *VM, key Object) (bool, *PyError) {
	hash, err := vm.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := st.lookup(vm, key, hash)
	if err != nil {
		return false, err
	}
	k := st.table[i].key
	return k != nil && k != dummyKey, nil
}

// discard removes key; found is false when absent.
func (st *setTable) discard(vm *VM, key Object) (bool, *PyError) {
	hash, err := vm.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := st.lookup(vm, key, hash)
	if err != nil {
		return false, err
	}
	e := &st.table[i]
	if e.key == nil || e.key == dummyKey {
		return false, nil
	}
	old := e.key
	e.key = dummyKey
	st.used--
	vm.Decref(old)
	return true, nil
}

// keys returns the members in table order (borrowed).
func (st *setTable) keys() []Object {
	out := make([]Object, 0, st.used)
	for _, e := range st.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

// clearAll empties the table, releasing members in table order.
func (st *setTable) clearAll(vm *VM) {
	old := st.table
	*st = newSetTable()
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			vm.Decref(e.key)
		}
	}
}

// Add adds key to the set.
func (s *Set) Add(vm *VM, key Object) *PyError {
	hash, err := vm.Hash(key)
	if err != nil {
		return err
	}
	return s.add(vm, key, hash)
}

// mergeFrom adds every member of another set table (set_merge: presize, then table order).
func (st *setTable) mergeFrom(vm *VM, other *setTable) *PyError {
	if other.used == 0 {
		return nil
	}
	if (st.fill+other.used)*3 >= (st.mask+1)*2 {
		st.resize((st.used + other.used) * 2)
	}
	for _, e := range other.table {
		if e.key != nil && e.key != dummyKey {
			if err := st.add(vm, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// updateFrom adds the members of any iterable (set_update_internal).
func (vm *VM) setUpdate(st *setTable, it Object) *PyError {
	switch x := it.(type) {
	case *Set:
		return st.mergeFrom(vm, &x.setTable)
	case *FrozenSet:
		return st.mergeFrom(vm, &x.setTable)
	case *Dict:
		if (st.fill+x.used)*3 >= (st.mask+1)*2 {
			st.resize((st.used + x.used) * 2)
		}
		for i := range x.table {
			if x.table[i].value != nil {
				if err := st.add(vm, x.table[i].key, x.table[i].hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return vm.forEach(it, func(o Object) *PyError {
		hash, err := vm.Hash(o)
		if err != nil {
			return err
		}
		return st.add(vm, o, hash)
	})
}

// tableOf returns the table of a set or frozenset (or of the native part of an instance of
// a subclass), nil otherwise.
func tableOf(o Object) *setTable {
	switch x := o.(type) {
	case *Set:
		return &x.setTable
	case *FrozenSet:
		return &x.setTable
	case *Instance:
		if x.Native != nil {
			return tableOf(x.Native)
		}
	}
	return nil
}

// hashFrozenSet is CPython 2.7's frozenset_hash.
func (vm *VM) hashFrozenSet(s *FrozenSet) (int64, *PyError) {
	if s.hashed {
		return s.hash, nil
	}
	h := int64(1927868237)
	h *= int64(s.used + 1)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			x := e.hash
			h ^= int64(uint64(x^(x<<16)^89869747) * 3644798167)
		}
	}
	h = h*69069 + 907133923
	if h == -1 {
		h = 590923713
	}
	s.hash, s.hashed = h, true
	return h, nil
}
