// This file defines the modes, the options and results of a check, and Check itself.

package checker

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/linediff"
)

// Mode is one way of running the program.
type Mode struct {
	Name  string   // as shown in verdicts and JSON
	Flags []string // flags of `handson run`
	About string   // what the mode is, in a few words
	// PyPy says PyPy's rules apply: a file closed by a collector rather than by the program
	// is a leaked descriptor.
	PyPy bool
}

// ModeNamed returns the mode of Modes with that name.
func ModeNamed(name string) (Mode, bool) {
	for _, m := range Modes() {
		if m.Name == name {
			return m, true
		}
	}
	return Mode{}, false
}

// Modes returns the modes a check runs, in the order it reports them.
func Modes() []Mode {
	return []Mode{
		{Name: "cpython", Flags: []string{"--cpython"}, About: "reference counting, CPython 2.7's exit"},
		{Name: "pypy", Flags: []string{"--pypy"}, About: "generational GC, PyPy's exit", PyPy: true},
		{Name: "gc-stress", Flags: []string{"--pypy", "--gc-stress"}, About: "PyPy mode, collecting at every safe point", PyPy: true},
		{Name: "gc-no-auto", Flags: []string{"--pypy", "--gc-no-auto"}, About: "PyPy mode, never collecting before exit", PyPy: true},
	}
}

// DefaultMaxOutput is how much of a run's stdout and of its stderr a check keeps; a program
// printing more is stopped.
const DefaultMaxOutput = 1 << 20

// Options configure a check.
type Options struct {
	// Executable is the handson binary that runs the program (os.Executable() in the CLI).
	Executable string
	// Env is the environment of the runs; PYPYLOG, PYPY_GC_* and PYTHON* are removed from it
	// so that every check runs the same way.
	Env []string
	// Timeout limits each run; 0 means the exercise's own limit.
	Timeout time.Duration
	// MaxOutput caps the bytes kept of each of stdout and stderr; 0 means DefaultMaxOutput.
	MaxOutput int
	// TempDir is where the run directories are made; "" means the system's.
	TempDir string
}

// completed fills in what opts leaves to its defaults, with timeout when it sets none, and
// cleans the environment: what Check and Exec both run with.
func (opts Options) completed(timeout time.Duration) Options {
	if opts.Executable == "" {
		panic("BUG: checker run without an executable")
	}
	if opts.Timeout == 0 {
		opts.Timeout = timeout
	}
	if opts.MaxOutput == 0 {
		opts.MaxOutput = DefaultMaxOutput
	}
	opts.Env = CleanEnv(opts.Env)
	return opts
}

// Program is the learner's program.
type Program struct {
	Name   string // file name it runs under, as tracebacks and reports will show it
	Source []byte
}

// Result is the outcome of a check.
type Result struct {
	Exercise string `json:"exercise"`
	File     string `json:"file"`
	Passed   bool   `json:"passed"`
	Runs     []*Run `json:"runs"`
	// FirstMismatch is the first difference from the expected output or files, in mode
	// order: stdout first, then files by name. Nil when there is none.
	FirstMismatch *Mismatch `json:"first_mismatch,omitempty"`
}

// Run is what happened in one mode.
type Run struct {
	Mode       string  `json:"mode"`
	Passed     bool    `json:"passed"`
	Verdict    string  `json:"verdict"` // one line
	ExitStatus int     `json:"exit_status"`
	TimedOut   bool    `json:"timed_out"`
	Seconds    float64 `json:"seconds"`
	// SameAs names the first earlier mode whose run printed the same stdout, left the same
	// files and exited with the same status.
	SameAs            string     `json:"same_as,omitempty"`
	Problems          []Problem  `json:"problems"`
	Notes             []string   `json:"notes"`
	OpenAtExit        []OpenFile `json:"open_at_exit"`
	ClosedByCollector []OpenFile `json:"closed_by_collector"`
	Stdout            string     `json:"stdout"`
	Stderr            string     `json:"stderr"`

	files map[string][]byte
}

// Problem is one reason a run failed.
type Problem struct {
	Kind string `json:"kind"` // see the Problem* constants
	What string `json:"what"` // a phrase for the verdict line
	Diff string `json:"diff,omitempty"`
}

// Kinds of problems.
const (
	ProblemTimeout     = "timeout"      // the run hit its time limit
	ProblemOutputLimit = "output_limit" // the run printed more than the cap
	ProblemCrash       = "crash"        // handson itself failed; no report was written
	ProblemExit        = "exit"         // the program exited with a nonzero status
	ProblemStdout      = "stdout"       // stdout differs from the expected output
	ProblemFile        = "file"         // a file differs, is missing, or is unexpected
	ProblemOpenAtExit  = "open_at_exit" // files still open when the program ended
	ProblemCollector   = "closed_by_collector"
)

// OpenFile is a file the program did not close itself.
type OpenFile struct {
	Name     string `json:"name"`
	Mode     string `json:"mode"`
	OpenedAt string `json:"opened_at"` // FILE:LINE
}

// Mismatch is a difference from the expected results, with its diff.
type Mismatch struct {
	Mode string `json:"mode"`
	What string `json:"what"` // "stdout" or "file NAME"
	Diff string `json:"diff"`
}

// Check runs prog for exercise ex in every mode and judges the runs.
func Check(ctx context.Context, ex *course.Exercise, prog Program, opts Options) (*Result, error) {
	opts = opts.completed(ex.Timeout)
	parent, err := os.MkdirTemp(opts.TempDir, "handson-check-")
	if err != nil {
		return nil, fmt.Errorf("making a directory for the runs: %w", err)
	}
	defer os.RemoveAll(parent)

	modes := Modes()
	runs := make([]*Run, len(modes))
	errs := make([]error, len(modes))
	var wg sync.WaitGroup
	for i, m := range modes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runs[i], errs[i] = runMode(ctx, m, prog, Invocation{Args: ex.Args, MaxOpenFiles: ex.MaxOpenFiles}, opts, parent)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	res := &Result{Exercise: ex.Slug, File: prog.Name, Passed: true, Runs: runs}
	for i, r := range runs {
		judge(r, modes[i], ex, prog.Name)
		for _, earlier := range runs[:i] {
			if sameBehaviour(r, earlier) {
				r.SameAs = earlier.Mode
				break
			}
		}
		if !r.Passed {
			res.Passed = false
		}
		if res.FirstMismatch == nil {
			for _, p := range r.Problems {
				if p.Diff != "" {
					res.FirstMismatch = &Mismatch{Mode: r.Mode, What: mismatchName(p), Diff: p.Diff}
					break
				}
			}
		}
	}
	return res, nil
}

func mismatchName(p Problem) string {
	if p.Kind == ProblemStdout {
		return "stdout"
	}
	return p.What
}

// CleanEnv drops the variables that would make runs differ from one check to the next or
// from one learner to the next: PyPy's logging and GC settings, Python's own (hash seed,
// encodings, buffering, paths), handson's profiling.
func CleanEnv(env []string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		if name == "PYPYLOG" || strings.HasPrefix(name, "PYPY_GC_") || strings.HasPrefix(name, "PYTHON") || name == "HANDSON_CPUPROFILE" {
			continue
		}
		out = append(out, kv)
	}
	return out
}

// judge compares a finished run with the expectation and fills in its problems, notes and
// verdict.
func judge(r *Run, m Mode, ex *course.Exercise, progName string) {
	problems := r.Problems // timeouts, output limits and crashes found while running
	stopped := len(problems) > 0
	if !stopped && r.ExitStatus != 0 {
		problems = append(problems, Problem{Kind: ProblemExit, What: exitSummary(r.ExitStatus, r.Stderr)})
	}
	if !stopped || r.Stdout != "" {
		want := maskLines(string(ex.Expect.Stdout), ex.IgnoreLines)
		got := maskLines(r.Stdout, ex.IgnoreLines)
		if line, differs := linediff.FirstDifference(want, got); differs {
			problems = append(problems, Problem{
				Kind: ProblemStdout,
				What: fmt.Sprintf("stdout differs at line %d", line),
				Diff: linediff.Unified(want, got, "expected stdout", "stdout under "+r.Mode, 3),
			})
		}
	}
	if !stopped {
		problems = append(problems, fileProblems(r, ex)...)
		if len(r.OpenAtExit) > 0 {
			problems = append(problems, Problem{Kind: ProblemOpenAtExit, What: "left open at exit: " + describeFiles(r.OpenAtExit)})
		}
	}
	if len(r.ClosedByCollector) > 0 {
		if m.PyPy {
			problems = append(problems, Problem{Kind: ProblemCollector, What: "closed by the collector, not by the program: " + describeFiles(r.ClosedByCollector)})
		} else {
			r.Notes = append(r.Notes, "closed by reference counting, not by the program: "+describeFiles(r.ClosedByCollector))
		}
	}
	r.Problems = problems
	r.Passed = len(problems) == 0
	if r.Passed {
		r.Verdict = "output and files as expected"
		if len(ex.Expect.Files) == 0 {
			r.Verdict = "output as expected, no files left behind"
		}
		if len(r.ClosedByCollector) == 0 {
			r.Verdict += ", every file closed by the program"
		}
		return
	}
	whats := make([]string, len(problems))
	for i, p := range problems {
		whats[i] = p.What
	}
	r.Verdict = strings.Join(whats, "; ")
}

// fileProblems compares the files the run left behind with the expected ones.
func fileProblems(r *Run, ex *course.Exercise) []Problem {
	names := map[string]bool{}
	for n := range r.files {
		names[n] = true
	}
	for n := range ex.Expect.Files {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	var out []Problem
	for _, n := range sorted {
		want, expected := ex.Expect.Files[n]
		got, present := r.files[n]
		switch {
		case !present:
			out = append(out, Problem{Kind: ProblemFile, What: n + " is missing"})
		case !expected:
			out = append(out, Problem{Kind: ProblemFile, What: n + " should not be there"})
		case string(want) == string(got):
		case !isText(want) || !isText(got):
			out = append(out, Problem{Kind: ProblemFile, What: n + " differs"})
		default:
			line, _ := linediff.FirstDifference(string(want), string(got))
			out = append(out, Problem{
				Kind: ProblemFile,
				What: fmt.Sprintf("%s differs at line %d", n, line),
				Diff: linediff.Unified(string(want), string(got), "expected "+n, n+" under "+r.Mode, 3),
			})
		}
	}
	return out
}

// sameBehaviour says whether two runs printed the same, left the same files and exited
// the same way.
func sameBehaviour(a, b *Run) bool {
	if a.Stdout != b.Stdout || a.ExitStatus != b.ExitStatus || a.TimedOut != b.TimedOut || len(a.files) != len(b.files) {
		return false
	}
	for n, data := range a.files {
		if other, ok := b.files[n]; !ok || string(other) != string(data) {
			return false
		}
	}
	return true
}

// describeFiles lists files briefly, grouping those opened at the same place.
func describeFiles(files []OpenFile) string {
	type key struct{ name, at string }
	counts := map[key]int{}
	var order []key
	for _, f := range files {
		k := key{f.Name, f.OpenedAt}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	parts := make([]string, len(order))
	for i, k := range order {
		s := k.name
		if counts[k] > 1 {
			s = fmt.Sprintf("%d x %s", counts[k], k.name)
		}
		if k.at != "" {
			s += " (opened at " + k.at + ")"
		}
		parts[i] = s
	}
	const most = 3
	if len(parts) > most {
		return strings.Join(parts[:most], ", ") + fmt.Sprintf(" and %d more", len(parts)-most)
	}
	return strings.Join(parts, ", ")
}

// maskLines replaces each line matching one of the patterns by a marker naming the pattern,
// so that two such lines compare equal whatever their text.
func maskLines(s string, patterns []*regexp.Regexp) string {
	if len(patterns) == 0 {
		return s
	}
	lines := linediff.SplitLines(s)
	for i, line := range lines {
		text := strings.TrimSuffix(line, "\n")
		for _, p := range patterns {
			if p.MatchString(text) {
				lines[i] = "[any line matching " + p.String() + "]" + line[len(text):]
				break
			}
		}
	}
	return strings.Join(lines, "")
}

// isText says whether data can be shown as lines.
func isText(data []byte) bool {
	return !strings.ContainsRune(string(data), 0) && strings.ToValidUTF8(string(data), "\uFFFD") == string(data)
}
