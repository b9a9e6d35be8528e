// slots.go implements __slots__: the instance layout a class gets when it is created
// (CPython 2.7's type_new: which base decides the layout, the slots it adds, whether its
// instances carry a __dict__ and a weak reference list), the member_descriptor type
// (MemberDescr) that reads and writes one slot, and the __dict__ and __weakref__
// descriptors a class gets when it adds those. The layout is kept in CPython's byte units
// (tp_basicsize, tp_dictoffset, ...) because CPython's rules for layout conflicts are
// stated in them and sys.getsizeof reports them.
package vm

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"handson/gcsim"
)

// FlagSlots marks a class whose instances carry slot values (Instance.slots). It is the
// one test instance creation makes for slots. (A high bit, clear of type.go's flags.)
const FlagSlots TypeFlags = 1 << 30

// wordSize is sizeof(PyObject *): what each slot, the dict pointer and the weakref list
// pointer add to an instance.
const wordSize = 8

// classLayout is what a CPython type object records about its instances' shape.
type classLayout struct {
	basicSize  int64 // tp_basicsize
	itemSize   int64 // tp_itemsize: nonzero for the variable-sized long, str, tuple, type
	dictOffset int64 // tp_dictoffset: 0 when instances have no __dict__
	weakOffset int64 // tp_weaklistoffset: 0 when instances take no weak references
	// ownStart and nslots delimit, in Instance.slots, the slots this class declared: the
	// ones of its bases come first.
	ownStart, nslots int
	// solid is CPython's solid_base: the nearest class along __base__ whose instances hold
	// more than its base's (not counting a trailing __dict__ and weakref list).
	solid *Type
}

// heapClass is how newClass allocates every class: the Type first, so that a *Type with
// FlagHeap points at its heapClass and the layout is found without a lookup.
type heapClass struct {
	Type
	layout classLayout
}

// newHeapType allocates a class object with room for its layout.
func newHeapType() *Type {
	return &new(heapClass).Type
}

// heapLayout returns the layout of a class made by newClass.
func heapLayout(t *Type) *classLayout {
	if t.Flags&FlagHeap == 0 {
		panic("BUG: heapLayout of builtin type " + t.Name)
	}
	return &(*heapClass)(unsafe.Pointer(t)).layout
}

// layoutOf is the layout of any type: recorded for classes, known for builtin types.
func layoutOf(t *Type) classLayout {
	if t.Flags&FlagHeap != 0 {
		return *heapLayout(t)
	}
	return builtinLayout(t)
}

// builtinLayout gives a builtin type's layout as CPython 2.7 has it on x86-64.
func builtinLayout(t *Type) classLayout {
	l := classLayout{basicSize: typeBasicSize(t)}
	switch t {
	case LongType:
		l.itemSize = 4
	case StrType:
		l.itemSize = 1
	case TupleType:
		l.itemSize = 8
	case TypeType:
		l.itemSize, l.dictOffset, l.weakOffset = 40, 264, 368
	case SetType, FrozenSetType:
		l.weakOffset = 192
	case FileType:
		l.weakOffset = 120
	case ModuleType:
		l.dictOffset = 16
	}
	if t.IsSubtype(BaseExceptionType) {
		l.dictOffset = 16 // BaseException's struct holds the dict
	}
	return l
}

// solidBaseOf is CPython's solid_base(t): the type whose layout t's instances extend.
func solidBaseOf(t *Type) *Type {
	if t.Flags&FlagHeap != 0 {
		if s := heapLayout(t).solid; s != nil {
			return s
		}
		return ObjectType // a classic class: never a layout base
	}
	if t.Base == nil {
		return t
	}
	sb := solidBaseOf(t.Base)
	if extraIvars(t, sb) {
		return t
	}
	return sb
}

// extraIvars reports whether t's instances hold more than those of base (its solid base
// candidate), a __dict__ and weakref list that a class put at the end not counting.
func extraIvars(t, base *Type) bool {
	tl, bl := layoutOf(t), layoutOf(base)
	if tl.itemSize != 0 || bl.itemSize != 0 {
		return tl.basicSize != bl.basicSize || tl.itemSize != bl.itemSize
	}
	size := tl.basicSize
	heap := t.Flags&FlagHeap != 0
	if heap && tl.weakOffset != 0 && bl.weakOffset == 0 && tl.weakOffset+wordSize == size {
		size -= wordSize
	}
	if heap && tl.dictOffset != 0 && bl.dictOffset == 0 && tl.dictOffset+wordSize == size {
		size -= wordSize
	}
	return size != bl.basicSize
}

// bestBase is CPython's best_base: among the new-style bases, the one whose solid base
// derives from all the others' (the class's __base__). It returns a message when the
// layouts cannot be combined.
func bestBase(bases []*Type) (*Type, string) {
	var base, winner *Type
	for _, b := range bases {
		if b.Flags&FlagClassic != 0 {
			continue
		}
		cand := solidBaseOf(b)
		switch {
		case winner == nil:
			winner, base = cand, b
		case winner.IsSubtype(cand):
		case cand.IsSubtype(winner):
			winner, base = cand, b
		default:
			return nil, "multiple bases have instance lay-out conflict"
		}
	}
	if base == nil {
		return nil, "a new-style class can't have only classic bases"
	}
	return base, ""
}

// layoutClass computes the layout of the new-style class t (whose Base, MRO and Dict are
// set) from its __slots__, and adds the slot descriptors and the __dict__ and __weakref__
// descriptors it needs to its dict: the slot half of CPython's type_new.
func (vm *VM) layoutClass(t *Type) *PyError {
	base := t.Base
	bl := layoutOf(base)
	l := heapLayout(t)
	*l = classLayout{
		basicSize:  bl.basicSize,
		itemSize:   bl.itemSize,
		dictOffset: bl.dictOffset,
		weakOffset: bl.weakOffset,
		ownStart:   bl.nslots,
		nslots:     bl.nslots,
	}
	mayAddDict := bl.dictOffset == 0
	mayAddWeak := bl.weakOffset == 0 && bl.itemSize == 0
	addDict, addWeak := mayAddDict, mayAddWeak
	var names []string
	if decl := t.Dict.GetString("__slots__"); decl != nil {
		var err *PyError
		names, addDict, addWeak, err = vm.declaredSlots(t, decl, bl, mayAddDict, mayAddWeak)
		if err != nil {
			return err
		}
	}
	l.basicSize += wordSize * int64(len(names))
	l.nslots += len(names)
	if addDict {
		l.dictOffset = l.basicSize
		if l.itemSize != 0 {
			l.dictOffset = -wordSize // after the variable part, as CPython places it
		}
		l.basicSize += wordSize
	}
	if addWeak {
		l.weakOffset = l.basicSize
		l.basicSize += wordSize
	}
	l.solid = solidBaseOf(base)
	if extraIvars(t, l.solid) {
		l.solid = t
	}
	vm.addSlotDescriptors(t, names, l.ownStart)
	if addDict {
		vm.addClassGetSet(t, "__dict__", instanceDictGet, instanceDictSet)
	}
	if addWeak {
		vm.addClassGetSet(t, "__weakref__", instanceWeakrefGet, nil)
	}
	return nil
}

// declaredSlots reads and checks a class's __slots__ declaration as type_new does: one
// string or an iterable of them, identifiers, __dict__ and __weakref__ at most once and
// only where the base lacks them. It returns the other names, mangled and sorted (the
// order of the instance's slots), and whether the class adds a dict and a weakref list.
func (vm *VM) declaredSlots(t *Type, decl Object, bl classLayout, mayAddDict, mayAddWeak bool) (names []string, addDict, addWeak bool, err *PyError) {
	var items []Object
	switch decl.(type) {
	case *Str, *Unicode:
		items = []Object{newRef(decl)}
	default:
		items, err = vm.iterateAll(decl)
		if err != nil {
			return nil, false, false, err
		}
	}
	defer func() {
		for _, it := range items {
			vm.Decref(it)
		}
	}()
	if len(items) > 0 && bl.itemSize != 0 {
		return nil, false, false, vm.typeErrorf("nonempty __slots__ not supported for subtype of '%s'", t.Base.Name)
	}
	strs := make([]string, len(items))
	for i, it := range items {
		// Unicode names become strs first (with the default codec), as in CPython.
		if u, ok := it.(*Unicode); ok {
			s, err := vm.encodeASCII(u.R)
			if err != nil {
				return nil, false, false, err
			}
			strs[i] = s
		}
	}
	for i, it := range items {
		s, isStr := it.(*Str)
		if _, isUni := it.(*Unicode); !isStr && !isUni {
			return nil, false, false, vm.typeErrorf("__slots__ items must be strings, not '%s'", it.Type().Name)
		}
		if isStr {
			strs[i] = s.S
		}
		if !isIdentifier(strs[i]) {
			return nil, false, false, vm.typeErrorf("__slots__ must be identifiers")
		}
		switch strs[i] {
		case "__dict__":
			if !mayAddDict || addDict {
				return nil, false, false, vm.typeErrorf("__dict__ slot disallowed: we already got one")
			}
			addDict = true
		case "__weakref__":
			if !mayAddWeak || addWeak {
				return nil, false, false, vm.typeErrorf("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			addWeak = true
		}
	}
	for _, s := range strs {
		if (addDict && s == "__dict__") || (addWeak && s == "__weakref__") {
			continue
		}
		names = append(names, mangleName(t.Name, s))
	}
	sort.Strings(names)
	// Bases other than the layout base may bring a dict or a weakref list along.
	if len(t.Bases) > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak)) {
		for _, b := range t.Bases {
			if b == t.Base {
				continue
			}
			if b.Flags&FlagClassic != 0 {
				addDict = addDict || mayAddDict
				addWeak = addWeak || mayAddWeak
				break
			}
			other := layoutOf(b)
			addDict = addDict || (mayAddDict && other.dictOffset != 0)
			addWeak = addWeak || (mayAddWeak && other.weakOffset != 0)
			if (mayAddDict && !addDict) || (mayAddWeak && !addWeak) {
				continue
			}
			break
		}
	}
	return names, addDict, addWeak, nil
}

// isIdentifier is the check CPython makes of a slot name: ASCII letters, digits and
// underscores, not starting with a digit, not empty.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// mangleName is the compiler's private name mangling, which slot names get too: __x in
// class C is _C__x (not __x__, not dotted names, not in a class named only with
// underscores).
func mangleName(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class = strings.TrimLeft(class, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

// addSlotDescriptors makes a member descriptor for each slot name, in slot order from
// index first. A name the class body already defines keeps its value (CPython adds
// members only where the dict has nothing), and so does the first of a repeated name.
func (vm *VM) addSlotDescriptors(t *Type, names []string, first int) {
	if len(names) == 0 {
		return
	}
	memberDescrTypeOnce.Do(setupMemberDescrType)
	for i, n := range names {
		name := vm.Intern(n)
		if t.Dict.GetStr(name) != nil {
			continue
		}
		incref(t)
		d := &MemberDescr{Header: gcsim.Header{RC: 1}, name: name, owner: t, index: first + i}
		vm.track(d, 32, 0)
		t.Dict.SetStr(vm, name, d)
		vm.Decref(d)
	}
}

// addClassGetSet puts a computed attribute of the class's instances (__dict__,
// __weakref__) in its dict unless the class body defined the name.
func (vm *VM) addClassGetSet(t *Type, name string, get func(vm *VM, o Object) (Object, *PyError), set func(vm *VM, o Object, v Object) *PyError) {
	key := vm.Intern(name)
	if t.Dict.GetStr(key) != nil {
		return
	}
	// The descriptor names its class without holding it, as the builtin types' do.
	d := &GetSetDescr{Header: gcsim.Header{RC: 1}, Name: name, Owner: t, Get: get, Set: set}
	t.Dict.SetStr(vm, key, d)
	vm.Decref(d)
}

// setLayoutFlags sets the flags a class's layout decides: FlagSlots, and FlagWeakrefable
// from its weakref list. computeFlags (type.go) knows nothing of layouts, so this runs
// after it.
func (t *Type) setLayoutFlags() {
	if t.Flags&FlagHeap == 0 || t.Flags&FlagClassic != 0 {
		return
	}
	l := heapLayout(t)
	t.Flags &^= FlagSlots | FlagWeakrefable
	if l.nslots > 0 {
		t.Flags |= FlagSlots
	}
	if l.weakOffset != 0 {
		t.Flags |= FlagWeakrefable
	}
}

// instanceHasDict reports whether instances of class t have a __dict__. Of the builtin
// types whose instances are *Instance, only object's have none.
func instanceHasDict(t *Type) bool {
	if t.Flags&FlagHeap == 0 {
		return t != ObjectType
	}
	return t.Flags&FlagClassic != 0 || heapLayout(t).dictOffset != 0
}

// slotValues is an instance's slot storage, in the layout's order (an empty slot is nil).
// It is allocated apart from the Instance so that instances without slots pay one pointer;
// the first few values live in it, so that small slotted instances take two allocations.
type slotValues struct {
	v      []Object
	inline [4]Object
}

// newSlotValues is the slot storage of a new instance of t (FlagSlots set).
func newSlotValues(t *Type) *slotValues {
	n := heapLayout(t).nslots
	s := &slotValues{}
	if n <= len(s.inline) {
		s.v = s.inline[:n]
	} else {
		s.v = make([]Object, n)
	}
	return s
}

// clearSlots releases an instance's slot values in CPython's order (clear_slots along the
// bases): the class's own slots first, in slot order, then its base's, and so on.
func (vm *VM) clearSlots(x *Instance) {
	vals := x.slots.v
	forEachSlot(x, func(i int) {
		if v := vals[i]; v != nil {
			vals[i] = nil
			vm.Decref(v)
		}
	})
}

// traverseSlots visits an instance's slot values in the order clearSlots releases them.
func traverseSlots(x *Instance, visit func(Object)) {
	forEachSlot(x, func(i int) {
		if v := x.slots.v[i]; v != nil {
			visit(v)
		}
	})
}

// forEachSlot calls fn with the index of each of x's slots in CPython's clear_slots order:
// the class's own slots in slot order, then its base's, and so on. Should the values not
// match the class's layout (a __class__ assignment allowed it), it goes in index order.
func forEachSlot(x *Instance, fn func(i int)) {
	n := len(x.slots.v)
	if x.Class == nil || x.Class.Flags&FlagSlots == 0 || heapLayout(x.Class).nslots != n {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	for c := x.Class; c.Flags&FlagHeap != 0; c = c.Base {
		l := heapLayout(c)
		for i := l.ownStart; i < l.nslots; i++ {
			fn(i)
		}
		if l.ownStart == 0 {
			return
		}
	}
}

// MemberDescrType is the type of slot descriptors (member_descriptor).
var MemberDescrType = newStaticType("member_descriptor", KindOther, 0)

// memberDescrTypeOnce fills member_descriptor's dict when the first class with slots is
// made, once per process, as the builtin types' dicts are filled.
var memberDescrTypeOnce sync.Once

// MemberDescr is the descriptor of one slot: it reads and writes entry index of the
// Instance.slots of instances of owner and its subclasses.
type MemberDescr struct {
	gcsim.Header
	name     *Str  // the slot's (mangled) name, interned
	owner    *Type // the class that declared the slot; owned until released
	index    int
	released bool // clearRefs has dropped the reference to owner
}

func (*MemberDescr) Type() *Type { return MemberDescrType }

func (d *MemberDescr) traverse(visit func(Object)) {
	if !d.released {
		visit(d.owner)
	}
}

// clearRefs drops the reference to the owner but keeps the pointer, for the descriptor's
// repr and type check.
func (d *MemberDescr) clearRefs(vm *VM) {
	if !d.released {
		d.released = true
		vm.Decref(d.owner)
	}
}

// slotOf returns the slot d describes in o, or raises CPython's TypeError when o is not an
// instance of d's class.
func (vm *VM) slotOf(d *MemberDescr, o Object) (*Object, *PyError) {
	if inst, ok := o.(*Instance); ok && inst.slots != nil && d.index < len(inst.slots.v) && inst.Class.IsSubtype(d.owner) {
		return &inst.slots.v[d.index], nil
	}
	return nil, vm.typeErrorf("descriptor '%s' for '%s' objects doesn't apply to '%s' object", d.name.S, d.owner.Name, o.Type().Name)
}

// memberGet reads slot d of o; an empty slot is an AttributeError naming the slot.
func (vm *VM) memberGet(d *MemberDescr, o Object) (Object, *PyError) {
	p, err := vm.slotOf(d, o)
	if err != nil {
		return nil, err
	}
	if *p == nil {
		return nil, vm.Raise(AttributeErrorType, d.name.S)
	}
	return newRef(*p), nil
}

// memberSet stores v in slot d of o, or empties it when v is nil; the old value is
// released after the slot holds the new one.
func (vm *VM) memberSet(d *MemberDescr, o Object, v Object) *PyError {
	p, err := vm.slotOf(d, o)
	if err != nil {
		return err
	}
	old := *p
	if v == nil && old == nil {
		return vm.Raise(AttributeErrorType, d.name.S)
	}
	if v != nil {
		incref(v)
	}
	*p = v
	if old != nil {
		vm.Decref(old)
	}
	return nil
}

// setupMemberDescrType fills member_descriptor's dict.
func setupMemberDescrType() {
	finishStaticType(MemberDescrType, ObjectType)
	installSpec(memberDescrSpec())
	MemberDescrType.computeFlags()
}

func memberDescrSpec() typeSpec {
	self := func(o Object) *MemberDescr { return o.(*MemberDescr) }
	readonly := func(vm *VM, o Object, v Object) *PyError { return vm.typeErrorf("readonly attribute") }
	return typeSpec{
		t:    MemberDescrType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__get__", fn: func(vm *VM, d Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("", args, 1, 2); err != nil {
					return nil, err
				}
				obj := args[0]
				var typ Object = None
				if len(args) == 2 {
					typ = args[1]
				}
				if obj == Object(None) {
					if typ == Object(None) {
						return nil, vm.typeErrorf("__get__(None, None) is invalid")
					}
					return newRef(d), nil
				}
				return vm.memberGet(self(d), obj)
			}},
			{name: "__set__", fn: func(vm *VM, d Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("", args, 2); err != nil {
					return nil, err
				}
				if err := vm.memberSet(self(d), args[0], args[1]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}},
			{name: "__delete__", fn: func(vm *VM, d Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.wrapperArgs(args, 1); err != nil {
					return nil, err
				}
				if err := vm.memberSet(self(d), args[0], nil); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}},
		},
		getsets: []getsetDef{
			{name: "__name__", get: func(vm *VM, d Object) (Object, *PyError) {
				return newRef(self(d).name), nil
			}, set: readonly},
			{name: "__objclass__", get: func(vm *VM, d Object) (Object, *PyError) {
				return newRef(self(d).owner), nil
			}, set: readonly},
			{name: "__doc__", get: func(vm *VM, d Object) (Object, *PyError) {
				return noneRef(), nil
			}},
			reprGetset(func(vm *VM, d Object) (string, *PyError) {
				md := self(d)
				return "<member '" + md.name.S + "' of '" + md.owner.Name + "' objects>", nil
			}),
		},
	}
}

// instanceDictGet is the __dict__ attribute of instances of a class that added a dict.
func instanceDictGet(vm *VM, o Object) (Object, *PyError) {
	inst, ok := o.(*Instance)
	if !ok || !instanceHasDict(inst.Class) {
		return nil, vm.Raisef(AttributeErrorType, "'%s' object has no attribute '__dict__'", o.Type().Name)
	}
	return newRef(inst.dict(vm)), nil
}

// instanceDictSet replaces (or, with v nil, drops) an instance's __dict__.
func instanceDictSet(vm *VM, o Object, v Object) *PyError {
	inst, ok := o.(*Instance)
	if !ok || !instanceHasDict(inst.Class) {
		return vm.Raisef(AttributeErrorType, "'%s' object has no attribute '__dict__'", o.Type().Name)
	}
	var d *Dict
	if v != nil {
		if d, ok = v.(*Dict); !ok {
			return vm.typeErrorf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		incref(d)
	}
	old := inst.Dict
	inst.Dict = d
	if old != nil {
		vm.Decref(old)
	}
	return nil
}

// instanceWeakrefGet is __weakref__: the first weak reference to the object, or None.
func instanceWeakrefGet(vm *VM, o Object) (Object, *PyError) {
	lp := weakListOf(o)
	if lp == nil {
		return nil, vm.Raisef(AttributeErrorType, "'%s' object has no attribute '__weakref__'", o.Type().Name)
	}
	if *lp == nil || len((*lp).refs) == 0 {
		return noneRef(), nil
	}
	return newRef((*lp).refs[0]), nil
}

// refuseObjectDict is object's __dict__ descriptor seen from an instance without a dict:
// the descriptor (typespecs.go) would make one, CPython has no attribute to find.
func (vm *VM) refuseObjectDict(d *GetSetDescr, o Object) *PyError {
	if d.Owner != ObjectType || d.Name != "__dict__" {
		return nil
	}
	if inst, ok := o.(*Instance); ok && !instanceHasDict(inst.Class) {
		return vm.Raisef(AttributeErrorType, "'%s' object has no attribute '__dict__'", inst.Class.Name)
	}
	return nil
}

// compatibleForAssignment is compatible_for_assignment: an instance of old may become one
// of new (attr names the assignment in the message) when both free their instances alike
// and, past the bases that add nothing, extend the same base with the same slots. The
// messages name new first, as CPython's do (__class__ assignment passes the classes
// the other way round).
func (vm *VM) compatibleForAssignment(old, new *Type, attr string) *PyError {
	// tp_dealloc is subtype_dealloc for every class, and tp_free depends on whether the
	// collector tracks the instances.
	if (old.Flags&FlagHeap != 0) != (new.Flags&FlagHeap != 0) || (old.Flags&FlagHeap == 0 && old != new) ||
		typeHasGC(old) != typeHasGC(new) {
		return vm.typeErrorf("%s assignment: '%s' deallocator differs from '%s'", attr, cTypeName(new), cTypeName(old))
	}
	newBase, oldBase := new, old
	for newBase.Base != nil && equivLayouts(newBase, newBase.Base) {
		newBase = newBase.Base
	}
	for oldBase.Base != nil && equivLayouts(oldBase, oldBase.Base) {
		oldBase = oldBase.Base
	}
	if newBase != oldBase && (newBase.Base != oldBase.Base || !sameSlotsAdded(newBase, oldBase)) {
		return vm.typeErrorf("%s assignment: '%s' object layout differs from '%s'", attr, cTypeName(new), cTypeName(old))
	}
	return nil
}

// equivLayouts is equiv_structs: instances of a and b have the same shape.
func equivLayouts(a, b *Type) bool {
	la, lb := layoutOf(a), layoutOf(b)
	return la.basicSize == lb.basicSize && la.itemSize == lb.itemSize &&
		la.dictOffset == lb.dictOffset && la.weakOffset == lb.weakOffset && typeHasGC(a) == typeHasGC(b)
}

// typeHasGC is Py_TPFLAGS_HAVE_GC: a class's instances are tracked unless they can hold
// nothing at all, or when its base's are.
func typeHasGC(t *Type) bool {
	if t.Flags&FlagHeap == 0 {
		return nativeIsGC(t)
	}
	l := layoutOf(t)
	return l.basicSize != layoutOf(ObjectType).basicSize || l.itemSize != 0 || (t.Base != nil && typeHasGC(t.Base))
}

// sameSlotsAdded is same_slots_added: a and b (with one base) add the same __dict__,
// weakref list and slots to it, and nothing else.
func sameSlotsAdded(a, b *Type) bool {
	if a.Base == nil {
		return false
	}
	la, lb := layoutOf(a), layoutOf(b)
	size := layoutOf(a.Base).basicSize
	if la.dictOffset == size && lb.dictOffset == size {
		size += wordSize
	}
	if la.weakOffset == size && lb.weakOffset == size {
		size += wordSize
	}
	if a.Flags&FlagHeap != 0 && b.Flags&FlagHeap != 0 {
		sa, sb := ownSlotNames(a), ownSlotNames(b)
		if !slices.Equal(sa, sb) {
			return false
		}
		size += wordSize * int64(len(sa))
	}
	return size == la.basicSize && size == lb.basicSize
}

// ownSlotNames lists the slots a class declared itself (its ht_slots), in order.
func ownSlotNames(t *Type) []string {
	l := heapLayout(t)
	names := make([]string, l.nslots-l.ownStart)
	for _, v := range t.Dict.Items() {
		if d, ok := v[1].(*MemberDescr); ok && d.owner == t && d.index >= l.ownStart && d.index < l.nslots {
			names[d.index-l.ownStart] = d.name.S
		}
	}
	return names
}
