// This file defines Writer, which writes a log with PyPy's framing: "[hex] {category" and
// "[hex] category}" around each section, debug_print lines in between.

package pypylog

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

// ANSI colours PyPy puts around framing lines when the log goes to a terminal's stderr.
const (
	colorStart = "\033[1m\033[31m"
	colorStop  = "\033[31m"
	colorReset = "\033[0m"
)

// Options configures a Writer.
type Options struct {
	// Stderr receives the log when the Spec names no file or "-". Open requires it then.
	Stderr io.Writer
	// StderrIsTerminal makes framing lines written to Stderr coloured, as PyPy does on a
	// tty. When Stderr is an *os.File, Open also finds this out by itself.
	StderrIsTerminal bool
	// Clock returns the timestamp of each framing line. Nil means nanoseconds from a
	// monotonic clock started when the writer was made (PyPy uses the CPU's cycle counter).
	Clock func() uint64
}

// Writer writes one PYPYLOG. A nil *Writer is valid and writes nothing. A Writer is for
// one goroutine at a time, like the interpreter loop that feeds it.
type Writer struct {
	spec   Spec
	out    *bufio.Writer
	closer io.Closer // the file Open created; nil for stderr or a caller's writer
	color  bool
	flush  bool // flush after every line (stderr: keep the log interleaved with output)
	clock  func() uint64
	open   []openSection
	err    error // first write error, returned by Close
}

type openSection struct {
	category string
	enabled  bool // debug_print lines inside are written
	framed   bool // the stop line is written
}

// Open makes the Writer a Spec asks for: it creates (truncates) the spec's file, or writes
// to opts.Stderr for "-" and for Off mode.
func Open(spec Spec, opts Options) (*Writer, error) {
	if spec.ToStderr() {
		if opts.Stderr == nil {
			panic("BUG: pypylog.Open: a log to stderr needs Options.Stderr")
		}
		w := NewWriter(opts.Stderr, spec, opts)
		w.color = opts.StderrIsTerminal || isTerminal(opts.Stderr)
		w.flush = true
		return w, nil
	}
	f, err := os.Create(spec.Path)
	if err != nil {
		return nil, fmt.Errorf("PYPYLOG: cannot write the log: %w", err)
	}
	w := NewWriter(f, spec, opts)
	w.closer = f
	return w, nil
}

// NewWriter writes the log that spec selects to out, without colours. Close flushes it but
// does not close out.
func NewWriter(out io.Writer, spec Spec, opts Options) *Writer {
	clock := opts.Clock
	if clock == nil {
		start := time.Now()
		clock = func() uint64 { return uint64(time.Since(start).Nanoseconds()) }
	}
	return &Writer{spec: spec, out: bufio.NewWriterSize(out, 64<<10), clock: clock}
}

// Enabled reports whether debug_print lines of a section named category would be written,
// so a caller can skip formatting them.
func (w *Writer) Enabled(category string) bool {
	return w != nil && w.spec.Enabled(category)
}

// Start opens a section. Its framing line is written if the spec selects it; its
// debug_print lines are written if the spec enables it.
func (w *Writer) Start(category string) {
	if w == nil {
		return
	}
	s := openSection{category: category, enabled: w.spec.Enabled(category), framed: w.spec.framed(category)}
	w.open = append(w.open, s)
	if s.framed {
		w.frame(colorStart, "{", category, "")
	}
}

// Print writes one debug_print line (without its newline) if the innermost open section is
// enabled, or if no section is open (PyPy prints those in every mode).
func (w *Writer) Print(line string) {
	if w == nil {
		return
	}
	if n := len(w.open); n > 0 && !w.open[n-1].enabled {
		return
	}
	w.write(line)
	w.write("\n")
	w.lineDone()
}

// Stop closes the innermost open section, which must be the one named category.
func (w *Writer) Stop(category string) {
	if w == nil {
		return
	}
	n := len(w.open)
	if n == 0 {
		panic("BUG: pypylog.Writer.Stop(" + strconv.Quote(category) + ") with no section open")
	}
	s := w.open[n-1]
	if s.category != category {
		panic("BUG: pypylog.Writer.Stop(" + strconv.Quote(category) + ") while " + strconv.Quote(s.category) + " is the innermost open section")
	}
	w.open = w.open[:n-1]
	if s.framed {
		w.frame(colorStop, "", category, "}")
	}
}

// Close flushes the log, closes the file Open created, and returns the first error met
// while writing. Sections still open stay open in the log, as in a PyPy log cut short.
func (w *Writer) Close() error {
	if w == nil {
		return nil
	}
	if err := w.out.Flush(); err != nil && w.err == nil {
		w.err = err
	}
	if w.closer != nil {
		if err := w.closer.Close(); err != nil && w.err == nil {
			w.err = err
		}
		w.closer = nil
	}
	return w.err
}

// frame writes "[hex] {category" or "[hex] category}", coloured on a terminal.
func (w *Writer) frame(color, before, category, after string) {
	if w.color {
		w.write(color)
	}
	w.write("[")
	w.write(strconv.FormatUint(w.clock(), 16))
	w.write("] ")
	w.write(before)
	w.write(category)
	w.write(after)
	w.write("\n")
	if w.color {
		w.write(colorReset)
	}
	w.lineDone()
}

func (w *Writer) write(s string) {
	if w.err != nil {
		return
	}
	if _, err := w.out.WriteString(s); err != nil {
		w.err = err
	}
}

func (w *Writer) lineDone() {
	if w.flush && w.err == nil {
		if err := w.out.Flush(); err != nil {
			w.err = err
		}
	}
}

// isTerminal reports whether w is a file on a character device: a terminal (or /dev/null,
// where colours do no harm).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
