// This file defines terminal detection (Detect), the styles (and ResolvedStyle, which
// settles "auto"), markdown rendering and the Painter for coloured words.

package render

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"golang.org/x/sys/unix"
)

// Styles a learner can choose.
const (
	StyleAuto  = "auto"  // dark or light, from the terminal's background
	StyleDark  = "dark"  // for dark backgrounds
	StyleLight = "light" // for light backgrounds
	StylePlain = "plain" // no colours or escape codes at all
)

// Styles lists the styles, for flag help and completion.
func Styles() []string { return []string{StyleAuto, StyleDark, StyleLight, StylePlain} }

// Width limits, in columns: text wider than MaxWidth is hard to read, and narrower than
// MinWidth the tables of the lessons do not fit.
const (
	DefaultWidth = 80
	MinWidth     = 40
	MaxWidth     = 100
)

// Terminal is what output goes to.
type Terminal struct {
	IsTerminal bool
	Width      int  // columns
	NoColor    bool // NO_COLOR is set, or TERM is dumb
	// Forced says the output is no terminal but CLICOLOR_FORCE asks for a terminal's
	// output anyway (a presenter showing a command's output, less -R): styled, Width
	// from COLUMNS, dark unless a style is chosen, since nothing can be asked.
	Forced bool
}

// Detect looks at w (a terminal when it is one) and the environment.
func Detect(w io.Writer, getenv func(string) string) Terminal {
	t := Terminal{Width: DefaultWidth}
	if f, ok := w.(*os.File); ok {
		if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil {
			t.IsTerminal = true
			if ws.Col > 0 {
				t.Width = int(ws.Col)
			}
		}
	}
	if !t.IsTerminal {
		if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
			t.Width = n
		}
		if force := getenv("CLICOLOR_FORCE"); force != "" && force != "0" {
			t.IsTerminal, t.Forced = true, true
		}
	}
	t.NoColor = getenv("NO_COLOR") != "" || getenv("TERM") == "dumb"
	return t
}

// Options say how to render.
type Options struct {
	Style    string // one of Styles; "" means auto
	Terminal Terminal
}

// Plain says whether output must be plain text.
func (o Options) Plain() bool {
	return o.Style == StylePlain || !o.Terminal.IsTerminal || o.Terminal.NoColor
}

// CheckStyle returns an error for a style name that is not one of Styles.
func CheckStyle(style string) error {
	for _, s := range Styles() {
		if style == s {
			return nil
		}
	}
	return fmt.Errorf("style %q: use one of %s", style, strings.Join(Styles(), ", "))
}

// Markdown renders markdown for the terminal described by o.
func Markdown(md string, o Options) (string, error) {
	style := o.Style
	if style == "" {
		style = StyleAuto
	}
	if err := CheckStyle(style); err != nil {
		return "", err
	}
	width := min(max(o.Terminal.Width, MinWidth), MaxWidth)
	if style == StyleAuto && o.Terminal.Forced {
		style = StyleDark // glamour's auto would ask a terminal that is not there
	}
	styleOption := glamour.WithStandardStyle(style)
	if o.Plain() {
		styleOption = glamour.WithStyles(plainStyle())
	}
	r, err := glamour.NewTermRenderer(
		styleOption,
		// glamour's margins take 2 columns on each side.
		glamour.WithWordWrap(width-4),
	)
	if err != nil {
		return "", err
	}
	out, err := r.Render(joinListItems(md))
	if err != nil {
		return "", err
	}
	if o.Plain() {
		out = tidyPlain(out)
	}
	return out, nil
}

// ResolvedStyle returns the style o stands for here: plain when output must be plain, and
// for "auto" (or "") dark or light, as glamour chooses it by asking the terminal for its
// background. A full-screen program calls it once before it takes the terminal over and
// renders with the answer from then on: glamour's question, asked while the program reads
// keys in raw mode, would have its answer read as keys, and wait for it in vain.
func ResolvedStyle(o Options) (string, error) {
	switch {
	case o.Plain():
		return StylePlain, nil
	case o.Style != "" && o.Style != StyleAuto:
		return o.Style, CheckStyle(o.Style)
	case o.Terminal.Forced:
		return StyleDark, nil
	}
	const probe = "`x`"
	auto, err := Markdown(probe, o)
	if err != nil {
		return "", err
	}
	for _, style := range []string{StyleDark, StyleLight} {
		out, err := Markdown(probe, Options{Style: style, Terminal: o.Terminal})
		if err != nil {
			return "", err
		}
		if out == auto {
			return style, nil
		}
	}
	// glamour saw no terminal on stdout and chose its no-terminal style.
	return StylePlain, nil
}

// plainStyle is glamour's no-terminal style without the asterisks it puts around bold and
// emphasised words (in plain text they are noise), and with inline code between backquotes
// as its prefix and suffix: the style's own backquotes are a block prefix, which code spans
// never print but which glamour counts when it wraps, breaking lines too early.
func plainStyle() ansi.StyleConfig {
	cfg := styles.NoTTYStyleConfig // a copy; only its string fields are changed below
	cfg.Strong.BlockPrefix, cfg.Strong.BlockSuffix = "", ""
	cfg.Emph.BlockPrefix, cfg.Emph.BlockSuffix = "", ""
	cfg.Code.BlockPrefix, cfg.Code.BlockSuffix = "", ""
	cfg.Code.Prefix, cfg.Code.Suffix = "`", "`"
	return cfg
}

// joinListItems joins the continuation lines of each list item (lines indented under the
// item, outside code blocks) onto the item's first line.
func joinListItems(md string) string {
	lines := strings.Split(md, "\n")
	var out []string
	inFence, inItem := false, false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") {
			inFence = !inFence
			inItem = false
			out = append(out, line)
			continue
		}
		switch {
		case inFence:
		case isListItem(line):
			inItem = true
		case trimmed == "":
			inItem = false
		case inItem && strings.HasPrefix(line, "  ") && !isListItem(trimmed):
			out[len(out)-1] += " " + trimmed
			continue
		default:
			inItem = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// isListItem says whether a line starts a list item: "- ", "* " or "1. ".
func isListItem(line string) bool {
	s := strings.TrimLeft(line, " ")
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") {
		return true
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(s[i:], ". ")
}

// tidyPlain removes the spaces glamour pads lines with, and blank lines at both ends.
func tidyPlain(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n") + "\n"
}

// Painter colours words for the terminal, or not at all when output must be plain.
type Painter struct{ plain bool }

// NewPainter returns a painter for the terminal described by o.
func NewPainter(o Options) Painter { return Painter{plain: o.Plain()} }

// ANSI colours used by Painter.
const (
	ansiReset  = "\x1b[0m"
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
	return code + s + ansiReset
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
		switch {
		case strings.HasPrefix(l, "---"), strings.HasPrefix(l, "+++"):
			lines[i] = p.Bold(strings.TrimSuffix(l, "\n")) + suffixNewline(l)
		case strings.HasPrefix(l, "-"):
			lines[i] = p.paint(ansiRed, strings.TrimSuffix(l, "\n")) + suffixNewline(l)
		case strings.HasPrefix(l, "+"):
			lines[i] = p.paint(ansiGreen, strings.TrimSuffix(l, "\n")) + suffixNewline(l)
		case strings.HasPrefix(l, "@@"):
			lines[i] = p.Dim(strings.TrimSuffix(l, "\n")) + suffixNewline(l)
		}
	}
	return strings.Join(lines, "")
}

func suffixNewline(l string) string {
	if strings.HasSuffix(l, "\n") {
		return "\n"
	}
	return ""
}
