// This file draws a frame: the slide (or the help screen), the demo under it, and the
// status bar, fitted to the terminal.

package presenter

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"handson/cmd/handson/internal/render"
)

// frame draws the state for a terminal of w columns and h rows. It also clamps the
// scroll position to what the content allows, which only the frame knows.
func (st *state) frame(w, h int, render func(string, int) (string, error), cache map[[2]int][]string) (string, error) {
	w, h = max(w, 20), max(h, 3)
	view := h - 1 // the last row is the status bar
	var content []string
	demoStart := -1
	if st.help {
		content = append(content, "", "  Keys", "")
		for _, l := range helpLines() {
			content = append(content, "    "+l)
		}
	} else {
		slideW := min(w, MaxSlideWidth)
		key := [2]int{st.cur, slideW}
		lines, ok := cache[key]
		if !ok {
			out, err := render(st.deck.Slides[st.cur].Body, slideW)
			if err != nil {
				return "", fmt.Errorf("slide %d: %w", st.cur+1, err)
			}
			lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
			cache[key] = lines
		}
		pad := strings.Repeat(" ", (w-slideW)/2)
		for _, l := range lines {
			content = append(content, pad+l)
		}
		if demo := st.deck.Slides[st.cur].Demo; demo != nil {
			content = append(content, "")
			demoStart = len(content)
			switch {
			case st.demo == nil:
				content = append(content, pad+"  "+reverseVideo+" d "+resetStyle+" runs the demo: "+demo.Command)
			case st.demo.running:
				content = append(content, pad+"  running: "+demo.Command+" ... (c stops it)")
			default:
				content = append(content, "  "+strings.Repeat("─", max(w-4, 1)))
				for _, l := range strings.Split(strings.TrimRight(st.demo.output, "\n"), "\n") {
					for _, part := range wrapLine(l, w-4) {
						content = append(content, "  "+part)
					}
				}
			}
		}
	}
	maxScroll := max(0, len(content)-view)
	if st.demoScroll && demoStart >= 0 {
		st.scroll = demoStart - 1
	}
	st.demoScroll = false
	st.scroll = max(0, min(st.scroll, maxScroll))

	var sb strings.Builder
	sb.WriteString(cursorHome)
	for row := 0; row < view; row++ {
		if i := st.scroll + row; i < len(content) {
			sb.WriteString(fitLine(content[i], w))
		}
		sb.WriteString(resetStyle + clearToEOL + "\r\n")
	}
	sb.WriteString(st.statusBar(w, st.scroll < maxScroll, st.scroll > 0))
	return sb.String(), nil
}

// statusBar is the last row: where we are on the left, what to press on the right. When
// the terminal is narrow the title goes first, then the longer key hints; "slide x/y" and
// "? help" stay.
func (st *state) statusBar(w int, more, above bool) string {
	n := len(st.deck.Slides)
	where := fmt.Sprintf(" slide %d/%d", st.cur+1, n)
	title := "  " + st.deck.Slides[st.cur].Title
	keys := "n next · p previous · "
	if st.deck.Slides[st.cur].Demo != nil {
		keys += "d demo · "
	}
	keys += "? help · q quit "
	short := "? help "
	switch {
	case st.jump != "":
		keys = "go to slide " + st.jump + "_ (Enter) "
		short = keys
	case st.message != "":
		keys = st.message + " "
		short = keys
	case st.help:
		keys = "any key closes the help "
		short = keys
	}
	if more {
		keys = "↓ more (j/↓) · " + keys
		short = "↓ " + short
	} else if above {
		keys = "↑ (k/↑) · " + keys
		short = "↑ " + short
	}
	runes := utf8.RuneCountInString
	if runes(where)+runes(keys) > w {
		keys = short
	}
	title = clip(title, max(w-runes(where)-runes(keys)-1, 0))
	left := where + title
	bar := left + strings.Repeat(" ", max(w-runes(left)-runes(keys), 0)) + keys
	return reverseVideo + clip(bar, w) + resetStyle + clearToEnd
}

// fitLine cuts a line with ANSI styles to w visible columns, keeping its escape sequences.
func fitLine(s string, w int) string {
	var sb strings.Builder
	col := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			if j < len(s) {
				j++
			}
			sb.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		width := render.RuneWidth(r)
		if col+width > w {
			break
		}
		sb.WriteString(s[i : i+size])
		col += width
		i += size
	}
	return sb.String()
}

// span is one piece of a demo's output line: a visible character (or its caret form), or
// an SGR escape sequence (colour, bold), which takes no room.
type span struct {
	text  string
	width int
}

// styledSpans cuts a line of a demo's output into spans. Colours and bold pass through; any
// other control character or escape sequence becomes its caret form (^[ for ESC), and tabs
// become spaces, so that a demo's output can style text but never move the cursor or clear
// the screen.
func styledSpans(s string) []span {
	var out []span
	col := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				out = append(out, span{text: s[i : j+1]})
				i = j + 1
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			out = append(out, span{"\uFFFD", 1})
		case r == '\t':
			for n := 8 - col%8; n > 0; n-- {
				out = append(out, span{" ", 1})
				col++
			}
			continue
		case r < 0x20 || r == 0x7f:
			out = append(out, span{"^" + string((r+'@')&0x7f), 2})
		case unicode.IsControl(r):
			out = append(out, span{"\uFFFD", 1})
		default:
			out = append(out, span{string(r), render.RuneWidth(r)})
		}
		col += out[len(out)-1].width
	}
	return out
}

func joinSpans(sp []span) string {
	var sb strings.Builder
	for _, x := range sp {
		sb.WriteString(x.text)
	}
	return sb.String()
}

// isSGR says whether a span is a style sequence, and isReset whether it ends every style.
func isSGR(x span) bool   { return x.width == 0 && strings.HasPrefix(x.text, "\x1b[") }
func isReset(x span) bool { return x.text == "\x1b[0m" || x.text == "\x1b[m" }

// wrapLine breaks a line of a demo's output (styles allowed) into pieces of at most w
// columns, at spaces where it can. Pieces after the first keep the line's indentation and
// start with the styles still in force, so a wrapped verdict reads under its column in its
// colour.
func wrapLine(s string, w int) []string {
	w = max(w, 8)
	spans := styledSpans(s)
	width := 0
	for _, x := range spans {
		width += x.width
	}
	if width <= w {
		return []string{joinSpans(spans)}
	}
	indent := 0
	for _, x := range spans {
		if isSGR(x) {
			continue
		}
		if x.text != " " {
			break
		}
		indent++
	}
	if indent > w/2 {
		indent = 0 // deep indentation would leave no room: continue at the margin
	}
	var out []string
	var active []span // styles in force after what has been emitted
	var cur []span
	curW, lastSpace := 0, -1
	// emit ends the current piece at cut (the spans from cut on, minus the spaces at the
	// break, start the next piece, after the indentation and the styles still in force).
	emit := func(cut, skip int) {
		out = append(out, strings.TrimRight(joinSpans(cur[:cut]), " "))
		for _, x := range cur[:cut] {
			switch {
			case isReset(x):
				active = nil
			case isSGR(x):
				active = append(active, x)
			}
		}
		rest := cur[cut+skip:]
		next := make([]span, 0, indent+len(active)+len(rest))
		for range indent {
			next = append(next, span{" ", 1})
		}
		next = append(next, active...)
		cur = append(next, rest...)
		curW, lastSpace = 0, -1
		for i, x := range cur {
			curW += x.width
			if x.text == " " && i >= indent {
				lastSpace = i
			}
		}
	}
	for _, x := range spans {
		if curW+x.width > w && curW > indent {
			if lastSpace > len(cur)/2 {
				emit(lastSpace, 1)
			} else {
				emit(len(cur), 0)
			}
		}
		cur = append(cur, x)
		curW += x.width
		if x.text == " " {
			lastSpace = len(cur) - 1
		}
	}
	return append(out, strings.TrimRight(joinSpans(cur), " "))
}

// clip cuts s to w runes.
func clip(s string, w int) string {
	if utf8.RuneCountInString(s) <= w {
		return s
	}
	return string([]rune(s)[:w])
}
