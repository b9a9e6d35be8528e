// This file defines the package's API: the styles and width limits, terminal detection
// (Detect), Options, CheckStyle, Markdown, and ResolvedStyle, which settles "auto".

package render

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

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

	// background is what COLORFGBG says the background is (dark or light), "" when it
	// says nothing.
	background string
	// out is the terminal Detect found, which auto asks for its background colour; nil
	// when there is none to ask (then auto is dark).
	out *os.File
}

// Detect looks at w (a terminal when it is one) and the environment.
func Detect(w io.Writer, getenv func(string) string) Terminal {
	t := Terminal{Width: DefaultWidth}
	if f, ok := w.(*os.File); ok {
		if ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil {
			t.IsTerminal = true
			t.out = f
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
	t.background = colorFGBGStyle(getenv("COLORFGBG"))
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

// Markdown renders markdown for the terminal described by o, at the terminal's width
// kept between MinWidth and MaxWidth.
func Markdown(md string, o Options) (string, error) {
	style, err := ResolvedStyle(o)
	if err != nil {
		return "", err
	}
	width := min(max(o.Terminal.Width, MinWidth), MaxWidth)
	return renderDocument(md, paletteFor(style), width), nil
}

// ResolvedStyle returns the style o stands for here: plain when output must be plain, and
// for "auto" (or "") dark or light, from COLORFGBG or else by asking the terminal for its
// background colour (see background.go). A full-screen program calls it once before it
// takes the terminal over and renders with the answer from then on: the question, asked
// while the program reads keys in raw mode, would have its answer read as keys, and wait
// for it in vain.
func ResolvedStyle(o Options) (string, error) {
	style := o.Style
	if style == "" {
		style = StyleAuto
	}
	if err := CheckStyle(style); err != nil {
		return "", err
	}
	switch {
	case o.Plain():
		return StylePlain, nil
	case style == StyleAuto:
		return resolveAuto(o.Terminal), nil
	}
	return style, nil
}
