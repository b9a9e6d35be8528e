// This file defines `handson check NAME [--file F] [--json]`: run a program in every mode,
// print a verdict per mode, the first mismatch and the next hint, and record the outcome.

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/linediff"
)

// checkFlags are the flags of `handson check`.
type checkFlags struct {
	file    string
	asJSON  bool
	timeout time.Duration
	style   string
}

// Output limits of the human check report.
const (
	maxDiffLines   = 40
	maxStderrLines = 12
)

func newCheckCommand(stdout, stderr io.Writer) *cobra.Command {
	var flags checkFlags
	cmd := &cobra.Command{
		Use:   "check NAME [--file F] [--json]",
		Short: "Run your fix of an exercise under every collector and say what differs",
		Long: "Run the exercise's program (your copy in the workspace, or --file F) four times, each in a\n" +
			"fresh empty directory: in CPython mode, in PyPy mode, in PyPy mode collecting at every safe\n" +
			"point, and in PyPy mode never collecting before exit. It passes when every run prints the\n" +
			"expected output, leaves the expected files, and closes every file it opens.\n\n" +
			"Prints a verdict per mode, the first difference as a diff, and the next hint. Exit status\n" +
			"0 when it passes, 1 when it does not.",
		Args:              oneExercise("check"),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			if flags.timeout < 0 {
				return fmt.Errorf("--timeout %s: give a positive duration, such as 30s", flags.timeout)
			}
			app, err := newCourseApp(stdout, stderr, flags.style)
			if err != nil {
				return err
			}
			e, err := app.exercise(args[0])
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			passed, err := app.check(ctx, e, flags, true)
			if ctx.Err() != nil {
				fmt.Fprintln(stderr, "handson: check stopped")
				return exitError{code: 130}
			}
			if err != nil {
				return err
			}
			if !passed {
				return exitError{code: 1}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&flags.file, "file", "", "check this file instead of your copy in the workspace")
	f.BoolVar(&flags.asJSON, "json", false, "print the result as JSON (for graders and editors)")
	f.DurationVar(&flags.timeout, "timeout", 0, "time limit of each run (default: the exercise's, usually 20s)")
	addStyleFlag(cmd, &flags.style)
	return cmd
}

// checkJSON is what `handson check --json` prints.
type checkJSON struct {
	*checker.Result
	Hint *hintJSON `json:"hint,omitempty"`
}

type hintJSON struct {
	Level int    `json:"level"`
	Of    int    `json:"of"`
	Text  string `json:"text"`
}

// check checks the learner's program for e and prints the result. advanceHint says whether
// a failing check may reveal the next hint level (watch shows the current one instead).
func (a *courseApp) check(ctx context.Context, e *course.Exercise, flags checkFlags, advanceHint bool) (bool, error) {
	path := flags.file
	inWorkspace := false
	if path == "" {
		ws, err := a.needWorkspace()
		if err != nil {
			return false, fmt.Errorf("%v (or give a file: handson check %s --file F)", err, e.Slug)
		}
		path = ws.ExercisePath(e)
		inWorkspace = true
	} else if a.ws != nil {
		abs, err := filepath.Abs(path)
		inWorkspace = err == nil && abs == a.ws.ExercisePath(e)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) && flags.file == "" {
			return false, fmt.Errorf("%s is missing from your workspace: handson reset %s brings it back", e.File, e.Slug)
		}
		return false, fmt.Errorf("can't read %s: %v", path, unwrapPathError(err))
	}
	exe, err := os.Executable()
	if err != nil {
		return false, fmt.Errorf("can't find the handson binary to run the program with: %w", err)
	}
	res, err := checker.Check(ctx, e, checker.Program{Name: programName(e, path), Source: src}, checker.Options{
		Executable: exe,
		Env:        os.Environ(),
		Timeout:    flags.timeout,
	})
	if err != nil {
		return false, err
	}

	hint := a.hintFor(e, res.Passed, inWorkspace && advanceHint && !flags.asJSON)
	if inWorkspace {
		verdict := "passed"
		if !res.Passed {
			verdict = fmt.Sprintf("failed in %d of %d modes", failedRuns(res), len(res.Runs))
		}
		a.ws.RecordCheck(e, res.Passed, verdict, a.now())
		a.saveProgress()
	}
	if flags.asJSON {
		return res.Passed, writeJSON(a.stdout, checkJSON{Result: res, Hint: hint})
	}
	a.printCheck(e, res, hint, inWorkspace)
	return res.Passed, nil
}

// programName is the file name the program runs under: the learner's own file name, so that
// tracebacks and reports name it, unless that would clash with a file the program writes.
func programName(e *course.Exercise, path string) string {
	name := filepath.Base(path)
	if _, clash := e.Expect.Files[name]; clash || strings.HasPrefix(name, ".") {
		return e.File
	}
	return name
}

func failedRuns(res *checker.Result) int {
	n := 0
	for _, r := range res.Runs {
		if !r.Passed {
			n++
		}
	}
	return n
}

// hintFor picks the hint a failing check shows: the next level not shown yet (recording it
// when advance is set), or the last one when all have been shown. Outside a workspace it is
// the first.
func (a *courseApp) hintFor(e *course.Exercise, passed, advance bool) *hintJSON {
	if passed {
		return nil
	}
	level := 1
	if a.ws != nil {
		ep := a.ws.Exercise(e)
		level = min(ep.HintsShown+1, len(e.Hints))
		if !advance && ep.HintsShown > 0 {
			level = min(ep.HintsShown, len(e.Hints))
		}
		if advance && level > ep.HintsShown {
			ep.HintsShown = level
		}
	}
	return &hintJSON{Level: level, Of: len(e.Hints), Text: e.Hints[level-1]}
}

// printCheck prints the human report of a check.
func (a *courseApp) printCheck(e *course.Exercise, res *checker.Result, hint *hintJSON, inWorkspace bool) {
	p := a.painter()
	w := a.stdout
	// In a terminal long lines are wrapped under their column; piped, each verdict stays on
	// one line, for scripts and graders that read it.
	width := a.term.Width
	if !a.term.IsTerminal {
		width = 1 << 20
	}
	fmt.Fprintf(w, "%s, exercise %s, in %d modes:\n\n", res.File, e.Slug, len(res.Runs))
	nameWidth := 0
	for _, r := range res.Runs {
		nameWidth = max(nameWidth, len(r.Mode))
	}
	for _, r := range res.Runs {
		word := p.Good("PASS")
		if !r.Passed {
			word = p.Bad("FAIL")
		}
		verdict := r.Verdict
		if r.SameAs != "" && !r.Passed {
			verdict = "same output as " + r.SameAs + "; " + verdict
		}
		prefix := fmt.Sprintf("  %-*s  %s  %5.2fs  ", nameWidth, r.Mode, word, r.Seconds)
		indent := 2 + nameWidth + 2 + 4 + 2 + 6 + 2
		fmt.Fprintln(w, prefix+wrapText(verdict, width-indent, strings.Repeat(" ", indent)))
		for _, note := range r.Notes {
			fmt.Fprintln(w, strings.Repeat(" ", indent)+p.Warn("note: ")+wrapText(note, width-indent-6, strings.Repeat(" ", indent+6)))
		}
	}
	fmt.Fprintln(w)
	if res.FirstMismatch != nil {
		fmt.Fprintf(w, "First mismatch: %s under %s (- expected, + what the program did):\n\n", res.FirstMismatch.What, res.FirstMismatch.Mode)
		fmt.Fprint(w, indentLines(p.Diff(clipLines(res.FirstMismatch.Diff, maxDiffLines, "(%d more lines; handson check --json has the whole diff)")), "  "))
		fmt.Fprintln(w)
	}
	if r := firstStopped(res); r != nil && strings.TrimSpace(r.Stderr) != "" {
		fmt.Fprintf(w, "What the program printed on stderr under %s (the end of it):\n\n", r.Mode)
		fmt.Fprint(w, indentLines(tailLines(r.Stderr, maxStderrLines), "  "))
		fmt.Fprintln(w)
	}
	if res.Passed {
		a.printPassed(e, inWorkspace)
		return
	}
	if hint != nil {
		more := ""
		if hint.Level < hint.Of {
			more = fmt.Sprintf("; handson hint %s shows the next", e.Slug)
		} else {
			more = fmt.Sprintf("; that is the last one, handson solution %s shows a solution", e.Slug)
		}
		fmt.Fprintf(w, "%s (%d of %d%s):\n", p.Bold("Hint"), hint.Level, hint.Of, more)
		fmt.Fprintln(w, "  "+wrapText(plainMarkdown(hint.Text), min(width, a.term.Width)-2, "  "))
		fmt.Fprintln(w)
	}
	passedRuns := len(res.Runs) - failedRuns(res)
	fmt.Fprintf(w, "%s: %d of %d modes passed. Change %s and check again", p.Bad("Not yet"), passedRuns, len(res.Runs), res.File)
	if inWorkspace {
		fmt.Fprintf(w, ", or let handson watch %s do it each time you save", e.Slug)
	}
	fmt.Fprintln(w, ".")
}

// printPassed congratulates and says what comes next.
func (a *courseApp) printPassed(e *course.Exercise, inWorkspace bool) {
	p := a.painter()
	if e.Kind == course.KindReference {
		fmt.Fprintf(a.stdout, "%s: %s behaves the same under every collector, as a reference run should.\n", p.Good("Passed"), e.File)
	} else {
		fmt.Fprintf(a.stdout, "%s: %s behaves the same under every collector and closes every file it opens. Well done!\n", p.Good("Passed"), e.File)
	}
	if !inWorkspace {
		return
	}
	step, ok := a.nextStep()
	hs := a.invocation()
	switch {
	case !ok:
		fmt.Fprintf(a.stdout, "That was the last step: you have finished the course. %s status sums it up.\n", hs)
	case step.Kind == course.ReadLesson:
		fmt.Fprintf(a.stdout, "Next: %s lesson %s (%s).\n", hs, step.Lesson.Slug, step.Lesson.Title)
	default:
		fmt.Fprintf(a.stdout, "Next: %s check %s (%s).\n", hs, step.Exercise.Slug, plainMarkdown(step.Exercise.Summary))
	}
}

// firstStopped is the first run that failed by exiting badly, if any.
func firstStopped(res *checker.Result) *checker.Run {
	for _, r := range res.Runs {
		for _, p := range r.Problems {
			switch p.Kind {
			case checker.ProblemExit, checker.ProblemCrash, checker.ProblemTimeout:
				return r
			}
		}
	}
	return nil
}

// wrapText breaks text into lines of at most width columns at spaces; lines after the first
// start with indent.
func wrapText(text string, width int, indent string) string {
	width = max(width, 20)
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) > width:
			lines = append(lines, line)
			line = word
		default:
			line += " " + word
		}
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n"+indent)
}

// indentLines puts prefix before every line.
func indentLines(s, prefix string) string {
	lines := linediff.SplitLines(s)
	for i, l := range lines {
		lines[i] = prefix + l
	}
	out := strings.Join(lines, "")
	if out != "" && !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	return out
}

// clipLines keeps the first n lines of s, saying how many were left out.
func clipLines(s string, n int, more string) string {
	lines := linediff.SplitLines(s)
	if len(lines) <= n {
		return s
	}
	return strings.Join(lines[:n], "") + fmt.Sprintf(more, len(lines)-n) + "\n"
}

// tailLines keeps the last n lines of s.
func tailLines(s string, n int) string {
	lines := linediff.SplitLines(strings.TrimRight(s, "\n") + "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "")
}

// plainMarkdown drops the backquotes of inline code, for text printed without rendering.
func plainMarkdown(s string) string {
	return strings.ReplaceAll(s, "`", "")
}
