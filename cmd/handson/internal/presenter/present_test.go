package presenter

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/deck"
	"handson/cmd/handson/internal/render"
	"handson/exercises"
	"handson/lessons"
	"handson/solutions"
)

// testDeck is a small deck: three slides, the second long, the third with a demo.
func testDeck(t *testing.T) *deck.Deck {
	t.Helper()
	c, err := course.Load(course.Content{Lessons: lessons.Files(), Exercises: exercises.Files(), Solutions: solutions.Files()})
	if err != nil {
		t.Fatal(err)
	}
	var long strings.Builder
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&long, "- item %d\n", i)
	}
	src := "---\ntitle: Test deck\n---\n\n# First slide\n\nHello.\n\n```notes\nfirst notes\n```\n\n---\n\n# Long slide\n\n" + long.String() +
		"\n---\n\n# Demo slide\n\n```demo\nhandson demo gc0.py\n```\n\n```notes\nthird notes\n```\n"
	d, err := deck.Load(src, "test.md", c)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func plainRender(md string, width int) (string, error) {
	return render.Markdown(md, render.Options{Style: render.StylePlain, Terminal: render.Terminal{Width: width}})
}

// screenBuffer collects frames.
type screenBuffer struct {
	mu     sync.Mutex
	frames []string
}

func (b *screenBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.frames = append(b.frames, string(p))
	return len(p), nil
}

func (b *screenBuffer) last() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.frames) == 0 {
		return ""
	}
	return b.frames[len(b.frames)-1]
}

// rows turns a frame into its visible text rows.
func rows(frame string) []string {
	var out []string
	for _, r := range strings.Split(frame, "\r\n") {
		out = append(out, strings.TrimRight(stripANSI(r), " "))
	}
	return out
}

func stripANSI(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// session drives Present in-process: keys go in through a pipe, frames come back.
type session struct {
	t      *testing.T
	keys   *io.PipeWriter
	out    *screenBuffer
	size   chan [2]int
	resize chan struct{}
	done   chan error
	mu     sync.Mutex
	w, h   int
}

func startSession(t *testing.T, d *deck.Deck, o Options) *session {
	t.Helper()
	in, keys := io.Pipe()
	s := &session{t: t, keys: keys, out: &screenBuffer{}, resize: make(chan struct{}, 1), done: make(chan error, 1), w: 80, h: 20}
	o.Screen = Screen{In: in, Out: s.out, Size: s.getSize, Resize: s.resize}
	if o.Render == nil {
		o.Render = plainRender
	}
	if o.RunDemo == nil {
		o.RunDemo = func(ctx context.Context, demo *deck.Demo, width int) (string, error) {
			return "$ " + demo.Command + "\nhello world\n", nil
		}
	}
	go func() { s.done <- Present(context.Background(), d, o) }()
	t.Cleanup(func() { keys.Close() })
	s.waitFor("slide ")
	return s
}

func (s *session) getSize() (int, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w, s.h
}

func (s *session) setSize(w, h int) {
	s.mu.Lock()
	s.w, s.h = w, h
	s.mu.Unlock()
	s.resize <- struct{}{}
}

// press sends keys as a terminal would (one write per key) and waits for the frame each
// produces.
func (s *session) press(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		n := s.frameCount()
		if _, err := s.keys.Write([]byte(k)); err != nil {
			s.t.Fatal(err)
		}
		deadline := time.Now().Add(5 * time.Second)
		for s.frameCount() == n {
			if time.Now().After(deadline) {
				s.t.Fatalf("no frame after key %q", k)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

func (s *session) frameCount() int {
	s.out.mu.Lock()
	defer s.out.mu.Unlock()
	return len(s.out.frames)
}

// screen is the last frame's rows.
func (s *session) screen() []string { return rows(s.out.last()) }

func (s *session) status() string {
	r := s.screen()
	return r[len(r)-1]
}

// waitFor waits until the screen shows text.
func (s *session) waitFor(text string) []string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen()
		if strings.Contains(strings.Join(scr, "\n"), text) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %q; it shows:\n%s", text, strings.Join(scr, "\n"))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (s *session) quit(key string) {
	s.t.Helper()
	s.keys.Write([]byte(key))
	select {
	case err := <-s.done:
		if err != nil {
			s.t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		s.t.Fatalf("%q did not quit", key)
	}
}

func TestNavigationKeys(t *testing.T) {
	d := testDeck(t)
	s := startSession(t, d, Options{})
	if !strings.HasPrefix(s.status(), " slide 1/3  First slide") || !strings.Contains(s.status(), "? help") {
		t.Fatalf("status %q", s.status())
	}
	for _, step := range []struct {
		key, want string
	}{
		{"n", "slide 2/3"}, {"p", "slide 1/3"}, {" ", "slide 2/3"}, {"\x1b[D", "slide 1/3"}, {"\x1b[C", "slide 2/3"},
		{"G", "slide 3/3"}, {"g", "slide 1/3"}, {"\x1b[F", "slide 3/3"}, {"\x1b[H", "slide 1/3"}, {"\x1b[6~", "slide 2/3"},
		{"\x1b[5~", "slide 1/3"}, {"\x1bOC", "slide 2/3"}, {"\x7f", "slide 1/3"}, {"p", "slide 1/3"},
	} {
		s.press(step.key)
		if !strings.HasPrefix(s.status(), " "+step.want+"  ") {
			t.Errorf("after %q: status %q, want %q", step.key, s.status(), step.want)
		}
	}
	s.press("3")
	if !strings.Contains(s.status(), "go to slide 3_") {
		t.Errorf("typing a number: %q", s.status())
	}
	s.press("\r")
	if !strings.HasPrefix(s.status(), " slide 3/3  Demo slide") {
		t.Errorf("3 Enter: %q", s.status())
	}
	s.press("n")
	if !strings.Contains(s.status(), "that was the last slide") {
		t.Errorf("n on the last slide: %q", s.status())
	}
	s.press("9", "9", "g")
	if !strings.Contains(s.status(), "no slide 99: the slides are 1 to 3") || !strings.HasPrefix(s.status(), " slide 3/3") {
		t.Errorf("99 g: %q", s.status())
	}
	s.press("2", "g")
	if !strings.HasPrefix(s.status(), " slide 2/3  Long slide") {
		t.Errorf("2 g: %q", s.status())
	}
	s.press("x")
	if !strings.Contains(s.status(), "? shows the keys") {
		t.Errorf("unknown key: %q", s.status())
	}
	s.quit("q")
}

func TestHelpScrollAndResize(t *testing.T) {
	d := testDeck(t)
	s := startSession(t, d, Options{Start: 2})
	scr := s.screen()
	if len(scr) != 20 || !strings.Contains(s.status(), "↓ more") || !strings.Contains(strings.Join(scr, "\n"), "item 1") {
		t.Fatalf("long slide, %d rows:\n%s", len(scr), strings.Join(scr, "\n"))
	}
	for range 60 {
		s.press("j")
	}
	scr = s.screen()
	joined := strings.Join(scr, "\n")
	if !strings.Contains(joined, "item 40") || strings.Contains(joined, "item 1\n") || !strings.Contains(s.status(), "↑") {
		t.Errorf("scrolled to the end:\n%s", joined)
	}
	s.press("?")
	joined = strings.Join(s.screen(), "\n")
	for _, want := range []string{"next slide", "previous slide", "go to slide 12", "run the slide's demo", "quit"} {
		if !strings.Contains(joined, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	s.press("n") // closes the help, does not move
	if !strings.HasPrefix(s.status(), " slide 2/3") || strings.Contains(strings.Join(s.screen(), "\n"), "previous slide") {
		t.Errorf("after closing the help: %q", s.status())
	}
	n := s.frameCount()
	s.setSize(50, 12)
	for s.frameCount() == n {
		time.Sleep(time.Millisecond)
	}
	scr = s.screen()
	if len(scr) != 12 {
		t.Errorf("after resize %d rows, want 12", len(scr))
	}
	for _, r := range scr {
		if len([]rune(r)) > 50 {
			t.Errorf("row wider than 50: %q", r)
		}
	}
	if !strings.HasPrefix(s.status(), " slide 2/3") || !strings.Contains(s.status(), "? help") {
		t.Errorf("narrow status %q", s.status())
	}
	s.quit("\x03")
}

func TestDemoRunsOnAKey(t *testing.T) {
	d := testDeck(t)
	release := make(chan struct{})
	var gotWidth int
	s := startSession(t, d, Options{RunDemo: func(ctx context.Context, demo *deck.Demo, width int) (string, error) {
		gotWidth = width
		select {
		case <-release:
		case <-ctx.Done():
			return "", ctx.Err()
		}
		return "$ " + demo.Command + "\n1 hello world   ≠ 1\n", nil
	}})
	s.press("d")
	if !strings.Contains(s.status(), "this slide has no demo") {
		t.Errorf("d without a demo: %q", s.status())
	}
	s.press("G")
	s.waitFor("d  runs the demo: handson demo gc0.py")
	if !strings.Contains(s.status(), "d demo") {
		t.Errorf("the status does not offer the demo: %q", s.status())
	}
	s.press("d")
	s.waitFor("running: handson demo gc0.py")
	close(release)
	s.waitFor("1 hello world   ≠ 1")
	if gotWidth != 76 {
		t.Errorf("demo asked for width %d, want 76", gotWidth)
	}
	s.press("c")
	if strings.Contains(strings.Join(s.screen(), "\n"), "hello world") {
		t.Error("c did not clear the demo")
	}
	s.quit("q")
}

func TestStartOutOfRange(t *testing.T) {
	d := testDeck(t)
	err := Present(context.Background(), d, Options{Start: 4, Render: plainRender,
		RunDemo: func(context.Context, *deck.Demo, int) (string, error) { return "", nil },
		Screen:  Screen{In: strings.NewReader(""), Out: io.Discard, Size: func() (int, int) { return 80, 24 }}})
	if err == nil || !strings.Contains(err.Error(), "the deck has 3 slides") {
		t.Errorf("start 4: %v", err)
	}
}

func TestNotesFollowThePresenter(t *testing.T) {
	d := testDeck(t)
	pos := filepath.Join(t.TempDir(), "pos.json")
	notesIn, notesKeys := io.Pipe()
	notesOut := &screenBuffer{}
	notesDone := make(chan error, 1)
	go func() {
		notesDone <- FollowNotes(context.Background(), d, NotesOptions{
			Screen:   Screen{In: notesIn, Out: notesOut, Size: func() (int, int) { return 80, 20 }},
			Position: pos, Render: plainRender, Poll: 10 * time.Millisecond,
			Now: func() time.Time { return time.Now().Add(125 * time.Second) },
		})
	}()
	notesShow := func(text string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !strings.Contains(strings.Join(rows(notesOut.last()), "\n"), text) {
			if time.Now().After(deadline) {
				t.Fatalf("the notes never showed %q:\n%s", text, strings.Join(rows(notesOut.last()), "\n"))
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	notesShow("Waiting for the presenter")
	s := startSession(t, d, Options{Position: pos})
	notesShow(d.Slides[0].Notes)
	notesShow("notes for slide 1/3 · 2:05 in · ")
	s.press("n")
	notesShow("(no notes for this slide)")
	notesShow("Next: 3. Demo slide")
	s.press("n")
	notesShow(d.Slides[2].Notes)
	notesShow("Demo (d): `handson demo gc0.py`")
	s.quit("q")
	notesShow("the presenter has quit")
	p, ok, err := ReadPosition(pos)
	if err != nil || !ok || p.Slide != 3 || p.Of != 3 || p.Presenting {
		t.Errorf("position after quitting: %+v %v %v", p, ok, err)
	}
	notesKeys.Write([]byte("q"))
	if err := <-notesDone; err != nil {
		t.Fatal(err)
	}
}

func TestDecodeKeys(t *testing.T) {
	r, w := io.Pipe()
	keys := make(chan Key, 100)
	go DecodeKeys(r, keys)
	for _, chunk := range []string{"n", "\x1b[C", "\x1bOD", "\x1b", "\r", "é"[:1], "é"[1:], "\x1b[5~\x1b[6~", "\x1b[1;5C", "\x03"} {
		w.Write([]byte(chunk))
	}
	w.Close()
	var got []string
	for k := range keys {
		if k.Name != "" {
			got = append(got, string(k.Name))
		} else {
			got = append(got, string(k.Rune))
		}
	}
	want := "n right left esc enter é pgup pgdn unknown ctrl-c"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, " "), want)
	}
}

func TestFitLineKeepsStyles(t *testing.T) {
	line := "\x1b[1mbold\x1b[0m and plain"
	if got := fitLine(line, 6); got != "\x1b[1mbold\x1b[0m a" {
		t.Errorf("%q", got)
	}
	if got := fitLine(line, 100); got != line {
		t.Errorf("%q", got)
	}
	if got := joinSpans(styledSpans("a\tb\x1b[2J\x1b[31mred\x1b[0m\x07")); got != "a       b^[[2J\x1b[31mred\x1b[0m^G" {
		t.Errorf("%q", got)
	}
}

// TestWideCharactersTakeTwoColumns: a line is fitted and wrapped by the columns the
// terminal gives it, two for a CJK character or an emoji and none for a combining mark,
// so that no line of a frame runs past the screen's edge.
func TestWideCharactersTakeTwoColumns(t *testing.T) {
	if got := fitLine("\x1b[1m日本語\x1b[0m", 5); got != "\x1b[1m日本" {
		t.Errorf("fitLine to 5 columns: %q", got)
	}
	if got := fitLine("cafe\u0301s", 5); got != "cafe\u0301s" {
		t.Errorf("fitLine with a combining mark: %q", got)
	}
	got := wrapLine(strings.Repeat("語", 12), 10)
	if len(got) != 3 || got[0] != strings.Repeat("語", 5) || got[2] != "語語" {
		t.Errorf("wrapLine of wide characters to 10 columns: %q", got)
	}
}

func TestWrapLine(t *testing.T) {
	line := "  pypy   FAIL  stdout differs at line 1; fibo.txt differs at line 2; left open at exit"
	got := wrapLine(line, 30)
	for _, piece := range got {
		if len([]rune(piece)) > 30 {
			t.Errorf("piece longer than 30: %q", piece)
		}
	}
	if got[1][:2] != "  " || strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(line), " ") {
		t.Errorf("pieces %q", got)
	}
	if got := wrapLine(strings.Repeat("x", 25), 10); len(got) != 3 || got[2] != "xxxxx" {
		t.Errorf("no spaces: %q", got)
	}
	if got := wrapLine("short", 10); len(got) != 1 || got[0] != "short" {
		t.Errorf("short: %q", got)
	}
}

// TestWrapLineCarriesStyles: a coloured line wrapped in two keeps its colour on the second
// piece, and styles take no room.
func TestWrapLineCarriesStyles(t *testing.T) {
	line := "  \x1b[1;31mFAIL\x1b[0m  \x1b[33mstdout differs at line 1; fibo.txt differs at line 2\x1b[0m"
	got := wrapLine(line, 30)
	if len(got) != 3 {
		t.Fatalf("pieces %q", got)
	}
	for _, piece := range got {
		if w := len([]rune(stripANSI(piece))); w > 30 {
			t.Errorf("piece %q is %d columns", piece, w)
		}
	}
	if !strings.HasPrefix(got[1], "  \x1b[33m") || !strings.HasPrefix(got[2], "  \x1b[33m") {
		t.Errorf("the colour does not carry over: %q", got)
	}
	if strings.Contains(got[1], "\x1b[1;31m") {
		t.Errorf("a reset style came back: %q", got[1])
	}
	if flat := strings.Join(strings.Fields(stripANSI(strings.Join(got, " "))), " "); flat != "FAIL stdout differs at line 1; fibo.txt differs at line 2" {
		t.Errorf("text changed: %q", flat)
	}
}
