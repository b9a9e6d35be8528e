// strmethods.go holds the methods of str and unicode objects.
package vm

import (
	"strings"
)

// strMethods is the method table of str.
func strMethods() []methodDef {
	return []methodDef{
		{name: "join", fn: strJoin},
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(int64(len(asStr(self).S))), nil
		}},
		{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__getitem__", args, 1); err != nil {
				return nil, err
			}
			return vm.strSubscript(asStr(self), args[0])
		}},
		{name: "__mod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__mod__", args, 1); err != nil {
				return nil, err
			}
			return vm.strPercent(asStr(self), args[0])
		}},
		{name: "__add__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__add__", args, 1); err != nil {
				return nil, err
			}
			r, err, _ := vm.sequenceConcat(asStr(self), args[0])
			return r, err
		}},
		{name: "__mul__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__mul__", args, 1); err != nil {
				return nil, err
			}
			r, err, _ := vm.sequenceRepeat(asStr(self), args[0])
			return r, err
		}},
		{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__contains__", args, 1); err != nil {
				return nil, err
			}
			in, err := vm.Contains(asStr(self), args[0])
			return NewBool(in), err
		}},
		{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(asStr(self).Hash()), nil
		}},
	}
}

// unicodeMethods is the method table of unicode.
func unicodeMethods() []methodDef {
	return []methodDef{
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(int64(len(asUnicode(self).R))), nil
		}},
		{name: "__mod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__mod__", args, 1); err != nil {
				return nil, err
			}
			return vm.unicodePercent(asUnicode(self), args[0])
		}},
	}
}

// strJoin is str.join(iterable).
func strJoin(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("join", args, 1); err != nil {
		return nil, err
	}
	sep := asStr(self)
	var parts []string
	var uni bool
	i := 0
	err := vm.forEach(args[0], func(o Object) *PyError {
		switch x := o.(type) {
		case *Str:
			parts = append(parts, x.S)
		case *Unicode:
			uni = true
			parts = append(parts, string(x.R))
		default:
			if s := asStr(o); s != nil {
				parts = append(parts, s.S)
				break
			}
			return vm.typeErrorf("sequence item %d: expected string, %s found", i, o.Type().Name)
		}
		i++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if uni {
		return vm.NewUnicode([]rune(strings.Join(parts, sep.S))), nil
	}
	return vm.NewStr(strings.Join(parts, sep.S)), nil
}

// formatValue is format(value, spec): value.__format__(spec).
func (vm *VM) formatValue(value, spec Object) (Object, *PyError) {
	s, ok := spec.(*Str)
	if ok && s.S == "" {
		return vm.Str(value)
	}
	return nil, vm.Raise(ValueErrorType, "format specifications are not supported yet")
}
