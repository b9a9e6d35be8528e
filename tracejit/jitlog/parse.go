// This file defines Parse and the reading of trace sections: headers, inputargs and op
// lines, with the checks that make a malformed log an error at its line.

package jitlog

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"handson/interp/pypylog"
)

// Parse reads a PyPy-format log and the JIT sections in it.
func Parse(r io.Reader) (*Log, error) {
	pl, err := pypylog.Parse(r)
	if err != nil {
		return nil, err
	}
	return FromSections(pl)
}

// ParseFile reads the log at path. Errors are "path:line: message" when they have a line.
func ParseFile(path string) (*Log, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	l, err := Parse(f)
	if err != nil {
		var je *Error
		var se *pypylog.SyntaxError
		switch {
		case errors.As(err, &je):
			return nil, fmt.Errorf("%s:%d: %s", path, je.Line, je.Msg)
		case errors.As(err, &se):
			return nil, fmt.Errorf("%s:%d: %s", path, se.Line, se.Msg)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

// traceCategories are the section families traces are read from, in order of preference,
// as PyPy's import_log chooses them.
var traceCategories = []string{"jit-log-opt", "jit-log-rewritten", "jit-log-noopt"}

// FromSections reads the JIT sections of an already parsed log.
func FromSections(pl *pypylog.Log) (*Log, error) {
	if len(pl.Sections) == 0 && len(pl.Loose) > 0 {
		first := pl.Loose[0]
		return nil, errorf(first.Num, "not a PyPy log: %q is not a \"[hex] {section\" line, and no section follows", clip(first.Text))
	}
	l := &Log{
		loops:   map[int]*Trace{},
		bridges: map[uint64]*Trace{},
		guards:  map[uint64]*Op{},
		labels:  map[string]*Op{},
	}
	for _, cat := range traceCategories {
		sections := pl.Extract(cat)
		if len(sections) == 0 {
			continue
		}
		l.Category = cat
		for _, sec := range sections {
			t, err := l.parseTrace(sec, cat != "jit-log-noopt")
			if err != nil {
				return nil, err
			}
			if t != nil {
				l.Traces = append(l.Traces, t)
			}
		}
		break
	}
	if err := l.parseBackend(pl); err != nil {
		return nil, err
	}
	counts := pl.Extract("jit-backend-counts")
	if len(counts) > 0 {
		if err := l.parseCounts(counts[len(counts)-1]); err != nil {
			return nil, err
		}
	}
	l.resolve()
	return l, nil
}

func (l *Log) warn(line int, format string, args ...any) {
	l.Warnings = append(l.Warnings, Warning{Line: line, Msg: fmt.Sprintf(format, args...)})
}

var (
	loopHeader   = regexp.MustCompile(`^# Loop (-?\d+) \((.*)\) : (.+?) with (\d+) ops$`)
	loopHeaderNo = regexp.MustCompile(`^# Loop (-?\d+)\b`)
	bridgeHeader = regexp.MustCompile(`^# bridge out of Guard 0x([0-9a-fA-F]+)(?: with (\d+) ops)?`)
	tracedHeader = regexp.MustCompile(`^# Traced loop or bridge with (\d+) ops$`)
	offsetPrefix = regexp.MustCompile(`^\+(\d+): ?`)
	varName      = regexp.MustCompile(`^[ipfv]\d+(\[[^\]]*\])?$`)
	opName       = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	guardDescr   = regexp.MustCompile(`^<Guard0x([0-9a-fA-F]+)>$`)
)

// parseTrace reads one trace section. strict requires descr=<Guard0x..> on every guard
// (optimized and rewritten traces have them; the raw noopt trace does not).
func (l *Log) parseTrace(sec *pypylog.Section, strict bool) (*Trace, error) {
	body := make([]pypylog.Line, 0, len(sec.Body))
	for _, ln := range sec.Body {
		if ln.Text != "" {
			body = append(body, ln)
		}
	}
	if len(body) == 0 {
		l.warn(sec.StartLine, "%s section is empty (a profiling-mode log? use PYPYLOG=jit-log-opt,jit-backend-counts:FILE)", sec.Category)
		return nil, nil
	}
	t := &Trace{Category: sec.Category, Line: sec.StartLine, EndOffset: -1, HeaderOps: -1}
	if sec.Truncated {
		l.warn(sec.StartLine, "%s section is never closed: the log was cut short", sec.Category)
	}
	head := body[0]
	if !strings.HasPrefix(head.Text, "#") {
		return nil, errorf(head.Num, "%s section starts with %q, not a '# Loop' or '# bridge' header", sec.Category, clip(head.Text))
	}
	if err := l.parseHeader(t, head); err != nil {
		return nil, err
	}
	body = body[1:]
	defined := map[string]bool{}
	if len(body) > 0 && strings.HasPrefix(body[0].Text, "[") {
		ln := body[0]
		if !strings.HasSuffix(ln.Text, "]") {
			return nil, errorf(ln.Num, "inputargs line %q does not end with ']'", clip(ln.Text))
		}
		inner := strings.TrimSpace(ln.Text[1 : len(ln.Text)-1])
		if inner != "" {
			for _, a := range strings.Split(inner, ",") {
				a = strings.TrimSpace(a)
				if !varName.MatchString(a) {
					return nil, errorf(ln.Num, "inputarg %q is not a variable (i0, p1, f2...)", a)
				}
				if defined[a] {
					return nil, errorf(ln.Num, "inputarg %s appears twice", a)
				}
				defined[a] = true
				t.Inputargs = append(t.Inputargs, a)
			}
		}
		body = body[1:]
	}
	var at *MergePoint
	for _, ln := range body {
		if strings.HasPrefix(ln.Text, "#") {
			continue // a comment line
		}
		if t.EndOffset >= 0 {
			return nil, errorf(ln.Num, "operation after --end of the loop--")
		}
		op, end, err := parseOpLine(ln)
		if err != nil {
			return nil, err
		}
		if end {
			if op.Offset < 0 {
				t.EndOffset = 0
				l.warn(ln.Num, "--end of the loop-- without an offset")
			} else {
				t.EndOffset = op.Offset
			}
			continue
		}
		if !knownOp(op.Name) {
			l.warn(ln.Num, "unknown operation %q (not a resop of PyPy's JIT)", op.Name)
		}
		for _, a := range op.Args {
			if v := baseVar(a); v != "" && !defined[v] {
				return nil, errorf(ln.Num, "%s uses %s, which no earlier operation or inputarg defines", op.Name, a)
			}
		}
		for _, a := range op.FailArgs {
			if a == "None" {
				continue
			}
			v := baseVar(a)
			if v == "" {
				return nil, errorf(ln.Num, "fail arg %q is not a variable or None", a)
			}
			if !defined[v] {
				return nil, errorf(ln.Num, "unknown variable %s in the fail args of %s", a, op.Name)
			}
		}
		if op.Result != "" {
			v := baseVar(op.Result)
			if v == "" {
				return nil, errorf(ln.Num, "result %q is not a variable (i0, p1, f2...)", op.Result)
			}
			if defined[v] {
				return nil, errorf(ln.Num, "%s is defined a second time", v)
			}
			defined[v] = true
		}
		if op.IsGuard() {
			if m := guardDescr.FindStringSubmatch(op.Descr); m != nil {
				op.GuardID, _ = strconv.ParseUint(m[1], 16, 64)
			} else if strict {
				return nil, errorf(ln.Num, "%s has no descr=<Guard0x...>: every guard of an optimized trace needs one", op.Name)
			}
			if strict && !op.HasFailArgs {
				return nil, errorf(ln.Num, "%s has no fail args [...]", op.Name)
			}
		}
		if op.Merge != nil {
			at = op.Merge
		}
		op.At = at
		op.Index = len(t.Ops)
		op.Trace = t
		t.Ops = append(t.Ops, op)
	}
	if t.HeaderOps >= 0 && t.HeaderOps != len(t.Ops) {
		l.warn(head.Num, "header says %d ops, the section has %d", t.HeaderOps, len(t.Ops))
	}
	t.split()
	return t, nil
}

func (l *Log) parseHeader(t *Trace, head pypylog.Line) error {
	t.Header = head.Text
	switch {
	case loopHeader.MatchString(head.Text):
		m := loopHeader.FindStringSubmatch(head.Text)
		t.Number, _ = strconv.Atoi(m[1])
		t.Location = m[2]
		t.Loc = ParseLocation(m[2])
		t.Kind = KindLoop
		if m[3] == "entry bridge" {
			t.Kind = KindEntryBridge
		}
		t.HeaderOps, _ = strconv.Atoi(m[4])
	case bridgeHeader.MatchString(head.Text):
		m := bridgeHeader.FindStringSubmatch(head.Text)
		id, err := strconv.ParseUint(m[1], 16, 64)
		if err != nil {
			return errorf(head.Num, "guard id 0x%s does not fit 64 bits", m[1])
		}
		t.Kind, t.Guard = KindBridge, id
		if m[2] != "" {
			t.HeaderOps, _ = strconv.Atoi(m[2])
		}
	case tracedHeader.MatchString(head.Text):
		t.Kind = KindOther
		t.HeaderOps, _ = strconv.Atoi(tracedHeader.FindStringSubmatch(head.Text)[1])
	case loopHeaderNo.MatchString(head.Text):
		t.Kind = KindLoop
		t.Number, _ = strconv.Atoi(loopHeaderNo.FindStringSubmatch(head.Text)[1])
		if i, j := strings.Index(head.Text, "("), strings.LastIndex(head.Text, ")"); i >= 0 && j > i {
			t.Location = head.Text[i+1 : j]
			t.Loc = ParseLocation(t.Location)
		}
		l.warn(head.Num, "loop header in an unfamiliar form: %q", clip(head.Text))
	default:
		t.Kind = KindOther
		l.warn(head.Num, "trace header in an unfamiliar form: %q", clip(head.Text))
	}
	return nil
}

// parseOpLine reads "[+N: ][res = ]name(args)[ [failargs]][ # comment]", or
// "[+N: ]--end of the loop--" (end is then true).
func parseOpLine(ln pypylog.Line) (op *Op, end bool, err error) {
	text := ln.Text
	op = &Op{Line: ln.Num, Offset: -1}
	if m := offsetPrefix.FindStringSubmatch(text); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			return nil, false, errorf(ln.Num, "offset +%s is too large", m[1])
		}
		op.Offset = n
		text = text[len(m[0]):]
	} else if strings.HasPrefix(text, "+") {
		return nil, false, errorf(ln.Num, "offset in %q is not \"+N:\"", clip(ln.Text))
	}
	if text == "--end of the loop--" {
		return op, true, nil
	}
	open := strings.IndexByte(text, '(')
	if open < 0 {
		return nil, false, errorf(ln.Num, "%q is not an operation: no '('", clip(ln.Text))
	}
	isMerge := strings.HasPrefix(text, "debug_merge_point(") || strings.HasPrefix(text, "jit_debug(")
	if !isMerge {
		// A comment: a '#' after the op's first ')', as PyPy's oparser reads them.
		if c := strings.LastIndexByte(text, '#'); c >= 0 {
			if rp := strings.IndexByte(text, ')'); rp >= 0 && c > rp {
				op.Comment = strings.TrimSpace(text[c+1:])
				text = strings.TrimSpace(text[:c])
			}
		}
	}
	if eq := strings.Index(text, " = "); eq >= 0 && eq < open {
		op.Result = strings.TrimSpace(text[:eq])
		text = text[eq+3:]
		open -= eq + 3
	} else if eq := strings.IndexByte(text, '='); eq >= 0 && eq < open {
		return nil, false, errorf(ln.Num, "%q: the result must be written \"res = op(...)\"", clip(ln.Text))
	}
	op.Name = text[:open]
	if !opName.MatchString(op.Name) {
		return nil, false, errorf(ln.Num, "%q is not an operation name", op.Name)
	}
	closeIdx := strings.LastIndexByte(text, ')')
	if closeIdx < open {
		return nil, false, errorf(ln.Num, "%s( has no closing ')'", op.Name)
	}
	rest := strings.TrimSpace(text[closeIdx+1:])
	if rest != "" {
		if !strings.HasPrefix(rest, "[") || !strings.HasSuffix(rest, "]") {
			return nil, false, errorf(ln.Num, "unexpected %q after %s(...)", clip(rest), op.Name)
		}
		op.HasFailArgs = true
		if inner := strings.TrimSpace(rest[1 : len(rest)-1]); inner != "" {
			for _, a := range strings.Split(inner, ",") {
				op.FailArgs = append(op.FailArgs, strings.TrimSpace(a))
			}
		}
	}
	argText := text[open+1 : closeIdx]
	if isMerge {
		return op, false, parseMergeArgs(op, argText, ln.Num)
	}
	args, err := splitArgs(argText)
	if err != nil {
		return nil, false, errorf(ln.Num, "%s: %v", op.Name, err)
	}
	for i, a := range args {
		if strings.HasPrefix(a, "descr=") {
			if i != len(args)-1 {
				return nil, false, errorf(ln.Num, "%s: descr= must be the last argument", op.Name)
			}
			op.Descr = a[len("descr="):]
			break
		}
		if a == "" {
			return nil, false, errorf(ln.Num, "%s: empty argument", op.Name)
		}
		op.Args = append(op.Args, a)
	}
	return op, false, nil
}

// parseMergeArgs reads debug_merge_point(depth, call_id, 'location'): the location is
// the rest of the line and may hold commas and quotes of its own.
func parseMergeArgs(op *Op, argText string, line int) error {
	parts := strings.SplitN(argText, ", ", 3)
	if op.Name == "jit_debug" {
		op.Args = parts
		return nil
	}
	if len(parts) != 3 {
		return errorf(line, "debug_merge_point needs (depth, call id, 'location')")
	}
	depth, err1 := strconv.Atoi(parts[0])
	callID, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return errorf(line, "debug_merge_point(%s, %s, ...): depth and call id must be integers", parts[0], parts[1])
	}
	loc := parts[2]
	if len(loc) < 2 || loc[0] != '\'' || loc[len(loc)-1] != '\'' {
		return errorf(line, "debug_merge_point location %q is not quoted", clip(loc))
	}
	raw := loc[1 : len(loc)-1]
	op.Args = []string{parts[0], parts[1], loc}
	op.Merge = &MergePoint{Depth: depth, CallID: callID, Raw: raw, Loc: ParseLocation(raw)}
	return nil
}

// splitArgs splits at the commas outside brackets and quotes.
func splitArgs(s string) ([]string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	var out []string
	var stack []byte
	quote := byte(0)
	start := 0
	closing := map[byte]byte{'(': ')', '<': '>', '[': ']', '{': '}'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case closing[c] != 0:
			stack = append(stack, closing[c])
		case c == ')' || c == '>' || c == ']' || c == '}':
			if len(stack) == 0 || stack[len(stack)-1] != c {
				if c == '>' {
					continue // a lone '>' (as in "a->b" inside a descr) is text
				}
				return nil, fmt.Errorf("unbalanced %q in arguments", string(c))
			}
			stack = stack[:len(stack)-1]
		case c == ',' && len(stack) == 0:
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in arguments")
	}
	if len(stack) != 0 {
		return nil, fmt.Errorf("missing %q in arguments", string(stack[len(stack)-1]))
	}
	return append(out, strings.TrimSpace(s[start:])), nil
}

// baseVar returns the variable an argument names ("v3" of "v3[2xi64]"), or "" for a
// constant.
func baseVar(a string) string {
	if !varName.MatchString(a) {
		return ""
	}
	if i := strings.IndexByte(a, '['); i >= 0 {
		return a[:i]
	}
	return a
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// split cuts the trace into parts at its labels, with split_trace's rules.
func (t *Trace) split() {
	first := ""
	switch t.Kind {
	case KindBridge:
		first = "bridge " + strconv.FormatUint(t.Guard, 10)
	case KindLoop, KindEntryBridge:
		first = "entry " + strconv.Itoa(t.Number)
	}
	starts := []int{0}
	descrs := []string{first}
	labels := []*Op{nil}
	for i, op := range t.Ops {
		if op.Name == "label" {
			starts = append(starts, i)
			descrs = append(descrs, op.Descr)
			labels = append(labels, op)
		}
	}
	last := len(t.Ops) - 1
	for i := range starts {
		stop := last
		if i+1 < len(starts) {
			stop = starts[i+1]
		}
		t.Parts = append(t.Parts, &Part{Descr: descrs[i], Start: starts[i], Stop: stop, Label: labels[i]})
	}
}
