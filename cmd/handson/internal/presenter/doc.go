// Package presenter shows a slide deck full screen in a terminal, and the speaker notes of
// the slide being shown in a second terminal.
//
// Present is a loop over events: keys (decoded from the terminal's raw bytes by
// DecodeKeys), terminal resizes, and the end of a demo. Each event changes the state (which
// slide, how far it is scrolled, the help screen, a slide number being typed, the demo's
// output) and the whole screen is drawn again from the state: the frame is a pure function
// of the state and the terminal's size, so a resize only needs a redraw, and the tests can
// drive Present with a pipe and read the frames back.
//
// Slides are rendered by the caller's Render function (the course's markdown renderer) at
// the width of the terminal, at most 100 columns, centred. A slide taller than the screen
// scrolls. A demo runs in the background through the caller's RunDemo, so the presenter
// stays responsive and can be told to move on; its output appears under the slide, wrapped
// to the screen. Lines are measured in the columns the terminal gives them, with the
// renderer's render.RuneWidth (two for a wide character).
//
// Terminal takes the real terminal: raw mode (golang.org/x/term), the alternate screen, a
// hidden cursor, SIGWINCH for resizes, and a Restore that puts everything back, which the
// commands call on every way out (q, Ctrl-C as a key, SIGINT, SIGTERM, SIGHUP, a panic).
//
// The presenter writes its position (slide number and title) to a small JSON file after
// every move; FollowNotes polls that file and shows the notes of that slide. Two
// processes, no server: a second terminal, or a second machine sharing the file, works.
package presenter
