// eval.go is the interpreter loop: one function that executes a frame's bytecode, with the
// block stack and the `why` codes of CPython 2.7's ceval.c, so that loops, try/except/
// finally, with, break/continue and return inside finally behave exactly as in 2.7.
package vm

import (
	op "handson/interp/compile"
)

// why codes: why the loop is unwinding (WHY_* in ceval.c, same values).
const (
	whyNot       = 0x0001
	whyException = 0x0002
	whyReraise   = 0x0004
	whyReturn    = 0x0008
	whyBreak     = 0x0010
	whyContinue  = 0x0020
	whyYield     = 0x0040
)

// eval runs frame f until it returns, yields or raises. When throw is not nil, the frame
// (a generator being resumed by throw() or close()) raises it at its current instruction.
// The result is owned. f.yielded tells a yield from a return.
func (vm *VM) eval(f *Frame, throw *PyError) (Object, *PyError) {
	vm.depth++
	if vm.depth > vm.recursionLimit {
		vm.depth--
		if throw != nil {
			throw.release(vm)
		}
		return nil, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded")
	}
	back := vm.frame
	f.Back = back
	if back != nil {
		incref(back)
	}
	vm.frame = f
	res, err := vm.run(f, throw)
	vm.frame = back
	f.Back = nil
	if back != nil {
		vm.Decref(back)
	}
	vm.depth--
	return res, err
}

// run is the interpreter loop proper, for eval.
func (vm *VM) run(f *Frame, throw *PyError) (result Object, perr *PyError) {
	why := whyNot
	var retval Object
	var err *PyError
	if throw != nil {
		vm.throwAtNext(throw)
	}

	// The outer loop changes frames: a plain call of a Python function runs the callee
	// here, and its return resumes the caller, without recursing in Go. The frame's
	// fields are read once per frame, so that they stay constant in the instruction loop
	// (values changing there would be shuffled between registers at every instruction).
frames:
	for {
		code := f.Code
		bytecode := code.Code.Code
		slots := f.Slots
		sp := f.SP
		pc := f.PC

		for {
			// No instruction starts with anything in these: saying so keeps Go from saving
			// them to memory at every instruction.
			why, retval, err = whyNot, nil, nil
			if p := vm.pending.Load(); p != 0 {
				f.SP, f.PC = sp, pc
				if p&pendingThrow != 0 {
					vm.clearPending(pendingThrow)
					err, vm.thrown = vm.thrown, nil
					why = whyException
					goto onError
				}
				if p&^pendingRecord != 0 {
					if e := vm.handlePending(); e != nil {
						err = e
						why = whyException
						f.Lasti = pc
						goto onError
					}
				}
				if vm.recording {
					opcode, oparg, next := decodeAt(bytecode, pc)
					f.Lasti, f.PC = pc, next
					vm.tracer.BeforeInstruction(vm, f, opcode, oparg)
					f.PC = pc
				}
			}
			f.Lasti = pc
			f.SP = sp
			{
				opcode := int(bytecode[pc])
				oparg := 0
				if opcode >= op.HaveArgument {
					arg := bytecode[pc+1 : pc+3 : pc+3] // one bounds check for both bytes
					oparg = int(arg[0]) | int(arg[1])<<8
					pc += 3
				} else {
					pc++
				}

			dispatch:
				switch opcode {
				case op.NOP:

				case op.EXTENDED_ARG:
					// The high half of the next instruction's argument (a case rather than a
					// test at every instruction, since it is rare).
					opcode = int(bytecode[pc])
					oparg = oparg<<16 | int(bytecode[pc+1]) | int(bytecode[pc+2])<<8
					pc += 3
					goto dispatch

				case op.LOAD_FAST:
					x := slots[oparg]
					if x == nil {
						err = vm.Raisef(UnboundLocalErrorType, "local variable '%s' referenced before assignment", code.VarNames[oparg].S)
						break
					}
					incref(x)
					slots[sp] = x
					sp++
					goto moreLoads

				case op.LOAD_CONST:
					x := code.Consts[oparg]
					incref(x)
					slots[sp] = x
					sp++
					goto moreLoads

				case op.STORE_FAST:
					old := slots[oparg]
					sp--
					slots[oparg] = slots[sp]
					if old != nil {
						if dropRef(old) {
							vm.deallocate(old)
						}
					}
					continue

				case op.DELETE_FAST:
					old := slots[oparg]
					if old == nil {
						err = vm.Raisef(UnboundLocalErrorType, "local variable '%s' referenced before assignment", code.VarNames[oparg].S)
						break
					}
					slots[oparg] = nil
					if dropRef(old) {
						vm.deallocate(old)
					}
					continue

				case op.POP_TOP:
					sp--
					if dropRef(slots[sp]) {
						vm.deallocate(slots[sp])
					}
					continue

				case op.ROT_TWO:
					slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
					continue

				case op.ROT_THREE:
					v := slots[sp-1]
					slots[sp-1] = slots[sp-2]
					slots[sp-2] = slots[sp-3]
					slots[sp-3] = v
					continue

				case op.ROT_FOUR:
					v := slots[sp-1]
					slots[sp-1] = slots[sp-2]
					slots[sp-2] = slots[sp-3]
					slots[sp-3] = slots[sp-4]
					slots[sp-4] = v
					continue

				case op.DUP_TOP:
					v := slots[sp-1]
					incref(v)
					slots[sp] = v
					sp++
					continue

				case op.DUP_TOPX:
					for i := 0; i < oparg; i++ {
						v := slots[sp-oparg]
						incref(v)
						slots[sp] = v
						sp++
					}
					continue

				case op.UNARY_POSITIVE, op.UNARY_NEGATIVE, op.UNARY_INVERT, op.UNARY_CONVERT:
					v := slots[sp-1]
					var x Object
					x, err = vm.unaryOp(opcode, v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.UNARY_NOT:
					v := slots[sp-1]
					var t bool
					t, err = vm.IsTrue(v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = NewBool(!t)
					continue

				case op.BINARY_ADD, op.BINARY_SUBTRACT:
					// Int plus or minus int, without overflow: the commonest arithmetic.
					if a, ok := slots[sp-2].(*Int); ok {
						if b, ok := slots[sp-1].(*Int); ok {
							var r int64
							var of bool
							if opcode == op.BINARY_ADD {
								r, of = addOverflows(a.V, b.V)
							} else {
								r, of = subOverflows(a.V, b.V)
							}
							if !of {
								sp--
								x := vm.NewInt(r)
								if dropRef(a) {
									vm.deallocate(a)
								}
								if dropRef(b) {
									vm.deallocate(b)
								}
								slots[sp-1] = x
								continue
							}
						}
					}
					sp--
					w := slots[sp]
					v := slots[sp-1]
					x := vm.floatBinaryFast(opcode, v, w)
					if x == nil {
						x, err = vm.binaryOp(binopOf[opcode], v, w, false)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.BINARY_MULTIPLY, op.BINARY_DIVIDE,
					op.BINARY_TRUE_DIVIDE, op.BINARY_FLOOR_DIVIDE, op.BINARY_MODULO, op.BINARY_POWER,
					op.BINARY_LSHIFT, op.BINARY_RSHIFT, op.BINARY_AND, op.BINARY_OR, op.BINARY_XOR:
					sp--
					w := slots[sp]
					v := slots[sp-1]
					var x Object
					if a, ok := v.(*Int); ok {
						if b, ok := w.(*Int); ok {
							x = vm.intBinaryFast(opcode, a.V, b.V)
						}
					}
					if x == nil {
						x = vm.floatBinaryFast(opcode, v, w)
					}
					if x == nil {
						x, err = vm.binaryOp(binopOf[opcode], v, w, false)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.INPLACE_ADD, op.INPLACE_SUBTRACT, op.INPLACE_MULTIPLY, op.INPLACE_DIVIDE,
					op.INPLACE_TRUE_DIVIDE, op.INPLACE_FLOOR_DIVIDE, op.INPLACE_MODULO, op.INPLACE_POWER,
					op.INPLACE_LSHIFT, op.INPLACE_RSHIFT, op.INPLACE_AND, op.INPLACE_OR, op.INPLACE_XOR:
					sp--
					w := slots[sp]
					v := slots[sp-1]
					var x Object
					if a, ok := v.(*Int); ok {
						if b, ok := w.(*Int); ok {
							x = vm.intBinaryFast(opcode, a.V, b.V)
						}
					}
					if x == nil {
						x = vm.floatBinaryFast(opcode, v, w)
					}
					if x == nil {
						x, err = vm.binaryOp(binopOf[opcode], v, w, true)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.BINARY_SUBSCR:
					sp--
					w := slots[sp]
					v := slots[sp-1]
					var x Object
					// A list or tuple item by an int in range, inline; the rest (and every
					// error) as GetItem does it.
					if i, ok := w.(*Int); ok {
						var items []Object
						if l, ok := v.(*List); ok && l.rng == nil {
							items = l.Items
						} else if t, ok := v.(*Tuple); ok {
							items = t.Items
						}
						idx := i.V
						if idx < 0 {
							idx += int64(len(items))
						}
						if idx >= 0 && idx < int64(len(items)) {
							x = items[idx]
							incref(x)
						}
					}
					if x == nil {
						x, err = vm.GetItem(v, w)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.STORE_SUBSCR:
					sp--
					w := slots[sp] // key
					sp--
					v := slots[sp] // container
					sp--
					u := slots[sp] // value
					// A list item by an int in range, inline, in list_ass_item's order: the
					// new item is in place before the old one is released. The stack's
					// reference to the value becomes the list's.
					if l, ok := v.(*List); ok && l.rng == nil {
						if i, ok := w.(*Int); ok {
							idx := i.V
							if idx < 0 {
								idx += int64(len(l.Items))
							}
							if idx >= 0 && idx < int64(len(l.Items)) {
								old := l.Items[idx]
								l.Items[idx] = u
								if dropRef(old) {
									vm.deallocate(old)
								}
								if dropRef(v) {
									vm.deallocate(v)
								}
								if dropRef(w) {
									vm.deallocate(w)
								}
								continue
							}
						}
					}
					err = vm.SetItem(v, w, u)
					if dropRef(u) {
						vm.deallocate(u)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						break
					}
					continue

				case op.DELETE_SUBSCR:
					sp--
					w := slots[sp]
					sp--
					v := slots[sp]
					err = vm.DelItem(v, w)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						break
					}
					continue

				case op.SLICE_0, op.SLICE_1, op.SLICE_2, op.SLICE_3:
					var lo, hi Object
					if (opcode-op.SLICE_0)&2 != 0 {
						sp--
						hi = slots[sp]
					}
					if (opcode-op.SLICE_0)&1 != 0 {
						sp--
						lo = slots[sp]
					}
					v := slots[sp-1]
					var x Object
					x, err = vm.getSlice(v, lo, hi)
					if dropRef(v) {
						vm.deallocate(v)
					}
					vm.Xdecref(lo)
					vm.Xdecref(hi)
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.STORE_SLICE_0, op.STORE_SLICE_1, op.STORE_SLICE_2, op.STORE_SLICE_3:
					var lo, hi Object
					if (opcode-op.STORE_SLICE_0)&2 != 0 {
						sp--
						hi = slots[sp]
					}
					if (opcode-op.STORE_SLICE_0)&1 != 0 {
						sp--
						lo = slots[sp]
					}
					sp--
					v := slots[sp]
					sp--
					u := slots[sp]
					err = vm.setSlice(v, lo, hi, u)
					if dropRef(u) {
						vm.deallocate(u)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					vm.Xdecref(lo)
					vm.Xdecref(hi)
					if err != nil {
						break
					}
					continue

				case op.DELETE_SLICE_0, op.DELETE_SLICE_1, op.DELETE_SLICE_2, op.DELETE_SLICE_3:
					var lo, hi Object
					if (opcode-op.DELETE_SLICE_0)&2 != 0 {
						sp--
						hi = slots[sp]
					}
					if (opcode-op.DELETE_SLICE_0)&1 != 0 {
						sp--
						lo = slots[sp]
					}
					sp--
					v := slots[sp]
					err = vm.setSlice(v, lo, hi, nil)
					if dropRef(v) {
						vm.deallocate(v)
					}
					vm.Xdecref(lo)
					vm.Xdecref(hi)
					if err != nil {
						break
					}
					continue

				case op.COMPARE_OP:
					sp--
					w := slots[sp]
					v := slots[sp-1]
					var x Object
					if a, ok := v.(*Int); ok {
						if b, ok := w.(*Int); ok && oparg <= op.CmpGE {
							r := compareInts(oparg, a.V, b.V)
							// A conditional jump right after consumes the result without
							// a bool object (CPython's PREDICT does the same).
							if next := bytecode[pc]; !vm.recording && (next == op.POP_JUMP_IF_FALSE || next == op.POP_JUMP_IF_TRUE) {
								sp--
								if dropRef(v) {
									vm.deallocate(v)
								}
								if dropRef(w) {
									vm.deallocate(w)
								}
								if r == (next == op.POP_JUMP_IF_TRUE) {
									target := int(bytecode[pc+1]) | int(bytecode[pc+2])<<8
									if target < pc {
										pc = target
										goto backedgeCheck
									}
									pc = target
								} else {
									pc += 3
								}
								continue
							}
							x = NewBool(r)
						}
					}
					if x == nil {
						x, err = vm.compareOp(oparg, v, w)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(w) {
						vm.deallocate(w)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					// Fuse with a following conditional jump, as CPython's PREDICT does; the
					// observable behaviour is the same.
					continue

				case op.POP_JUMP_IF_FALSE:
					sp--
					v := slots[sp]
					if v == Object(True) {
						True.RC--
						continue
					}
					if v == Object(False) {
						False.RC--
						if oparg < pc {
							pc = oparg
							goto backedgeCheck
						}
						pc = oparg
						continue
					}
					var t bool
					if i, ok := v.(*Int); ok {
						t = i.V != 0 // `while n:` and the like, without a call
					} else {
						t, err = vm.IsTrue(v)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					if !t {
						if oparg < pc {
							pc = oparg
							goto backedgeCheck
						}
						pc = oparg
					}
					continue

				case op.POP_JUMP_IF_TRUE:
					sp--
					v := slots[sp]
					if v == Object(False) {
						False.RC--
						continue
					}
					if v == Object(True) {
						True.RC--
						if oparg < pc {
							pc = oparg
							goto backedgeCheck
						}
						pc = oparg
						continue
					}
					var t bool
					if i, ok := v.(*Int); ok {
						t = i.V != 0 // `while n:` and the like, without a call
					} else {
						t, err = vm.IsTrue(v)
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					if t {
						if oparg < pc {
							pc = oparg
							goto backedgeCheck
						}
						pc = oparg
					}
					continue

				case op.JUMP_IF_FALSE_OR_POP:
					v := slots[sp-1]
					var t bool
					t, err = vm.IsTrue(v)
					if err != nil {
						break
					}
					if !t {
						pc = oparg
						continue
					}
					sp--
					if dropRef(v) {
						vm.deallocate(v)
					}
					continue

				case op.JUMP_IF_TRUE_OR_POP:
					v := slots[sp-1]
					var t bool
					t, err = vm.IsTrue(v)
					if err != nil {
						break
					}
					if t {
						pc = oparg
						continue
					}
					sp--
					if dropRef(v) {
						vm.deallocate(v)
					}
					continue

				case op.JUMP_FORWARD:
					pc += oparg
					continue

				case op.JUMP_ABSOLUTE:
					pc = oparg
					goto backedgeCheck

				case op.LOAD_GLOBAL:
					nc := &code.nameCache[oparg]
					var x Object
					if g := f.Globals; nc.n == 1 && nc.dicts[0] == g && nc.vers[0] == g.ver {
						x = g.table[nc.slot].value // a module global: lookup's first case, inline
					} else {
						x = nc.lookup(f.Globals, f.Builtins, nil)
					}
					if x == nil {
						x = nc.fill(code.Names[oparg], f.Globals, f.Builtins)
						if x == nil {
							err = vm.Raisef(NameErrorType, "global name '%s' is not defined", code.Names[oparg].S)
							break
						}
					}
					incref(x)
					slots[sp] = x
					sp++
					continue

				case op.STORE_GLOBAL:
					sp--
					v := slots[sp]
					f.Globals.SetStr(vm, code.Names[oparg], v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					continue

				case op.DELETE_GLOBAL:
					var found bool
					found, err = f.Globals.DelItem(vm, code.Names[oparg])
					if err == nil && !found {
						err = vm.Raisef(NameErrorType, "global name '%s' is not defined", code.Names[oparg].S)
					}
					if err != nil {
						break
					}
					continue

				case op.LOAD_NAME:
					name := code.Names[oparg]
					var x Object
					if f.Locals == nil {
						err = vm.Raisef(SystemErrorType, "no locals when loading '%s'", name.S)
						break
					}
					nc := &code.nameCache[oparg]
					x = nc.lookup(f.Locals, f.Globals, f.Builtins)
					if x == nil {
						x = nc.fill(name, f.Locals, f.Globals, f.Builtins)
						if x == nil {
							err = vm.Raisef(NameErrorType, "name '%s' is not defined", name.S)
							break
						}
					}
					incref(x)
					slots[sp] = x
					sp++
					continue

				case op.STORE_NAME:
					sp--
					v := slots[sp]
					if f.Locals == nil {
						if dropRef(v) {
							vm.deallocate(v)
						}
						err = vm.Raisef(SystemErrorType, "no locals found when storing '%s'", code.Names[oparg].S)
						break
					}
					// A name already bound is rebound in place when the cache knows its slot.
					nc := &code.nameCache[oparg]
					if old := nc.lookup(f.Locals, nil, nil); old != nil && !f.Locals.generic {
						f.Locals.maintainTracking(vm, code.Names[oparg], v)
						f.Locals.table[nc.slot].value = v
						if dropRef(old) {
							vm.deallocate(old)
						}
						continue
					}
					f.Locals.SetStr(vm, code.Names[oparg], v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					nc.fill(code.Names[oparg], f.Locals)
					continue

				case op.DELETE_NAME:
					if f.Locals == nil {
						err = vm.Raisef(SystemErrorType, "no locals when deleting '%s'", code.Names[oparg].S)
						break
					}
					var found bool
					found, err = f.Locals.DelItem(vm, code.Names[oparg])
					if err == nil && !found {
						err = vm.Raisef(NameErrorType, "name '%s' is not defined", code.Names[oparg].S)
					}
					if err != nil {
						break
					}
					continue

				case op.LOAD_DEREF:
					cell := slots[code.NLocals+oparg].(*Cell)
					if cell.V == nil {
						if oparg < len(code.CellVars) {
							err = vm.Raisef(UnboundLocalErrorType, "local variable '%s' referenced before assignment", code.CellVars[oparg].S)
						} else {
							err = vm.Raisef(NameErrorType, "free variable '%s' referenced before assignment in enclosing scope", code.FreeVars[oparg-len(code.CellVars)].S)
						}
						break
					}
					incref(cell.V)
					slots[sp] = cell.V
					sp++
					continue

				case op.STORE_DEREF:
					cell := slots[code.NLocals+oparg].(*Cell)
					old := cell.V
					sp--
					cell.V = slots[sp]
					vm.Xdecref(old)
					continue

				case op.LOAD_CLOSURE:
					cell := slots[code.NLocals+oparg]
					incref(cell)
					slots[sp] = cell
					sp++
					continue

				case op.LOAD_ATTR:
					v := slots[sp-1]
					var x Object
					x, err = vm.GetAttr(v, code.Names[oparg])
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.STORE_ATTR:
					sp--
					v := slots[sp] // object
					sp--
					u := slots[sp] // value
					err = vm.SetAttr(v, code.Names[oparg], u)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if dropRef(u) {
						vm.deallocate(u)
					}
					if err != nil {
						break
					}
					continue

				case op.DELETE_ATTR:
					sp--
					v := slots[sp]
					err = vm.SetAttr(v, code.Names[oparg], nil)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					continue

				case op.BUILD_TUPLE:
					items := make([]Object, oparg)
					copy(items, slots[sp-oparg:sp])
					sp -= oparg
					slots[sp] = vm.NewTuple(items)
					sp++
					continue

				case op.BUILD_LIST:
					items := make([]Object, oparg)
					copy(items, slots[sp-oparg:sp])
					sp -= oparg
					slots[sp] = vm.NewList(items)
					sp++
					continue

				case op.BUILD_SET:
					s := vm.NewSet(nil)
					for i := sp - oparg; i < sp && err == nil; i++ {
						err = s.Add(vm, slots[i])
					}
					for i := sp - oparg; i < sp; i++ {
						if dropRef(slots[i]) {
							vm.deallocate(slots[i])
						}
					}
					sp -= oparg
					if err != nil {
						if dropRef(s) {
							vm.deallocate(s)
						}
						break
					}
					slots[sp] = s
					sp++
					continue

				case op.BUILD_MAP:
					d := vm.NewDict()
					d.presize(oparg)
					slots[sp] = d
					sp++
					continue

				case op.STORE_MAP:
					sp--
					key := slots[sp]
					sp--
					value := slots[sp]
					d := slots[sp-1].(*Dict)
					err = d.SetItem(vm, key, value)
					if dropRef(value) {
						vm.deallocate(value)
					}
					if dropRef(key) {
						vm.deallocate(key)
					}
					if err != nil {
						break
					}
					continue

				case op.MAP_ADD:
					sp--
					key := slots[sp]
					sp--
					value := slots[sp]
					d := slots[sp-oparg].(*Dict)
					err = d.SetItem(vm, key, value)
					if dropRef(value) {
						vm.deallocate(value)
					}
					if dropRef(key) {
						vm.deallocate(key)
					}
					if err != nil {
						break
					}
					continue

				case op.LIST_APPEND:
					sp--
					v := slots[sp]
					l := slots[sp-oparg].(*List)
					l.materialize(vm)
					if len(l.Items) >= l.alloc {
						l.noteResize(len(l.Items) + 1)
					}
					l.Items = append(l.Items, v)
					continue

				case op.SET_ADD:
					sp--
					v := slots[sp]
					s := slots[sp-oparg].(*Set)
					err = s.Add(vm, v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					continue

				case op.BUILD_SLICE:
					var step Object = None
					if oparg == 3 {
						sp--
						step = slots[sp]
					} else {
						incref(step)
					}
					sp--
					stop := slots[sp]
					start := slots[sp-1]
					s := vm.newSlice(start, stop, step)
					if dropRef(start) {
						vm.deallocate(start)
					}
					if dropRef(stop) {
						vm.deallocate(stop)
					}
					if dropRef(step) {
						vm.deallocate(step)
					}
					slots[sp-1] = s
					continue

				case op.UNPACK_SEQUENCE:
					sp--
					v := slots[sp]
					err = vm.unpackSequence(v, oparg, slots[sp:sp+oparg])
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					sp += oparg
					continue

				case op.GET_ITER:
					v := slots[sp-1]
					var it Object
					it, err = vm.GetIter(v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = it
					continue

				case op.FOR_ITER:
					it := slots[sp-1]
					var x Object
					// Iterating a list: the commonest loop, served without the generic Next.
					if si, ok := it.(*seqIter); ok {
						if l, ok := si.seq.(*List); ok {
							if si.i < l.Len() {
								slots[sp] = l.item(vm, si.i)
								si.i++
								sp++
								continue
							}
						}
					}
					x, err = vm.Next(it)
					if err != nil {
						break
					}
					if x != nil {
						slots[sp] = x
						sp++
						continue
					}
					sp--
					if dropRef(it) {
						vm.deallocate(it)
					}
					pc += oparg
					continue

				case op.SETUP_LOOP, op.SETUP_EXCEPT, op.SETUP_FINALLY:
					f.Blocks = append(f.Blocks, Block{Kind: uint8(opcode), Handler: pc + oparg, Level: sp})
					continue

				case op.POP_BLOCK:
					b := f.Blocks[len(f.Blocks)-1]
					f.Blocks = f.Blocks[:len(f.Blocks)-1]
					for sp > b.Level {
						sp--
						if dropRef(slots[sp]) {
							vm.deallocate(slots[sp])
						}
					}
					continue

				case op.BREAK_LOOP:
					why = whyBreak
					goto unwind

				case op.CONTINUE_LOOP:
					retval = vm.NewInt(int64(oparg))
					why = whyContinue
					goto unwind

				case op.RETURN_VALUE:
					sp--
					retval = slots[sp]
					why = whyReturn
					goto unwind

				case op.YIELD_VALUE:
					sp--
					retval = slots[sp]
					f.SP, f.PC = sp, pc
					why = whyYield
					goto exit

				case op.END_FINALLY:
					sp--
					v := slots[sp]
					switch x := v.(type) {
					case *Int:
						if x != True && x != False {
							why = int(x.V)
							if dropRef(v) {
								vm.deallocate(v)
							}
							if why == whyReturn || why == whyContinue {
								sp--
								retval = slots[sp]
							}
							if why != whyNot {
								goto unwind
							}
							continue
						}
					case *Type:
						if x.IsSubtype(BaseExceptionType) || x.Flags&FlagClassic != 0 {
							sp--
							value := slots[sp]
							sp--
							tb := slots[sp]
							err = vm.restoreException(v, value, tb)
							why = whyReraise
							goto onErrorNoTB
						}
					case *NoneObject:
						continue
					}
					if v.Type().Flags&FlagClassic != 0 || isStr(v) {
						sp--
						value := slots[sp]
						sp--
						tb := slots[sp]
						err = vm.restoreException(v, value, tb)
						why = whyReraise
						goto onErrorNoTB
					}
					if dropRef(v) {
						vm.deallocate(v)
					}
					err = vm.Raise(SystemErrorType, "'finally' pops bad exception")
					break

				case op.SETUP_WITH:
					mgr := slots[sp-1]
					var exit, enter, res Object
					exit, err = vm.lookupSpecialBound(mgr, sExit)
					if err != nil {
						break
					}
					if exit == nil {
						err = vm.Raise(AttributeErrorType, "__exit__")
						break
					}
					slots[sp-1] = exit
					enter, err = vm.lookupSpecialBound(mgr, sEnter)
					if dropRef(mgr) {
						vm.deallocate(mgr)
					}
					if err == nil && enter == nil {
						err = vm.Raise(AttributeErrorType, "__enter__")
					}
					if err != nil {
						break
					}
					f.SP = sp
					res, err = vm.Call(enter, nil, nil)
					if dropRef(enter) {
						vm.deallocate(enter)
					}
					if err != nil {
						break
					}
					f.Blocks = append(f.Blocks, Block{Kind: op.SETUP_FINALLY, Handler: pc + oparg, Level: sp})
					slots[sp] = res
					sp++
					continue

				case op.WITH_CLEANUP:
					err = vm.withCleanup(f, &sp)
					if err != nil {
						break
					}
					continue

				case op.CALL_FUNCTION:
					// The common call: a Python function (or a method bound to one) with
					// exactly its positional parameters. The new frame's locals are filled
					// straight from the stack.
					if na := oparg & 0xff; oparg>>8 == 0 {
						var fn *Function
						var self Object
						switch c := slots[sp-na-1].(type) {
						case *Function:
							fn = c
						case *Method:
							if c.Self != nil {
								if pf, ok := c.Func.(*Function); ok {
									fn, self = pf, c.Self
								}
							}
						}
						var nf *Frame
						if fn != nil && fn.Code.simpleCall && fn.Code.ArgCount == na+boolInt(self != nil) {
							if vm.depth >= vm.recursionLimit {
								err = vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded")
								break
							}
							f.SP = sp
							nf = vm.newFrame(fn.Code, fn.Globals, nil, fn.Builtins)
							dst := nf.Slots
							if self != nil {
								incref(self)
								dst[0] = self
								dst = dst[1:]
							}
							base := sp - na
							for j := 0; j < na; j++ {
								a := slots[base+j]
								incref(a)
								dst[j] = a
							}
						} else if fn != nil && fn.Code.simpleCall && fn.Defaults != nil && uint(fn.Code.ArgCount-na-boolInt(self != nil)) <= uint(len(fn.Defaults)) {
							// Parameters left out take their defaults (callFrame). The exact
							// call above binds inline instead: one path for both costs exact
							// calls about 2% (fib_rec, callgrind).
							if vm.depth >= vm.recursionLimit {
								err = vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded")
								break
							}
							f.SP = sp
							nf = vm.callFrame(fn, self, slots[sp-na:sp])
						}
						if nf != nil {
							if vm.tracer != nil {
								vm.tracer.FunctionEntry(vm, nf)
							}
							// Run the callee in this loop, as eval would run it: the caller
							// resumes at exit (see inlineReturn) with the result pushed.
							f.PC = pc
							vm.depth++
							nf.Back = f
							incref(f)
							vm.frame = nf
							nf.inlinePop = na + 1
							f = nf
							continue frames
						}
					}
					f.SP = sp
					var x Object
					x, err = vm.callFromStack(f, &sp, oparg&0xff, (oparg>>8)&0xff, nil, nil)
					if err != nil {
						break
					}
					slots[sp] = x
					sp++
					continue

				case op.CALL_FUNCTION_VAR, op.CALL_FUNCTION_KW, op.CALL_FUNCTION_VAR_KW:
					var star, starstar Object
					if opcode == op.CALL_FUNCTION_KW || opcode == op.CALL_FUNCTION_VAR_KW {
						sp--
						starstar = slots[sp]
					}
					if opcode == op.CALL_FUNCTION_VAR || opcode == op.CALL_FUNCTION_VAR_KW {
						sp--
						star = slots[sp]
					}
					f.SP = sp
					var x Object
					x, err = vm.callFromStack(f, &sp, oparg&0xff, (oparg>>8)&0xff, star, starstar)
					vm.Xdecref(star)
					vm.Xdecref(starstar)
					if err != nil {
						break
					}
					slots[sp] = x
					sp++
					continue

				case op.MAKE_FUNCTION, op.MAKE_CLOSURE:
					sp--
					codeObj := slots[sp].(*Code)
					var closure *Tuple
					if opcode == op.MAKE_CLOSURE {
						sp--
						closure = slots[sp].(*Tuple)
					}
					defaults := make([]Object, oparg)
					copy(defaults, slots[sp-oparg:sp])
					sp -= oparg
					fn := vm.newFunction(codeObj, f.Globals, f.Builtins, defaults, closure)
					if dropRef(codeObj) {
						vm.deallocate(codeObj)
					}
					if closure != nil {
						if dropRef(closure) {
							vm.deallocate(closure)
						}
					}
					slots[sp] = fn
					sp++
					continue

				case op.RAISE_VARARGS:
					var a [3]Object
					for i := oparg - 1; i >= 0; i-- {
						sp--
						a[i] = slots[sp]
					}
					err, why = vm.doRaise(a[0], a[1], a[2])
					if why == whyReraise {
						goto onErrorNoTB
					}
					why = whyException
					break

				case op.PRINT_ITEM, op.PRINT_ITEM_TO:
					var stream Object
					if opcode == op.PRINT_ITEM_TO {
						sp--
						stream = slots[sp]
					}
					sp--
					v := slots[sp]
					err = vm.printItem(stream, v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					vm.Xdecref(stream)
					if err != nil {
						break
					}
					continue

				case op.PRINT_NEWLINE, op.PRINT_NEWLINE_TO:
					var stream Object
					if opcode == op.PRINT_NEWLINE_TO {
						sp--
						stream = slots[sp]
					}
					err = vm.printNewline(stream)
					vm.Xdecref(stream)
					if err != nil {
						break
					}
					continue

				case op.PRINT_EXPR:
					sp--
					v := slots[sp]
					err = vm.displayHook(v)
					if dropRef(v) {
						vm.deallocate(v)
					}
					if err != nil {
						break
					}
					continue

				case op.LOAD_LOCALS:
					if f.Locals == nil {
						err = vm.Raise(SystemErrorType, "no locals")
						break
					}
					incref(f.Locals)
					slots[sp] = f.Locals
					sp++
					continue

				case op.BUILD_CLASS:
					sp--
					methods := slots[sp]
					sp--
					bases := slots[sp]
					name := slots[sp-1]
					var x Object
					x, err = vm.buildClass(methods, bases, name, f.Globals)
					if dropRef(methods) {
						vm.deallocate(methods)
					}
					if dropRef(bases) {
						vm.deallocate(bases)
					}
					if dropRef(name) {
						vm.deallocate(name)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.IMPORT_NAME:
					sp--
					fromlist := slots[sp]
					level := slots[sp-1]
					var x Object
					x, err = vm.importName(code.Names[oparg], fromlist, level, f)
					if dropRef(fromlist) {
						vm.deallocate(fromlist)
					}
					if dropRef(level) {
						vm.deallocate(level)
					}
					if err != nil {
						sp--
						break
					}
					slots[sp-1] = x
					continue

				case op.IMPORT_FROM:
					mod := slots[sp-1]
					var x Object
					x, err = vm.GetAttr(mod, code.Names[oparg])
					if err != nil {
						if err.Matches(AttributeErrorType) {
							err.release(vm)
							err = vm.Raisef(ImportErrorType, "cannot import name %s", code.Names[oparg].S)
						}
						break
					}
					slots[sp] = x
					sp++
					continue

				case op.IMPORT_STAR:
					sp--
					mod := slots[sp]
					err = vm.importStar(mod, f)
					if dropRef(mod) {
						vm.deallocate(mod)
					}
					if err != nil {
						break
					}
					continue

				case op.EXEC_STMT:
					sp--
					locals := slots[sp]
					sp--
					globals := slots[sp]
					sp--
					prog := slots[sp]
					err = vm.execStmt(prog, globals, locals, f)
					if dropRef(prog) {
						vm.deallocate(prog)
					}
					if dropRef(globals) {
						vm.deallocate(globals)
					}
					if dropRef(locals) {
						vm.deallocate(locals)
					}
					if err != nil {
						break
					}
					continue

				default:
					err = vm.Raisef(SystemErrorType, "unknown opcode %d", opcode)
				}
				// Only failing instructions reach this point.
				if err == nil {
					panic("BUG: instruction fell through without an error")
				}
				why = whyException
				goto onError
			}

		moreLoads:
			// The loads that follow a load run here, without going round the loop: a
			// LOAD_FAST of a bound local or a LOAD_CONST cannot raise, allocate or free, so
			// neither a safe point nor a traceback could tell the difference. An unbound
			// local goes round, to raise. While a trace is recorded, every instruction goes
			// round, for BeforeInstruction.
			for !vm.recording {
				var x Object
				if next := bytecode[pc]; next == op.LOAD_FAST {
					if x = slots[int(bytecode[pc+1])|int(bytecode[pc+2])<<8]; x == nil {
						break
					}
				} else if next == op.LOAD_CONST {
					x = code.Consts[int(bytecode[pc+1])|int(bytecode[pc+2])<<8]
				} else {
					break
				}
				incref(x)
				slots[sp] = x
				sp++
				pc += 3
			}
			continue

		backedgeCheck:
			// A backward jump: JUMP_ABSOLUTE, or a conditional jump that CPython's peephole
			// optimizer aimed straight at a loop's start. The JIT counts these (loop
			// iterations), as PyPy's jump_absolute does, and may run compiled code for the
			// loop, which leaves the frame at another instruction.
			if vm.tracer != nil {
				f.SP, f.PC = sp, pc
				resumed, terr := vm.tracer.BackEdge(vm, f)
				if resumed {
					sp, pc = f.SP, f.PC
				}
				if terr != nil {
					err = terr
					f.Lasti = pc
					goto onError
				}
			}
			continue

		onError:
			vm.addTraceback(err, f)
		onErrorNoTB:
			// A re-raise (bare raise, END_FINALLY) keeps the traceback it had; from here on
			// both unwind as an exception.
			why = whyException
			if err == nil {
				panic("BUG: error path without an exception")
			}

		unwind:
			if why == whyException && err.abort {
				// An aborted run leaves every block without running its handler.
				f.Blocks = f.Blocks[:0]
			}
			for why != whyNot && len(f.Blocks) > 0 {
				b := f.Blocks[len(f.Blocks)-1]
				if b.Kind == op.SETUP_LOOP && why == whyContinue {
					why = whyNot
					pc = int(retval.(*Int).V)
					if dropRef(retval) {
						vm.deallocate(retval)
					}
					retval = nil
					break
				}
				f.Blocks = f.Blocks[:len(f.Blocks)-1]
				for sp > b.Level {
					sp--
					if dropRef(slots[sp]) {
						vm.deallocate(slots[sp])
					}
				}
				if b.Kind == op.SETUP_LOOP && why == whyBreak {
					why = whyNot
					pc = b.Handler
					break
				}
				if b.Kind == op.SETUP_FINALLY || (b.Kind == op.SETUP_EXCEPT && why == whyException) {
					if why == whyException {
						exc := err
						err = nil
						if b.Kind == op.SETUP_EXCEPT {
							vm.setExcInfo(f, exc)
						}
						if exc.Traceback != nil {
							slots[sp] = exc.Traceback
							sp++
						} else {
							slots[sp] = noneRef()
							sp++
						}
						slots[sp] = exc.Value
						sp++
						t := exc.Value.Type()
						incref(t)
						slots[sp] = t
						sp++
					} else {
						if why&(whyReturn|whyContinue) != 0 {
							slots[sp] = retval
							sp++
							retval = nil
						}
						slots[sp] = vm.NewInt(int64(why))
						sp++
					}
					why = whyNot
					pc = b.Handler
					break
				}
			}
			if why == whyNot {
				continue
			}
			// Leaving the frame.
			for sp > f.stackBase {
				sp--
				if dropRef(slots[sp]) {
					vm.deallocate(slots[sp])
				}
			}
			f.SP = sp
			if why != whyReturn && why != whyException && why != whyReraise {
				panic("BUG: frame left with an unexpected why code")
			}
			if f.excSaved {
				vm.resetExcInfo(f)
			}
			if f.inlinePop > 0 {
				// inlineReturn: the frame was entered by a call in this loop. Leave it as eval
				// leaves a frame, then drop the caller's callable and arguments and go on in the
				// caller with the result, or with the exception.
				callee := f
				f = callee.Back
				npop := callee.inlinePop
				callee.inlinePop = 0
				callee.PC = -1
				callee.yielded = false
				vm.frame = f
				callee.Back = nil
				if dropRef(f) {
					panic("BUG: a caller frame died while its callee ran")
				}
				vm.depth--
				if callee.RC == 1 {
					// Nothing else refers to the frame: release it at once.
					callee.RC = 0
					vm.releaseFrame(callee)
				} else if dropRef(callee) {
					vm.deallocate(callee)
				}
				callerSlots := f.Slots
				for ; npop > 0; npop-- {
					f.SP--
					o := callerSlots[f.SP]
					callerSlots[f.SP] = nil
					if dropRef(o) {
						vm.deallocate(o)
					}
				}
				if why == whyReturn {
					callerSlots[f.SP] = retval
					f.SP++
					retval = nil
					why = whyNot
					continue frames
				}
				// The exception goes on in the caller, from its call instruction (f.Lasti), as a
				// thrown one does at the top of the loop.
				vm.throwAtNext(err)
				err = nil
				why = whyNot
				continue frames
			}
			goto exit
		}
	}

exit:
	if f.excSaved {
		vm.resetExcInfo(f)
	}
	if why == whyYield {
		f.yielded = true
		return retval, nil
	}
	f.yielded = false
	f.PC = -1 // finished
	if why == whyReturn {
		return retval, nil
	}
	return nil, err
}

// decodeAt reads the instruction at pc (with its EXTENDED_ARG prefix) as the loop does,
// returning the offset of the next one.
func decodeAt(bytecode []byte, pc int) (opcode, oparg, next int) {
	opcode = int(bytecode[pc])
	if opcode < op.HaveArgument {
		return opcode, 0, pc + 1
	}
	oparg = int(bytecode[pc+1]) | int(bytecode[pc+2])<<8
	pc += 3
	if opcode == op.EXTENDED_ARG {
		opcode = int(bytecode[pc])
		oparg = oparg<<16 | int(bytecode[pc+1]) | int(bytecode[pc+2])<<8
		pc += 3
	}
	return opcode, oparg, pc
}
