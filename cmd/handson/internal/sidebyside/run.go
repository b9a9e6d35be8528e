// This file defines Request, Result and Run: the two runs of a demo.

package sidebyside

import (
	"context"
	"fmt"
	"strings"

	"handson/cmd/handson/internal/checker"
)

// DefaultModes are the modes a demo compares when it is not told otherwise.
func DefaultModes() [2]string { return [2]string{"cpython", "pypy"} }

// ParseModes reads "A,B": two different mode names of checker.Modes.
func ParseModes(s string) ([2]checker.Mode, error) {
	var out [2]checker.Mode
	names := strings.Split(s, ",")
	if len(names) != 2 || names[0] == names[1] {
		return out, fmt.Errorf("modes %q: give two different modes separated by a comma, from %s", s, modeNames())
	}
	for i, n := range names {
		m, ok := checker.ModeNamed(strings.TrimSpace(n))
		if !ok {
			return out, fmt.Errorf("mode %q: use one of %s", n, modeNames())
		}
		out[i] = m
	}
	return out, nil
}

func modeNames() string {
	var names []string
	for _, m := range checker.Modes() {
		names = append(names, m.Name)
	}
	return strings.Join(names, ", ")
}

// Request is what to run.
type Request struct {
	Program      checker.Program
	Args         []string // the program's arguments
	MaxOpenFiles int      // 0: no cap
	Modes        [2]checker.Mode
}

// Result is what the two runs did: Sides[0] under Modes[0], Sides[1] under Modes[1].
type Result struct {
	Program string
	Args    []string
	Modes   [2]checker.Mode
	Sides   [2]Side
}

// Side is what one run did.
type Side struct {
	Status            string // how it ended, in a phrase
	ExitStatus        int
	TimedOut          bool
	Stdout, Stderr    string
	Files             map[string][]byte // left in its directory, by slash-separated path
	OpenAtExit        []checker.OpenFile
	ClosedByCollector []checker.OpenFile
}

// sideOf takes what a demo shows from a run.
func sideOf(r *checker.Run) Side {
	return Side{
		Status:            runStatus(r),
		ExitStatus:        r.ExitStatus,
		TimedOut:          r.TimedOut,
		Stdout:            r.Stdout,
		Stderr:            r.Stderr,
		Files:             r.Files(),
		OpenAtExit:        r.OpenAtExit,
		ClosedByCollector: r.ClosedByCollector,
	}
}

// runStatus says in a phrase how a run ended.
func runStatus(r *checker.Run) string {
	if len(r.Problems) > 0 {
		var whats []string
		for _, p := range r.Problems {
			whats = append(whats, p.What)
		}
		return strings.Join(whats, "; ")
	}
	return fmt.Sprintf("exit status %d, %.2fs", r.ExitStatus, r.Seconds)
}

// Run runs the program under both modes, in parallel. Errors are failures of handson (no
// binary, no temporary directory, a cancelled context); whatever the program does is in
// the Result.
func Run(ctx context.Context, req Request, opts checker.Options) (*Result, error) {
	if req.Modes[0].Name == "" || req.Modes[1].Name == "" {
		panic("BUG: sidebyside.Run without two modes")
	}
	res := &Result{Program: req.Program.Name, Args: req.Args, Modes: req.Modes}
	var errs [2]error
	var runs [2]*checker.Run
	done := make(chan int, 2)
	for i := range 2 {
		go func() {
			runs[i], errs[i] = checker.Exec(ctx, req.Modes[i], req.Program,
				checker.Invocation{Args: req.Args, MaxOpenFiles: req.MaxOpenFiles}, opts)
			done <- i
		}()
	}
	<-done
	<-done
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for i, r := range runs {
		res.Sides[i] = sideOf(r)
	}
	return res, nil
}
