// This file defines Exec, which runs the program in one mode as a child process and gathers
// what it did: its output, its exit, its report, and the files it left behind.

package checker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"handson/cmd/handson/internal/course"
)

// Limits on what a check reads back from a run directory.
const (
	maxFiles    = 200
	maxFileSize = 1 << 20
)

// runReport is the JSON `handson run --report` writes.
type runReport struct {
	Status            int        `json:"status"`
	OpenFiles         []OpenFile `json:"open_files"`
	ClosedByCollector []OpenFile `json:"closed_by_collector"`
}

// Invocation is how one run calls the program: its arguments and the cap on open files.
type Invocation struct {
	Args         []string // the program's sys.argv[1:]
	MaxOpenFiles int      // 0: no cap
}

// Exec runs prog once in mode m, in a fresh directory of its own under opts.TempDir, and
// returns what it did without judging it: output, exit, the report's files and the files it
// left behind (Run.Files). It is what `handson demo` shows side by side; Check runs the same
// code for each of its modes. Options are completed as Check completes them, with
// course.DefaultTimeout when opts.Timeout is 0.
func Exec(ctx context.Context, m Mode, prog Program, inv Invocation, opts Options) (*Run, error) {
	opts = opts.completed(course.DefaultTimeout)
	parent, err := os.MkdirTemp(opts.TempDir, "handson-run-")
	if err != nil {
		return nil, fmt.Errorf("making a directory for the run: %w", err)
	}
	defer os.RemoveAll(parent)
	return runMode(ctx, m, prog, inv, opts, parent)
}

// Files returns the files the run left in its directory, by slash-separated path, without
// the program itself. The map is the run's own: callers only read it.
func (r *Run) Files() map[string][]byte { return r.files }

func runMode(ctx context.Context, m Mode, prog Program, inv Invocation, opts Options, parent string) (*Run, error) {
	dir := filepath.Join(parent, m.Name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, prog.Name), prog.Source, 0o644); err != nil {
		return nil, err
	}
	reportPath := filepath.Join(parent, m.Name+".report.json")
	args := append([]string{"run"}, m.Flags...)
	args = append(args, "--report", reportPath)
	if inv.MaxOpenFiles > 0 {
		args = append(args, "--max-open-files", strconv.Itoa(inv.MaxOpenFiles))
	}
	args = append(args, prog.Name)
	args = append(args, inv.Args...)

	runCtx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	stdout := &cappedBuffer{max: opts.MaxOutput, overflow: cancel}
	stderr := &cappedBuffer{max: opts.MaxOutput, overflow: cancel}
	cmd := exec.CommandContext(runCtx, opts.Executable, args...)
	cmd.Dir = dir
	cmd.Env = opts.Env
	cmd.Stdout, cmd.Stderr = stdout, stderr
	// The program runs in its own process group, so that a time limit ends everything it
	// started, not just the handson process.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second

	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, fmt.Errorf("running %s: %w", opts.Executable, err)
	}
	r := &Run{
		Mode:       m.Name,
		ExitStatus: cmd.ProcessState.ExitCode(),
		Seconds:    elapsed.Seconds(),
		Stdout:     stdout.String(),
		Stderr:     stderr.String(),
	}
	switch {
	case stdout.overflowed() || stderr.overflowed():
		r.Problems = append(r.Problems, Problem{Kind: ProblemOutputLimit,
			What: fmt.Sprintf("printed more than %s, so it was stopped (a loop that never ends?)", byteSize(opts.MaxOutput))})
	case errors.Is(runCtx.Err(), context.DeadlineExceeded):
		r.TimedOut = true
		r.Problems = append(r.Problems, Problem{Kind: ProblemTimeout,
			What: fmt.Sprintf("still running after %s, so it was stopped (a loop that never ends?)", opts.Timeout)})
	default:
		report, err := readReport(reportPath)
		if err != nil {
			r.Problems = append(r.Problems, Problem{Kind: ProblemCrash,
				What: "handson itself failed, not your program (exit status " + strconv.Itoa(r.ExitStatus) + ", " + lastLine(r.Stderr) + ")"})
			break
		}
		r.OpenAtExit, r.ClosedByCollector = report.OpenFiles, report.ClosedByCollector
	}
	if r.OpenAtExit == nil {
		r.OpenAtExit = []OpenFile{}
	}
	if r.ClosedByCollector == nil {
		r.ClosedByCollector = []OpenFile{}
	}
	r.Notes = []string{}
	files, problem := readFiles(dir, prog.Name)
	r.files = files
	if problem != "" {
		r.Problems = append(r.Problems, Problem{Kind: ProblemFile, What: problem})
	}
	return r, nil
}

func readReport(path string) (*runReport, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rep runReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &rep, nil
}

// readFiles reads the regular files a run left in its directory, by slash-separated path,
// leaving out the program itself. A directory too full to read is a problem, not an error.
func readFiles(dir, progName string) (map[string][]byte, string) {
	files := map[string][]byte{}
	problem := ""
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == progName {
			return nil
		}
		if len(files) == maxFiles {
			problem = fmt.Sprintf("left more than %d files behind", maxFiles)
			return fs.SkipAll
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Size() > maxFileSize {
			files[rel] = []byte(fmt.Sprintf("(a file of %d bytes, too large to compare)", info.Size()))
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[rel] = data
		return nil
	})
	if err != nil && problem == "" {
		problem = "could not read the files it left behind: " + err.Error()
	}
	return files, problem
}

// tracebackFile is a frame line of a CPython 2.7 traceback.
var tracebackFile = regexp.MustCompile(`^  File "([^"]*)", line (\d+)`)

// exitSummary says in one phrase why a program exited with a nonzero status: the exception
// and where it was raised, when stderr holds a traceback or a syntax error.
func exitSummary(status int, stderr string) string {
	last := lastLine(stderr)
	where := ""
	for _, line := range strings.Split(stderr, "\n") {
		if m := tracebackFile.FindStringSubmatch(line); m != nil {
			where = m[1] + ", line " + m[2]
		}
	}
	if last == "" || where == "" {
		return fmt.Sprintf("exited with status %d", status)
	}
	const most = 100
	if len(last) > most {
		last = last[:most] + "..."
	}
	return fmt.Sprintf("stopped by %s (%s)", last, where)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func byteSize(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// cappedBuffer keeps the first max bytes written to it and calls overflow once when more
// come, which stops the run.
type cappedBuffer struct {
	mu       sync.Mutex
	buf      bytes.Buffer
	max      int
	over     bool
	overflow func()
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	room := b.max - b.buf.Len()
	if len(p) > room {
		b.buf.Write(p[:max(room, 0)])
		if !b.over {
			b.over = true
			b.overflow()
		}
		return len(p), nil
	}
	b.buf.Write(p)
	return len(p), nil
}

func (b *cappedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *cappedBuffer) overflowed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.over
}
