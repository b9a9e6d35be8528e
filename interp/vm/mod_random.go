// mod_random.go defines _random, the generator under the random module: the Mersenne
// Twister MT19937 seeded exactly as CPython 2.7's _randommodule.c seeds it (init_by_array
// over the 32-bit words of abs(n), or of hash(n) for other objects), so that random.seed(n)
// followed by the functions of pylib/random.py gives CPython's numbers.
package vm

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"time"

	"handson/gcsim"
)

// RandomType is _random.Random.
var RandomType = newStaticType("Random", KindOther, FlagBaseType)

const mtN, mtM = 624, 397

// mtRandom is one generator's state.
type mtRandom struct {
	gcsim.Header
	mt  [mtN]uint32
	idx int
}

func (*mtRandom) Type() *Type { return RandomType }

func (r *mtRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.idx = mtN
}

func (r *mtRandom) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

func (r *mtRandom) genrand() uint32 {
	if r.idx >= mtN {
		const upper, lower = 0x80000000, 0x7fffffff
		mag := [2]uint32{0, 0x9908b0df}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (r.mt[mtN-1] & upper) | (r.mt[0] & lower)
		r.mt[mtN-1] = r.mt[mtM-1] ^ (y >> 1) ^ mag[y&1]
		r.idx = 0
	}
	y := r.mt[r.idx]
	r.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 is random(): a float in [0, 1) with 53 random bits.
func (r *mtRandom) float53() float64 {
	a, b := r.genrand()>>5, r.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seed is Random.seed(arg): None seeds from the system's entropy; ints and longs by
// their absolute value; anything else by its hash as an unsigned long.
func (vm *VM) seedRandom(r *mtRandom, arg Object) *PyError {
	var n *big.Int
	switch x := nativeNumber(arg).(type) {
	case *Int:
		n = big.NewInt(x.V)
		n.Abs(n)
	case *Long:
		n = new(big.Int).Abs(x.V)
	default:
		if arg == nil || arg == Object(None) {
			var buf [2500]byte
			if _, err := rand.Read(buf[:]); err != nil {
				r.initGenrand(uint32(time.Now().Unix()))
				return nil
			}
			n = new(big.Int).SetBytes(buf[:])
			break
		}
		h, err := vm.Hash(arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	var key []uint32
	words := n.Bits()
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	return nil
}

// asMT returns the generator of a _random.Random or of an instance of a class deriving
// from it (random.Random), whose native part it is; nil for anything else, which the
// methods reject.
func asMT(self Object) *mtRandom {
	if inst, ok := self.(*Instance); ok {
		r, _ := inst.Native.(*mtRandom)
		return r
	}
	r, _ := self.(*mtRandom)
	return r
}

// jumpahead is random_jumpahead: the state words are permuted by n (word i swapped with
// word n mod i, from the last down), then each word but the first is offset by its
// position plus one, and the first by one (or set to 2**31 if all the others are zero).
// The next number starts a fresh block.
func (r *mtRandom) jumpahead(n *big.Int) {
	var rem, mod big.Int
	for i := mtN - 1; i > 1; i-- {
		mod.SetInt64(int64(i))
		j := rem.Mod(n, &mod).Int64()
		r.mt[i], r.mt[j] = r.mt[j], r.mt[i]
	}
	var nonzero uint32
	for i := 1; i < mtN; i++ {
		r.mt[i] += uint32(i + 1)
		nonzero |= r.mt[i]
	}
	if nonzero != 0 {
		r.mt[0]++
	} else {
		r.mt[0] = 0x80000000
	}
	r.idx = mtN
}

func randomTypes() []moduleTypeSpec {
	RandomType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if cls == RandomType {
			if err := vm.pyArgNoKeywords("Random()", kw); err != nil {
				return nil, err
			}
		}
		if len(args) > 1 {
			return nil, vm.typeErrorf("Random() takes at most 1 argument (%d given)", len(args))
		}
		r := &mtRandom{Header: gcsim.Header{RC: 1}}
		var seed Object
		if len(args) > 0 {
			seed = args[0]
		}
		if err := vm.seedRandom(r, seed); err != nil {
			return nil, err
		}
		if cls != RandomType {
			return vm.nativeSubclassInstance(cls, r), nil
		}
		return r, nil
	}
	return []moduleTypeSpec{{"_random", typeSpec{t: RandomType, base: ObjectType, methods: []methodDef{
		{name: "random", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("random", args, 0); err != nil {
				return nil, err
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("random() requires a _random.Random object")
			}
			return vm.NewFloat(r.float53()), nil
		}},
		{name: "seed", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("seed", args, 0, 1); err != nil {
				return nil, err
			}
			var seed Object
			if len(args) == 1 {
				seed = args[0]
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("seed() requires a _random.Random object")
			}
			if err := vm.seedRandom(r, seed); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}},
		{name: "getrandbits", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getrandbits", args, 1); err != nil {
				return nil, err
			}
			k, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			if k <= 0 {
				return nil, vm.Raise(ValueErrorType, "number of bits must be greater than zero")
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("getrandbits() requires a _random.Random object")
			}
			if k <= 32 {
				return vm.NewInt(int64(r.genrand() >> (32 - k))), nil
			}
			words := (k-1)/32 + 1
			buf := make([]byte, words*4)
			for i := int64(0); i < words; i++ {
				w := r.genrand()
				if k < 32 {
					w >>= 32 - k
				}
				binary.LittleEndian.PutUint32(buf[i*4:], w)
				k -= 32
			}
			for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
				buf[i], buf[j] = buf[j], buf[i]
			}
			return vm.NewLong(new(big.Int).SetBytes(buf)), nil
		}},
		{name: "jumpahead", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgO("jumpahead", args); err != nil {
				return nil, err
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("jumpahead() requires a _random.Random object")
			}
			n, ok := bigOf(nativeIndexable(args[0]))
			if !ok {
				return nil, vm.typeErrorf("jumpahead requires an integer, not '%s'", typeOf(args[0]).Name)
			}
			r.jumpahead(n)
			return noneRef(), nil
		}},
		{name: "getstate", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getstate", args, 0); err != nil {
				return nil, err
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("getstate() requires a _random.Random object")
			}
			// Longs, as random_getstate makes them (their repr shows an L).
			items := make([]Object, mtN+1)
			for i, w := range r.mt {
				items[i] = vm.NewLong(big.NewInt(int64(w)))
			}
			items[mtN] = vm.NewLong(big.NewInt(int64(r.idx)))
			return vm.NewTuple(items), nil
		}},
		{name: "setstate", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("setstate", args, 1); err != nil {
				return nil, err
			}
			t, ok := args[0].(*Tuple)
			if !ok {
				return nil, vm.typeErrorf("state vector must be a tuple")
			}
			if len(t.Items) != mtN+1 {
				return nil, vm.Raise(ValueErrorType, "state vector is the wrong size")
			}
			r := asMT(self)
			if r == nil {
				return nil, vm.typeErrorf("setstate() requires a _random.Random object")
			}
			var st [mtN + 1]int64
			for i, it := range t.Items {
				n, err := vm.intArg(it)
				if err != nil {
					return nil, err
				}
				st[i] = n
			}
			if st[mtN] < 0 || st[mtN] > mtN {
				return nil, vm.Raise(ValueErrorType, "invalid state")
			}
			for i := 0; i < mtN; i++ {
				r.mt[i] = uint32(st[i])
			}
			r.idx = int(st[mtN])
			return noneRef(), nil
		}},
	}}}}
}

// newRandomModule makes _random.
func newRandomModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("_random", "The Mersenne Twister generator under the random module.", []methodDef{
		{name: "_jumpahead_key", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			// The shuffle key random.Random.jumpahead derives from its argument and the
			// state (CPython takes it from hashlib): the SHA-512 of s, as a long.
			if err := vm.methodArgO("_jumpahead_key", args); err != nil {
				return nil, err
			}
			str, ok := args[0].(*Str)
			if !ok {
				return nil, vm.typeErrorf("_jumpahead_key() argument must be str, not %s", typeOf(args[0]).Name)
			}
			sum := sha512.Sum512([]byte(str.S))
			return vm.NewLong(new(big.Int).SetBytes(sum[:])), nil
		}},
	})
	m.Dict.SetString(vm, "Random", RandomType)
	return m
}
