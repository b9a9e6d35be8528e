// This file defines the reading of jit-backend-counts, jit-backend-addr and
// jit-backend-dump, and Code, a trace's machine code.

package jitlog

import (
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"handson/interp/pypylog"
)

var countKey = regexp.MustCompile(`^(?:(entry|loop|bridge) (-?\d+)|(TargetToken\(-?\d+\)))$`)

// parseCounts reads "key:count" lines. PyPy's viewer splits at the colon; so does this.
func (l *Log) parseCounts(sec *pypylog.Section) error {
	l.HasCounts = true
	for _, ln := range sec.Body {
		if ln.Text == "" {
			continue
		}
		i := strings.LastIndexByte(ln.Text, ':')
		if i < 0 {
			return errorf(ln.Num, "jit-backend-counts line %q has no ':count'", clip(ln.Text))
		}
		key := strings.TrimSpace(ln.Text[:i])
		n, err := strconv.ParseInt(strings.TrimSpace(ln.Text[i+1:]), 10, 64)
		if err != nil || n < 0 {
			return errorf(ln.Num, "jit-backend-counts line %q: the count is not a number", clip(ln.Text))
		}
		if !countKey.MatchString(key) {
			l.warn(ln.Num, "jit-backend-counts key %q is not entry N, TargetToken(N) or bridge N", clip(key))
		}
		l.Counts = append(l.Counts, Count{Key: key, N: n, Line: ln.Num})
	}
	return nil
}

// Backend is what jit-backend-addr and jit-backend-dump say about the machine code.
type Backend struct {
	// Name is the backend ("x86_64"), Executable the program ("pypy3"), from the dumps.
	Name       string
	Executable string
	// Addrs are the jit-backend-addr entries, in order.
	Addrs []Addr
	// writes are the CODE_DUMP lines in order; later ones patch earlier ones (guard jumps
	// are rewritten when a bridge is attached).
	writes  []codeWrite
	byAddr  []int  // indexes into writes, by address (see index)
	longest uint64 // the longest write
}

// Addr is one jit-backend-addr entry: where a loop's or bridge's code is.
type Addr struct {
	Line int
	// Loop is the loop number, or Guard the guard id of a bridge.
	Loop     int
	Guard    uint64
	IsBridge bool
	// Start and End delimit the ops' code ("has address 0x.. to 0x.."); Bootstrap is a
	// loop's entry from the interpreter.
	Start, End, Bootstrap uint64
	// Fields are the labelled lines under it ("gc table", "jump target", ...).
	Fields map[string]uint64
}

type codeWrite struct {
	addr uint64
	data []byte
}

var (
	loopAddr   = regexp.MustCompile(`^Loop (-?\d+) \(.*\) has address 0x([0-9a-fA-F]+) to 0x([0-9a-fA-F]+) \(bootstrap 0x([0-9a-fA-F]+)\)$`)
	bridgeAddr = regexp.MustCompile(`^bridge out of Guard 0x([0-9a-fA-F]+) has address 0x([0-9a-fA-F]+) to 0x([0-9a-fA-F]+)$`)
	addrField  = regexp.MustCompile(`^([a-z][a-z ]*): 0x([0-9a-fA-F]+)$`)
	codeDump   = regexp.MustCompile(`^CODE_DUMP @([0-9a-fA-F]+) \+(\d+) +([0-9a-fA-F]*)$`)
)

func parseHex(s string) uint64 {
	v, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return 0 // only reached for more than 16 digits; such an address is never real
	}
	return v
}

func (l *Log) parseBackend(pl *pypylog.Log) error {
	addrs := pl.Extract("jit-backend-addr")
	dumps := pl.Extract("jit-backend-dump")
	if len(addrs) == 0 && len(dumps) == 0 {
		return nil
	}
	b := &Backend{}
	for _, sec := range addrs {
		var cur *Addr
		for _, ln := range sec.Body {
			switch {
			case ln.Text == "":
			case loopAddr.MatchString(ln.Text):
				m := loopAddr.FindStringSubmatch(ln.Text)
				n, _ := strconv.Atoi(m[1])
				b.Addrs = append(b.Addrs, Addr{Line: ln.Num, Loop: n, Start: parseHex(m[2]), End: parseHex(m[3]), Bootstrap: parseHex(m[4]), Fields: map[string]uint64{}})
				cur = &b.Addrs[len(b.Addrs)-1]
			case bridgeAddr.MatchString(ln.Text):
				m := bridgeAddr.FindStringSubmatch(ln.Text)
				b.Addrs = append(b.Addrs, Addr{Line: ln.Num, Guard: parseHex(m[1]), IsBridge: true, Start: parseHex(m[2]), End: parseHex(m[3]), Fields: map[string]uint64{}})
				cur = &b.Addrs[len(b.Addrs)-1]
			case addrField.MatchString(ln.Text) && cur != nil:
				m := addrField.FindStringSubmatch(ln.Text)
				cur.Fields[m[1]] = parseHex(m[2])
			case strings.HasPrefix(ln.Text, "Loop ") || strings.HasPrefix(ln.Text, "bridge "):
				return errorf(ln.Num, "jit-backend-addr line %q is not \"... has address 0x.. to 0x..\"", clip(ln.Text))
			default:
				l.warn(ln.Num, "unfamiliar jit-backend-addr line %q", clip(ln.Text))
			}
		}
	}
	for _, sec := range dumps {
		for _, ln := range sec.Body {
			switch {
			case ln.Text == "":
			case strings.HasPrefix(ln.Text, "BACKEND "):
				b.Name = strings.TrimSpace(ln.Text[len("BACKEND "):])
			case strings.HasPrefix(ln.Text, "SYS_EXECUTABLE "):
				b.Executable = strings.TrimSpace(ln.Text[len("SYS_EXECUTABLE "):])
			case strings.HasPrefix(ln.Text, "CODE_DUMP "):
				m := codeDump.FindStringSubmatch(ln.Text)
				if m == nil || len(m[3])%2 != 0 {
					return errorf(ln.Num, "CODE_DUMP line is not \"CODE_DUMP @address +offset  HEXBYTES\"")
				}
				data, err := hex.DecodeString(m[3])
				if err != nil {
					return errorf(ln.Num, "CODE_DUMP bytes: %v", err)
				}
				off, _ := strconv.ParseUint(m[2], 10, 64)
				b.writes = append(b.writes, codeWrite{addr: parseHex(m[1]) + off, data: data})
			default:
				l.warn(ln.Num, "unfamiliar jit-backend-dump line %q", clip(ln.Text))
			}
		}
	}
	l.Backend = b
	return nil
}

// Read returns the bytes at [from, to) as the dumps left them, last write winning, and
// which of them any dump wrote at all.
func (b *Backend) Read(from, to uint64) (data []byte, known []bool) {
	if to < from || to-from > 1<<24 {
		return nil, nil
	}
	b.index()
	data = make([]byte, to-from)
	known = make([]bool, to-from)
	// Candidates start within the longest write before from, and before to.
	lo := uint64(0)
	if from > b.longest {
		lo = from - b.longest
	}
	first := sort.Search(len(b.byAddr), func(i int) bool { return b.writes[b.byAddr[i]].addr >= lo })
	var hits []int
	for _, wi := range b.byAddr[first:] {
		if b.writes[wi].addr >= to {
			break
		}
		hits = append(hits, wi)
	}
	sort.Ints(hits) // apply in log order: later dumps patch earlier ones
	for _, wi := range hits {
		w := b.writes[wi]
		end := w.addr + uint64(len(w.data))
		if end <= from {
			continue
		}
		for a := max(w.addr, from); a < min(end, to); a++ {
			data[a-from] = w.data[a-w.addr]
			known[a-from] = true
		}
	}
	return data, known
}

// index sorts the writes by address once, so that reading a trace's code looks at the
// few dumps near it rather than all of them (a long run's log has thousands).
func (b *Backend) index() {
	if b.byAddr != nil || len(b.writes) == 0 {
		return
	}
	b.byAddr = make([]int, len(b.writes))
	for i, w := range b.writes {
		b.byAddr[i] = i
		b.longest = max(b.longest, uint64(len(w.data)))
	}
	sort.SliceStable(b.byAddr, func(i, j int) bool { return b.writes[b.byAddr[i]].addr < b.writes[b.byAddr[j]].addr })
}

// Code is a trace's machine code: offset 0 of the trace's "+N:" offsets is at Start.
type Code struct {
	Addr  Addr
	Start uint64
	Bytes []byte
	Known []bool
}

// attachCode gives each trace its code, when the log has its address and bytes. The
// trace's offsets count from the start of its code block (where the gc table is), which
// is "to" minus the offset of "--end of the loop--".
func (l *Log) attachCode() {
	if l.Backend == nil {
		return
	}
	for _, a := range l.Backend.Addrs {
		var t *Trace
		if a.IsBridge {
			t = l.bridges[a.Guard]
		} else {
			t = l.loops[a.Loop]
		}
		if t == nil {
			// "Loop -1 ()" is one of PyPy's helper loops, which no log prints.
			if a.IsBridge || a.Loop >= 0 {
				l.warn(a.Line, "jit-backend-addr names a trace the log does not hold")
			}
			continue
		}
		var start uint64
		switch {
		case t.EndOffset >= 0 && a.End >= uint64(t.EndOffset):
			start = a.End - uint64(t.EndOffset)
			if gc, ok := a.Fields["gc table"]; ok && gc != start {
				l.warn(a.Line, "%s: code starts at 0x%x by its offsets but the gc table is at 0x%x", t.Name(), start, gc)
			}
		case a.Fields["gc table"] != 0:
			start = a.Fields["gc table"]
		default:
			l.warn(a.Line, "%s: cannot tell where offset 0 of its code is", t.Name())
			continue
		}
		data, known := l.Backend.Read(start, a.End)
		if data == nil {
			l.warn(a.Line, "%s: code range 0x%x-0x%x is not plausible", t.Name(), start, a.End)
			continue
		}
		t.Code = &Code{Addr: a, Start: start, Bytes: data, Known: known}
	}
}

// OpCode returns the machine code of op: from its offset to the next larger offset in the
// trace (or the end of the loop). ok is false when there is none to show, as for an op
// whose offset the next op shares (it emitted no code of its own).
func (t *Trace) OpCode(op *Op) (addr uint64, data []byte, known []bool, ok bool) {
	if t.Code == nil || op.Offset < 0 {
		return 0, nil, nil, false
	}
	end := -1
	for _, o := range t.Ops[op.Index+1:] {
		if o.Offset == op.Offset {
			return 0, nil, nil, false // the next op starts here too: this one emitted nothing
		}
		if o.Offset > op.Offset {
			end = o.Offset
			break
		}
	}
	if end < 0 {
		end = t.EndOffset
	}
	if end <= op.Offset || end > len(t.Code.Bytes) {
		return 0, nil, nil, false
	}
	return t.Code.Start + uint64(op.Offset), t.Code.Bytes[op.Offset:end], t.Code.Known[op.Offset:end], true
}
