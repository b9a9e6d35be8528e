// str.go defines Str, Python 2's byte string, with CPython 2.7's string hash (dict order
// depends on it) and interning, and Unicode.
package vm

import (
	"handson/gcsim"
)

// Str is a Python 2 str: immutable bytes.
type Str struct {
	gcsim.Header
	S    string
	hash int64 // cached; valid when hashed is set
	// hashed and interned are small flags kept beside the hash.
	hashed   bool
	interned bool
}

func (*Str) Type() *Type { return StrType }

// Hash is CPython 2.7's string hash (hash randomisation off, as it is by default).
func (s *Str) Hash() int64 {
	if s.hashed {
		return s.hash
	}
	s.hash = hashBytes(s.S)
	s.hashed = true
	return s.hash
}

// hashBytes is string_hash from CPython 2.7's stringobject.c.
func hashBytes(b string) int64 {
	if len(b) == 0 {
		return 0
	}
	x := int64(b[0]) << 7
	for i := 0; i < len(b); i++ {
		x = (1000003 * x) ^ int64(b[i])
	}
	x ^= int64(len(b))
	if x == -1 {
		x = -2
	}
	return x
}

// charStrs are the shared one-byte strings, and emptyStr the shared empty string, as in
// CPython (so `is` between them behaves alike).
var (
	charStrs = func() [256]*Str {
		var a [256]*Str
		for i := range a {
			a[i] = &Str{Header: gcsim.ImmortalHeader(immortalRC), S: string([]byte{byte(i)})}
		}
		return a
	}()
	emptyStr = &Str{Header: gcsim.ImmortalHeader(immortalRC), S: ""}
)

// NewStr returns a str, owned.
func (vm *VM) NewStr(s string) Object {
	if vm.heap != nil {
		vm.allocLeaf(24 + len(s))
	}
	switch len(s) {
	case 0:
		emptyStr.RC++
		return emptyStr
	case 1:
		c := charStrs[s[0]]
		c.RC++
		return c
	}
	return &Str{Header: gcsim.Header{RC: 1}, S: s}
}

// NewStrConst makes an immortal str for a fixed Go-side name; lookups by content work
// across VMs because dict lookups compare str contents.
func NewStrConst(s string) *Str {
	return &Str{Header: gcsim.ImmortalHeader(immortalRC), S: s}
}

// Intern returns the VM's canonical str for s (borrowed; interned strs live as long as the
// VM). Names in code objects and attribute names are interned, so lookups compare
// pointers first.
func (vm *VM) Intern(s string) *Str {
	if o, ok := vm.interned[s]; ok {
		return o
	}
	var o *Str
	switch len(s) {
	case 0:
		o = emptyStr
	case 1:
		o = charStrs[s[0]]
	default:
		o = &Str{Header: gcsim.ImmortalHeader(immortalRC), S: s}
	}
	o.interned = true
	vm.interned[s] = o
	return o
}

// internStr returns the interned equivalent of s (borrowed).
func (vm *VM) internStr(s *Str) *Str {
	if s.interned {
		return s
	}
	return vm.Intern(s.S)
}

// Unicode is a Python 2 unicode string, held as code points.
type Unicode struct {
	gcsim.Header
	R []rune
}

func (*Unicode) Type() *Type { return UnicodeType }

// NewUnicode returns a unicode string, owned.
func (vm *VM) NewUnicode(r []rune) Object {
	if vm.heap != nil {
		vm.allocLeaf(24 + 4*len(r))
	}
	return &Unicode{Header: gcsim.Header{RC: 1}, R: r}
}

// hashUnicode is CPython 2.7's unicode hash: the same formula over code points, so that
// an ASCII unicode string hashes like the equal str.
func hashUnicode(r []rune) int64 {
	if len(r) == 0 {
		return 0
	}
	x := int64(r[0]) << 7
	for _, c := range r {
		x = (1000003 * x) ^ int64(c)
	}
	x ^= int64(len(r))
	if x == -1 {
		x = -2
	}
	return x
}
