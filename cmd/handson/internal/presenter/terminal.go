// This file defines Terminal: the real terminal taken over for full-screen drawing, and
// given back.

package presenter

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"golang.org/x/term"
)

// Escape sequences for the screen.
const (
	enterAltScreen = "\x1b[?1049h"
	leaveAltScreen = "\x1b[?1049l"
	hideCursor     = "\x1b[?25l"
	showCursor     = "\x1b[?25h"
	cursorHome     = "\x1b[H"
	clearToEOL     = "\x1b[K"
	clearToEnd     = "\x1b[J"
	resetStyle     = "\x1b[0m"
	reverseVideo   = "\x1b[7m"
)

// Terminal is a terminal in raw mode showing the alternate screen.
type Terminal struct {
	in, out *os.File
	state   *term.State
	resize  chan struct{}
	winch   chan os.Signal
	stop    chan os.Signal
	once    sync.Once
}

// OpenTerminal puts the terminal of in and out in raw mode on the alternate screen. The
// caller must call Restore on every way out; it is safe to call more than once.
func OpenTerminal(in, out *os.File) (*Terminal, error) {
	if !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return nil, fmt.Errorf("the presenter needs a terminal to draw in and read keys from (for a file, use --export html FILE)")
	}
	state, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return nil, fmt.Errorf("setting the terminal to raw mode: %w", err)
	}
	t := &Terminal{in: in, out: out, state: state, resize: make(chan struct{}, 1),
		winch: make(chan os.Signal, 1), stop: make(chan os.Signal, 1)}
	signal.Notify(t.winch, syscall.SIGWINCH)
	go func() {
		for range t.winch {
			select {
			case t.resize <- struct{}{}:
			default: // a redraw is already due
			}
		}
	}()
	signal.Notify(t.stop, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	out.WriteString(enterAltScreen + hideCursor)
	return t, nil
}

// Restore gives the terminal back as it was: cursor, main screen, cooked mode.
func (t *Terminal) Restore() {
	t.once.Do(func() {
		t.out.WriteString(resetStyle + showCursor + leaveAltScreen)
		term.Restore(int(t.in.Fd()), t.state)
		signal.Stop(t.stop)
		signal.Stop(t.winch)
		close(t.winch) // no more signals come after Stop: this ends the resize relay
	})
}

// Size returns the terminal's columns and rows (80x24 when it cannot tell).
func (t *Terminal) Size() (int, int) {
	w, h, err := term.GetSize(int(t.out.Fd()))
	if err != nil || w <= 0 || h <= 0 {
		return 80, 24
	}
	return w, h
}

// Screen is what Present and FollowNotes draw on and read keys from.
func (t *Terminal) Screen() Screen {
	return Screen{In: t.in, Out: t.out, Size: t.Size, Resize: t.resize, Stop: t.stop}
}
