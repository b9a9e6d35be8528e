// This file defines the block walk: markdown is parsed with goldmark (CommonMark and GFM
// tables), and its headings, paragraphs, lists, block quotes, rules, code blocks and
// HTML blocks become lines of terminal text.

package render

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// margin is the blank space left of every line, and the space kept free on the right.
const margin = 2

// codeIndent is how much further in than the text around them code blocks are.
const codeIndent = 2

// tabStop is where a tab in a code block moves to: the next multiple of 8 columns, as in
// a terminal and in Python 2's tokenizer.
const tabStop = 8

// renderer holds what one Markdown call renders with.
type renderer struct {
	src   []byte
	pal   *palette
	depth int // how many lists enclose the block being rendered
}

// parse reads markdown into goldmark's tree: CommonMark with GFM tables.
func parse(src []byte) ast.Node {
	p := goldmark.DefaultParser()
	p.AddOptions(
		parser.WithParagraphTransformers(util.Prioritized(extension.NewTableParagraphTransformer(), 200)),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
	return p.Parse(text.NewReader(src))
}

// renderDocument renders markdown for a page width columns wide. Styled output has a
// blank line above and below the page, to set it off from the command line; plain output
// starts and ends with text.
func renderDocument(md string, pal *palette, width int) string {
	r := &renderer{src: []byte(md), pal: pal}
	lines := r.blocks(parse(r.src), width-2*margin, false)
	var sb strings.Builder
	if !pal.plain {
		sb.WriteString("\n")
	}
	for _, l := range lines {
		if l = strings.TrimRight(l, " "); l != "" {
			sb.WriteString(strings.Repeat(" ", margin))
			sb.WriteString(l)
		}
		sb.WriteString("\n")
	}
	if !pal.plain && len(lines) > 0 {
		sb.WriteString("\n")
	}
	return sb.String()
}

// blocks renders the block children of parent, width columns wide, with a blank line
// between two blocks unless tight (the items of a tight list).
func (r *renderer) blocks(parent ast.Node, width int, tight bool) []string {
	width = max(width, 1)
	var out []string
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		lines := r.block(n, width)
		if len(lines) == 0 {
			continue
		}
		if len(out) > 0 && !tight {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return out
}

// block renders one block node.
func (r *renderer) block(n ast.Node, width int) []string {
	switch n := n.(type) {
	case *ast.Heading:
		return r.heading(n, width)
	case *ast.Paragraph, *ast.TextBlock:
		return r.text(r.inlines(n, r.pal.text), width)
	case *ast.ThematicBreak:
		if r.pal.plain {
			return []string{strings.Repeat("-", width)}
		}
		return []string{paint(r.pal.rule, strings.Repeat("─", width))}
	case *ast.FencedCodeBlock:
		info := ""
		if n.Info != nil {
			info = string(n.Info.Segment.Value(r.src))
		}
		return r.codeBlock(n, info)
	case *ast.CodeBlock:
		return r.codeBlock(n, "")
	case *ast.List:
		return r.list(n, width)
	case *ast.Blockquote:
		return r.blockquote(n, width)
	case *east.Table:
		return r.table(n, width)
	case *ast.HTMLBlock:
		return r.htmlBlock(n, width)
	}
	return r.blocks(n, width, false)
}

// text lays runs out as a paragraph.
func (r *renderer) text(runs []run, width int) []string {
	var out []string
	for _, l := range wrap(words(runs), width, width) {
		out = append(out, emit(l))
	}
	return out
}

// heading renders a heading. In the plain style and below the first level it keeps its
// # marks; a first-level heading in colour is a band with a space on each side.
// Continuation lines are indented under the heading's text.
func (r *renderer) heading(h *ast.Heading, width int) []string {
	if r.pal.plain || h.Level > 1 {
		at := r.pal.heading
		prefix := strings.Repeat("#", h.Level) + " "
		runs := append([]run{{text: prefix, at: at, whole: true}}, r.inlines(h, at)...)
		var out []string
		for i, l := range wrap(words(runs), width, width-len(prefix)) {
			if i > 0 {
				out = append(out, strings.Repeat(" ", len(prefix))+emit(l))
				continue
			}
			out = append(out, emit(l))
		}
		return out
	}
	at := r.pal.h1
	var out []string
	for _, l := range wrap(words(r.inlines(h, at)), width-2, width-2) {
		band := append([]piece{{text: " ", at: at}}, l...)
		out = append(out, emit(append(band, piece{text: " ", at: at})))
	}
	return out
}

// bullet is the bullet of a list depth lists deep: •, then ◦, then ▪, and again.
func bullet(depth int) string {
	return [...]string{"•", "◦", "▪"}[depth%3]
}

// list renders a list: each item's blocks indented under its text, the first line
// after the bullet or the number (numbers right-aligned). Loose lists have a blank line
// between items.
func (r *renderer) list(l *ast.List, width int) []string {
	count := l.ChildCount()
	last := strconv.Itoa(l.Start + count - 1)
	b := bullet(r.depth)
	r.depth++
	defer func() { r.depth-- }()
	var out []string
	i := 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := b
		if l.IsOrdered() {
			n := strconv.Itoa(l.Start + i)
			marker = strings.Repeat(" ", len(last)-len(n)) + n + string(l.Marker)
		}
		indent := displayWidth(marker) + 1
		lines := r.blocks(item, width-indent, l.IsTight)
		if len(lines) == 0 {
			lines = []string{""}
		}
		if i > 0 && !l.IsTight {
			out = append(out, "")
		}
		out = append(out, paint(r.pal.bullet, marker)+" "+lines[0])
		for _, line := range lines[1:] {
			if line != "" {
				line = strings.Repeat(" ", indent) + line
			}
			out = append(out, line)
		}
		i++
	}
	return out
}

// blockquote renders a block quote with a bar on its left.
func (r *renderer) blockquote(q *ast.Blockquote, width int) []string {
	bar := paint(r.pal.rule, "│")
	var out []string
	for _, line := range r.blocks(q, width-2, false) {
		if line == "" {
			out = append(out, bar)
			continue
		}
		out = append(out, bar+" "+line)
	}
	return out
}

// htmlBlock shows raw HTML as its source text, each source line wrapped on its own.
func (r *renderer) htmlBlock(n *ast.HTMLBlock, width int) []string {
	var out []string
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, r.text([]run{{text: strings.TrimRight(string(seg.Value(r.src)), "\n"), at: r.pal.text}}, width)...)
	}
	if n.HasClosure() {
		closure := strings.TrimRight(string(n.ClosureLine.Value(r.src)), "\n")
		out = append(out, r.text([]run{{text: closure, at: r.pal.text}}, width)...)
	}
	return out
}

// codeBlock renders a code block, indented and never wrapped, so that its lines can be
// copied as they are; info is the fence's info string (the language).
func (r *renderer) codeBlock(n ast.Node, info string) []string {
	lines := n.Lines()
	if lines.Len() == 0 {
		return nil // an empty block shows nothing, not an empty line
	}
	var sb strings.Builder
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.WriteString(expandTabs(strings.TrimRight(string(seg.Value(r.src)), " \t\r\n")))
		sb.WriteString("\n")
	}
	code := strings.TrimSuffix(sb.String(), "\n")
	var out []string
	for _, line := range r.highlight(code, info) {
		if line != "" {
			line = strings.Repeat(" ", codeIndent) + line
		}
		out = append(out, line)
	}
	return out
}

// expandTabs replaces the tabs of a line with spaces to the next tab stop.
func expandTabs(line string) string {
	if !strings.Contains(line, "\t") {
		return line
	}
	var sb strings.Builder
	col := 0
	for _, c := range line {
		if c == '\t' {
			n := tabStop - col%tabStop
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(c)
		col += RuneWidth(c)
	}
	return sb.String()
}
