// Package sidebyside runs one program under two modes and lays what each run did side by
// side, for `handson demo` and the demos of `handson slides`.
//
// Run starts the two runs in parallel through checker.Exec, the code `handson check` runs
// its modes with, so a demo sees exactly what a check sees: a fresh empty directory per
// run, the same time limit and output cap, the same report of files left open or closed by
// a collector.
//
// Format prints the two runs as two columns, CPython mode on the left and PyPy mode on the
// right by default, as two terminals side by side would show them: stdout line by line,
// stderr when there is any, then every file a run left behind, then the files the program
// did not close itself. Line i of one column sits beside line i of the other, each with its
// line number (so an empty line is still visible), and the gutter between them marks each
// row: "│" when both lines are the same, "≠" when they differ, "<" or ">" when only one
// side has the line. Lines too long for their column wrap inside it. Each section says
// whether the two sides are the same and, when not, the first line that differs
// (linediff.FirstDifference); a last line without a newline is marked as diff marks it.
// Colours, when the terminal takes them, come from render.Painter and only add emphasis:
// the plain layout carries all the information.
package sidebyside
