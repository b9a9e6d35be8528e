// This file draws a frame: the slide (or the help screen), the demo under it, and the
// status bar, fitted to the terminal.

package presenter

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
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
					for _, part := range wrapLine(sanitize(l), w-4) {
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
		width := 1
		if unicode.Is(unicode.Mn, r) {
			width = 0
		}
		if col+width > w {
			break
		}
		sb.WriteString(s[i : i+size])
		col += width
		i += size
	}
	return sb.String()
}

// wrapLine breaks a plain line into pieces of at most w runes, at spaces where it can;
// pieces after the first keep the line's indentation, so a wrapped verdict still reads
// under its column.
func wrapLine(s string, w int) []string {
	w = max(w, 8)
	rs := []rune(s)
	if len(rs) <= w {
		return []string{s}
	}
	indent := 0
	for indent < len(rs) && rs[indent] == ' ' {
		indent++
	}
	if indent > w/2 {
		indent = 0 // deep indentation would leave no room: continue at the margin
	}
	var out []string
	first := true
	for len(rs) > 0 {
		room := w
		var piece []rune
		if !first {
			room = w - indent
			piece = []rune(strings.Repeat(" ", indent))
		}
		if len(rs) <= room {
			out = append(out, string(append(piece, rs...)))
			break
		}
		cut := room
		for i := room; i > room/2; i-- {
			if rs[i] == ' ' {
				cut = i
				break
			}
		}
		out = append(out, strings.TrimRight(string(append(piece, rs[:cut]...)), " "))
		rs = rs[cut:]
		for len(rs) > 0 && rs[0] == ' ' {
			rs = rs[1:]
		}
		first = false
	}
	return out
}

// sanitize keeps a demo's output from driving the terminal: tabs become spaces, other
// control characters their caret form.
func sanitize(s string) string {
	var sb strings.Builder
	col := 0
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\t':
			n := 8 - col%8
			sb.WriteString(strings.Repeat(" ", n))
			col += n
		case r < 0x20 || r == 0x7f:
			sb.WriteByte('^')
			sb.WriteRune((r + '@') & 0x7f)
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

// clip cuts s to w runes.
func clip(s string, w int) string {
	if utf8.RuneCountInString(s) <= w {
		return s
	}
	return string([]rune(s)[:w])
}
