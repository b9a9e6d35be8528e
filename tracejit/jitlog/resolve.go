// This file defines the resolution pass that links a parsed log together: guards and
// their bridges, jumps and their labels, parts and their counts.

package jitlog

import (
	"regexp"
	"sort"
	"strconv"
)

var loopToken = regexp.MustCompile(`^<Loop(-?\d+)>$`)

func (l *Log) resolve() {
	for _, t := range l.Traces {
		switch t.Kind {
		case KindBridge:
			if prev := l.bridges[t.Guard]; prev != nil {
				l.warn(t.Line, "a second bridge out of guard 0x%x (the first is at line %d)", t.Guard, prev.Line)
			} else {
				l.bridges[t.Guard] = t
			}
		case KindLoop, KindEntryBridge:
			if prev := l.loops[t.Number]; prev != nil {
				l.warn(t.Line, "a second Loop %d (the first is at line %d)", t.Number, prev.Line)
			} else {
				l.loops[t.Number] = t
			}
		}
		for _, op := range t.Ops {
			if op.GuardID != 0 {
				if prev := l.guards[op.GuardID]; prev != nil {
					l.warn(op.Line, "guard 0x%x appears again (first at line %d)", op.GuardID, prev.Line)
				} else {
					l.guards[op.GuardID] = op
				}
			}
			if op.Name == "label" && op.Descr != "" {
				if prev := l.labels[op.Descr]; prev != nil {
					l.warn(op.Line, "label %s appears again (first at line %d)", op.Descr, prev.Line)
				} else {
					l.labels[op.Descr] = op
				}
			}
		}
	}
	l.assignIDs()
	for _, t := range l.Traces {
		for _, op := range t.Ops {
			if m := loopToken.FindStringSubmatch(op.Descr); m != nil {
				n, _ := strconv.Atoi(m[1])
				op.TargetLoop = l.loops[n]
			} else if op.Name == "jump" && op.Descr != "" {
				op.Target = l.labels[op.Descr]
				if op.Target == nil {
					l.warn(op.Line, "jump to %s, a label the log does not hold", op.Descr)
				}
			}
		}
		if t.Kind != KindBridge {
			continue
		}
		g := l.guards[t.Guard]
		if g == nil {
			l.warn(t.Line, "bridge out of guard 0x%x, a guard the log does not hold", t.Guard)
			continue
		}
		t.GuardOp = g
		g.Bridge = t
		g.Trace.Bridges = append(g.Trace.Bridges, t)
	}
	for _, t := range l.Traces {
		sort.SliceStable(t.Bridges, func(i, j int) bool { return t.Bridges[i].GuardOp.Index < t.Bridges[j].GuardOp.Index })
	}
	l.attachCounts()
	l.attachCode()
}

// assignIDs makes each trace's ID unique even in a log with duplicate headers.
func (l *Log) assignIDs() {
	seen := map[string]bool{}
	for _, t := range l.Traces {
		id := t.ID()
		if seen[id] {
			id += "-at-" + strconv.Itoa(t.Line)
		}
		seen[id] = true
		t.id = id
	}
}

func (l *Log) attachCounts() {
	parts := map[string]*Part{}
	for _, t := range l.Traces {
		for _, p := range t.Parts {
			if p.Descr != "" {
				parts[p.Descr] = p
			}
		}
	}
	for _, c := range l.Counts {
		key := c.Key
		if m := countKey.FindStringSubmatch(key); m != nil && m[1] == "loop" {
			key = "entry " + m[2] // older PyPys said "loop N"
		}
		p := parts[key]
		if p == nil {
			// "entry -1" counts PyPy's helper loops, which have no trace in any log.
			if key != "entry -1" {
				l.warn(c.Line, "count for %s, which no trace in the log has", c.Key)
			}
			continue
		}
		p.Count, p.Counted = c.N, true
	}
}
