// This file defines the presenter's position file (Position, WritePosition, ReadPosition)
// and FollowNotes, the speaker-notes view that follows it.

package presenter

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"handson/cmd/handson/internal/deck"
)

// Position is where the presenter is.
type Position struct {
	Slide      int       `json:"slide"` // 1-based
	Of         int       `json:"of"`
	Title      string    `json:"title"`
	Presenting bool      `json:"presenting"` // false once the presenter has quit
	PID        int       `json:"pid"`
	Since      time.Time `json:"since"` // when the presenter started, for the notes' clock
}

// DefaultPositionFile is where the presenter and the notes meet when not told: one file
// per user, in $XDG_RUNTIME_DIR when there is one (private to the user), else in the
// temporary directory under the user's id.
func DefaultPositionFile(getenv func(string) string) string {
	if dir := getenv("XDG_RUNTIME_DIR"); dir != "" {
		return filepath.Join(dir, "handson-slides.json")
	}
	return filepath.Join(os.TempDir(), "handson-slides-"+strconv.Itoa(os.Getuid())+".json")
}

// WritePosition replaces the position file at once (write, then rename), so that a reader
// never sees half a file.
func WritePosition(path string, p Position) error {
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".handson-slides-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ReadPosition reads the position file; a missing file is no error but no position.
func ReadPosition(path string) (Position, bool, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return Position{}, false, nil
	}
	if err != nil {
		return Position{}, false, err
	}
	var p Position
	if err := json.Unmarshal(data, &p); err != nil {
		return Position{}, false, fmt.Errorf("%s: %w", path, err)
	}
	return p, true, nil
}

// NotesOptions configure FollowNotes.
type NotesOptions struct {
	Screen   Screen
	Position string                                           // the presenter's position file
	Render   func(markdown string, width int) (string, error) // as for Present
	Poll     time.Duration                                    // how often to look at the file; 0 means 150ms
	Now      func() time.Time                                 // the clock; nil means time.Now
}

// FollowNotes shows the speaker notes of the slide the presenter is on, and the title of
// the next one, until q or Ctrl-C, the end of the context or a stop signal.
func FollowNotes(ctx context.Context, d *deck.Deck, o NotesOptions) error {
	if o.Poll <= 0 {
		o.Poll = 150 * time.Millisecond
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	keys := keyReader(o.Screen.In)
	ticker := time.NewTicker(o.Poll)
	defer ticker.Stop()
	var shown string // the last frame, so an unchanged position draws nothing
	scroll := 0
	lastSlide := 0
	for {
		pos, ok, err := ReadPosition(o.Position)
		w, h := o.Screen.Size()
		if ok && pos.Slide != lastSlide {
			scroll, lastSlide = 0, pos.Slide
		}
		frame, err := notesFrame(d, pos, ok, err, o, w, h, &scroll)
		if err != nil {
			return err
		}
		if frame != shown {
			if _, err := io.WriteString(o.Screen.Out, frame); err != nil {
				return err
			}
			shown = frame
		}
		select {
		case <-ctx.Done():
			return nil
		case <-o.Screen.Stop:
			return nil
		case <-o.Screen.Resize:
			shown = ""
		case <-ticker.C:
		case k, open := <-keys:
			switch {
			case !open, k.Rune == 'q', k.Name == KeyCtrlC, k.Name == KeyCtrlD:
				return nil
			case k.Rune == 'j', k.Name == KeyDown:
				scroll++
			case k.Rune == 'k', k.Name == KeyUp:
				scroll--
			}
			shown = ""
		}
	}
}

// notesFrame draws the notes view.
func notesFrame(d *deck.Deck, pos Position, ok bool, readErr error, o NotesOptions, w, h int, scroll *int) (string, error) {
	w, h = max(w, 20), max(h, 3)
	view := h - 1
	var content []string
	status := " notes · following " + o.Position + " · q quit "
	switch {
	case readErr != nil:
		content = []string{"", "  Cannot read the presenter's position: " + readErr.Error()}
	case !ok:
		content = []string{"", "  Waiting for the presenter: start handson slides in another terminal."}
	case pos.Slide < 1 || pos.Slide > len(d.Slides):
		content = []string{"", fmt.Sprintf("  The presenter is on slide %d, and this deck has %d slides: is it the same handson?", pos.Slide, len(d.Slides))}
	default:
		s := d.Slides[pos.Slide-1]
		md := fmt.Sprintf("# %d/%d %s\n\n", s.Number, len(d.Slides), s.Title)
		if s.Notes != "" {
			md += s.Notes + "\n\n"
		} else {
			md += "*(no notes for this slide)*\n\n"
		}
		if s.Demo != nil {
			md += "**Demo (d):** `" + s.Demo.Command + "`\n\n"
		}
		if s.Number < len(d.Slides) {
			md += fmt.Sprintf("**Next:** %d. %s\n", s.Number+1, d.Slides[s.Number].Title)
		} else {
			md += "**Next:** that was the last slide.\n"
		}
		out, err := o.Render(md, min(w, MaxSlideWidth))
		if err != nil {
			return "", err
		}
		content = strings.Split(strings.TrimRight(out, "\n"), "\n")
		clock := ""
		if !pos.Since.IsZero() && pos.Presenting {
			elapsed := o.Now().Sub(pos.Since).Truncate(time.Second)
			clock = fmt.Sprintf("%d:%02d in · ", int(elapsed.Minutes()), int(elapsed.Seconds())%60)
		}
		status = fmt.Sprintf(" notes for slide %d/%d · %sj/k scroll · q quit ", s.Number, len(d.Slides), clock)
		if !pos.Presenting {
			status = fmt.Sprintf(" notes for slide %d/%d · the presenter has quit · q quit ", s.Number, len(d.Slides))
		}
	}
	*scroll = max(0, min(*scroll, len(content)-view))
	var sb strings.Builder
	sb.WriteString(cursorHome)
	for row := 0; row < view; row++ {
		if i := *scroll + row; i < len(content) {
			sb.WriteString(fitLine(content[i], w))
		}
		sb.WriteString(resetStyle + clearToEOL + "\r\n")
	}
	bar := clip(status, w)
	sb.WriteString(reverseVideo + bar + strings.Repeat(" ", max(w-len([]rune(bar)), 0)) + resetStyle + clearToEnd)
	return sb.String(), nil
}
