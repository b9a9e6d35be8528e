// instance.go defines Instance, the object of a class made by a class statement (and of
// the builtin exception types), and Module.
package vm

import (
	"handson/gcsim"
)

// Instance is an instance of a class. For a class deriving from a builtin type (list, dict,
// int, str, ...), Native holds the builtin value the instance extends. Exceptions keep
// their args in Args.
type Instance struct {
	gcsim.Header
	Class    *Type
	Dict     *Dict // nil until the first attribute is set
	Native   Object
	Args     *Tuple // BaseException.args
	weakrefs *weakList
	// slots holds the values of the __slots__ of the class and its bases (slots.go); nil
	// for classes without slots, which pay only this pointer.
	slots *slotValues
	// finalized records that __del__ has run once (PyPy runs it at most once).
	finalized bool
}

func (i *Instance) Type() *Type { return i.Class }

// instanceSize is the simulated size of an instance in PyPy (header, map, a few fields).
const instanceSize = 48

// newInstance makes an instance of cls, owned, and registers it with the collector.
func (vm *VM) newInstance(cls *Type) *Instance {
	incref(cls)
	inst := &Instance{Header: gcsim.Header{RC: 1}, Class: cls}
	var flags allocFlags
	if cls.Flags&FlagHasDel != 0 {
		flags |= allocFinalizer
	}
	size := instanceSize
	if cls.Flags&FlagSlots != 0 {
		inst.slots = newSlotValues(cls)
		size += wordSize * len(inst.slots.v)
	}
	vm.track(inst, size, flags)
	return inst
}

// dict returns the instance dict, making it on first use.
func (i *Instance) dict(vm *VM) *Dict {
	if i.Dict == nil {
		i.Dict = vm.NewDict()
	}
	return i.Dict
}

// Module is a module object.
type Module struct {
	gcsim.Header
	Name     string
	Dict     *Dict
	weakrefs *weakList
}

func (*Module) Type() *Type { return ModuleType }

// NewModule makes an empty module with __name__ set, owned.
func (vm *VM) NewModule(name string) *Module {
	m := &Module{Header: gcsim.Header{RC: 1}, Name: name, Dict: vm.NewDict()}
	vm.track(m, 48, 0)
	nameObj := vm.NewStr(name)
	m.Dict.SetString(vm, "__name__", nameObj)
	vm.Decref(nameObj)
	m.Dict.SetString(vm, "__doc__", None)
	return m
}
