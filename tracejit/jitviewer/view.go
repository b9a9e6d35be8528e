// This file defines the view model of the pages: a trace cut into parts, source lines,
// bytecodes and ops, with inlined calls folded, and the index of all traces.

package jitviewer

import (
	"fmt"
	"html/template"
	"sort"
	"strconv"
	"strings"

	"handson/tracejit/jitlog"
)

// indexView is the front page.
type indexView struct {
	Title    string
	LogName  string
	Loops    []traceRow
	Bridges  []traceRow
	Missing  []exitRow
	Counts   bool
	Warnings []jitlog.Warning
	Category string
}

// traceRow is one line of the index.
type traceRow struct {
	ID, Name, Kind string
	Function       string
	Where          string
	Runs           string
	RunsN          int64
	Entries        string
	Labels         []labelRow
	BridgeCount    int
	Missing        int
	Filter         string // the text the filter box searches
	Of             string // for a bridge: the trace and line it leaves
}

type labelRow struct{ Anchor, Descr, Role, Runs string }

// exitRow is a missing bridge on the index.
type exitRow struct {
	Href, Trace, Guard, Where, Evidence string
}

// traceView is a trace's page.
type traceView struct {
	Title    string
	LogName  string
	T        *jitlog.Trace
	ID       string
	Name     string
	Kind     string
	Where    string
	Summary  []string
	Alerts   []alert
	Notes    []string
	Source   *sourcePanel
	Inputs   template.HTML
	Parts    []partView
	Bridges  []bridgeRef
	Parent   *bridgeRef // a bridge's guard
	HasCode  bool
	Backend  string
	Format   string
	Warnings []jitlog.Warning
}

type alert struct {
	Href string
	Text string
}

type bridgeRef struct {
	Href, Name, Guard, Where, Runs string
}

// sourcePanel is the function the trace is in, with the lines the trace covers marked.
type sourcePanel struct {
	File, Path, Why string
	Lines           []sourceLine
}

type sourceLine struct {
	N       int
	Text    string
	InTrace bool
	Href    string
	// Bridge links a line this trace does not cover to a bridge out of it that does.
	Bridge *linkView
}

// partView is one part of a trace: entry, preamble or loop body.
type partView struct {
	// Fold shows the part closed: a loop's entry, which only reads the frame.
	Fold   bool
	Anchor string
	Title  string
	Descr  string
	Runs   string
	Label  *opView
	Blocks []*block
}

// block is either a source line (with its bytecodes) or a folded inlined call.
type block struct {
	Inlined   bool
	Depth     int
	Title     string // for inlined calls: "inlined call to add in calls.py:7"
	Anchor    string
	LineNo    int
	LineText  string
	NoLine    string // why there is no line text
	Raw       string // the merge point's location when it is not a Python one
	Bytecodes []*bytecodeView
	Children  []*block
	OpCount   int
	HasHot    bool
}

type bytecodeView struct {
	Label string // "#16 FOR_ITER"
	Empty bool   // no ops: greyed
	Ops   []*opView
}

// opView is one operation line.
type opView struct {
	Anchor   string
	Class    string
	Offset   string
	Text     template.HTML
	Raw      string
	Guard    *guardView
	Link     *linkView
	Asm      string
	AsmAddr  string
	Insns    []insn
	IsLabel  bool
	LabelFor string
	// From lists the jumps that arrive at a label.
	From []linkView
}

type guardView struct {
	ID       string
	Bridge   *bridgeRef
	Percent  string
	Missing  bool
	Hot      bool
	Evidence string
	Sibling  string
}

type linkView struct{ Href, Text string }

func countText(n int64, ok bool) string {
	if !ok {
		return "—"
	}
	return groupDigits(n)
}

// groupDigits writes 130594 as "130,594": counts are read from a distance.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func traceHref(t *jitlog.Trace) string { return "/trace/" + t.ID() }

func guardAnchor(op *jitlog.Op) string {
	if op.GuardID != 0 {
		return "g-" + strconv.FormatUint(op.GuardID, 16)
	}
	return "op-" + strconv.Itoa(op.Line)
}

// labelAnchor turns "TargetToken(140450028240928)" into "label-140450028240928".
func labelAnchor(descr string) string {
	d := strings.TrimSuffix(strings.TrimPrefix(descr, "TargetToken("), ")")
	var b strings.Builder
	for _, c := range d {
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' {
			b.WriteRune(c)
		}
	}
	return "label-" + b.String()
}

// where says where a location is for people: "count_mult_of_5 · count.py:7".
func where(loc jitlog.Location) string {
	if !loc.Known() {
		return ""
	}
	s := loc.Name + " · " + loc.File
	if loc.Line > 0 {
		return s + ":" + strconv.Itoa(loc.Line)
	}
	return s + " (def at line " + strconv.Itoa(loc.FirstLine) + ")"
}

// traceWhere says where a trace is: its Python location, else the location string of
// another RPython jitdriver (the regex engine, list sorting...) as logged.
func traceWhere(t *jitlog.Trace) string {
	if w := where(traceLoc(t)); w != "" {
		return w
	}
	raw := t.Location
	if raw == "" {
		for _, op := range t.Ops {
			if op.Merge != nil {
				raw = op.Merge.Raw
				break
			}
		}
	}
	if len(raw) > 70 {
		raw = raw[:67] + "..."
	}
	return raw
}

// traceLoc is a trace's location: its header's, else its first merge point's.
func traceLoc(t *jitlog.Trace) jitlog.Location {
	if t.Loc.Known() {
		return t.Loc
	}
	for _, op := range t.Ops {
		if op.Merge != nil && op.Merge.Loc.Known() {
			return op.Merge.Loc
		}
	}
	return t.Loc
}

// partRole names a part for people.
func partRole(t *jitlog.Trace, i int) string {
	p := t.Parts[i]
	switch {
	case t.Kind == jitlog.KindBridge:
		return "Bridge"
	case p.Label == nil:
		return "Entry from the interpreter"
	case i == len(t.Parts)-1 && len(t.Ops) > 0 && t.Ops[len(t.Ops)-1].Name == "jump" && t.Ops[len(t.Ops)-1].Target == p.Label:
		return "Loop body"
	case i < len(t.Parts)-1:
		return "Preamble"
	}
	return "Label"
}

func (v *Viewer) buildIndex() *indexView {
	iv := &indexView{Title: "JIT log " + v.logName, LogName: v.logName, Counts: v.log.HasCounts, Warnings: v.log.Warnings, Category: v.log.Category}
	exits := v.exitsByGuard()
	missingIn := map[*jitlog.Trace]int{}
	for _, e := range exits {
		if e.Hot {
			missingIn[e.Guard.Trace]++
			iv.Missing = append(iv.Missing, exitRow{
				Href:     traceHref(e.Guard.Trace) + "#" + guardAnchor(e.Guard),
				Trace:    e.Guard.Trace.Name(),
				Guard:    readableOp(e.Guard),
				Where:    where(e.Guard.At.Loc),
				Evidence: evidence(e),
			})
		}
	}
	for _, t := range v.log.Traces {
		loc := traceLoc(t)
		runs, ok := t.Runs()
		row := traceRow{ID: t.ID(), Name: t.Name(), Kind: t.Kind.String(), Function: loc.Name, Where: traceWhere(t),
			Runs: countText(runs, ok), RunsN: runs, BridgeCount: len(t.Bridges), Missing: missingIn[t]}
		if e, ok := t.Entries(); ok {
			row.Entries = groupDigits(e)
		}
		for i, p := range t.Parts {
			if p.Label != nil {
				row.Labels = append(row.Labels, labelRow{Anchor: labelAnchor(p.Descr), Descr: p.Descr, Role: partRole(t, i), Runs: countText(p.Count, p.Counted)})
			}
		}
		if t.Kind == jitlog.KindBridge && t.GuardOp != nil {
			row.Of = t.GuardOp.Trace.Name()
			if l := t.GuardOp.At; l != nil && l.Loc.Line > 0 {
				row.Of += ", line " + strconv.Itoa(l.Loc.Line)
			}
		}
		row.Filter = strings.ToLower(strings.Join([]string{t.Name(), t.Kind.String(), loc.Name, loc.File, t.Location}, " "))
		if t.Kind == jitlog.KindBridge {
			iv.Bridges = append(iv.Bridges, row)
		} else {
			iv.Loops = append(iv.Loops, row)
		}
	}
	byRuns := func(rows []traceRow) {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].RunsN > rows[j].RunsN })
	}
	byRuns(iv.Loops)
	byRuns(iv.Bridges)
	return iv
}

// jumpsTo returns the jumps whose target is label, in log order.
func (v *Viewer) jumpsTo(label *jitlog.Op) []*jitlog.Op {
	v.jumpsOnce.Do(func() {
		v.jumps = map[*jitlog.Op][]*jitlog.Op{}
		for _, t := range v.log.Traces {
			for _, op := range t.Ops {
				if op.Name == "jump" && op.Target != nil {
					v.jumps[op.Target] = append(v.jumps[op.Target], op)
				}
			}
		}
	})
	return v.jumps[label]
}

func (v *Viewer) exitsByGuard() map[*jitlog.Op]*jitlog.Exit {
	v.exitsOnce.Do(func() {
		v.exits = map[*jitlog.Op]*jitlog.Exit{}
		for _, e := range v.log.Exits() {
			v.exits[e.Guard] = e
		}
	})
	return v.exits
}

// evidence explains why a guard is a missing bridge.
func evidence(e *jitlog.Exit) string {
	s := e.Sibling
	where := "in " + s.Guard.Trace.Name()
	if s.Guard.Trace.Kind == jitlog.KindBridge {
		where = "in the b" + strings.TrimPrefix(s.Guard.Trace.Name(), "B")
	}
	if s.Guard.Trace == e.Guard.Trace {
		if i := partIndex(s.Guard.Trace, s.Part); i >= 0 {
			where = "in the " + strings.ToLower(partRole(s.Guard.Trace, i))
		}
	}
	msg := fmt.Sprintf("no bridge, but the same check %s fails often enough to have one (run %s times)", where, groupDigits(s.BridgeRuns))
	if e.Hot {
		root := e.Guard.Trace.Root()
		if n, ok := root.Entries(); ok {
			msg += fmt.Sprintf("; %s was entered from the interpreter %s times: every failure here goes back to the interpreter", root.Name(), groupDigits(n))
		}
	}
	return msg
}

func partIndex(t *jitlog.Trace, p *jitlog.Part) int {
	for i, q := range t.Parts {
		if q == p {
			return i
		}
	}
	return -1
}

func (v *Viewer) buildTrace(t *jitlog.Trace) *traceView {
	loc := traceLoc(t)
	tv := &traceView{Title: t.Name() + " · " + v.logName, LogName: v.logName, T: t, ID: t.ID(), Name: t.Name(),
		Kind: t.Kind.String(), Where: traceWhere(t), HasCode: t.Code != nil}
	if v.log.Backend != nil {
		tv.Backend = v.log.Backend.Name
	}
	if loc.Format == jitlog.LocPyPy2 {
		tv.Format = "PyPy2 locations: the log names each bytecode but not its line, so bytecodes are listed under their function."
	}
	for _, w := range v.log.Warnings {
		if w.Line >= t.Line && (w.Line <= lastLine(t)) {
			tv.Warnings = append(tv.Warnings, w)
		}
	}
	exits := v.exitsByGuard()
	// Summary lines.
	tv.Summary = append(tv.Summary, fmt.Sprintf("%s with %d operations (log line %d)", t.Kind, len(t.Ops), t.Line))
	if e, ok := t.Entries(); ok {
		tv.Summary = append(tv.Summary, "entered from the interpreter "+groupDigits(e)+" times")
	}
	if t.Kind == jitlog.KindBridge {
		if r, ok := t.Runs(); ok {
			tv.Summary = append(tv.Summary, "run "+groupDigits(r)+" times")
		}
		if g := t.GuardOp; g != nil {
			ref := bridgeRef{Href: traceHref(g.Trace) + "#" + guardAnchor(g), Name: g.Trace.Name(), Guard: readableOp(g)}
			if g.At != nil {
				ref.Where = where(g.At.Loc)
			}
			tv.Parent = &ref
		}
	}
	for _, e := range exits {
		if e.Hot && e.Guard.Trace == t {
			tv.Alerts = append(tv.Alerts, alert{Href: "#" + guardAnchor(e.Guard),
				Text: "Missing bridge: " + readableOp(e.Guard) + " at " + where(e.Guard.At.Loc) + ": " + evidence(e) + "."})
		}
	}
	if n := reentryNote(t); n != "" && len(tv.Alerts) == 0 {
		tv.Notes = append(tv.Notes, n)
	}
	for _, b := range t.Bridges {
		runs, ok := b.Runs()
		ref := bridgeRef{Href: traceHref(b), Name: b.Name(), Guard: readableOp(b.GuardOp), Runs: countText(runs, ok)}
		if b.GuardOp.At != nil {
			ref.Where = where(b.GuardOp.At.Loc)
		}
		tv.Bridges = append(tv.Bridges, ref)
	}
	tv.Source = v.sourcePanel(t, loc)
	var in writer
	in.text("[")
	in.args(t.Inputargs)
	in.text("]")
	tv.Inputs = in.html()
	// Parts: each shown from its label to just before the next part's label.
	for i, p := range t.Parts {
		end := len(t.Ops)
		if i+1 < len(t.Parts) {
			end = t.Parts[i+1].Start
		}
		pv := partView{Anchor: "part-" + strconv.Itoa(i), Title: partRole(t, i), Descr: p.Descr, Runs: countText(p.Count, p.Counted)}
		start := p.Start
		if p.Label != nil {
			pv.Anchor = labelAnchor(p.Descr)
			pv.Label = v.opView(t, p.Label, exits)
			start++
		}
		if start > end {
			start = end
		}
		pv.Blocks = v.blocks(t, t.Ops[start:end], exits)
		if p.Label == nil && len(pv.Blocks) == 0 {
			continue
		}
		pv.Fold = p.Label == nil && t.Kind != jitlog.KindBridge && len(t.Parts) > 1 && !hasGuard(t.Ops[start:end])
		tv.Parts = append(tv.Parts, pv)
	}
	return tv
}

func lastLine(t *jitlog.Trace) int {
	if len(t.Ops) == 0 {
		return t.Line + 2
	}
	return t.Ops[len(t.Ops)-1].Line + 2
}

// sourcePanel lists the traced function's lines, marking those the trace covers.
func (v *Viewer) sourcePanel(t *jitlog.Trace, loc jitlog.Location) *sourcePanel {
	if !loc.Known() {
		return nil
	}
	f := v.sources.get(loc.File)
	sp := &sourcePanel{File: loc.File, Path: f.Path, Why: f.Why}
	if f.Path == "" {
		return sp
	}
	covered := map[int]string{}
	for _, op := range t.Ops {
		if op.Merge != nil && op.Merge.Depth == 0 && op.Merge.Loc.SameCode(loc) && op.Merge.Loc.Line > 0 {
			if _, ok := covered[op.Merge.Loc.Line]; !ok {
				covered[op.Merge.Loc.Line] = "#line-" + strconv.Itoa(op.Merge.Loc.Line)
			}
		}
	}
	// Lines only the trace's bridges (and theirs) run: the other side of a branch.
	inBridge := map[int]*linkView{}
	var walk func(*jitlog.Trace)
	walk = func(tr *jitlog.Trace) {
		for _, b := range tr.Bridges {
			anchors := traceLoc(b).SameCode(loc)
			for _, op := range b.Ops {
				if op.Merge == nil || op.Merge.Depth != 0 || !op.Merge.Loc.SameCode(loc) || op.Merge.Loc.Line == 0 {
					continue
				}
				n := op.Merge.Loc.Line
				if _, ok := covered[n]; ok || inBridge[n] != nil {
					continue
				}
				href := traceHref(b)
				if anchors {
					href += "#line-" + strconv.Itoa(n)
				}
				inBridge[n] = &linkView{Href: href, Text: "in " + strings.ToLower(b.Name()[:1]) + b.Name()[1:]}
			}
			walk(b)
		}
	}
	walk(t)
	lines := f.block(loc.FirstLine)
	if lines == nil {
		for n := range covered {
			lines = append(lines, n)
		}
		sort.Ints(lines)
	}
	for _, n := range lines {
		href, in := covered[n]
		sp.Lines = append(sp.Lines, sourceLine{N: n, Text: f.line(n), InTrace: in, Href: href, Bridge: inBridge[n]})
	}
	return sp
}

// blocks groups ops by source line and bytecode, folding inlined calls.
func (v *Viewer) blocks(t *jitlog.Trace, ops []*jitlog.Op, exits map[*jitlog.Op]*jitlog.Exit) []*block {
	root := &block{Depth: -1}
	stack := []*block{root}
	seenLine := map[int]bool{}
	var cur *bytecodeView
	container := func() *block { return stack[len(stack)-1] }
	addLine := func(loc jitlog.Location, depth int, raw string) *block {
		if loc.Known() {
			raw = ""
		}
		c := container()
		if n := len(c.Children); n > 0 {
			last := c.Children[n-1]
			if !last.Inlined && last.Depth == depth && last.Raw == raw && sameLine(last, loc) {
				return last
			}
		}
		b := &block{Depth: depth, LineNo: loc.Line, Raw: raw, NoLine: raw}
		if loc.Known() {
			f := v.sources.get(loc.File)
			n := loc.Line
			if n == 0 {
				n = loc.FirstLine
				b.NoLine = "bytecodes of " + loc.Name + " (the log does not say their lines)"
			}
			b.LineNo = n
			b.LineText = f.line(n)
			if b.LineText == "" && b.NoLine == "" {
				b.NoLine = loc.Name + " in " + loc.File + " (source not found)"
			}
			b.Title = loc.File
		}
		if depth == 0 && loc.Line > 0 && !seenLine[loc.Line] && loc.SameCode(traceLoc(t)) {
			seenLine[loc.Line] = true
			b.Anchor = "line-" + strconv.Itoa(loc.Line)
		}
		c.Children = append(c.Children, b)
		return b
	}
	for _, op := range ops {
		if op.Merge != nil {
			mp := op.Merge
			depth := mp.Depth
			for len(stack)-1 > depth && len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			for len(stack)-1 < depth {
				ib := &block{Inlined: true, Depth: len(stack) - 1,
					Title: "inlined call to " + nameOr(mp.Loc.Name, mp.Raw) + fileOf(mp.Loc)}
				c := container()
				c.Children = append(c.Children, ib)
				stack = append(stack, ib)
			}
			lb := addLine(mp.Loc, depth, mp.Raw)
			label := ""
			if mp.Loc.Offset >= 0 {
				label = "#" + strconv.Itoa(mp.Loc.Offset) + " " + mp.Loc.Opcode
			}
			cur = &bytecodeView{Label: label, Empty: true}
			lb.Bytecodes = append(lb.Bytecodes, cur)
			continue
		}
		if cur == nil {
			// Ops before the part's first merge point: the bytecode in force (op.At), or the
			// trace's setup when there is none.
			// A bridge starts inside the bytecode of the guard it leaves.
			at, how := op.At, " (continued)"
			if at == nil && t.GuardOp != nil && t.GuardOp.At != nil {
				at, how = t.GuardOp.At, " (continued from the guard)"
			}
			var lb *block
			if at != nil && len(stack) == 1 && at.Depth == 0 {
				lb = addLine(at.Loc, 0, at.Raw)
				label := strings.TrimSpace(how)
				if at.Loc.Offset >= 0 {
					label = "#" + strconv.Itoa(at.Loc.Offset) + " " + at.Loc.Opcode + how
				}
				cur = &bytecodeView{Label: label}
			} else {
				lb = addLine(jitlog.Location{Offset: -1}, 0, "")
				lb.NoLine = "before the first bytecode: setting up the trace"
				if !traceLoc(t).Known() {
					lb.NoLine = "before the first merge point"
				}
				cur = &bytecodeView{Label: ""}
			}
			lb.Bytecodes = append(lb.Bytecodes, cur)
		}
		ov := v.opView(t, op, exits)
		cur.Ops = append(cur.Ops, ov)
		cur.Empty = false
		for _, b := range stack[1:] {
			b.OpCount++
			if ov.Guard != nil && ov.Guard.Hot {
				b.HasHot = true
			}
		}
	}
	return root.Children
}

func sameLine(b *block, loc jitlog.Location) bool {
	if b.Title != loc.File {
		return false
	}
	if loc.Line == 0 {
		return b.LineNo == loc.FirstLine
	}
	return b.LineNo == loc.Line
}

func nameOr(name, raw string) string {
	if name != "" {
		return name
	}
	return raw
}

func fileOf(loc jitlog.Location) string {
	if !loc.Known() {
		return ""
	}
	if loc.Line > 0 {
		return " in " + loc.File + ":" + strconv.Itoa(loc.FirstLine)
	}
	return " in " + loc.File
}

// opView builds one op line with its guard, link and machine code.
func (v *Viewer) opView(t *jitlog.Trace, op *jitlog.Op, exits map[*jitlog.Op]*jitlog.Exit) *opView {
	ov := &opView{Anchor: "op-" + strconv.Itoa(op.Line), Text: formatOp(op), Raw: plainOp(op), Class: "op"}
	if op.Offset >= 0 {
		ov.Offset = "+" + strconv.Itoa(op.Offset)
	}
	switch {
	case op.IsGuard():
		ov.Class += " guard"
		ov.Anchor = guardAnchor(op)
		gv := &guardView{}
		if op.GuardID != 0 {
			gv.ID = "0x" + strconv.FormatUint(op.GuardID, 16)
		}
		if e := exits[op]; e != nil {
			if e.Bridge != nil {
				gv.Bridge = &bridgeRef{Href: traceHref(e.Bridge), Name: e.Bridge.Name(), Runs: countText(e.BridgeRuns, e.BridgeCounted)}
				if e.Percent >= 0 {
					gv.Percent = fmt.Sprintf("%.0f%%", e.Percent)
				}
				ov.Class += " has-bridge"
			}
			if e.Missing {
				gv.Missing, gv.Hot = true, e.Hot
				gv.Evidence = evidence(e)
				gv.Sibling = traceHref(e.Sibling.Guard.Trace) + "#" + guardAnchor(e.Sibling.Guard)
				if e.Hot {
					ov.Class += " hot"
				} else {
					ov.Class += " missing"
				}
			}
		}
		ov.Guard = gv
	case op.Name == "label":
		ov.Class += " label"
		ov.IsLabel = true
		ov.LabelFor = op.Descr
		for _, j := range v.jumpsTo(op) {
			text := j.Trace.Name()
			if j.Trace == t {
				text = "the end of this " + t.Kind.String()
			}
			ov.From = append(ov.From, linkView{Href: traceHref(j.Trace) + "#op-" + strconv.Itoa(j.Line), Text: text})
		}
	case op.Name == "jump":
		ov.Class += " jump"
		if op.Target != nil {
			ov.Link = &linkView{Href: traceHref(op.Target.Trace) + "#" + labelAnchor(op.Target.Descr), Text: "to " + op.Target.Trace.Name() + ", label " + op.Target.Descr}
		} else if op.TargetLoop != nil {
			ov.Link = &linkView{Href: traceHref(op.TargetLoop), Text: "to " + op.TargetLoop.Name()}
		}
	case op.TargetLoop != nil:
		ov.Class += " call"
		ov.Link = &linkView{Href: traceHref(op.TargetLoop), Text: "calls the compiled " + op.TargetLoop.Name()}
	case strings.HasPrefix(op.Name, "call") || strings.HasPrefix(op.Name, "cond_call"):
		ov.Class += " call"
	case strings.HasPrefix(op.Name, "new"):
		ov.Class += " alloc"
	case op.Name == "increment_debug_counter" || op.Name == "enter_portal_frame" || op.Name == "leave_portal_frame" || op.Name == "force_token" || op.Name == "keepalive":
		ov.Class += " quiet"
	}
	if addr, data, known, ok := t.OpCode(op); ok {
		ov.AsmAddr = fmt.Sprintf("0x%x", addr)
		if v.log.Backend != nil {
			ov.Insns = opInsns(v.disasm.trace(t, v.log.Backend.Name), addr, addr+uint64(len(data)))
		}
		var b strings.Builder
		for i, c := range data {
			if i > 0 {
				b.WriteByte(' ')
			}
			if known[i] {
				fmt.Fprintf(&b, "%02x", c)
			} else {
				b.WriteString("??")
			}
		}
		ov.Asm = b.String()
	}
	return ov
}

func hasGuard(ops []*jitlog.Op) bool {
	for _, op := range ops {
		if op.IsGuard() {
			return true
		}
	}
	return false
}

// defaultTraceEagerness is PyPy's trace_eagerness: the failures after which a guard
// gets a bridge (rpython/rlib/jit.py).
const defaultTraceEagerness = 200

// reentryNote says when a loop keeps starting from the interpreter: each entry follows an
// exit through a guard without a bridge, or the loop finishing. "" when it does not.
func reentryNote(t *jitlog.Trace) string {
	if t.Kind == jitlog.KindBridge {
		return ""
	}
	share, ok := t.ReentryShare()
	if !ok || share < jitlog.ReentryAlarm {
		return ""
	}
	entries, _ := t.Entries()
	runs, _ := t.Runs()
	return fmt.Sprintf("%.0f%% of this loop's runs started in the interpreter (%s entries for %s runs): each entry follows an exit through a guard without a bridge, or the loop finishing. With PyPy's defaults a guard gets its bridge on its %dth failure (trace_eagerness).",
		100*share, groupDigits(entries), groupDigits(runs), defaultTraceEagerness)
}
