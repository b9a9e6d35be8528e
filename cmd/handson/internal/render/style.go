// This file defines how text is drawn: attrs (colours and attributes of a run of text),
// the SGR escape sequence that sets them, and the dark, light and plain palettes that
// give every element of a page its attrs.

package render

import (
	"strconv"
	"strings"
)

// colour is a colour of the 256-colour palette plus one, so that the zero value means
// "the terminal's default".
type colour uint16

// c256 is colour n of the terminal's 256-colour palette.
func c256(n int) colour { return colour(n + 1) }

// attrs is how a run of text is drawn. The zero value is plain text, written without any
// escape sequence.
type attrs struct {
	fg, bg    colour
	bold      bool
	faint     bool
	italic    bool
	underline bool
}

// over returns a drawn on top of base: a's colours where it has them, and the attributes
// of both (emphasis inside a heading stays bold).
func (a attrs) over(base attrs) attrs {
	if a.fg != 0 {
		base.fg = a.fg
	}
	if a.bg != 0 {
		base.bg = a.bg
	}
	base.bold = base.bold || a.bold
	base.faint = base.faint || a.faint
	base.italic = base.italic || a.italic
	base.underline = base.underline || a.underline
	return base
}

// sgrReset ends every styled run, so that each run (and each line) stands on its own.
const sgrReset = "\x1b[0m"

// sgr is the one escape sequence that sets a, or "" for plain text.
func (a attrs) sgr() string {
	var codes []string
	if a.bold {
		codes = append(codes, "1")
	}
	if a.faint {
		codes = append(codes, "2")
	}
	if a.italic {
		codes = append(codes, "3")
	}
	if a.underline {
		codes = append(codes, "4")
	}
	if a.fg != 0 {
		codes = append(codes, "38;5;"+strconv.Itoa(int(a.fg)-1))
	}
	if a.bg != 0 {
		codes = append(codes, "48;5;"+strconv.Itoa(int(a.bg)-1))
	}
	if codes == nil {
		return ""
	}
	return "\x1b[" + strings.Join(codes, ";") + "m"
}

// paint writes s drawn with a: one escape sequence, the text, a reset.
func paint(a attrs, s string) string {
	if code := a.sgr(); code != "" && s != "" {
		return code + s + sgrReset
	}
	return s
}

// palette gives every element of a page its attrs. In the plain palette they are all
// zero, so that nothing but text is written.
type palette struct {
	plain bool // the plain style: markup shows as text (# headings, `code`) instead

	text     attrs // paragraphs, list items, table cells
	strong   attrs
	emph     attrs
	codeSpan attrs // `code` inside text
	linkText attrs
	linkURL  attrs // the URL after a link's text
	h1       attrs // the band of a first-level heading
	heading  attrs // the other levels
	rule     attrs // thematic breaks, block quote bars, table lines
	bullet   attrs // list bullets and numbers
	tableHdr attrs // the header row of a table

	code    attrs // code blocks, and the parts of highlighted code that are nothing special
	comment attrs // comments in highlighted code (Python and shell)
	keyword attrs
	builtin attrs
	str     attrs // string literals
	number  attrs
	defName attrs // the name a def or class statement defines
	decor   attrs // decorators
}

// darkPalette reads well on dark backgrounds. Its numbers follow glamour's dark style,
// which the course used before, and chroma's highlighting colours for it, rounded to the
// 256-colour palette.
func darkPalette() *palette {
	return &palette{
		text:     attrs{fg: c256(252)},
		strong:   attrs{bold: true},
		emph:     attrs{italic: true},
		codeSpan: attrs{fg: c256(203), bg: c256(236)},
		linkText: attrs{fg: c256(35), underline: true},
		linkURL:  attrs{fg: c256(244), faint: true},
		h1:       attrs{fg: c256(228), bg: c256(63), bold: true},
		heading:  attrs{fg: c256(39), bold: true},
		rule:     attrs{fg: c256(240)},
		bullet:   attrs{fg: c256(244)},
		tableHdr: attrs{fg: c256(252), bold: true},
		code:     attrs{fg: c256(251)},
		comment:  attrs{fg: c256(242)},
		keyword:  attrs{fg: c256(39)},
		builtin:  attrs{fg: c256(212)},
		str:      attrs{fg: c256(173)},
		number:   attrs{fg: c256(85)},
		defName:  attrs{fg: c256(42)},
		decor:    attrs{fg: c256(228)},
	}
}

// lightPalette reads well on light backgrounds, after glamour's light style; the
// highlighting colours are darker than chroma's where those were too pale on white.
func lightPalette() *palette {
	return &palette{
		text:     attrs{fg: c256(234)},
		strong:   attrs{bold: true},
		emph:     attrs{italic: true},
		codeSpan: attrs{fg: c256(161), bg: c256(254)},
		linkText: attrs{fg: c256(29), underline: true},
		linkURL:  attrs{fg: c256(245), faint: true},
		h1:       attrs{fg: c256(228), bg: c256(63), bold: true},
		heading:  attrs{fg: c256(27), bold: true},
		rule:     attrs{fg: c256(249)},
		bullet:   attrs{fg: c256(243)},
		tableHdr: attrs{fg: c256(234), bold: true},
		code:     attrs{fg: c256(237)},
		comment:  attrs{fg: c256(245)},
		keyword:  attrs{fg: c256(26)},
		builtin:  attrs{fg: c256(19)},
		str:      attrs{fg: c256(94)},
		number:   attrs{fg: c256(30)},
		defName:  attrs{fg: c256(28)},
		decor:    attrs{fg: c256(130)},
	}
}

// plainPalette writes no escape sequences at all.
func plainPalette() *palette { return &palette{plain: true} }

// paletteFor is the palette of a resolved style (dark, light or plain).
func paletteFor(style string) *palette {
	switch style {
	case StyleDark:
		return darkPalette()
	case StyleLight:
		return lightPalette()
	case StylePlain:
		return plainPalette()
	}
	panic("BUG: paletteFor(" + strconv.Quote(style) + "): the style is not resolved")
}
