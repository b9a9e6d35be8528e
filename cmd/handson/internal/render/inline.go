// This file defines the inline walk: the text, emphasis, code spans, links and raw HTML
// of a paragraph (or heading, or table cell) become runs for wrap.go to lay out.

package render

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// inlines returns the runs of parent's inline children, drawn over base.
func (r *renderer) inlines(parent ast.Node, base attrs) []run {
	var out []run
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		out = r.inline(out, n, base)
	}
	return out
}

// inline appends the runs of one inline node to out.
func (r *renderer) inline(out []run, n ast.Node, base attrs) []run {
	switch n := n.(type) {
	case *ast.Text:
		value := n.Segment.Value(r.src)
		if !n.IsRaw() {
			value = unescape(value)
		}
		out = append(out, run{text: string(value), at: base})
		switch {
		case n.HardLineBreak():
			out = append(out, run{brk: true})
		case n.SoftLineBreak():
			out = append(out, run{text: " ", at: base})
		}
	case *ast.String:
		out = append(out, run{text: string(n.Value), at: base})
	case *ast.CodeSpan:
		code := r.codeSpanText(n)
		// One run, laid out whole: a span is only cut when it is wider than a line.
		if r.pal.plain {
			return append(out, run{text: "`" + code + "`", at: base, whole: true})
		}
		out = append(out, run{text: " " + code + " ", at: r.pal.codeSpan.over(base), whole: true})
	case *ast.Emphasis:
		at := r.pal.emph
		if n.Level >= 2 {
			at = r.pal.strong
		}
		out = append(out, r.inlines(n, at.over(base))...)
	case *ast.Link:
		out = r.link(out, n, string(n.Destination), base)
	case *ast.Image:
		out = r.link(out, n, string(n.Destination), base)
	case *ast.AutoLink:
		out = append(out, run{text: string(n.Label(r.src)), at: r.pal.linkText.over(base)})
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			out = append(out, run{text: string(seg.Value(r.src)), at: base})
		}
	default:
		out = append(out, r.inlines(n, base)...)
	}
	return out
}

// link appends a link's (or an image's) text, then its URL in parentheses when the URL
// says something the text does not.
func (r *renderer) link(out []run, n ast.Node, dest string, base attrs) []run {
	text := r.inlines(n, r.pal.linkText.over(base))
	out = append(out, text...)
	if dest == "" || dest == plainText(text) {
		return out
	}
	if len(text) > 0 {
		out = append(out, run{text: " ", at: base})
	}
	return append(out, run{text: "(" + dest + ")", at: r.pal.linkURL.over(base)})
}

// plainText is the text of runs without their attrs.
func plainText(runs []run) string {
	var sb strings.Builder
	for _, r := range runs {
		sb.WriteString(r.text)
	}
	return sb.String()
}

// codeSpanText is the text of a code span: its line endings become spaces, as CommonMark
// says.
func (r *renderer) codeSpanText(n *ast.CodeSpan) string {
	var sb strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			sb.Write(t.Segment.Value(r.src))
		}
	}
	return strings.ReplaceAll(sb.String(), "\n", " ")
}

// unescape resolves what the text of a paragraph says in source form: a backslash
// before ASCII punctuation stands for the punctuation, and an entity or numeric
// character reference (&amp;, &#233;) for its character. A backslash also keeps the
// ampersand after it literal.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	var out []byte
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			out = append(out, v[i+1])
			i++
			continue
		}
		if c == '&' {
			if end := bytes.IndexByte(v[i:min(len(v), i+40)], ';'); end > 1 {
				ref := v[i : i+end+1]
				resolved := util.ResolveEntityNames(util.ResolveNumericReferences(ref))
				if !bytes.Equal(resolved, ref) {
					out = append(out, resolved...)
					i += end
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}
