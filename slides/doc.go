// Package slides holds the workshop talk as a slide deck: talk.md, read by `handson slides`
// (the terminal presenter, the speaker notes, the HTML export).
//
// talk.md opens with a front matter block (title, summary) like a lesson, then one slide
// after another, separated by lines holding only "---". Fenced blocks with these words
// after the fence are not shown as code:
//
//   - notes: the speaker notes of the slide (markdown);
//   - demo: one command line that runs handson, run on a key in a scratch workspace
//     (`handson demo gc0.py`, `handson check html_fibo`, ...);
//   - program SLUG [solution]: an empty block that stands for the exercise's program (or
//     its solution) without its opening comment, so the slide shows the very file the demo
//     runs;
//   - excerpt COMMAND: shown as text; the lines appear, together and in order, in what
//     COMMAND prints (cmd/handson's tests run it and compare).
//
// Slides contain no links or images: the exported HTML must stand alone.
//
// It is data only, embedded so that the binary presents offline; cmd/handson reads it
// through Files. Nothing here imports the rest of the project.
package slides
