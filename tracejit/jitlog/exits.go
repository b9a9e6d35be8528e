// This file defines Exit, a guard seen as a way out of compiled code, with the counts
// that say how hot it is and whether it is a missing bridge.

package jitlog

import (
	"sort"
	"strings"
)

// Exit is one guard with what the counts say about it.
type Exit struct {
	Guard *Op
	// Part is the part of its trace the guard is in; PartRuns its count (when Counted).
	Part        *Part
	PartRuns    int64
	PartCounted bool
	// Bridge is the guard's bridge, nil when none; BridgeRuns its count.
	Bridge        *Trace
	BridgeRuns    int64
	BridgeCounted bool
	// Percent is BridgeRuns as a share of PartRuns, as PyPy's jitviewer shows it
	// ("run N times, ~P%"); -1 when either count is unknown or the part never ran.
	Percent float64
	// Missing reports a guard with no bridge that the log shows to be hot: a copy of the
	// same check (same guard at the same bytecode) has a bridge that ran, so this one
	// fails too, and each of its failures goes back to the interpreter. Sibling is that
	// copy.
	Missing bool
	Sibling *Exit
	// Hot reports a missing bridge in a loop that keeps being thrown out of compiled code:
	// the loop it belongs to (Trace.Root) was entered from the interpreter for at least
	// ReentryAlarm of its runs. This is the exit the jitviewer makes jump out.
	Hot bool
}

// ReentryAlarm is the share of a loop's runs that, when they start from the interpreter
// (its "entry" count over its hottest part's count), marks its missing bridges as hot. A
// loop that finishes normally is entered once per call; one that keeps failing a guard
// without a bridge is entered again after every failure.
const ReentryAlarm = 0.10

// Heat is the number that ranks exits: a bridge's runs, or for a missing bridge the runs
// of its sibling's bridge (the best evidence of how often the check flips).
func (e *Exit) Heat() int64 {
	if e.Bridge != nil {
		return e.BridgeRuns
	}
	if e.Missing {
		return e.Sibling.BridgeRuns
	}
	return 0
}

// Exits returns an Exit for every guard of every trace, in log order.
func (l *Log) Exits() []*Exit {
	var out []*Exit
	for _, t := range l.Traces {
		for _, op := range t.Ops {
			if !op.IsGuard() {
				continue
			}
			e := &Exit{Guard: op, Percent: -1, Bridge: op.Bridge}
			if p := t.PartOf(op); p != nil {
				e.Part = p
				e.PartRuns, e.PartCounted = p.Count, p.Counted
			}
			if op.Bridge != nil && len(op.Bridge.Parts) > 0 {
				bp := op.Bridge.Parts[0]
				e.BridgeRuns, e.BridgeCounted = bp.Count, bp.Counted
				if e.BridgeCounted && e.PartCounted && e.PartRuns > 0 {
					e.Percent = 100 * float64(e.BridgeRuns) / float64(e.PartRuns)
				}
			}
			out = append(out, e)
		}
	}
	// Group the guards by check. Copies of one check (the preamble's and the loop body's,
	// a loop's and a bridge's) are the same guard op at the same bytecode and inline depth,
	// with the same constants, and the same one among such guards of their part: the k-th
	// guard_value at a FOR_ITER in the preamble is the k-th in the loop body.
	type check struct {
		name, file, code string
		first, offset    int
		depth, ordinal   int
		consts           string
	}
	type slot struct {
		part *Part
		key  check
	}
	groups := map[check][]*Exit{}
	ordinals := map[slot]int{}
	for _, e := range out {
		at := e.Guard.At
		if at == nil || !at.Loc.Known() || at.Loc.Offset < 0 {
			continue
		}
		k := check{name: e.Guard.Name, file: at.Loc.File, code: at.Loc.Name, first: at.Loc.FirstLine, offset: at.Loc.Offset, depth: at.Depth, consts: constants(e.Guard)}
		s := slot{e.Part, k}
		k.ordinal = ordinals[s]
		ordinals[s]++
		groups[k] = append(groups[k], e)
	}
	for _, g := range groups {
		var best *Exit
		for _, e := range g {
			if e.Bridge != nil && e.BridgeCounted && e.BridgeRuns > 0 && (best == nil || e.BridgeRuns > best.BridgeRuns) {
				best = e
			}
		}
		if best == nil {
			continue
		}
		for _, e := range g {
			// A part known never to have run cannot be leaving through this guard.
			if e.Bridge == nil && (!e.PartCounted || e.PartRuns > 0) {
				e.Missing, e.Sibling = true, best
				if share, ok := e.Guard.Trace.Root().ReentryShare(); ok && share >= ReentryAlarm {
					e.Hot = true
				}
			}
		}
	}
	return out
}

// Root is the loop a trace hangs from: itself for a loop, the root of the trace holding
// its guard for a bridge (itself when that guard is not in the log).
func (t *Trace) Root() *Trace {
	seen := map[*Trace]bool{}
	for t.Kind == KindBridge && t.GuardOp != nil && !seen[t] {
		seen[t] = true
		t = t.GuardOp.Trace
	}
	return t
}

// ReentryShare is Entries over Runs: the share of a loop's runs that began in the
// interpreter. ok is false without counts.
func (t *Trace) ReentryShare() (share float64, ok bool) {
	entries, ok1 := t.Entries()
	runs, ok2 := t.Runs()
	if !ok1 || !ok2 || runs == 0 {
		return 0, false
	}
	return float64(entries) / float64(runs), true
}

// HotExits returns the exits with a bridge that ran or a missing bridge, hottest first.
func (l *Log) HotExits() []*Exit {
	var hot []*Exit
	for _, e := range l.Exits() {
		if e.Heat() > 0 {
			hot = append(hot, e)
		}
	}
	// Hot missing bridges are the news, then bridges, then the other missing ones.
	rank := func(e *Exit) int {
		switch {
		case e.Hot:
			return 0
		case e.Bridge != nil:
			return 1
		}
		return 2
	}
	sort.SliceStable(hot, func(i, j int) bool {
		if rank(hot[i]) != rank(hot[j]) {
			return rank(hot[i]) < rank(hot[j])
		}
		return hot[i].Heat() > hot[j].Heat()
	})
	return hot
}

// constants is the signature of an op's constant arguments (its variables differ from
// copy to copy, its constants do not).
func constants(op *Op) string {
	var b strings.Builder
	for _, a := range op.Args {
		if baseVar(a) == "" {
			b.WriteString(a)
		}
		b.WriteByte(',')
	}
	return b.String()
}
