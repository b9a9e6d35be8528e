// Package render turns the course's markdown into terminal output, and says what the
// terminal can show.
//
// # Why its own renderer
//
// The package used to render through glamour. Go initializes every linked package before
// main, and glamour's dependencies (chroma's styles and lexers, parsed from embedded XML,
// bluemonday, gorilla/css) cost about 22 ms of every handson command's start, `run`
// included. It now walks the tree of goldmark (glamour's own CommonMark parser, whose
// initialization is cheap) itself and writes the escape codes it needs.
//
// # Design
//
// blocks.go parses with goldmark plus its GFM table extension (no other extension, no
// HTML renderer) and walks the block tree: each block becomes lines of terminal text,
// containers (list items, block quotes) indent or prefix their children's lines, and
// blocks are separated by a blank line (none between the items of a tight list). The page
// is at most Terminal.Width columns (kept between MinWidth and MaxWidth), with a margin of
// two columns on the left and two free on the right. In a terminal the page has a blank
// line above and below it; plain output starts and ends with text.
//
// inline.go turns the inline nodes of a paragraph, heading or table cell into runs: text
// with its attrs (colour, bold, ...). Soft line breaks become spaces, so a paragraph or a
// list item written over several source lines is reflowed as one; hard breaks stay.
// wrap.go cuts runs into words and lays them out at the width: it measures display width
// itself (East Asian wide characters take two columns, combining marks none) and cuts a
// word only when it is wider than a line. A code span, its padding or backquotes
// included, is part of one word with the punctuation written against it, so it moves
// whole to the next line; when that word is wider than a line, it is cut at the spaces
// inside the span before anywhere else. Each line is written with one escape sequence per
// stretch of equally styled text and a reset after it, so that every line stands alone
// (a pager or the presenter may show any line without the ones before it). Escape codes
// are only added when a line is written, so wrapping never splits one.
//
// table.go lays GFM tables out with each column as wide as its widest cell, aligned as
// the delimiter row says; when that is wider than the page, the widest column is narrowed
// one step at a time, down to its longest word first (a code span counts as the words
// between its spaces), and cells wrap.
//
// Code blocks are never wrapped, so that their lines can be copied: a long line passes
// the width. highlight.go colours Python (python fences, and the slide deck's program,
// demo and excerpt fences when their content parses with handson/interp/syntax) with a
// small scanner of Python 2's tokens, falling back to the plain code colour on anything
// it cannot scan; shell blocks get their comments dimmed; other languages are drawn in
// the code colour.
//
// style.go has the dark and light palettes (256-colour numbers, after glamour's dark and
// light styles which the course used before) and the plain one, which writes no escape
// codes: headings keep their # marks, code spans their backquotes, and emphasis is just
// the words.
//
// # Which style
//
// When the output is not a terminal, when NO_COLOR is set, when TERM is "dumb", or when
// the plain style is asked for, output is plain. "auto" (background.go) is light or dark
// from COLORFGBG's background field when the environment has it; otherwise, when both
// standard input and the output are terminals, the terminal is asked for its background
// colour (OSC 11) in raw mode, waiting at most 100 ms, and a colour with luma under one
// half is dark. No answer means dark.
//
// CLICOLOR_FORCE (set, and not "0") makes output that is not a terminal styled as if it
// were one, COLUMNS wide: the slide presenter sets it for the commands its demos run, so
// that a check shows its red and green on the projector. Such output is dark unless a
// style is chosen, since there is no terminal to ask. NO_COLOR still wins.
//
// The package also has the few ANSI colours the check output uses (Painter), which obey
// the same rules.
package render
