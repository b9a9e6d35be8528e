// Package deck reads the workshop's slide deck (slides/talk.md, whose format the slides
// package describes) into Slides, each with the markdown it shows, its speaker notes, its
// demo and its excerpts, and checks the deck against the course it belongs to.
//
// The deck is one source with the course: a "program SLUG" block is replaced by the
// exercise's own program (without its opening comment), so a slide never shows a copy that
// has drifted from the file its demo runs, and Load refuses a slide that names an exercise
// the course does not have. A demo is a single command line that runs handson (possibly
// several handson commands joined by && or ;, with redirections and VAR=value
// assignments): Load refuses anything else, so the presenter can only ever run what
// handson itself can do.
//
// The package knows nothing of terminals, HTML or running commands: the presenter, the
// HTML export and the tests take Slides from here.
package deck
