// This file defines the commands that work on one exercise besides check: hint, solution,
// reset and diff.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/linediff"
)

func newHintCommand(stdout, stderr io.Writer) *cobra.Command {
	var style string
	var level int
	cmd := &cobra.Command{
		Use:   "hint NAME",
		Short: "Show the next hint for an exercise (one level more each time)",
		Long: "Hints come in levels, from a nudge to nearly the answer. Each call shows one level more\n" +
			"than you have seen; --level N shows a level you have already seen again.",
		Args:              oneExercise("hint"),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, style)
			if err != nil {
				return err
			}
			e, err := app.exercise(args[0])
			if err != nil {
				return err
			}
			return app.showHint(e, level)
		},
	}
	cmd.Flags().IntVar(&level, "level", 0, "show this level (one you have seen, or the next)")
	addStyleFlag(cmd, &style)
	return cmd
}

// showHint prints a hint level: the next one by default.
func (a *courseApp) showHint(e *course.Exercise, level int) error {
	shown := 0
	if a.ws != nil {
		shown = a.ws.Exercise(e).HintsShown
	}
	switch {
	case level == 0:
		level = min(shown+1, len(e.Hints))
	case level < 1 || level > len(e.Hints):
		return fmt.Errorf("%s has hint levels 1 to %d", e.Slug, len(e.Hints))
	case level > shown+1:
		return fmt.Errorf("one level at a time: you have seen %d of %d hints for %s; handson hint %s shows level %d",
			shown, len(e.Hints), e.Slug, e.Slug, shown+1)
	}
	if a.ws != nil && level > shown {
		a.ws.Exercise(e).HintsShown = level
		a.saveProgress()
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "**Hint %d of %d for %s**\n\n%s\n\n", level, len(e.Hints), e.Slug, e.Hints[level-1])
	switch {
	case level < len(e.Hints):
		fmt.Fprintf(&sb, "Still stuck? `handson hint %s` gives a stronger one.\n", e.Slug)
	case e.Kind == course.KindFix:
		fmt.Fprintf(&sb, "That was the last hint. `handson solution %s` shows a solution, when you want it.\n", e.Slug)
	}
	return a.markdown(sb.String())
}

func newSolutionCommand(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "solution NAME",
		Short: "Print a solution of an exercise",
		Long: "Print the course's solution of an exercise, as plain Python, so that it can be saved\n" +
			"(handson solution gc0 > gc0_solution.py). Notes go to stderr.",
		Args:              oneExercise("solution"),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, "")
			if err != nil {
				return err
			}
			e, err := app.exercise(args[0])
			if err != nil {
				return err
			}
			if app.ws != nil && e.Kind == course.KindFix {
				ep := app.ws.Exercise(e)
				if !ep.Passed {
					fmt.Fprintf(stderr, "You have not passed %s yet. Here is a solution; reading it is fine, "+
						"but typing your own fix is how it sticks (handson hint %s, level %d of %d, is one step before this).\n\n",
						e.Slug, e.Slug, min(ep.HintsShown+1, len(e.Hints)), len(e.Hints))
				}
				ep.SolutionShown = true
				app.saveProgress()
			}
			_, err = stdout.Write(e.Solution)
			return err
		},
	}
}

func newResetCommand(stdout, stderr io.Writer) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reset NAME | --all",
		Short: "Put an exercise back as it was shipped (your version is kept as a backup)",
		Long: "Put an exercise file back as the course ships it. Your version is first copied to\n" +
			".handson/backups/ in the workspace, so nothing is lost. Your progress is kept.",
		Args: func(cmd *cobra.Command, args []string) error {
			if all {
				if len(args) > 0 {
					return fmt.Errorf("reset --all takes no exercise name")
				}
				return nil
			}
			return oneExercise("reset")(cmd, args)
		},
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, "")
			if err != nil {
				return err
			}
			ws, err := app.needWorkspace()
			if err != nil {
				return err
			}
			targets := app.course.Exercises
			if !all {
				e, err := app.exercise(args[0])
				if err != nil {
					return err
				}
				targets = []*course.Exercise{e}
			}
			for _, e := range targets {
				backup, err := ws.Reset(e, app.now())
				if err != nil {
					return err
				}
				if backup == "" {
					fmt.Fprintf(stdout, "%s is as shipped.\n", e.File)
					continue
				}
				fmt.Fprintf(stdout, "%s is as shipped again; your version is in %s.\n", e.File, relTo(app.cwd, backup))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "reset every exercise")
	return cmd
}

func newDiffCommand(stdout, stderr io.Writer) *cobra.Command {
	var style string
	cmd := &cobra.Command{
		Use:               "diff NAME",
		Short:             "Show your changes to an exercise, against the file as shipped",
		Args:              oneExercise("diff"),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, style)
			if err != nil {
				return err
			}
			e, err := app.exercise(args[0])
			if err != nil {
				return err
			}
			ws, err := app.needWorkspace()
			if err != nil {
				return err
			}
			mine, err := os.ReadFile(ws.ExercisePath(e))
			if err != nil {
				if os.IsNotExist(err) {
					return fmt.Errorf("%s is missing from your workspace: handson reset %s brings it back", e.File, e.Slug)
				}
				return err
			}
			d := linediff.Unified(string(e.Original), string(mine), e.File+" (as shipped)", e.File+" (yours)", 3)
			if d == "" {
				fmt.Fprintf(stdout, "No changes: %s is as shipped.\n", e.File)
				return nil
			}
			_, err = io.WriteString(stdout, app.painter().Diff(d))
			return err
		},
	}
	addStyleFlag(cmd, &style)
	return cmd
}
