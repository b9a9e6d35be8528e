// mod_struct.go defines the struct module: packing values into strings of bytes and back
// by format strings, with CPython 2.7's sizes, native alignment, byte orders and error
// messages (struct.error). Formats are parsed once per Struct object; the module functions
// parse theirs on every call, as a cache would be observable only through speed.
package vm

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"

	"handson/gcsim"
)

// StructType is struct.Struct.
var StructType = newStaticType("Struct", KindOther, 0)

// structItem is one code of a parsed format: count items (or one string of count bytes).
type structItem struct {
	code   byte
	count  int
	size   int // of one item
	offset int
}

// structFormat is a parsed format.
type structFormat struct {
	items  []structItem
	size   int
	nargs  int
	order  binary.ByteOrder
	native bool // '@': native sizes and alignment
}

// Struct is a struct.Struct object.
type Struct struct {
	gcsim.Header
	format Object // the format string, owned
	f      *structFormat
	errCls *Type // struct.error of the VM that made it
}

func (*Struct) Type() *Type { return StructType }

func (s *Struct) clearRefs(vm *VM) {
	f, e := s.format, s.errCls
	s.format, s.errCls = nil, nil
	if f != nil {
		vm.Decref(f)
	}
	if e != nil {
		vm.Decref(e)
	}
}

func (s *Struct) traverse(visit func(Object)) {
	if s.format != nil {
		visit(s.format)
	}
	if s.errCls != nil {
		visit(s.errCls)
	}
}

// structSize is the size of one item of a code in native or standard mode (0: bad code).
func structSize(code byte, native bool) int {
	switch code {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L':
		if native {
			return 8
		}
		return 4
	case 'q', 'Q', 'd':
		return 8
	case 'P':
		if native {
			return 8
		}
	}
	return 0
}

// parseStructFormat parses a format string, or returns the struct.error message.
func parseStructFormat(format string) (*structFormat, string) {
	f := &structFormat{order: binary.LittleEndian, native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			f.native = false
			s = s[1:]
		case '>', '!':
			f.native = false
			f.order = binary.BigEndian
			s = s[1:]
		}
	}
	offset := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil || n > math.MaxInt32 {
				return nil, "total struct size too long"
			}
			if j >= len(s) {
				break // a trailing count is ignored, as in CPython 2.7
			}
			count, c, i = n, s[j], j
		}
		size := structSize(c, f.native)
		if size == 0 {
			return nil, "bad char in struct format"
		}
		if f.native && c != 's' && c != 'p' && c != 'x' {
			offset = (offset + size - 1) / size * size
		}
		it := structItem{code: c, count: count, size: size, offset: offset}
		switch c {
		case 's', 'p':
			offset += count
			f.nargs++
		case 'x':
			offset += count
		default:
			offset += count * size
			f.nargs += count
		}
		f.items = append(f.items, it)
	}
	f.size = offset
	return f, ""
}

// structError raises struct.error with msg.
func (vm *VM) structError(cls *Type, msg string) *PyError {
	return vm.Raise(cls, msg)
}

// structInt reads an integer argument for packing (floats are truncated, as CPython 2.7
// does with a DeprecationWarning).
func (vm *VM) structInt(cls *Type, o Object) (*big.Int, *PyError) {
	switch x := nativeNumber(o).(type) {
	case *Int:
		return big.NewInt(x.V), nil
	case *Long:
		return x.V, nil
	case *Float:
		if !isFinite(x.V) {
			return nil, vm.structError(cls, "cannot convert argument to integer")
		}
		b, _ := big.NewFloat(math.Trunc(x.V)).Int(nil)
		return b, nil
	}
	if n, ok, err := vm.indexValue(o); ok && err == nil {
		return big.NewInt(n), nil
	} else if err != nil {
		err.release(vm)
	}
	return nil, vm.structError(cls, "cannot convert argument to integer")
}

// packInt checks an integer's range for its code and writes it.
func (vm *VM) packInt(cls *Type, f *structFormat, code byte, size int, v *big.Int, out []byte) *PyError {
	signed := code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q'
	bits := uint(size * 8)
	var lo, hi *big.Int
	if signed {
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
	} else {
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
		lo = big.NewInt(0)
	}
	if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
		switch {
		case code == 'b':
			return vm.structError(cls, "byte format requires -128 <= number <= 127")
		case code == 'B':
			return vm.structError(cls, "ubyte format requires 0 <= number <= 255")
		case code == 'h':
			return vm.structError(cls, "short format requires SHRT_MIN <= number <= SHRT_MAX")
		case code == 'H':
			return vm.structError(cls, "ushort format requires 0 <= number <= USHRT_MAX")
		case !signed && v.Sign() < 0, !v.IsInt64() && !(v.Sign() > 0 && v.IsUint64()), size == 8:
			return vm.structError(cls, "integer out of range for '"+string(code)+"' format code")
		}
		return vm.structError(cls, "'"+string(code)+"' format requires "+lo.String()+" <= number <= "+hi.String())
	}
	u := new(big.Int).Set(v)
	if u.Sign() < 0 {
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), bits))
	}
	x := u.Uint64()
	for i := 0; i < size; i++ {
		b := byte(x >> (8 * uint(i)))
		if f.order == binary.BigEndian {
			out[size-1-i] = b
		} else {
			out[i] = b
		}
	}
	return nil
}

// structPack packs args by f into a new str.
func (vm *VM) structPack(cls *Type, f *structFormat, args []Object) (Object, *PyError) {
	if len(args) != f.nargs {
		return nil, vm.structError(cls, "pack expected "+strconv.Itoa(f.nargs)+" items for packing (got "+strconv.Itoa(len(args))+")")
	}
	out := make([]byte, f.size)
	ai := 0
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			s, ok := args[ai].(*Str)
			ai++
			if !ok {
				return nil, vm.structError(cls, "argument for '"+string(it.code)+"' must be a string")
			}
			dst := out[it.offset : it.offset+it.count]
			if it.code == 's' {
				copy(dst, s.S)
				continue
			}
			if it.count == 0 {
				continue
			}
			n := min(len(s.S), it.count-1, 255)
			copy(dst[1:], s.S[:n])
			dst[0] = byte(n)
			continue
		}
		for k := 0; k < it.count; k++ {
			arg := args[ai]
			ai++
			dst := out[it.offset+k*it.size : it.offset+(k+1)*it.size]
			switch it.code {
			case 'c':
				s, ok := arg.(*Str)
				if !ok || len(s.S) != 1 {
					return nil, vm.structError(cls, "char format require string of length 1")
				}
				dst[0] = s.S[0]
			case '?':
				t, err := vm.IsTrue(arg)
				if err != nil {
					return nil, err
				}
				if t {
					dst[0] = 1
				}
			case 'f', 'd':
				if nativeNumber(arg) == nil {
					return nil, vm.structError(cls, "required argument is not a float")
				}
				x, err := vm.mathFloat(arg)
				if err != nil {
					return nil, err
				}
				if it.code == 'f' {
					f32 := float32(x)
					if math.IsInf(float64(f32), 0) && !math.IsInf(x, 0) {
						return nil, vm.Raise(OverflowErrorType, "float too large to pack with f format")
					}
					f.order.PutUint32(dst, math.Float32bits(f32))
				} else {
					f.order.PutUint64(dst, math.Float64bits(x))
				}
			default:
				v, err := vm.structInt(cls, arg)
				if err != nil {
					return nil, err
				}
				if err := vm.packInt(cls, f, it.code, it.size, v, dst); err != nil {
					return nil, err
				}
			}
		}
	}
	return vm.NewStr(string(out)), nil
}

// structUnpack unpacks data (exactly f.size bytes) into a tuple.
func (vm *VM) structUnpack(f *structFormat, data string) Object {
	items := make([]Object, 0, f.nargs)
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			items = append(items, vm.NewStr(data[it.offset:it.offset+it.count]))
			continue
		case 'p':
			if it.count == 0 {
				items = append(items, vm.NewStr(""))
				continue
			}
			n := min(int(data[it.offset]), it.count-1)
			items = append(items, vm.NewStr(data[it.offset+1:it.offset+1+n]))
			continue
		}
		for k := 0; k < it.count; k++ {
			b := []byte(data[it.offset+k*it.size : it.offset+(k+1)*it.size])
			switch it.code {
			case 'c':
				items = append(items, vm.NewStr(string(b)))
			case '?':
				items = append(items, NewBool(b[0] != 0))
			case 'f':
				items = append(items, vm.NewFloat(float64(math.Float32frombits(f.order.Uint32(b)))))
			case 'd':
				items = append(items, vm.NewFloat(math.Float64frombits(f.order.Uint64(b))))
			default:
				var x uint64
				for i := 0; i < it.size; i++ {
					var byt byte
					if f.order == binary.BigEndian {
						byt = b[it.size-1-i]
					} else {
						byt = b[i]
					}
					x |= uint64(byt) << (8 * uint(i))
				}
				signed := it.code == 'b' || it.code == 'h' || it.code == 'i' || it.code == 'l' || it.code == 'q'
				bits := uint(it.size * 8)
				switch {
				case signed:
					items = append(items, vm.NewInt(int64(x<<(64-bits))>>(64-bits)))
				case x <= math.MaxInt64:
					items = append(items, vm.NewInt(int64(x)))
				default:
					items = append(items, vm.NewLong(new(big.Int).SetUint64(x)))
				}
			}
		}
	}
	return vm.NewTuple(items)
}

// structFormatArg parses a format argument.
func (vm *VM) structFormatArg(cls *Type, o Object) (*structFormat, *PyError) {
	// As Struct.__init__: a unicode format is encoded with the ascii codec, and any
	// other than a str (or of a subclass) is a TypeError.
	var text string
	if s := asStr(o); s != nil {
		text = s.S
	} else if u := asUnicode(o); u != nil {
		var err *PyError
		if text, err = vm.encodeASCII(u.R); err != nil {
			return nil, err
		}
	} else {
		return nil, vm.typeErrorf("Struct() argument 1 must be string, not %s", o.Type().Name)
	}
	f, msg := parseStructFormat(text)
	if msg != "" {
		return nil, vm.structError(cls, msg)
	}
	return f, nil
}

// unpackData checks unpack's data argument.
func (vm *VM) unpackData(cls *Type, f *structFormat, o Object) (string, *PyError) {
	s, ok := o.(*Str)
	if !ok || len(s.S) != f.size {
		return "", vm.structError(cls, "unpack requires a string argument of length "+strconv.Itoa(f.size))
	}
	return s.S, nil
}

// unpackFromData reads unpack_from's buffer and offset, by position or by name.
func (vm *VM) unpackFromData(cls *Type, f *structFormat, args []Object, kw *Dict) (string, *PyError) {
	a, err := vm.bindBuiltinArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 1)
	if err != nil {
		return "", err
	}
	if a[0] == Object(None) {
		return "", vm.structError(cls, "unpack_from requires a buffer argument")
	}
	s, ok := a[0].(*Str)
	if !ok {
		return "", vm.typeErrorf("unpack_from() argument 1 must be string or read-only buffer")
	}
	offset := 0
	if a[1] != nil {
		if offset, err = vm.ssizeArg(a[1]); err != nil {
			return "", err
		}
	}
	if offset < 0 || len(s.S)-offset < f.size {
		return "", vm.structError(cls, "unpack_from requires a buffer of at least "+strconv.Itoa(f.size)+" bytes")
	}
	return s.S[offset : offset+f.size], nil
}

func structTypes() []moduleTypeSpec {
	StructType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("Struct", args, kw, []string{"format"}, 1)
		if err != nil {
			return nil, err
		}
		format := a[0]
		errCls := vm.structErrorClass()
		f, err := vm.structFormatArg(errCls, format)
		if err != nil {
			return nil, err
		}
		s := &Struct{Header: gcsim.Header{RC: 1}, format: newRef(format), f: f, errCls: errCls}
		incref(errCls)
		vm.track(s, 48, 0)
		return s, nil
	}
	self := func(o Object) *Struct { return o.(*Struct) }
	return []moduleTypeSpec{{"", typeSpec{t: StructType, base: ObjectType, methods: []methodDef{
		{name: "pack", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
			s := self(o)
			return vm.structPack(s.errCls, s.f, args)
		}},
		{name: "unpack", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("unpack", args, 1); err != nil {
				return nil, err
			}
			s := self(o)
			data, err := vm.unpackData(s.errCls, s.f, args[0])
			if err != nil {
				return nil, err
			}
			return vm.structUnpack(s.f, data), nil
		}},
		{name: "unpack_from", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
			s := self(o)
			data, err := vm.unpackFromData(s.errCls, s.f, args, kw)
			if err != nil {
				return nil, err
			}
			return vm.structUnpack(s.f, data), nil
		}, keywords: true},
	}, getsets: []getsetDef{
		{name: "format", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(self(o).format), nil }},
		{name: "size", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewInt(int64(self(o).f.size)), nil }},
	}}}}
}

// structErrorClass is struct.error of this VM (the struct module is imported whenever a
// Struct can be made).
func (vm *VM) structErrorClass() *Type {
	if m, ok := vm.modules.GetString("struct").(*Module); ok && m.Dict != nil {
		if t, ok := m.Dict.GetString("error").(*Type); ok {
			return t
		}
	}
	return ValueErrorType
}

// newStructModule makes struct. Its functions are bound to struct.error, the class they
// raise.
func newStructModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("struct", "Conversions between Python values and C structs packed into strings of bytes.", nil)
	errCls := vm.newErrorClass("struct")
	vm.modSet(m, "error", errCls)
	m.Dict.SetString(vm, "Struct", StructType)
	funcs := []methodDef{
		{name: "calcsize", fn: func(vm *VM, cls Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("calcsize", args, 1); err != nil {
				return nil, err
			}
			f, err := vm.structFormatArg(cls.(*Type), args[0])
			if err != nil {
				return nil, err
			}
			return vm.NewInt(int64(f.size)), nil
		}},
		{name: "pack", fn: func(vm *VM, cls Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) == 0 {
				return nil, vm.typeErrorf("pack expected at least 1 arguments, got 0")
			}
			f, err := vm.structFormatArg(cls.(*Type), args[0])
			if err != nil {
				return nil, err
			}
			return vm.structPack(cls.(*Type), f, args[1:])
		}},
		{name: "unpack", fn: func(vm *VM, cls Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("unpack expected 2 arguments, got %d", len(args))
			}
			f, err := vm.structFormatArg(cls.(*Type), args[0])
			if err != nil {
				return nil, err
			}
			data, err := vm.unpackData(cls.(*Type), f, args[1])
			if err != nil {
				return nil, err
			}
			return vm.structUnpack(f, data), nil
		}},
		{name: "unpack_from", fn: func(vm *VM, cls Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) == 0 {
				return nil, vm.typeErrorf("missing format argument")
			}
			f, err := vm.structFormatArg(cls.(*Type), args[0])
			if err != nil {
				return nil, err
			}
			data, err := vm.unpackFromData(cls.(*Type), f, args[1:], kw)
			if err != nil {
				return nil, err
			}
			return vm.structUnpack(f, data), nil
		}, keywords: true},
	}
	for _, f := range funcs {
		b := newModuleFunction("struct", f)
		b.Self = newRef(errCls)
		vm.modSet(m, f.name, b)
	}
	return m
}
