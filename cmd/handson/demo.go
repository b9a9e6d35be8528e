// This file defines `handson demo FILE [ARGS]`: one program under CPython mode and PyPy
// mode, side by side, with the differences marked.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/sidebyside"
)

// demoFlags are the flags of `handson demo`.
type demoFlags struct {
	modes        string
	timeout      time.Duration
	maxOpenFiles int
	style        string
}

func newDemoCommand(stdout, stderr io.Writer) *cobra.Command {
	var flags demoFlags
	defaults := sidebyside.DefaultModes()
	cmd := &cobra.Command{
		Use:   "demo FILE [ARGS...]",
		Short: "Run a program under CPython mode and PyPy mode and show both side by side",
		Long: "Run a Python 2.7 program twice, each time in a fresh empty directory: in CPython mode and\n" +
			"in PyPy mode (or the two modes --modes names). Shows what each run printed, line beside\n" +
			"line, then the files each left behind as they were after the program ended, then the\n" +
			"files the program did not close itself. The gutter marks each line: │ the same, ≠\n" +
			"different, < or > only on one side.\n\n" +
			"FILE may also name an exercise (gc0, html_fibo.py, ...): when there is no such file\n" +
			"here, the course's own copy of the exercise runs.",
		Args:              needsProgram("demo", "handson demo prog.py, or an exercise: handson demo gc0"),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			modes, err := sidebyside.ParseModes(flags.modes)
			if err != nil {
				return err
			}
			if flags.timeout < 0 || flags.maxOpenFiles < 0 {
				return fmt.Errorf("--timeout and --max-open-files take positive values")
			}
			app, err := newCourseApp(stdout, stderr, flags.style)
			if err != nil {
				return err
			}
			prog, fromCourse, err := demoProgram(app.course, args[0])
			if err != nil {
				return err
			}
			if fromCourse != nil {
				fmt.Fprintf(stderr, "(there is no %s here: showing the course's own %s)\n", args[0], fromCourse.File)
				if flags.maxOpenFiles == 0 {
					flags.maxOpenFiles = fromCourse.MaxOpenFiles
				}
			}
			exe, err := os.Executable()
			if err != nil {
				return fmt.Errorf("can't find the handson binary to run the program with: %w", err)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			res, err := sidebyside.Run(ctx, sidebyside.Request{
				Program: prog, Args: args[1:], MaxOpenFiles: flags.maxOpenFiles, Modes: modes,
			}, checker.Options{Executable: exe, Env: os.Environ(), Timeout: flags.timeout})
			if ctx.Err() != nil {
				fmt.Fprintln(stderr, "handson: demo stopped")
				return exitError{code: 130}
			}
			if err != nil {
				return err
			}
			_, err = io.WriteString(stdout, sidebyside.Format(res, sidebyside.Options{
				Width: app.term.Width, Painter: app.painter(),
			}))
			return err
		},
	}
	f := cmd.Flags()
	f.SetInterspersed(false) // everything after FILE is the program's
	f.StringVar(&flags.modes, "modes", defaults[0]+","+defaults[1], "the two modes to compare: cpython, pypy, gc-stress or gc-no-auto")
	f.DurationVar(&flags.timeout, "timeout", 0, "time limit of each run (default 20s)")
	f.IntVar(&flags.maxOpenFiles, "max-open-files", 0, "cap the files the program may hold open (0: no cap, or the exercise's)")
	addStyleFlag(cmd, &flags.style)
	_ = cmd.RegisterFlagCompletionFunc("modes", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"cpython,pypy", "pypy,gc-stress", "cpython,gc-stress", "pypy,gc-no-auto"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// demoProgram reads the program to show: the file at path, or, when there is none, the
// exercise path names (returned too, so the caller can say so).
func demoProgram(c *course.Course, path string) (checker.Program, *course.Exercise, error) {
	src, err := os.ReadFile(path)
	if err == nil {
		return checker.Program{Name: filepath.Base(path), Source: src}, nil, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return checker.Program{}, nil, fmt.Errorf("can't read %s: %v", path, unwrapPathError(err))
	}
	slug := path
	if filepath.Ext(slug) == ".py" {
		slug = slug[:len(slug)-3]
	}
	if e, ok := c.Exercise(slug); ok && filepath.Base(path) == path {
		return checker.Program{Name: e.File, Source: e.Original}, e, nil
	}
	return checker.Program{}, nil, fmt.Errorf("can't open file '%s': no such file (nor an exercise of that name; handson list shows them)", path)
}
