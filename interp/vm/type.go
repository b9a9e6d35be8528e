// type.go defines Type, the Python type object used both for builtin types (int, list, ...)
// and for classes made by class statements, with attribute lookup along the MRO, subtype
// tests, and C3 linearisation.
package vm

import (
	"sync"
	"unsafe"

	"handson/gcsim"
)

// TypeFlags describe a type.
type TypeFlags uint32

const (
	// FlagHeap marks a class made by a class statement or type(name, bases, dict).
	FlagHeap TypeFlags = 1 << iota
	// FlagBaseType marks a type that may be subclassed.
	FlagBaseType
	// FlagClassic marks an old-style class (class C: with no bases).
	FlagClassic
	// FlagHasDel is set when the type or a base defines __del__.
	FlagHasDel
	// FlagException is set on BaseException and its subclasses.
	FlagException
	// FlagHasGetattr is set when __getattr__ is defined along the MRO.
	FlagHasGetattr
	// FlagCustomAttrs is set when __getattribute__, __setattr__ or __delattr__ is overridden
	// in a class (the generic attribute fast paths must not be used).
	FlagCustomAttrs
	// FlagWeakrefable marks types whose instances accept weak references.
	FlagWeakrefable
	// FlagAbstract is Py_TPFLAGS_IS_ABSTRACT: the class's __abstractmethods__ is set and
	// not empty, so object.__new__ refuses to make instances.
	FlagAbstract
)

// NativeKind says which Go struct holds the instances of a type. Classes inherit the kind of
// their solid base: instances of a class deriving from list are *Instance values whose
// Native field holds a *List.
type NativeKind uint8

const (
	KindObject NativeKind = iota // *Instance, no native part
	KindInt
	KindLong
	KindFloat
	KindStr
	KindUnicode
	KindTuple
	KindList
	KindDict
	KindSet
	KindFrozenSet
	KindException // *Instance with exception args
	KindOther     // not subclassable or special (the type's own new function knows)
)

// Type is a Python type object.
type Type struct {
	gcsim.Header
	Name  string
	Bases []*Type // __bases__
	Base  *Type   // __base__: the base whose layout instances share
	MRO   []*Type
	Dict  *Dict
	Flags TypeFlags
	Kind  NativeKind
	// Meta is the type of this type object (type, or a user metaclass).
	Meta *Type
	// New creates an instance (tp_new) for builtin types; classes inherit it from Base.
	New func(vm *VM, cls *Type, args []Object, kwargs *Dict) (Object, *PyError)
	// cache memoises lookups along the MRO for classes (builtin types are immutable and
	// shared between VMs, so they are never cached into): a direct-mapped table indexed by
	// the name's address, like CPython's method cache.
	cache *[typeCacheSize]typeCacheEntry
	// subclasses lists classes deriving directly from this one, so that cache
	// invalidation reaches them. Not counted references.
	subclasses []*Type
	weakrefs   *weakList
	// module is __module__ for builtin types ("__builtin__", "exceptions").
	module string
}

// Type returns the metaclass.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// typeCacheSize is the number of entries of a class's lookup cache (a power of two).
const typeCacheSize = 64

// typeCacheEntry is one remembered lookup: name found as value (absentAttr for a miss).
type typeCacheEntry struct {
	name  *Str
	value Object
}

// cacheIndex picks a name's entry from its address (strs are at least 8-byte aligned).
func cacheIndex(name *Str) uintptr {
	p := uintptr(unsafe.Pointer(name))
	return (p>>4 ^ p>>10) & (typeCacheSize - 1)
}

// absentAttr marks a cached miss.
var absentAttr Object = &dummyObject{gcsim.ImmortalHeader(immortalRC)}

// Lookup finds name along the MRO (the type's own dict first). The result is borrowed; nil
// when absent.
func (t *Type) Lookup(name *Str) Object {
	var e *typeCacheEntry
	if t.cache != nil {
		e = &t.cache[cacheIndex(name)]
		if e.name == name {
			if e.value == absentAttr {
				return nil
			}
			return e.value
		}
	}
	var found Object
	for _, c := range t.MRO {
		if v := c.Dict.GetStr(name); v != nil {
			found = v
			break
		}
	}
	if t.Flags&FlagHeap != 0 && name.interned {
		if e == nil {
			t.cache = new([typeCacheSize]typeCacheEntry)
			e = &t.cache[cacheIndex(name)]
		}
		e.name = name
		e.value = found
		if found == nil {
			e.value = absentAttr
		}
	}
	return found
}

// invalidate drops the lookup caches of t and every class deriving from it; called when a
// class attribute changes.
func (t *Type) invalidate() {
	t.cache = nil
	for _, s := range t.subclasses {
		s.invalidate()
	}
}

// IsSubtype reports whether t is other or derives from it.
func (t *Type) IsSubtype(other *Type) bool {
	if t == other {
		return true
	}
	for _, c := range t.MRO {
		if c == other {
			return true
		}
	}
	return false
}

// QualName is the name used in reprs and messages for instances of the type: "module.Name"
// for classes outside __builtin__, the bare name otherwise.
func (t *Type) QualName() string {
	mod := t.ModuleName()
	if mod == "" || mod == "__builtin__" {
		return t.Name
	}
	return mod + "." + t.Name
}

// ModuleName is __module__.
func (t *Type) ModuleName() string {
	if t.Flags&FlagHeap != 0 {
		if m, ok := t.Dict.GetString("__module__").(*Str); ok {
			return m.S
		}
		return ""
	}
	if t.module != "" {
		return t.module
	}
	return "__builtin__"
}

// computeFlags sets the flags a class derives from its MRO and dict.
func (t *Type) computeFlags() {
	t.Flags &^= FlagHasDel | FlagHasGetattr | FlagCustomAttrs | FlagException | FlagWeakrefable
	for _, c := range t.MRO {
		if c.Flags&FlagHeap != 0 {
			if c.Dict.GetString("__del__") != nil {
				t.Flags |= FlagHasDel
			}
			if c.Dict.GetString("__getattr__") != nil {
				t.Flags |= FlagHasGetattr
			}
			if c.Dict.GetString("__getattribute__") != nil || c.Dict.GetString("__setattr__") != nil ||
				c.Dict.GetString("__delattr__") != nil {
				t.Flags |= FlagCustomAttrs
			}
		}
		if c == BaseExceptionType {
			t.Flags |= FlagException
		}
		if c.Flags&FlagWeakrefable != 0 && c.Flags&FlagHeap == 0 && c != ObjectType {
			t.Flags |= FlagWeakrefable
		}
	}
	if t.Flags&FlagHeap != 0 && (t.Kind == KindObject || t.Kind == KindException) {
		t.Flags |= FlagWeakrefable
	}
}

// c3MRO computes the C3 linearisation of a new-style class, or returns an error message
// when the bases have no consistent order.
func c3MRO(t *Type) ([]*Type, string) {
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	result := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
				break
			}
		}
		if !nonEmpty {
			return result, ""
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			head := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == head {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = head
				break
			}
		}
		if cand == nil {
			msg := "Cannot create a consistent method resolution\norder (MRO) for bases"
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					msg += " " + s[0].Name
					if len(seen) > 0 {
						msg += ","
					}
				}
			}
			return nil, msg[:len(msg)-1]
		}
		result = append(result, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// classicMRO is the depth-first, left-to-right order of old-style classes (duplicates
// kept at their first position).
func classicMRO(t *Type) []*Type {
	var out []*Type
	seen := map[*Type]bool{}
	var walk func(c *Type)
	walk = func(c *Type) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
		for _, b := range c.Bases {
			walk(b)
		}
	}
	walk(t)
	return out
}

// builtinTypesOnce builds the method tables of the builtin types the first time a VM is
// made. The type objects themselves are package variables so that Go code can compare
// against them; their dicts are filled here, once, and never change afterwards.
var builtinTypesOnce sync.Once

// newStaticType returns an empty builtin type shell; setupBuiltinTypes fills it.
func newStaticType(name string, kind NativeKind, flags TypeFlags) *Type {
	return &Type{Header: gcsim.ImmortalHeader(immortalRC), Name: name, Kind: kind, Flags: flags}
}

// finishStaticType links a builtin type to its base and gives it a dict.
func finishStaticType(t *Type, base *Type) {
	t.Base = base
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		if t.New == nil && base != ObjectType {
			t.New = base.New
		}
	} else {
		t.MRO = []*Type{t}
	}
	if t.Dict == nil {
		t.Dict = newDictTable()
		t.Dict.Header = gcsim.ImmortalHeader(immortalRC)
	}
}
