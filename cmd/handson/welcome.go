// This file defines what `handson` alone prints: a welcome, the course map with the
// learner's progress, and what to do next.

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
)

// setWelcome makes the root command, run without a subcommand, show the welcome.
func setWelcome(root *cobra.Command, stdout, stderr io.Writer) {
	var style string
	addStyleFlag(root, &style)
	root.Args = cobra.NoArgs
	root.RunE = func(cmd *cobra.Command, args []string) error {
		app, err := newCourseApp(stdout, stderr, style)
		if err != nil {
			return err
		}
		return app.markdown(app.welcome())
	}
}

// welcome is the markdown of the welcome screen.
func (a *courseApp) welcome() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s\n\n", a.course.Title)
	if a.ws == nil {
		sb.WriteString("Welcome! This course shows how PyPy works by running Python 2.7 programs the way " +
			"CPython runs them and the way PyPy runs them, side by side. You read short lessons, run " +
			"small programs, and fix them until `handson check` says they behave the same under every " +
			"garbage collector. Everything is inside this one program: no Python or PyPy to install.\n\n")
	} else {
		fmt.Fprintf(&sb, "Welcome back. Your workspace is `%s`.\n\n", a.ws.Dir)
	}
	sb.WriteString("## Course map\n\n")
	sb.WriteString(a.courseMap())
	if a.ws != nil {
		sb.WriteString("\n" + a.progressLine() + "\n")
		if changed := a.changedExercises(); changed != "" {
			sb.WriteString("\n" + changed + "\n")
		}
	}
	sb.WriteString("\n" + a.nextAdvice())
	if hs := a.invocation(); hs != "handson" {
		fmt.Fprintf(&sb, "\nThe lessons write `handson`; from here that is `%s`. "+
			"(`go install ./cmd/handson` in the handson checkout puts it on your PATH.)\n", hs)
	}
	sb.WriteString("\n`handson help` lists every command.\n")
	return sb.String()
}

// courseMap lists the lessons in order with their exercises, marking what is done.
func (a *courseApp) courseMap() string {
	var sb strings.Builder
	next, hasNext := a.nextStep()
	for _, l := range a.course.Lessons {
		mark := ""
		if a.ws != nil && a.ws.Read(l) {
			mark = " (read)"
		}
		if hasNext && a.ws != nil && next.Kind == course.ReadLesson && next.Lesson == l {
			mark = " **(next)**"
		}
		fmt.Fprintf(&sb, "%d. **%s**: `handson lesson %s`, %d min%s\n", l.Number, l.Title, l.Slug, l.Minutes, mark)
		if len(l.Exercises) > 0 {
			parts := make([]string, len(l.Exercises))
			for i, e := range l.Exercises {
				parts[i] = a.exerciseMark(e, hasNext && next.Kind == course.PassExercise && next.Exercise == e)
			}
			fmt.Fprintf(&sb, "   - exercises: %s\n", strings.Join(parts, ", "))
		}
	}
	return sb.String()
}

// exerciseMark names an exercise with its state.
func (a *courseApp) exerciseMark(e *course.Exercise, isNext bool) string {
	s := "`" + e.Slug + "`"
	switch {
	case a.ws == nil:
	case a.ws.Passed(e):
		s += " (passed)"
	case isNext:
		s += " **(next)**"
	}
	return s
}

// progressLine sums up the learner's progress, with a bar.
func (a *courseApp) progressLine() string {
	read, passed := 0, 0
	for _, l := range a.course.Lessons {
		if a.ws.Read(l) {
			read++
		}
	}
	for _, e := range a.course.Exercises {
		if a.ws.Passed(e) {
			passed++
		}
	}
	done := read + passed
	total := len(a.course.Lessons) + len(a.course.Exercises)
	const width = 20
	filled := done * width / total
	bar := strings.Repeat("#", filled) + strings.Repeat("-", width-filled)
	return fmt.Sprintf("Progress: `[%s]` %d%%: %d of %d lessons read, %d of %d exercises passed.",
		bar, done*100/total, read, len(a.course.Lessons), passed, len(a.course.Exercises))
}

// changedExercises tells about exercises this version of handson ships differently from
// the workspace's copy, and about exercises the workspace does not have yet.
func (a *courseApp) changedExercises() string {
	var changed, missing []string
	for _, e := range a.course.Exercises {
		ep := a.ws.Progress.Exercises[e.Slug]
		switch {
		case ep == nil:
			missing = append(missing, "`"+e.Slug+"`")
		case a.ws.Changed(e):
			changed = append(changed, "`"+e.Slug+"`")
		}
	}
	var sb strings.Builder
	if len(missing) > 0 {
		fmt.Fprintf(&sb, "New in this version of the course: %s. `handson init %s` adds them without touching your files.\n",
			strings.Join(missing, ", "), a.ws.Dir)
	}
	if len(changed) > 0 {
		fmt.Fprintf(&sb, "Changed in this version of the course: %s. Your copies are as you left them; "+
			"`handson reset NAME` takes the new version (and keeps yours in .handson/backups/).\n", strings.Join(changed, ", "))
	}
	return sb.String()
}
