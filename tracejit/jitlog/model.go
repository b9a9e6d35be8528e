// This file defines the model a parsed JIT log becomes: Log, Trace, Op, Part, and the
// small values hung on them.

package jitlog

import (
	"fmt"
	"strconv"
	"strings"
)

// Log is everything the JIT sections of one log say.
type Log struct {
	// Traces are the loops and bridges, in the order the log has them.
	Traces []*Trace
	// Category is the family the traces were read from: "jit-log-opt", "jit-log-rewritten"
	// or "jit-log-noopt" (the first the log has, as PyPy's jitviewer chooses), or "" when
	// the log holds no trace.
	Category string
	// Counts are the lines of the last jit-backend-counts section; HasCounts reports
	// whether the log has one at all (a log without it has no run counts, which is not the
	// same as counts of zero).
	Counts    []Count
	HasCounts bool
	// Backend holds jit-backend-addr and jit-backend-dump; nil when the log has neither.
	Backend *Backend
	// Warnings are oddities that did not stop the reading.
	Warnings []Warning

	loops   map[int]*Trace
	bridges map[uint64]*Trace // by the guard they leave
	guards  map[uint64]*Op
	labels  map[string]*Op // by TargetToken descr
}

// TraceKind says what a trace is.
type TraceKind int

const (
	// KindLoop is "# Loop N (..) : loop": a loop traced from its header, closing on itself.
	KindLoop TraceKind = iota
	// KindEntryBridge is "# Loop N (..) : entry bridge": traced from the interpreter (a
	// loop header or a function's start), ending in another loop or a return.
	KindEntryBridge
	// KindBridge is "# bridge out of Guard 0x..": traced from a guard that failed often.
	KindBridge
	// KindOther is any other header, such as jit-log-noopt's "# Traced loop or bridge".
	KindOther
)

func (k TraceKind) String() string {
	switch k {
	case KindLoop:
		return "loop"
	case KindEntryBridge:
		return "entry bridge"
	case KindBridge:
		return "bridge"
	case KindOther:
		return "trace"
	}
	return "TraceKind(" + strconv.Itoa(int(k)) + ")"
}

// Trace is one loop or bridge: one jit-log-opt-loop or jit-log-opt-bridge section.
type Trace struct {
	Kind TraceKind
	// Number is N of "# Loop N"; 0 for bridges.
	Number int
	// Guard is the id of the guard a bridge leaves (the hex of "Guard 0x.."); 0 otherwise.
	Guard uint64
	// Header is the section's "#" line; Location and Loc its parenthesised location.
	Header   string
	Location string
	Loc      Location
	// HeaderOps is the "with N ops" of the header, -1 when absent.
	HeaderOps int
	// Category and Line say where the trace is: the section's name and its first line.
	Category string
	Line     int
	// Inputargs are the variables the trace starts with.
	Inputargs []string
	Ops       []*Op
	// EndOffset is the machine-code offset of "--end of the loop--", -1 when absent.
	EndOffset int
	// Parts are the trace cut at its labels (split_trace).
	Parts []*Part
	// Code is the trace's machine code, when the log has jit-backend-addr and -dump.
	Code *Code

	// GuardOp is, for a bridge, the guard it leaves (nil when the log lacks that guard).
	GuardOp *Op
	// Bridges are the bridges out of this trace's guards, in op order.
	Bridges []*Trace

	id string // set by the resolution pass; see ID
}

// ID is the trace's stable name in URLs and reports: "loop-1", "bridge-7fbd120b20f8",
// or "trace-L" (L its line) for a trace with neither a number nor a guard.
func (t *Trace) ID() string {
	if t.id != "" {
		return t.id
	}
	switch {
	case t.Kind == KindBridge:
		return "bridge-" + strconv.FormatUint(t.Guard, 16)
	case t.Number > 0 || t.Kind == KindLoop || t.Kind == KindEntryBridge:
		return "loop-" + strconv.Itoa(t.Number)
	}
	return "trace-" + strconv.Itoa(t.Line)
}

// Name is how people call the trace: "Loop 1", "Bridge out of guard 0x7fbd120b20f8".
func (t *Trace) Name() string {
	switch {
	case t.Kind == KindBridge:
		return "Bridge out of guard 0x" + strconv.FormatUint(t.Guard, 16)
	case t.Kind == KindLoop || t.Kind == KindEntryBridge:
		return "Loop " + strconv.Itoa(t.Number)
	}
	return "Trace at line " + strconv.Itoa(t.Line)
}

// Runs is how often the trace ran, as far as the counts say: for a loop, the passes
// through its hottest part (the peeled loop's label: its iterations); for a bridge, its
// count. ok is false when the log has no count for any of its parts.
func (t *Trace) Runs() (n int64, ok bool) {
	for _, p := range t.Parts {
		if p.Counted && (!ok || p.Count > n) {
			n, ok = p.Count, true
		}
	}
	return n, ok
}

// Entries is how often a loop was entered from the interpreter (its "entry N" count).
func (t *Trace) Entries() (n int64, ok bool) {
	if t.Kind == KindBridge || len(t.Parts) == 0 || !strings.HasPrefix(t.Parts[0].Descr, "entry ") {
		return 0, false
	}
	return t.Parts[0].Count, t.Parts[0].Counted
}

// PartOf returns the part an op belongs to for display: the last part whose first op is
// at or before it (parts overlap by their closing label, split_trace style).
func (t *Trace) PartOf(op *Op) *Part {
	var found *Part
	for _, p := range t.Parts {
		if p.Start <= op.Index {
			found = p
		}
	}
	return found
}

// Op is one operation line.
type Op struct {
	// Line is its line in the log; Index its position in Trace.Ops.
	Line  int
	Index int
	Trace *Trace
	// Offset is the machine-code offset ("+N:"), -1 when the line has none.
	Offset int
	// Result is the variable the op defines, "" when none.
	Result string
	Name   string
	// Args are the arguments without the descr; Descr is the raw "descr=" value.
	Args  []string
	Descr string
	// FailArgs are a guard's fail args ("None" marks a hole); HasFailArgs reports the
	// bracket was there at all.
	FailArgs    []string
	HasFailArgs bool
	// Comment is a trailing "# ..." comment, without the "#".
	Comment string

	// GuardID is the id in a guard's descr=<Guard0x..>, 0 when absent.
	GuardID uint64
	// Merge is set on debug_merge_point ops: the parsed location.
	Merge *MergePoint
	// At is the debug_merge_point in force at this op (the last one before it), nil
	// before the first.
	At *MergePoint

	// Bridge is the bridge attached to a guard, nil when none.
	Bridge *Trace
	// Target is, for a jump or a label-targeting op, the label it goes to (nil when the
	// log lacks it); TargetLoop is the loop a call_assembler or jump to <LoopN> names.
	Target     *Op
	TargetLoop *Trace
}

// IsGuard reports whether the op is a guard.
func (o *Op) IsGuard() bool { return strings.HasPrefix(o.Name, "guard_") }

// String gives the op back in the log's own syntax, without its offset.
func (o *Op) String() string {
	var b strings.Builder
	if o.Result != "" {
		b.WriteString(o.Result)
		b.WriteString(" = ")
	}
	b.WriteString(o.Name)
	b.WriteByte('(')
	b.WriteString(strings.Join(o.Args, ", "))
	if o.Descr != "" {
		if len(o.Args) > 0 {
			b.WriteString(", ")
		}
		b.WriteString("descr=")
		b.WriteString(o.Descr)
	}
	b.WriteByte(')')
	if o.HasFailArgs {
		b.WriteString(" [")
		b.WriteString(strings.Join(o.FailArgs, ", "))
		b.WriteByte(']')
	}
	return b.String()
}

// MergePoint is a debug_merge_point: where in the Python program the next ops come from.
type MergePoint struct {
	Depth  int // inline depth: 0 for the traced function, 1 for a call inlined into it...
	CallID int
	Raw    string // the location string as logged
	Loc    Location
}

// Part is a piece of a trace between labels, as split_trace makes them: the first starts
// at the first op, each later one at a label, and each ends at the next label (included)
// or the last op. Counts are kept per part.
type Part struct {
	// Descr names the part: "entry N" (a loop's start), "TargetToken(..)" (a label), or
	// "bridge D" (D the decimal guard id).
	Descr string
	// Start and Stop are op indexes, both included.
	Start, Stop int
	// Label is the label op that starts the part; nil for the first part.
	Label *Op
	// Count is the part's jit-backend-counts count, when Counted.
	Count   int64
	Counted bool
}

// Count is one jit-backend-counts line: "entry 1:392".
type Count struct {
	Key  string
	N    int64
	Line int
}

// Warning is something odd at a line that did not stop the reading.
type Warning struct {
	Line int
	Msg  string
}

func (w Warning) String() string { return "line " + strconv.Itoa(w.Line) + ": " + w.Msg }

// Error is a log the reader cannot make sense of, at a line.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func errorf(line int, format string, args ...any) *Error {
	return &Error{Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Loop returns the trace "# Loop n", or nil.
func (l *Log) Loop(n int) *Trace { return l.loops[n] }

// BridgeOutOf returns the bridge that leaves guard id, or nil.
func (l *Log) BridgeOutOf(id uint64) *Trace { return l.bridges[id] }

// Guard returns the guard op with descr=<Guard0x id>, or nil.
func (l *Log) Guard(id uint64) *Op { return l.guards[id] }

// Label returns the label op whose descr is token ("TargetToken(..)"), or nil.
func (l *Log) Label(token string) *Op { return l.labels[token] }

// TraceByID returns the trace whose ID is id, or nil.
func (l *Log) TraceByID(id string) *Trace {
	for _, t := range l.Traces {
		if t.ID() == id {
			return t
		}
	}
	return nil
}
