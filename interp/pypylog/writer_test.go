package pypylog

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tick is a fake clock: 0x10, 0x20, 0x30, ...
func tick() func() uint64 {
	var n uint64
	return func() uint64 { n += 16; return n }
}

func mustSpec(t *testing.T, value string) Spec {
	t.Helper()
	s, err := ParseSpec(value, 1)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// emit writes the same little program of sections to w: a matching section with a
// non-matching one nested inside, which itself holds a matching one.
func emit(w *Writer) {
	w.Print("top-level line")
	w.Start("jit-tracing")
	w.Print("tracing body")
	w.Start("gc-minor")
	w.Print("gc body")
	w.Start("jit-log-opt-loop")
	w.Print("# Loop 1")
	w.Stop("jit-log-opt-loop")
	w.Print("more gc body")
	w.Stop("gc-minor")
	w.Print("tracing again")
	w.Stop("jit-tracing")
}

func TestWriterConditional(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, mustSpec(t, "jit:-"), Options{Clock: tick()})
	emit(w)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := "top-level line\n" +
		"[10] {jit-tracing\n" +
		"tracing body\n" +
		"[20] {jit-log-opt-loop\n" + // judged by its own name inside the gc-minor section
		"# Loop 1\n" +
		"[30] jit-log-opt-loop}\n" +
		"tracing again\n" + // the innermost open section is jit-tracing again
		"[40] jit-tracing}\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriterProfilingFramesEverySectionWithoutBodies(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, mustSpec(t, "prof.log"), Options{Clock: tick()})
	emit(w)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := "top-level line\n[10] {jit-tracing\n[20] {gc-minor\n[30] {jit-log-opt-loop\n" +
		"[40] jit-log-opt-loop}\n[50] gc-minor}\n[60] jit-tracing}\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriterOffPrintsOnlyTopLevelLines(t *testing.T) {
	var stderr bytes.Buffer
	w, err := Open(mustSpec(t, ""), Options{Stderr: &stderr, Clock: tick()})
	if err != nil {
		t.Fatal(err)
	}
	emit(w)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := stderr.String(); got != "top-level line\n" {
		t.Errorf("got %q", got)
	}
}

func TestWriterColoursOnTerminalStderr(t *testing.T) {
	var stderr bytes.Buffer
	w, err := Open(mustSpec(t, "gc:-"), Options{Stderr: &stderr, StderrIsTerminal: true, Clock: tick()})
	if err != nil {
		t.Fatal(err)
	}
	w.Start("gc-minor")
	w.Print("body")
	// Stderr is written line by line, before Close.
	if !strings.Contains(stderr.String(), "body\n") {
		t.Errorf("stderr not flushed per line: %q", stderr.String())
	}
	w.Stop("gc-minor")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	want := "\033[1m\033[31m[10] {gc-minor\n\033[0mbody\n\033[31m[20] gc-minor}\n\033[0m"
	if got := stderr.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// The reader ignores the colours.
	log, err := Parse(strings.NewReader(stderr.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Sections) != 1 || log.Sections[0].Category != "gc-minor" || log.Sections[0].Text() != "body" {
		t.Errorf("coloured log read back wrong: %+v", log.Sections)
	}
}

func TestNilWriterDoesNothing(t *testing.T) {
	var w *Writer
	if w.Enabled("gc-minor") {
		t.Error("nil writer claims a section is enabled")
	}
	emit(w)
	if err := w.Close(); err != nil {
		t.Error(err)
	}
}

func TestWriterEnabled(t *testing.T) {
	w := NewWriter(&bytes.Buffer{}, mustSpec(t, "gc-minor,jit-log:-"), Options{})
	for cat, want := range map[string]bool{"gc-minor": true, "gc-minor-walkroots": true, "gc-collect-step": false, "jit-log-opt-loop": true, "jit-backend": false} {
		if w.Enabled(cat) != want {
			t.Errorf("Enabled(%q) = %v, want %v", cat, !want, want)
		}
	}
	prof := NewWriter(&bytes.Buffer{}, mustSpec(t, "prof"), Options{})
	if prof.Enabled("gc-minor") {
		t.Error("profiling mode writes no bodies, so no section is Enabled")
	}
}

func TestWriterStopMismatchIsABug(t *testing.T) {
	w := NewWriter(&bytes.Buffer{}, mustSpec(t, ":-"), Options{})
	w.Start("gc-minor")
	w.Start("gc-minor-walkroots")
	defer func() {
		r := recover()
		if s, ok := r.(string); !ok || !strings.HasPrefix(s, "BUG: ") {
			t.Errorf("recovered %v, want a BUG panic", r)
		}
	}()
	w.Stop("gc-minor")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterReportsWriteErrorsOnClose(t *testing.T) {
	w := NewWriter(failingWriter{}, mustSpec(t, ":-"), Options{})
	w.Start("gc-minor")
	w.Print(strings.Repeat("x", 100<<10)) // more than the buffer, so the write happens now
	w.Stop("gc-minor")
	if err := w.Close(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Close() = %v, want the write error", err)
	}
}

func TestOpenWritesTheSpecFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log-%d.txt")
	spec, err := ParseSpec("gc:"+path, 77)
	if err != nil {
		t.Fatal(err)
	}
	w, err := Open(spec, Options{Clock: tick()})
	if err != nil {
		t.Fatal(err)
	}
	w.Start("gc-minor")
	w.Print("minor collect, total memory used: 0")
	w.Stop("gc-minor")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(strings.Replace(path, "%d", "77", 1))
	if err != nil {
		t.Fatal(err)
	}
	if want := "[10] {gc-minor\nminor collect, total memory used: 0\n[20] gc-minor}\n"; string(data) != want {
		t.Errorf("file holds %q, want %q", data, want)
	}
	if _, err := Open(Spec{Mode: Conditional, Prefixes: []string{""}, Path: filepath.Join(t.TempDir(), "no", "such", "dir", "f")}, Options{}); err == nil {
		t.Error("Open into a missing directory succeeded")
	}
}

func TestWriterTimestampsAreMonotonicHex(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, mustSpec(t, ":-"), Options{})
	for i := 0; i < 50; i++ {
		w.Start("a")
		w.Stop("a")
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	log, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var last uint64
	for _, s := range log.Sections {
		if s.StartTime < last || s.StopTime < s.StartTime {
			t.Fatalf("timestamps go backwards: %d after %d", s.StartTime, last)
		}
		last = s.StopTime
	}
}

func TestOpenFindsOutAboutTerminals(t *testing.T) {
	// A pipe is not a terminal: no colours, as when stderr is redirected.
	r, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	w, err := Open(mustSpec(t, "gc:-"), Options{Stderr: wr, Clock: tick()})
	if err != nil {
		t.Fatal(err)
	}
	w.Start("gc-minor")
	w.Stop("gc-minor")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	data, _ := io.ReadAll(r)
	if string(data) != "[10] {gc-minor\n[20] gc-minor}\n" {
		t.Errorf("pipe got %q", data)
	}
	if tty, err := os.OpenFile("/dev/null", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty) {
			t.Error("a character device is not taken for a terminal")
		}
	}
}
