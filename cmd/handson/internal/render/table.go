// This file defines GFM tables: columns as wide as their cells, aligned as the
// markdown's delimiter row says, narrowed (widest column first) and their cells wrapped
// when the table is wider than the page.

package render

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// cell is a table cell cut into words.
type cell struct {
	words   []word
	natural int // the width of the cell on one line
	longest int // the width of its widest word, or part of a word between soft pieces
}

// table renders a table within width columns: the header row, a rule under it, the
// other rows; columns separated by a bar.
func (r *renderer) table(t *east.Table, width int) []string {
	ncol := len(t.Alignments)
	if ncol == 0 {
		return nil
	}
	rows, header := r.tableCells(t)
	sep, hrule, cross := " │ ", "─", "─┼─"
	if r.pal.plain {
		sep, hrule, cross = " | ", "-", "-|-"
	}
	widths := columnWidths(rows, ncol, width-displayWidth(sep)*(ncol-1))
	var out []string
	for i, cells := range rows {
		out = append(out, r.tableRow(cells, widths, t.Alignments, sep)...)
		if i == header {
			var parts []string
			for _, w := range widths {
				parts = append(parts, strings.Repeat(hrule, w))
			}
			out = append(out, paint(r.pal.rule, strings.Join(parts, cross)))
		}
	}
	return out
}

// tableCells cuts the rows of t into cells, one per column, and says which row is the
// header (-1 when none).
func (r *renderer) tableCells(t *east.Table) (rows [][]cell, header int) {
	ncol := len(t.Alignments)
	header = -1
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		at := r.pal.text
		if _, ok := row.(*east.TableHeader); ok {
			at = r.pal.tableHdr
			header = len(rows)
		}
		cells := make([]cell, ncol)
		i := 0
		for c := row.FirstChild(); c != nil && i < ncol; c = c.NextSibling() {
			cells[i] = newCell(r.inlines(c, at))
			i++
		}
		rows = append(rows, cells)
	}
	return rows, header
}

// newCell cuts a cell's runs into words and measures them.
func newCell(runs []run) cell {
	c := cell{words: words(runs)}
	for i, w := range c.words {
		if i > 0 && w.gap != nil {
			c.natural++
		}
		c.natural += w.width
		for _, p := range w.parts() {
			c.longest = max(c.longest, p.width)
		}
	}
	return c
}

// columnWidths gives each column its widest cell when that fits in avail columns;
// otherwise it narrows the widest column, one column at a time, first down to the
// longest word of its cells (so that words stay whole), then further if it must.
func columnWidths(rows [][]cell, ncol, avail int) []int {
	widths := make([]int, ncol)
	floor := make([]int, ncol)
	total := 0
	for col := range ncol {
		for _, cells := range rows {
			widths[col] = max(widths[col], cells[col].natural)
			floor[col] = max(floor[col], cells[col].longest)
		}
		widths[col] = max(widths[col], 1)
		total += widths[col]
	}
	for total > avail {
		widest := widestAbove(widths, floor)
		if widest < 0 {
			// Every column is down to its longest word: words must be cut from now on.
			for col := range floor {
				floor[col] = 1
			}
			widest = widestAbove(widths, floor)
		}
		if widest < 0 {
			break // every column is one column wide: nothing narrower exists
		}
		widths[widest]--
		total--
	}
	return widths
}

// widestAbove is the widest column still wider than its floor (the first of equals), or
// -1 when there is none.
func widestAbove(widths, floor []int) int {
	widest := -1
	for col, w := range widths {
		if w > floor[col] && (widest < 0 || w > widths[widest]) {
			widest = col
		}
	}
	return widest
}

// tableRow renders one row: every cell wrapped to its column, padded as the column is
// aligned, on as many lines as its tallest cell needs.
func (r *renderer) tableRow(cells []cell, widths []int, aligns []east.Alignment, sep string) []string {
	wrapped := make([][][]piece, len(cells))
	height := 1
	for i, c := range cells {
		if len(c.words) > 0 {
			wrapped[i] = wrap(c.words, widths[i], widths[i])
		}
		height = max(height, len(wrapped[i]))
	}
	bar := paint(r.pal.rule, sep)
	var out []string
	for line := range height {
		var sb strings.Builder
		for i := range cells {
			if i > 0 {
				sb.WriteString(bar)
			}
			var ps []piece
			if line < len(wrapped[i]) {
				ps = wrapped[i][line]
			}
			sb.WriteString(emitPadded(ps, widths[i], alignOf(aligns[i])))
		}
		out = append(out, sb.String())
	}
	return out
}

// alignOf is emitPadded's name for a column's alignment; columns without one are
// left-aligned.
func alignOf(a east.Alignment) byte {
	switch a {
	case east.AlignRight:
		return 'r'
	case east.AlignCenter:
		return 'c'
	}
	return 'l'
}
