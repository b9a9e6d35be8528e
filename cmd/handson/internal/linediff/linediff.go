// This file defines the edit script (Lines) and its unified rendering (Unified).

package linediff

import (
	"fmt"
	"strings"
)

// MaxEdits bounds the work of Lines: beyond this many differing lines the script is no
// longer minimal (see the package comment).
const MaxEdits = 1000

// Op is what an edit does with a line.
type Op int

const (
	// Equal keeps a line present in both texts.
	Equal Op = iota
	// Delete removes a line of the first text.
	Delete
	// Insert adds a line of the second text.
	Insert
)

// Edit is one line of an edit script. A and B are 0-based line indexes in the first and
// second text; only the side(s) the edit touches are meaningful.
type Edit struct {
	Op   Op
	Text string
	A, B int
}

// SplitLines cuts a text into lines, each keeping its newline; a last line without one is
// kept as it is, so that "a" and "a\n" differ.
func SplitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Lines returns an edit script turning a into b.
func Lines(a, b []string) []Edit {
	// Strip the common head and tail first: the usual case is a few changed lines.
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var out []Edit
	for i := 0; i < head; i++ {
		out = append(out, Edit{Op: Equal, Text: a[i], A: i, B: i})
	}
	out = append(out, middle(a[head:len(a)-tail], b[head:len(b)-tail], head, head)...)
	for i := 0; i < tail; i++ {
		ia, ib := len(a)-tail+i, len(b)-tail+i
		out = append(out, Edit{Op: Equal, Text: a[ia], A: ia, B: ib})
	}
	return out
}

// middle runs Myers' algorithm on the part between the common head and tail; offA and offB
// are where that part starts in the whole texts.
func middle(a, b []string, offA, offB int) []Edit {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return replaceAll(a, b, offA, offB)
	}
	maxD := min(n+m, MaxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	// trace[d] keeps v[k] for k in [-d, d] after round d, at index k+d.
	var trace [][]int
	found := -1
	for d := 0; d <= maxD && found < 0; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = d
				break
			}
		}
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
	}
	if found < 0 {
		return replaceAll(a, b, offA, offB)
	}
	// Walk back from (n, m) through the snapshots, collecting edits in reverse.
	var rev []Edit
	x, y := n, m
	for d := found; d > 0; d-- {
		prev := trace[d-1]
		at := func(k int) int { return prev[k+d-1] }
		k := x - y
		prevK := k - 1
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			prevK = k + 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, Edit{Op: Equal, Text: a[x], A: offA + x, B: offB + y})
		}
		if prevK == k+1 {
			y--
			rev = append(rev, Edit{Op: Insert, Text: b[y], A: offA + x, B: offB + y})
		} else {
			x--
			rev = append(rev, Edit{Op: Delete, Text: a[x], A: offA + x, B: offB + y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, Edit{Op: Equal, Text: a[x], A: offA + x, B: offB + y})
	}
	if x != 0 || y != 0 {
		panic("BUG: linediff: walk back did not reach the start")
	}
	out := make([]Edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

func replaceAll(a, b []string, offA, offB int) []Edit {
	out := make([]Edit, 0, len(a)+len(b))
	for i, l := range a {
		out = append(out, Edit{Op: Delete, Text: l, A: offA + i, B: offB})
	}
	for i, l := range b {
		out = append(out, Edit{Op: Insert, Text: l, A: offA + len(a), B: offB + i})
	}
	return out
}

// FirstDifference returns the 1-based number of the first line where a and b differ, and
// false when they are equal.
func FirstDifference(a, b string) (int, bool) {
	la, lb := SplitLines(a), SplitLines(b)
	for i := 0; ; i++ {
		switch {
		case i >= len(la) && i >= len(lb):
			return 0, false
		case i >= len(la) || i >= len(lb) || la[i] != lb[i]:
			return i + 1, true
		}
	}
}

// Unified returns the differences between a and b as a unified diff with context lines of
// context around each change, headed by "--- nameA" and "+++ nameB". Equal texts give "".
func Unified(a, b, nameA, nameB string, context int) string {
	edits := Lines(SplitLines(a), SplitLines(b))
	changed := false
	for _, e := range edits {
		if e.Op != Equal {
			changed = true
			break
		}
	}
	if !changed {
		return ""
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", nameA, nameB)
	for _, h := range hunks(edits, context) {
		writeHunk(&sb, edits[h[0]:h[1]])
	}
	return sb.String()
}

// hunks groups the edits into [start, end) ranges: each change with up to context equal
// lines on either side, merging changes whose contexts touch.
func hunks(edits []Edit, context int) [][2]int {
	var out [][2]int
	for i := 0; i < len(edits); {
		if edits[i].Op == Equal {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for end < len(edits) {
			if edits[end].Op != Equal {
				end++
				continue
			}
			// A run of equal lines: does another change follow close enough to join?
			run := end
			for run < len(edits) && edits[run].Op == Equal {
				run++
			}
			if run < len(edits) && run-end <= 2*context {
				end = run
				continue
			}
			end = min(end+context, len(edits))
			break
		}
		if len(out) > 0 && start <= out[len(out)-1][1] {
			out[len(out)-1][1] = end
		} else {
			out = append(out, [2]int{start, end})
		}
		i = end
	}
	return out
}

func writeHunk(sb *strings.Builder, edits []Edit) {
	startA, startB, countA, countB := -1, -1, 0, 0
	for _, e := range edits {
		if e.Op != Insert {
			if startA < 0 {
				startA = e.A
			}
			countA++
		}
		if e.Op != Delete {
			if startB < 0 {
				startB = e.B
			}
			countB++
		}
	}
	if startA < 0 {
		startA = edits[0].A
	}
	if startB < 0 {
		startB = edits[0].B
	}
	fmt.Fprintf(sb, "@@ -%s +%s @@\n", hunkRange(startA, countA), hunkRange(startB, countB))
	for _, e := range edits {
		mark := " "
		switch e.Op {
		case Delete:
			mark = "-"
		case Insert:
			mark = "+"
		}
		sb.WriteString(mark)
		sb.WriteString(e.Text)
		if !strings.HasSuffix(e.Text, "\n") {
			sb.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange prints a hunk's line range as diff -u does: 1-based start, and the count when
// it is not 1 (an empty range names the line before it).
func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}
