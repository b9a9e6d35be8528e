// This file defines Screen, Options and Present: the presenter's event loop, its state and
// the frame drawn from it.

package presenter

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"handson/cmd/handson/internal/deck"
)

// Screen is where a presenter draws and what it listens to.
type Screen struct {
	In     io.Reader         // keys, as raw terminal bytes
	Out    io.Writer         // frames
	Size   func() (int, int) // columns, rows
	Resize <-chan struct{}   // a resize happened; nil when it never does
	Stop   <-chan os.Signal  // a signal that ends the presentation; nil for none
}

// Options configure Present.
type Options struct {
	Screen Screen
	Start  int // 1-based slide to start on; 0 means 1
	// Render turns a slide's markdown into terminal lines at most width columns wide.
	Render func(markdown string, width int) (string, error)
	// RunDemo runs a demo and returns its output, for a screen width columns wide.
	RunDemo func(ctx context.Context, d *deck.Demo, width int) (string, error)
	// Position, when not "", is the file the presenter keeps its position in for
	// FollowNotes.
	Position string
}

// MaxSlideWidth is the widest a slide is rendered; wider terminals centre it.
const MaxSlideWidth = 100

// helpLines lists the keys, for the help screen.
func helpLines() []string {
	return []string{
		"n  space  →  PgDn  Enter   next slide",
		"p  ←  PgUp  Backspace      previous slide",
		"g  Home                    first slide",
		"G  End                     last slide",
		"12 Enter (or 12 g)         go to slide 12",
		"↓  j   ↑  k                scroll a long slide",
		"d                          run the slide's demo (again: run it again)",
		"c  Esc                     clear the demo's output (and stop it)",
		"?                          this help (any key closes it)",
		"Ctrl-L                     draw the screen again",
		"q  Ctrl-C                  quit",
	}
}

// demoState is the demo of the slide being shown.
type demoState struct {
	running bool
	output  string
	cancel  context.CancelFunc
	id      int // which run this is, so that a late result of an older run is dropped
}

// state is everything a frame is drawn from.
type state struct {
	deck    *deck.Deck
	cur     int // 0-based
	scroll  int
	help    bool
	jump    string // digits typed so far
	message string // one line for the status bar, until the next key
	demo    *demoState
	demoIDs int
	// demoScroll asks the next frame to bring the demo into view.
	demoScroll bool
}

// demoDone is the end of a demo run.
type demoDone struct {
	id     int
	output string
	err    error
}

// Present shows the deck until the presenter quits, the context ends or a stop signal
// comes.
func Present(ctx context.Context, d *deck.Deck, o Options) error {
	if o.Render == nil || o.RunDemo == nil || o.Screen.Size == nil {
		panic("BUG: presenter.Present without Render, RunDemo or Size")
	}
	st := &state{deck: d}
	if o.Start > 0 {
		if o.Start > len(d.Slides) {
			return fmt.Errorf("--start %d: the deck has %d slides", o.Start, len(d.Slides))
		}
		st.cur = o.Start - 1
	}
	keys := keyReader(o.Screen.In)
	done := make(chan demoDone, 1)
	cache := map[[2]int][]string{}
	draw := func() error {
		w, h := o.Screen.Size()
		frame, err := st.frame(w, h, o.Render, cache)
		if err != nil {
			return err
		}
		_, err = io.WriteString(o.Screen.Out, frame)
		return err
	}
	since := time.Now()
	writePosition := func(presenting bool) {
		if o.Position != "" {
			s := d.Slides[st.cur]
			// A failure to write only costs the notes window its update.
			_ = WritePosition(o.Position, Position{Slide: s.Number, Of: len(d.Slides), Title: s.Title, Presenting: presenting, PID: os.Getpid(), Since: since})
		}
	}
	defer func() {
		if st.demo != nil && st.demo.cancel != nil {
			st.demo.cancel()
		}
		writePosition(false)
	}()
	writePosition(true)
	if err := draw(); err != nil {
		return err
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-o.Screen.Stop:
			return nil
		case <-o.Screen.Resize:
		case r := <-done:
			if st.demo != nil && st.demo.id == r.id {
				st.demo.running = false
				st.demo.output = r.output
				if r.err != nil {
					st.demo.output = "$ " + d.Slides[st.cur].Demo.Command + "\n" + "handson could not run this demo: " + r.err.Error() + "\n"
				}
				st.scrollToDemo()
			}
		case k, ok := <-keys:
			if !ok {
				return nil // the input ended
			}
			before := st.cur
			switch st.handle(k) {
			case actionQuit:
				return nil
			case actionDemo:
				st.startDemo(ctx, o, done)
			}
			if st.cur != before {
				writePosition(true)
			}
		}
		if err := draw(); err != nil {
			return err
		}
	}
}

// action is what a key asks of the loop beyond changing the state.
type action int

const (
	actionNone action = iota
	actionQuit
	actionDemo
)

// handle applies a key to the state.
func (st *state) handle(k Key) action {
	st.message = ""
	if st.help {
		st.help = false
		if k.Rune == 'q' || k.Name == KeyCtrlC {
			return actionQuit
		}
		return actionNone
	}
	n := len(st.deck.Slides)
	if k.Rune >= '0' && k.Rune <= '9' {
		if len(st.jump) < 4 {
			st.jump += string(k.Rune)
		}
		return actionNone
	}
	if st.jump != "" {
		digits := st.jump
		st.jump = ""
		switch {
		case k.Name == KeyEnter || k.Rune == 'g' || k.Rune == 'G':
			num, _ := strconv.Atoi(digits)
			if num < 1 || num > n {
				st.message = fmt.Sprintf("no slide %s: the slides are 1 to %d", digits, n)
				return actionNone
			}
			st.goTo(num - 1)
			return actionNone
		case k.Name == KeyBackspace:
			st.jump = digits[:len(digits)-1]
			return actionNone
		case k.Name == KeyEscape:
			return actionNone
		}
	}
	switch {
	case k.Rune == 'q' || k.Name == KeyCtrlC || k.Name == KeyCtrlD:
		return actionQuit
	case k.Rune == 'n' || k.Rune == ' ' || k.Rune == 'l' || k.Name == KeyRight || k.Name == KeyPageDown || k.Name == KeyEnter:
		if st.cur == n-1 {
			st.message = "that was the last slide"
		}
		st.goTo(st.cur + 1)
	case k.Rune == 'p' || k.Rune == 'h' || k.Name == KeyLeft || k.Name == KeyPageUp || k.Name == KeyBackspace:
		st.goTo(st.cur - 1)
	case k.Rune == 'g' || k.Name == KeyHome:
		st.goTo(0)
	case k.Rune == 'G' || k.Name == KeyEnd:
		st.goTo(n - 1)
	case k.Rune == 'j' || k.Name == KeyDown:
		st.scroll++
	case k.Rune == 'k' || k.Name == KeyUp:
		st.scroll--
	case k.Rune == '?':
		st.help = true
	case k.Rune == 'd' || k.Rune == 'r':
		if st.deck.Slides[st.cur].Demo == nil {
			st.message = "this slide has no demo"
			return actionNone
		}
		return actionDemo
	case k.Rune == 'c' || k.Name == KeyEscape:
		st.clearDemo()
	case k.Name == KeyCtrlL:
	default:
		st.message = "? shows the keys"
	}
	return actionNone
}

// goTo moves to slide i (clamped), dropping the demo of the slide left.
func (st *state) goTo(i int) {
	i = max(0, min(i, len(st.deck.Slides)-1))
	if i != st.cur {
		st.cur = i
		st.scroll = 0
		st.clearDemo()
	}
}

func (st *state) clearDemo() {
	if st.demo != nil && st.demo.cancel != nil {
		st.demo.cancel()
	}
	st.demo = nil
}

// startDemo runs the current slide's demo in the background.
func (st *state) startDemo(ctx context.Context, o Options, done chan demoDone) {
	st.clearDemo()
	st.demoIDs++
	runCtx, cancel := context.WithCancel(ctx)
	ds := &demoState{running: true, cancel: cancel, id: st.demoIDs}
	st.demo = ds
	w, _ := o.Screen.Size()
	demo := st.deck.Slides[st.cur].Demo
	go func() {
		out, err := o.RunDemo(runCtx, demo, max(w-4, 40))
		select {
		case done <- demoDone{id: ds.id, output: out, err: err}:
		case <-runCtx.Done(): // moved on, or quit: nobody waits for it
		}
	}()
	st.scrollToDemo()
}

// scrollToDemo asks the next frame to scroll the demo's part of the slide into view, when
// the whole slide does not fit.
func (st *state) scrollToDemo() { st.demoScroll = true }
