// This file defines `handson doctor`: checks that everything the course needs works here,
// and says what to do about what does not.

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sys/unix"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/course"
)

// doctorFinding is one line of the doctor's report.
type doctorFinding struct {
	level string // "ok", "note" or "FAIL"
	text  string
}

func newDoctorCommand(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check that handson works on this machine, and say what to fix if not",
		Long: "Check the course content, that handson can run programs the way check does (in every\n" +
			"mode, in temporary directories), the workspace and its progress file, the terminal, and\n" +
			"the open-files limit. Exit status 1 when something the course needs is broken.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// The course failing to load is the doctor's first finding, not a usage error.
			app, err := newCourseApp(stdout, stderr, "")
			if err != nil {
				fmt.Fprintf(stdout, "FAIL  %v\n", err)
				return exitError{code: 1}
			}
			failed := false
			p := app.painter()
			for _, f := range app.doctor(cmd.Context()) {
				var word string
				switch f.level {
				case "ok":
					word = p.Good("ok  ")
				case "note":
					word = p.Warn("note")
				default:
					word = p.Bad("FAIL")
					failed = true
				}
				fmt.Fprintf(stdout, "%s  %s\n", word, f.text)
			}
			if failed {
				return exitError{code: 1}
			}
			fmt.Fprintln(stdout, "\nAll good.")
			return nil
		},
	}
}

// doctor runs the checks, in the order a learner needs them.
func (a *courseApp) doctor(ctx context.Context) []doctorFinding {
	c := a.course
	var out []doctorFinding
	add := func(level, format string, args ...any) {
		out = append(out, doctorFinding{level, fmt.Sprintf(format, args...)})
	}
	exe, err := os.Executable()
	if err != nil {
		add("FAIL", "cannot find the handson binary itself (%v); check runs programs with it", err)
		return out
	}
	add("ok", "handson %s at %s", version, exe)
	add("ok", "course %q version %d: %d lessons, %d exercises, built in", c.Title, c.Version, len(c.Lessons), len(c.Exercises))

	// Run a reference exercise exactly as check does: this exercises the interpreter in
	// every mode, the temporary directories, the reports and the resource tracking.
	var ref *course.Exercise
	for _, e := range c.Exercises {
		if e.Kind == course.KindReference {
			ref = e
			break
		}
	}
	if ref != nil {
		start := time.Now()
		res, err := checker.Check(ctx, ref, checker.Program{Name: ref.File, Source: ref.Original}, checker.Options{
			Executable: exe, Env: os.Environ(), Timeout: ref.Timeout,
		})
		switch {
		case err != nil:
			add("FAIL", "cannot run programs the way check does: %v (is %s writable?)", err, os.TempDir())
		case !res.Passed:
			for _, r := range res.Runs {
				if !r.Passed {
					add("FAIL", "the reference run %s fails in %s mode: %s", ref.Slug, r.Mode, r.Verdict)
				}
			}
		default:
			add("ok", "check works: %s passes in all %d modes (%.1fs)", ref.Slug, len(res.Runs), time.Since(start).Seconds())
		}
	}

	if a.ws == nil {
		add("note", "not in a workspace; %s init makes one", a.invocation())
	} else {
		missing := 0
		for _, e := range c.Exercises {
			if _, err := os.Stat(a.ws.ExercisePath(e)); err != nil {
				missing++
			}
		}
		if missing > 0 {
			add("note", "workspace %s lacks %d exercise files; handson init adds them back", a.ws.Dir, missing)
		} else {
			add("ok", "workspace %s, progress in %s", a.ws.Dir, filepath.Join(".handson", "progress.json"))
		}
		probe := filepath.Join(a.ws.Dir, ".handson", ".doctor-probe")
		if err := os.WriteFile(probe, nil, 0o644); err != nil {
			add("FAIL", "cannot write in the workspace (%v): progress would not be saved", err)
		} else {
			os.Remove(probe)
		}
	}

	t := a.term
	switch {
	case !t.IsTerminal:
		add("ok", "output is not a terminal: lessons print as plain text, %d columns", t.Width)
	case t.NoColor:
		add("ok", "terminal, %d columns; NO_COLOR or TERM=dumb is set, so lessons print as plain text", t.Width)
	case t.Forced:
		add("ok", "not a terminal, but CLICOLOR_FORCE asks for colours: %d columns; style %s", t.Width, a.renderOptions().Style)
	default:
		add("ok", "terminal, %d columns; style %s (--style or HANDSON_STYLE: auto, dark, light, plain)", t.Width, a.renderOptions().Style)
	}

	var lim unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &lim); err == nil {
		if lim.Cur < 256 {
			add("note", "this shell may open only %d files at once (ulimit -n); the exercises need few, but your own programs may need more", lim.Cur)
		} else {
			add("ok", "open files limit %d (ulimit -n)", lim.Cur)
		}
	}
	return out
}
