// This file defines Painter, the few ANSI colours the course's own messages use (check
// verdicts, diffs), under the same rules as markdown: none when output must be plain.

package render

import "strings"

// Painter colours words for the terminal, or not at all when output must be plain.
type Painter struct{ plain bool }

// NewPainter returns a painter for the terminal described by o.
func NewPainter(o Options) Painter { return Painter{plain: o.Plain()} }

// ANSI colours used by Painter; sgrReset ends each.
const (
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

func (p Painter) paint(code, s string) string {
	if p.plain {
		return s
	}
	return code + s + sgrReset
}

// Good colours a word of success.
func (p Painter) Good(s string) string { return p.paint(ansiBold+ansiGreen, s) }

// Bad colours a word of failure.
func (p Painter) Bad(s string) string { return p.paint(ansiBold+ansiRed, s) }

// Warn colours a word of caution.
func (p Painter) Warn(s string) string { return p.paint(ansiYellow, s) }

// Bold makes text stand out.
func (p Painter) Bold(s string) string { return p.paint(ansiBold, s) }

// Dim makes text recede.
func (p Painter) Dim(s string) string { return p.paint(ansiDim, s) }

// Diff colours the lines of a unified diff.
func (p Painter) Diff(diff string) string {
	if p.plain {
		return diff
	}
	lines := strings.SplitAfter(diff, "\n")
	for i, l := range lines {
		body, nl := strings.CutSuffix(l, "\n")
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
			body = p.Bold(body)
		case strings.HasPrefix(l, "-"):
			body = p.paint(ansiRed, body)
		case strings.HasPrefix(l, "+"):
			body = p.paint(ansiGreen, body)
		case strings.HasPrefix(l, "@@"):
			body = p.Dim(body)
		default:
			continue
		}
		if nl {
			body += "\n"
		}
		lines[i] = body
	}
	return strings.Join(lines, "")
}
