// sizeof.go gives sys.getsizeof and object.__sizeof__ CPython 2.7's answers on x86-64: the
// size of the C struct of each type (plus its variable part), and the collector's 32-byte
// header for the types the cycle collector tracks. PyPy has no such sizes; its getsizeof
// raises TypeError unless given a default.
package vm

import "math/big"

// gcHeaderSize is sizeof(PyGC_Head) on x86-64, which getsizeof adds for tracked types.
const gcHeaderSize = 32

// typeSize is a builtin type's tp_basicsize and whether its instances are GC-tracked.
type typeSize struct {
	basic int64
	gc    bool
}

// cpythonTypeSizes lists the fixed-size builtin types (measured on CPython 2.7.18, x86-64).
var cpythonTypeSizes = map[*Type]typeSize{
	ObjectType:          {16, false},
	IntType:             {24, false},
	BoolType:            {24, false},
	FloatType:           {24, false},
	ComplexType:         {32, false},
	NoneTypeType:        {16, false},
	NotImplementedType:  {16, false},
	EllipsisType:        {16, false},
	TypeType:            {872, true}, // heap types only; see sizeofType
	ClassObjType:        {72, true},
	InstanceTypeType:    {40, true},
	FunctionType:        {88, true},
	MethodType:          {32, true},
	BuiltinFunctionType: {40, true},
	MethodDescrType:     {40, true},
	GetSetDescrType:     {48, true},
	StaticMethodType:    {24, true},
	ClassMethodType:     {24, true},
	PropertyType:        {56, true},
	CodeType:            {128, false},
	GeneratorType:       {48, true},
	CellType:            {24, true},
	ModuleType:          {24, true},
	FileType:            {144, false},
	SliceType:           {40, true},
	WeakRefType:         {56, true},
	XRangeType:          {40, false},
	EnumerateType:       {48, true},
	ReversedType:        {32, true},
	SeqIterType:         {32, true},
	ListIterType:        {32, true},
	ListRevIterType:     {32, true},
	TupleIterType:       {32, true},
	RangeIterType:       {48, false},
	DictKeyIterType:     {56, true},
	DictValueIterType:   {56, true},
	DictItemIterType:    {56, true},
	SetIterType:         {48, true},
	CallIterType:        {32, true},
	StrIterType:         {32, true},
	DictProxyType:       {24, true},
	TracebackType:       {40, true},
	BaseExceptionType:   {40, true},
	// The builtin values with a variable part, whose sizes nativeSizeof computes; their
	// fixed part is what a class deriving from them extends.
	LongType:      {24, false},
	StrType:       {37, false},
	UnicodeType:   {48, false},
	TupleType:     {24, true},
	ListType:      {40, true},
	DictType:      {248, true},
	SetType:       {200, true},
	FrozenSetType: {200, true},
	// The exceptions whose structs have fields beyond BaseException's.
	SystemExitType:            {48, true},
	EnvironmentErrorType:      {64, true},
	SyntaxErrorType:           {88, true},
	UnicodeEncodeErrorType:    {80, true},
	UnicodeDecodeErrorType:    {80, true},
	UnicodeTranslateErrorType: {80, true},
}

// cpythonSizeof is object.__sizeof__ as CPython 2.7 computes it for o (no GC header).
func cpythonSizeof(o Object) int64 {
	if inst, ok := o.(*Instance); ok {
		if inst.Class.Flags&FlagClassic != 0 {
			return 40 // PyInstanceObject
		}
		if inst.Class.Flags&FlagHeap != 0 {
			return heapInstanceSize(inst)
		}
	}
	return nativeSizeof(o, o.Type())
}

// nativeSizeof is the size of a builtin type's instance: its struct and variable part.
func nativeSizeof(o Object, t *Type) int64 {
	switch x := o.(type) {
	case *Long:
		return 24 + 4*longDigits(x.V)
	case *Str:
		return 37 + int64(len(x.S))
	case *Unicode:
		return 48 + 4*int64(len(x.R)+1)
	case *Tuple:
		return 24 + 8*int64(len(x.Items))
	case *List:
		if x.rng != nil {
			return 40 + 8*int64(x.rng.n)
		}
		return 40 + 8*int64(max(x.alloc, len(x.Items)))
	case *Dict:
		return 248 + tableBytes(x.mask, 24)
	case *Set:
		return 200 + tableBytes(x.mask, 16)
	case *FrozenSet:
		return 200 + tableBytes(x.mask, 16)
	case *Type:
		if x.Flags&FlagClassic != 0 {
			return 72 // PyClassObject
		}
		return 872
	case *Frame:
		// sizeof(PyFrameObject) plus a pointer per local, cell, free variable and stack
		// slot beyond the first, which is what Slots holds.
		return 376 + 8*int64(len(x.Slots))
	}
	return typeBasicSize(t)
}

// typeBasicSize is the tp_basicsize a builtin type has or inherits.
func typeBasicSize(t *Type) int64 {
	for ; t != nil; t = t.Base {
		if s, ok := cpythonTypeSizes[t]; ok {
			return s.basic
		}
	}
	return 16
}

// tableBytes is the size of a dict's or set's hash table when it is no longer the small
// table inside the object (8 slots).
func tableBytes(mask int, entry int64) int64 {
	if mask+1 <= dictMinSize {
		return 0
	}
	return int64(mask+1) * entry
}

// longDigits is the number of 30-bit digits of a long's magnitude (0 for zero).
func longDigits(v *big.Int) int64 {
	return int64((v.BitLen() + 29) / 30)
}

// heapInstanceSize is the size of an instance of a class: its layout's basic size
// (slots.go: the builtin base's struct, then the slots, dict and weakref list the classes
// added), plus the variable part of a builtin value it extends.
func heapInstanceSize(inst *Instance) int64 {
	size := heapLayout(inst.Class).basicSize
	if inst.Native != nil {
		nt := inst.Native.Type()
		size += nativeSizeof(inst.Native, nt) - builtinLayout(nt).basicSize
	}
	return size
}

// cpythonIsGC says whether CPython's cycle collector tracks o's type, so that getsizeof
// counts its header.
func cpythonIsGC(o Object) bool {
	switch x := o.(type) {
	case *Type:
		return x.Flags&(FlagHeap|FlagClassic) != 0
	case *Instance:
		if x.Class.Flags&FlagClassic != 0 {
			return true
		}
		if x.Class.Flags&FlagHeap != 0 {
			// A class's instances are tracked unless they can hold nothing at all.
			return cpythonSizeof(o) != 16 || x.Native != nil && nativeIsGC(x.Native.Type())
		}
	}
	return nativeIsGC(o.Type())
}

func nativeIsGC(t *Type) bool {
	switch t {
	case ListType, DictType, TupleType, SetType, FrozenSetType, FrameType:
		return true
	}
	for ; t != nil; t = t.Base {
		if s, ok := cpythonTypeSizes[t]; ok {
			return s.gc
		}
	}
	return false
}

// lengthHint is _PyObject_LengthHint(o, 8) for the objects whose length CPython knows
// without iterating: sized builtins and the iterators over lists, tuples and xranges. It
// only shapes the allocation count getsizeof reports.
func (vm *VM) lengthHint(o Object) int {
	switch x := o.(type) {
	case *Tuple:
		return len(x.Items)
	case *Dict:
		return x.Len()
	case *Set:
		return x.used
	case *FrozenSet:
		return x.used
	case *Str:
		return len(x.S)
	case *Unicode:
		return len(x.R)
	case *rangeIter:
		return int(x.left)
	case *seqIter:
		switch s := x.seq.(type) {
		case *List:
			return max(s.Len()-x.i, 0)
		case *Tuple:
			return max(len(s.Items)-x.i, 0)
		case nil:
			return 0
		}
	case *XRange:
		if n, err := vm.Len(x); err == nil {
			return n
		} else {
			err.release(vm)
		}
	}
	return 8
}
