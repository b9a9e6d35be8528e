// This file defines the terminal report of `handson jitlog`: loops, bridges, counts, and
// the hottest exits with whether they have a bridge.

package jitviewer

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"handson/tracejit/jitlog"
)

// ReportOptions configures WriteReport.
type ReportOptions struct {
	// Name is how the report calls the log (its file name).
	Name string
	// Top is how many exits the "hottest exits" list shows; 0 means 10.
	Top int
}

// WriteReport writes the facts of a log for the terminal.
func WriteReport(w io.Writer, l *jitlog.Log, opts ReportOptions) error {
	top := opts.Top
	if top <= 0 {
		top = 10
	}
	var loops, bridges []*jitlog.Trace
	for _, t := range l.Traces {
		if t.Kind == jitlog.KindBridge {
			bridges = append(bridges, t)
		} else {
			loops = append(loops, t)
		}
	}
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s: %s, %s", opts.Name, plural(len(loops), "loop"), plural(len(bridges), "bridge"))
	if l.Category != "" {
		fmt.Fprintf(b, " (from %s", l.Category)
		if l.HasCounts {
			b.WriteString(", with run counts)")
		} else {
			b.WriteString(", no jit-backend-counts: run counts unknown)")
		}
	}
	b.WriteString("\n")
	if len(l.Traces) == 0 {
		b.WriteString("\nNo traces. Write the log with PYPYLOG=jit-log-opt,jit-backend-counts:FILE.\n")
	}
	exits := map[*jitlog.Op]*jitlog.Exit{}
	for _, e := range l.Exits() {
		exits[e.Guard] = e
	}
	for _, t := range loops {
		writeTrace(b, t, exits)
	}
	for _, t := range bridges {
		writeTrace(b, t, exits)
	}
	hot := l.HotExits()
	if len(hot) > 0 {
		b.WriteString("\nHottest exits\n")
		for i, e := range hot {
			if i == top {
				fmt.Fprintf(b, "  ... and %d more (--top %d shows them)\n", len(hot)-top, len(hot))
				break
			}
			status := "bridge run " + groupDigits(e.BridgeRuns) + " times"
			if e.Percent >= 0 {
				status += fmt.Sprintf(" (%.0f%%)", e.Percent)
			}
			switch {
			case e.Hot:
				status = "MISSING BRIDGE"
			case e.Missing:
				status = "no bridge"
			}
			fmt.Fprintf(b, "%3d. %s  %s, %s: %s\n", i+1, status, partName(e.Guard), atText(e.Guard), readableOp(e.Guard))
			if e.Missing {
				wrap(b, evidence(e), "     ", 88)
			}
		}
	}
	if len(l.Warnings) > 0 {
		fmt.Fprintf(b, "\n%s while reading:\n", plural(len(l.Warnings), "warning"))
		for _, wn := range l.Warnings {
			fmt.Fprintf(b, "  %s\n", wn)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTrace(b *strings.Builder, t *jitlog.Trace, exits map[*jitlog.Op]*jitlog.Exit) {
	fmt.Fprintf(b, "\n%s", t.Name())
	if w := traceWhere(t); w != "" {
		fmt.Fprintf(b, "  %s", w)
	}
	fmt.Fprintf(b, "  (%s, %d ops, log line %d)\n", t.Kind, len(t.Ops), t.Line)
	if t.Kind == jitlog.KindBridge {
		if g := t.GuardOp; g != nil {
			fmt.Fprintf(b, "  leaves %s at %s: %s\n", partName(g), atText(g), readableOp(g))
		}
		if r, ok := t.Runs(); ok {
			fmt.Fprintf(b, "  run %s times\n", groupDigits(r))
		}
		if n := len(t.Ops); n > 0 && t.Ops[n-1].Name == "jump" && t.Ops[n-1].Target != nil {
			j := t.Ops[n-1]
			fmt.Fprintf(b, "  jumps to %s, %s\n", j.Target.Trace.Name(), labelRole(j.Target))
		}
	} else {
		tw := tabwriter.NewWriter(b, 0, 4, 2, ' ', 0)
		width := 0
		for _, p := range t.Parts {
			width = max(width, len(groupDigits(p.Count)))
		}
		for i, p := range t.Parts {
			if !p.Counted {
				continue
			}
			role := strings.ToLower(partRole(t, i))
			if p.Label == nil {
				role = "entered from the interpreter"
			}
			fmt.Fprintf(tw, "  %s\t%*s\t%s\n", role, width, groupDigits(p.Count), p.Descr)
		}
		tw.Flush()
	}
	guards, withBridge := 0, 0
	for _, op := range t.Ops {
		if op.IsGuard() {
			guards++
			if op.Bridge != nil {
				withBridge++
			}
		}
	}
	fmt.Fprintf(b, "  %s, %d with a bridge\n", plural(guards, "guard"), withBridge)
	for _, br := range t.Bridges {
		e := exits[br.GuardOp]
		line := fmt.Sprintf("  bridge at %s, %s", atText(br.GuardOp), partName(br.GuardOp))
		if e != nil && e.BridgeCounted {
			line += ": run " + groupDigits(e.BridgeRuns) + " times"
			if e.Percent >= 0 {
				line += fmt.Sprintf(" (%.0f%% of its part)", e.Percent)
			}
		}
		b.WriteString(line + "\n")
	}
	hot := false
	for _, op := range t.Ops {
		if e := exits[op]; e != nil && e.Hot {
			hot = true
			fmt.Fprintf(b, "  MISSING BRIDGE at %s, %s: %s\n", atText(op), partName(op), readableOp(op))
		}
	}
	if note := reentryNote(t); note != "" && !hot {
		wrap(b, "note: "+note, "  ", 88)
	}
}

// partName is "Loop 1 preamble", "Loop 1 loop body", "Bridge out of guard 0x..".
func partName(op *jitlog.Op) string {
	t := op.Trace
	if t.Kind == jitlog.KindBridge {
		return t.Name()
	}
	if p := t.PartOf(op); p != nil {
		if i := partIndex(t, p); i >= 0 {
			return t.Name() + " " + strings.ToLower(partRole(t, i))
		}
	}
	return t.Name()
}

// atText is where an op is: "count.py:8 #28 COMPARE_OP".
func atText(op *jitlog.Op) string {
	if op.At == nil || !op.At.Loc.Known() {
		return "log line " + strconv.Itoa(op.Line)
	}
	loc := op.At.Loc
	s := loc.File
	if loc.Line > 0 {
		s += ":" + strconv.Itoa(loc.Line)
	} else {
		s += " " + loc.Name
	}
	if loc.Offset >= 0 {
		s += " #" + strconv.Itoa(loc.Offset) + " " + loc.Opcode
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// labelRole names the part a label starts: "Preamble", "Loop body".
func labelRole(label *jitlog.Op) string {
	t := label.Trace
	for i, p := range t.Parts {
		if p.Label == label {
			return strings.ToLower(partRole(t, i)) + " (" + p.Descr + ")"
		}
	}
	return label.Descr
}

// wrap writes text in lines of at most width columns, each starting with indent.
func wrap(b *strings.Builder, text, indent string, width int) {
	line := indent
	for _, word := range strings.Fields(text) {
		if len(line) > len(indent) && len(line)+1+len(word) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if len(line) > len(indent) {
			line += " "
		}
		line += word
	}
	if len(line) > len(indent) {
		b.WriteString(line + "\n")
	}
}
