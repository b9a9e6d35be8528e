// names.go holds the names the VM's Go code looks up, as interned strs shared by every VM:
// each VM's intern table starts with them, so the names in compiled code are these same
// objects and lookups compare pointers.
package vm

// builtinNames maps each name below to its str.
var builtinNames = map[string]*Str{}

// builtinName makes an immortal interned str and records it in builtinNames.
func builtinName(s string) *Str {
	n := NewStrConst(s)
	n.interned = true
	builtinNames[s] = n
	return n
}

var (
	sInit          = builtinName("__init__")
	sNew           = builtinName("__new__")
	sDel           = builtinName("__del__")
	sGetattr       = builtinName("__getattr__")
	sGetattribute  = builtinName("__getattribute__")
	sSetattr       = builtinName("__setattr__")
	sDelattr       = builtinName("__delattr__")
	sLen           = builtinName("__len__")
	sGetitem       = builtinName("__getitem__")
	sSetitem       = builtinName("__setitem__")
	sDelitem       = builtinName("__delitem__")
	sIter          = builtinName("__iter__")
	sNext          = builtinName("next")
	sContains      = builtinName("__contains__")
	sHash          = builtinName("__hash__")
	sRepr          = builtinName("__repr__")
	sStr           = builtinName("__str__")
	sNonzero       = builtinName("__nonzero__")
	sCall          = builtinName("__call__")
	sIndex         = builtinName("__index__")
	sInt           = builtinName("__int__")
	sFloat         = builtinName("__float__")
	sLong          = builtinName("__long__")
	sTrunc         = builtinName("__trunc__")
	sCmp           = builtinName("__cmp__")
	sMissing       = builtinName("__missing__")
	sFormat        = builtinName("__format__")
	sGet           = builtinName("__get__")
	sSet           = builtinName("__set__")
	sDelete        = builtinName("__delete__")
	sEnter         = builtinName("__enter__")
	sExit          = builtinName("__exit__")
	sDoc           = builtinName("__doc__")
	sDict          = builtinName("__dict__")
	sName          = builtinName("__name__")
	sModule        = builtinName("__module__")
	sAbs           = builtinName("__abs__")
	sUnicode       = builtinName("__unicode__")
	sReversed      = builtinName("__reversed__")
	sGetslice      = builtinName("__getslice__")
	sSetslice      = builtinName("__setslice__")
	sDelslice      = builtinName("__delslice__")
	sInstancecheck = builtinName("__instancecheck__")
	sDir           = builtinName("__dir__")
	sAll           = builtinName("__all__")
	sCoerce        = builtinName("__coerce__")
	sSoftspace     = builtinName("softspace")
	sKeys          = builtinName("keys")
	sNeg           = builtinName("__neg__")
	sPos           = builtinName("__pos__")
	sInvert        = builtinName("__invert__")
	sWrite         = builtinName("write")
)
