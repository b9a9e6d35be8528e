// Package render turns the course's markdown into terminal output, and says what the
// terminal can show.
//
// Markdown goes through glamour with the dark or light style, or the one matching the
// terminal's background ("auto"), wrapped to the terminal's width. When the output is not a
// terminal, when NO_COLOR is set, when TERM is "dumb", or when the plain style is asked
// for, it is rendered with glamour's no-terminal style instead and the padding glamour adds
// to fill each line is removed, so that piped output is plain text without escape codes.
//
// Before rendering, list items written over several source lines are joined into one line:
// glamour keeps a list item's source line breaks, which breaks the wrapping, while the
// lessons are written with lines of a readable length.
//
// CLICOLOR_FORCE (set, and not "0") makes output that is not a terminal styled as if it
// were one, COLUMNS wide: the slide presenter sets it for the commands its demos run, so
// that a check shows its red and green on the projector. NO_COLOR still wins.
//
// The package also has the few ANSI colours the check output uses (Painter), which obey
// the same rules.
package render
