// This file defines Format: the two runs of a Result as two columns.

package sidebyside

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/linediff"
	"handson/cmd/handson/internal/render"
)

// Layout limits.
const (
	// MinWidth is the narrowest layout: two columns of 18 and the gutter.
	MinWidth = 40
	// DefaultMaxLines is how many lines of one output or file each side shows.
	DefaultMaxLines = 200
)

// Gutter marks between the two columns.
const (
	MarkSame      = "│" // both sides have this line, the same
	MarkDiffers   = "≠" // both sides have this line, different
	MarkLeftOnly  = "<" // only the left side has this line
	MarkRightOnly = ">" // only the right side has this line
)

// Options say how to lay a Result out.
type Options struct {
	Width    int // columns of the whole layout; less than MinWidth means MinWidth
	Painter  render.Painter
	MaxLines int // lines of one output or file shown per side; 0 means DefaultMaxLines
}

// ModeTitle names a mode for people: which implementation it behaves like, and its flags.
func ModeTitle(m checker.Mode) string {
	name := "CPython mode"
	if m.PyPy {
		name = "PyPy mode"
	}
	return name + " (" + strings.Join(m.Flags, " ") + ")"
}

// Format lays res out in two columns (see the package comment).
func Format(res *Result, o Options) string {
	if o.Width < MinWidth {
		o.Width = MinWidth
	}
	if o.MaxLines <= 0 {
		o.MaxLines = DefaultMaxLines
	}
	f := &formatter{o: o, p: o.Painter, cw: (o.Width - 3) / 2}
	left, right := &res.Sides[0], &res.Sides[1]

	what := res.Program
	if len(res.Args) > 0 {
		what += " " + strings.Join(res.Args, " ")
	}
	f.line(f.p.Bold(what) + ", run in two modes, each in a fresh empty directory:")
	f.line("")
	f.pairRows(cellLines{texts: []string{ModeTitle(res.Modes[0])}}, cellLines{texts: []string{ModeTitle(res.Modes[1])}}, MarkSame, f.p.Bold)
	f.pairRows(cellLines{texts: wrapWords(res.Modes[0].About, f.cw)}, cellLines{texts: wrapWords(res.Modes[1].About, f.cw)}, MarkSame, nil)
	f.pairRows(cellLines{texts: wrapWords(left.Status, f.cw)}, cellLines{texts: wrapWords(right.Status, f.cw)}, MarkSame, nil)

	var differs []string
	if f.section("stdout", left.Stdout, right.Stdout, "nothing printed") {
		differs = append(differs, "stdout")
	}
	if left.Stderr != "" || right.Stderr != "" {
		if f.section("stderr", left.Stderr, right.Stderr, "nothing printed") {
			differs = append(differs, "stderr")
		}
	}
	names := fileNames(left.Files, right.Files)
	f.line("")
	if len(names) == 0 {
		f.line(f.p.Bold("Files left behind:") + " none, in either mode.")
	} else {
		f.line(f.p.Bold("Files left behind, as they were after the program ended:"))
	}
	for _, n := range names {
		a, inLeft := left.Files[n]
		b, inRight := right.Files[n]
		if f.file(n, a, b, inLeft, inRight, res.Modes) {
			differs = append(differs, n)
		}
	}
	f.line("")
	f.line(f.p.Bold("Files the program did not close itself:"))
	f.pairRows(cellLines{texts: unclosed(left, res.Modes[0], f.cw)}, cellLines{texts: unclosed(right, res.Modes[1], f.cw)}, MarkSame, nil)
	if left.ExitStatus != right.ExitStatus || left.TimedOut != right.TimedOut {
		differs = append([]string{"exit status"}, differs...)
	}

	f.line("")
	if len(differs) == 0 {
		f.line(f.p.Good("The same") + " in both modes: same output, same files, same exit.")
	} else {
		f.line(f.p.Bad("Differs") + " between the modes: " + strings.Join(differs, ", ") + ".")
	}
	return f.sb.String()
}

// formatter accumulates the layout.
type formatter struct {
	o  Options
	p  render.Painter
	cw int // width of one column
	sb strings.Builder
}

func (f *formatter) line(s string) {
	f.sb.WriteString(strings.TrimRight(s, " "))
	f.sb.WriteByte('\n')
}

// section prints one output (stdout or stderr) of both runs and says whether they differ.
func (f *formatter) section(name, a, b, emptyWord string) bool {
	f.line("")
	line, differs := linediff.FirstDifference(a, b)
	switch {
	case a == "" && b == "":
		f.line(f.p.Bold(name+":") + " " + emptyWord + " in either mode.")
		return false
	case !differs:
		f.line(f.p.Bold(name+":") + " " + f.p.Good("the same") + " in both modes.")
	default:
		f.line(f.p.Bold(name+":") + " " + f.p.Bad("differs") + fmt.Sprintf(" from line %d.", line))
	}
	f.numbered(linediff.SplitLines(a), linediff.SplitLines(b), "(nothing)", "(nothing)")
	return differs
}

// file prints one file left behind by either run and says whether the two differ.
func (f *formatter) file(name string, a, b []byte, inLeft, inRight bool, modes [2]checker.Mode) bool {
	f.line("")
	head := f.p.Bold(name + ":")
	switch {
	case !inLeft:
		f.line(head + " " + f.p.Bad("only") + " under " + ModeTitle(modes[1]) + ".")
	case !inRight:
		f.line(head + " " + f.p.Bad("only") + " under " + ModeTitle(modes[0]) + ".")
	case string(a) == string(b):
		f.line(head + " " + f.p.Good("the same") + " in both modes.")
	case !isText(a) || !isText(b):
		f.line(head + " " + f.p.Bad("differs") + fmt.Sprintf(" (%d and %d bytes).", len(a), len(b)))
	default:
		line, _ := linediff.FirstDifference(string(a), string(b))
		f.line(head + " " + f.p.Bad("differs") + fmt.Sprintf(" from line %d.", line))
	}
	missingLeft, missingRight := "(empty)", "(empty)"
	if !inLeft {
		missingLeft = "(no such file)"
	}
	if !inRight {
		missingRight = "(no such file)"
	}
	la, lb := textLines(a), textLines(b)
	if !isText(a) && inLeft {
		la, missingLeft = nil, fmt.Sprintf("(binary, %d bytes)", len(a))
	}
	if !isText(b) && inRight {
		lb, missingRight = nil, fmt.Sprintf("(binary, %d bytes)", len(b))
	}
	f.numbered(la, lb, missingLeft, missingRight)
	return !inLeft || !inRight || string(a) != string(b)
}

func textLines(data []byte) []string { return linediff.SplitLines(string(data)) }

// numbered prints two lists of lines side by side, line i beside line i, each with its
// number. A side with no lines shows its placeholder instead.
func (f *formatter) numbered(a, b []string, noneA, noneB string) {
	nw := len(strconv.Itoa(max(len(a), len(b), 1)))
	shownA, shownB := min(len(a), f.o.MaxLines), min(len(b), f.o.MaxLines)
	for i := range max(shownA, shownB, 1) {
		var ca, cb cellLines
		mark := MarkSame
		hasA, hasB := i < shownA, i < shownB
		switch {
		case hasA && hasB && a[i] != b[i]:
			mark = MarkDiffers
		case hasA && !hasB:
			mark = MarkLeftOnly
		case hasB && !hasA:
			mark = MarkRightOnly
		}
		if hasA {
			ca = numberedCell(i+1, nw, a[i], f.cw)
		} else if i == 0 && len(a) == 0 {
			ca = cellLines{texts: []string{noneA}}
		}
		if hasB {
			cb = numberedCell(i+1, nw, b[i], f.cw)
		} else if i == 0 && len(b) == 0 {
			cb = cellLines{texts: []string{noneB}}
		}
		if !hasA && !hasB { // both empty: placeholders only
			mark = MarkSame
		}
		f.pairRows(ca, cb, mark, nil)
	}
	var ma, mb cellLines
	if len(a) > shownA {
		ma = cellLines{texts: []string{fmt.Sprintf("... %d more lines", len(a)-shownA)}}
	}
	if len(b) > shownB {
		mb = cellLines{texts: []string{fmt.Sprintf("... %d more lines", len(b)-shownB)}}
	}
	if len(ma.texts)+len(mb.texts) > 0 {
		f.pairRows(ma, mb, MarkSame, nil)
	}
}

// cellLines is what one side shows in one row: one or more display lines (a wrapped line,
// a note).
type cellLines struct {
	texts []string
}

// numberedCell is a line with its number, wrapped to the column; a line without a newline
// gets diff's note.
func numberedCell(n, nw int, line string, cw int) cellLines {
	text := strings.TrimSuffix(line, "\n")
	tw := max(cw-nw-1, 8)
	parts := chunk(sanitize(text), tw)
	var c cellLines
	for i, part := range parts {
		num := fmt.Sprintf("%*d", nw, n)
		if i > 0 {
			num = fmt.Sprintf("%*s", nw, "↪")
		}
		c.texts = append(c.texts, num+" "+part)
	}
	if !strings.HasSuffix(line, "\n") {
		c.texts = append(c.texts, strings.Repeat(" ", nw)+` \ no newline at end`)
	}
	return c
}

// pairRows prints two cells side by side, row by row, with the gutter mark on each row.
// paint, when given, styles the left and right texts.
func (f *formatter) pairRows(a, b cellLines, mark string, paint func(string) string) {
	gutter := " " + mark + " "
	if mark != MarkSame {
		gutter = " " + f.p.Warn(mark) + " "
	} else {
		gutter = " " + f.p.Dim(mark) + " "
	}
	for i := range max(len(a.texts), len(b.texts)) {
		var l, r string
		if i < len(a.texts) {
			l = a.texts[i]
		}
		if i < len(b.texts) {
			r = b.texts[i]
		}
		l = padTo(clip(l, f.cw), f.cw)
		r = clip(r, f.cw)
		if paint != nil {
			l, r = paint(l), paint(r)
		}
		f.line(l + gutter + r)
	}
}

// unclosed lists the files a run did not close itself, under headings.
func unclosed(r *Side, m checker.Mode, cw int) []string {
	var out []string
	group := func(head string, files []checker.OpenFile) {
		if len(files) == 0 {
			return
		}
		out = append(out, head)
		// Files opened at the same place are one entry with a count: a leak in a loop
		// would otherwise fill the screen.
		counts := map[checker.OpenFile]int{}
		var order []checker.OpenFile
		for _, f := range files {
			if counts[f] == 0 {
				order = append(order, f)
			}
			counts[f]++
		}
		for _, f := range order {
			desc := "  " + f.Name + ", mode " + f.Mode
			if f.OpenedAt != "" {
				desc += ", opened at " + f.OpenedAt
			}
			if n := counts[f]; n > 1 {
				desc += fmt.Sprintf(" (%d times)", n)
			}
			out = append(out, wrapWords(desc, cw)...)
		}
	}
	closer := "closed by the collector:"
	if !m.PyPy {
		closer = "closed by reference counting:"
	}
	group(closer, r.ClosedByCollector)
	group("still open at exit:", r.OpenAtExit)
	if len(out) == 0 {
		out = []string{"none: every file closed by the program"}
	}
	return out
}

func fileNames(a, b map[string][]byte) []string {
	seen := map[string]bool{}
	for n := range a {
		seen[n] = true
	}
	for n := range b {
		seen[n] = true
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// isText says whether data can be shown as lines.
func isText(data []byte) bool {
	return !strings.ContainsRune(string(data), 0) && utf8.Valid(data)
}

// sanitize makes a line safe to print in a column: tabs become spaces (stops every 8
// columns), other control characters their caret form (^[ for ESC), so that a program's
// output can neither move the cursor nor break the layout.
func sanitize(s string) string {
	var sb strings.Builder
	col := 0
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\t':
			n := 8 - col%8
			sb.WriteString(strings.Repeat(" ", n))
			col += n
		case r < 0x20:
			sb.WriteByte('^')
			sb.WriteRune(r + '@')
			col += 2
		case r == 0x7f:
			sb.WriteString("^?")
			col += 2
		case unicode.IsControl(r):
			sb.WriteRune('\uFFFD')
			col++
		default:
			sb.WriteRune(r)
			col++
		}
	}
	return sb.String()
}

// chunk cuts s into pieces of at most width runes; "" gives one empty piece.
func chunk(s string, width int) []string {
	rs := []rune(s)
	if len(rs) == 0 {
		return []string{""}
	}
	var out []string
	for len(rs) > width {
		out = append(out, string(rs[:width]))
		rs = rs[width:]
	}
	return append(out, string(rs))
}

// wrapWords breaks text into lines of at most width runes at spaces, keeping the leading
// indent of the text on every line; words longer than width are cut.
func wrapWords(text string, width int) []string {
	indent := text[:len(text)-len(strings.TrimLeft(text, " "))]
	var out []string
	line := ""
	for _, word := range strings.Fields(sanitize(text)) {
		for utf8.RuneCountInString(indent+word) > width {
			cut := max(width-utf8.RuneCountInString(indent), 1)
			if line != "" {
				out = append(out, line)
				line = ""
			}
			out = append(out, indent+string([]rune(word)[:cut]))
			word = string([]rune(word)[cut:])
		}
		switch {
		case line == "":
			line = indent + word
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width:
			out = append(out, line)
			line = indent + word
		default:
			line += " " + word
		}
	}
	if line != "" || len(out) == 0 {
		out = append(out, line)
	}
	return out
}

// clip cuts s to width runes.
func clip(s string, width int) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	return string([]rune(s)[:width])
}

// padTo pads s with spaces to width runes.
func padTo(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
