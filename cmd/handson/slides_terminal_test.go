package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/deck"
	"handson/cmd/handson/internal/presenter"
	"handson/cmd/handson/internal/sidebyside"
)

// tmuxServer is a private tmux server for one test: the presenter's tests and the lesson's.
type tmuxServer struct {
	t      *testing.T
	tmux   string
	socket string
}

func newTmux(t *testing.T) *tmuxServer {
	t.Helper()
	path, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	s := &tmuxServer{t: t, tmux: path, socket: fmt.Sprintf("handson-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	t.Cleanup(func() { exec.Command(path, "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxServer) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command(s.tmux, append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is what a window shows now, one string per row.
func (s *tmuxServer) screen(target string) []string {
	s.t.Helper()
	return strings.Split(strings.TrimSuffix(s.run("capture-pane", "-p", "-t", target), "\n"), "\n")
}

// waitFor waits until the window's screen satisfies ok, and returns it.
func (s *tmuxServer) waitFor(target, what string, ok func([]string) bool) []string {
	s.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		scr := s.screen(target)
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("window %s never showed %s; it shows:\n%s", target, what, strings.Join(scr, "\n"))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (s *tmuxServer) waitText(target, text string) []string {
	s.t.Helper()
	return s.waitFor(target, strconv.Quote(text), func(scr []string) bool { return strings.Contains(strings.Join(scr, "\n"), text) })
}

// statusIs waits until the last row starts with "slide n/of  title".
func (s *tmuxServer) statusIs(target string, n, of int, title string) []string {
	s.t.Helper()
	want := fmt.Sprintf(" slide %d/%d  %s", n, of, title)
	return s.waitFor(target, "status "+strconv.Quote(want), func(scr []string) bool {
		last := ""
		for i := len(scr) - 1; i >= 0; i-- {
			if strings.TrimSpace(scr[i]) != "" {
				last = scr[i]
				break
			}
		}
		return strings.HasPrefix(last, want)
	})
}

func (s *tmuxServer) keys(target string, keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		s.run("send-keys", "-t", target, k)
	}
}

// slidesShell is the shell line a window runs: handson slides with args, then a record of
// the terminal's settings once it has quit, then __END__.
func slidesShell(bin, dir, stty string, args ...string) string {
	return fmt.Sprintf("cd '%s' && PATH='%s':$PATH TERM=xterm-256color handson slides %s; stty -a > '%s'; echo __END__; sleep 120",
		dir, bin, strings.Join(args, " "), stty)
}

// checkRestored reads the stty -a taken after the presenter quit: the terminal must be
// back in cooked mode with echo and signals.
func checkRestored(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no stty record: %v", err)
	}
	fields := strings.Fields(string(data))
	for _, want := range []string{"icanon", "echo", "isig", "icrnl", "opost"} {
		found := false
		for _, f := range fields {
			if f == want {
				found = true
			}
			if f == "-"+want {
				t.Errorf("the terminal was left with -%s", want)
			}
		}
		if !found {
			t.Errorf("stty -a does not show %s:\n%s", want, data)
		}
	}
}

// talk loads the talk built into handson.
func talk(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := loadDeck(builtCourse(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// slideDemosOf makes the presenter's demo runner for the course.
func slideDemosOf(t *testing.T, c *course.Course) *slideDemos {
	t.Helper()
	demos, err := newSlideDemos(c)
	if err != nil {
		t.Fatal(err)
	}
	return demos
}

func slideWithDemo(t *testing.T, d *deck.Deck, command string) *deck.Slide {
	t.Helper()
	for _, s := range d.Slides {
		if s.Demo != nil && s.Demo.Command == command {
			return s
		}
	}
	t.Fatalf("no slide demos %q", command)
	return nil
}

// TestPresenterInATerminal drives `handson slides` in tmux: keys move between slides, the
// status bar says where we are, the gc0 slide's demo shows hello world beside an empty
// line, the help lists the keys, a resize redraws, the notes follow in a second window,
// and Ctrl-C gives the terminal back as it was.
func TestPresenterInATerminal(t *testing.T) {
	tm := newTmux(t)
	d := talk(t)
	n := len(d.Slides)
	bin := handsonOnPath(t)
	dir := t.TempDir()
	pos := filepath.Join(dir, "position.json")
	stty := filepath.Join(dir, "stty.txt")
	const w, h = 110, 45
	tm.run("new-session", "-d", "-s", "talk", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), "sh", "-c", slidesShell(bin, dir, stty, "--sync", pos))
	tm.run("new-window", "-d", "-t", "talk", "-n", "notes", "sh", "-c", slidesShell(bin, dir, stty+".notes", "--notes", "--sync", pos))
	const p, notes = "talk:0", "talk:notes"

	scr := tm.statusIs(p, 1, n, d.Slides[0].Title)
	if !strings.Contains(scr[len(scr)-1], "? help") {
		t.Errorf("the keys are not on screen: %q", scr[len(scr)-1])
	}
	if !strings.Contains(strings.Join(scr, "\n"), d.Slides[0].Title) {
		t.Errorf("slide 1's title is not on screen")
	}
	for _, step := range []struct {
		key  string
		want int
	}{{"n", 2}, {"Space", 3}, {"p", 2}, {"Right", 3}, {"Left", 2}, {"End", n}, {"Home", 1}, {"PageDown", 2}, {"PageUp", 1}} {
		tm.keys(p, step.key)
		scr := tm.statusIs(p, step.want, n, d.Slides[step.want-1].Title)
		if !strings.Contains(strings.Join(scr, "\n"), d.Slides[step.want-1].Title) {
			t.Errorf("after %s: slide %d's title is not on screen", step.key, step.want)
		}
	}

	// The notes window follows.
	tm.statusIs(p, 1, n, d.Slides[0].Title)
	notesWords := func(s *deck.Slide) string {
		words := strings.Fields(strings.ReplaceAll(s.Notes, "`", ""))
		return strings.Join(words[:min(6, len(words))], " ")
	}
	tm.waitFor(notes, "the notes of slide 1", func(scr []string) bool {
		return strings.Contains(flat(strings.Join(scr, "\n")), notesWords(d.Slides[0]))
	})

	// Jump to the gc0 slide by number and run its demo.
	gc0 := slideWithDemo(t, d, "handson demo gc0.py")
	for _, digit := range strconv.Itoa(gc0.Number) {
		tm.keys(p, string(digit))
	}
	tm.waitText(p, "go to slide "+strconv.Itoa(gc0.Number)+"_")
	tm.keys(p, "Enter")
	tm.statusIs(p, gc0.Number, n, gc0.Title)
	tm.waitFor(notes, "the notes of the gc0 slide", func(scr []string) bool { return strings.Contains(flat(strings.Join(scr, "\n")), notesWords(gc0)) })
	tm.waitText(p, "runs the demo: handson demo gc0.py")
	tm.keys(p, "d")
	scr = tm.waitText(p, "Differs between the modes")
	found := false
	for _, row := range scr {
		left, right, ok := strings.Cut(row, sidebyside.MarkDiffers)
		if ok && strings.TrimSpace(left) == "1 hello world" {
			found = true
			if strings.TrimSpace(right) != "1" {
				t.Errorf("beside hello world: %q, want PyPy mode's empty line 1", right)
			}
		}
	}
	if !found {
		t.Errorf("no row with hello world marked different:\n%s", strings.Join(scr, "\n"))
	}

	// Help, then back.
	tm.keys(p, "?")
	tm.waitText(p, "go to slide 12")
	tm.keys(p, "Escape")
	tm.waitFor(p, "the slide again", func(scr []string) bool { return !strings.Contains(strings.Join(scr, "\n"), "go to slide 12") })

	// A resize redraws at the new size: status bar on the last row, nothing wider.
	tm.run("resize-window", "-t", p, "-x", "72", "-y", "20")
	// (tmux crops the old frame at once; the new one is the one whose status bar, laid out
	// for 72 columns, still shows the help key.)
	scr = tm.waitFor(p, "a 72x20 frame", func(scr []string) bool {
		return len(scr) == 20 && strings.HasPrefix(scr[19], fmt.Sprintf(" slide %d/%d", gc0.Number, n)) && strings.Contains(scr[19], "? help")
	})
	for _, row := range scr {
		if utf8.RuneCountInString(row) > 72 {
			t.Errorf("a row wider than the terminal after resizing: %q", row)
		}
	}

	// Ctrl-C quits, and the terminal is as it was.
	tm.keys(p, "C-c")
	tm.waitText(p, "__END__")
	checkRestored(t, stty)
	if got, ok, err := presenter.ReadPosition(pos); err != nil || !ok || got.Presenting || got.Slide != gc0.Number {
		t.Errorf("position after quitting: %+v %v %v", got, ok, err)
	}
	tm.waitText(notes, "the presenter has quit")
	tm.keys(notes, "q")
	tm.waitText(notes, "__END__")
	checkRestored(t, stty+".notes")
}

// TestPresenterRestoresTheTerminalOnSignals: a presenter stopped by SIGTERM, or by SIGINT
// from outside, gives the terminal back too.
func TestPresenterRestoresTheTerminalOnSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			tm := newTmux(t)
			d := talk(t)
			bin := handsonOnPath(t)
			dir := t.TempDir()
			pos := filepath.Join(dir, "position.json")
			stty := filepath.Join(dir, "stty.txt")
			tm.run("new-session", "-d", "-s", "talk", "-x", "90", "-y", "30", "sh", "-c", slidesShell(bin, dir, stty, "--sync", pos, "--start", "3"))
			tm.statusIs("talk:0", 3, len(d.Slides), d.Slides[2].Title)
			got, ok, err := presenter.ReadPosition(pos)
			if err != nil || !ok || !got.Presenting || got.PID <= 0 {
				t.Fatalf("position %+v %v %v", got, ok, err)
			}
			if err := syscall.Kill(got.PID, sig); err != nil {
				t.Fatal(err)
			}
			tm.waitText("talk:0", "__END__")
			checkRestored(t, stty)
		})
	}
}
