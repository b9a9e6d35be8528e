// This file defines `handson watch [NAME]`: check an exercise again each time its file is
// saved. It polls the files' contents, so it works on every file system, network drives
// and WSL included, where change notifications are missed.

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/workspace"
)

func newWatchCommand(stdout, stderr io.Writer) *cobra.Command {
	var flags checkFlags
	var interval time.Duration
	cmd := &cobra.Command{
		Use:   "watch [NAME]",
		Short: "Check an exercise again each time you save it (all of them without NAME)",
		Long: "Watch exercise files in the workspace and check one again as soon as it is saved with\n" +
			"new content. With NAME, that exercise only; without, every exercise, starting with a\n" +
			"check of the one you are on. It reads the files every --interval, which works on every\n" +
			"file system. Ctrl-C stops it.",
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeExercises,
		RunE: func(cmd *cobra.Command, args []string) error {
			if interval <= 0 {
				return fmt.Errorf("--interval %s: give a positive duration, such as 500ms", interval)
			}
			app, err := newCourseApp(stdout, stderr, flags.style)
			if err != nil {
				return err
			}
			if _, err := app.needWorkspace(); err != nil {
				return err
			}
			targets := app.course.Exercises
			var first *course.Exercise
			if len(args) == 1 {
				e, err := app.exercise(args[0])
				if err != nil {
					return err
				}
				targets, first = []*course.Exercise{e}, e
			} else if step, ok := app.nextStep(); ok && step.Kind == course.PassExercise {
				first = step.Exercise
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return app.watch(ctx, targets, first, flags, interval)
		},
	}
	f := cmd.Flags()
	f.DurationVar(&interval, "interval", 500*time.Millisecond, "how often to look at the files")
	f.DurationVar(&flags.timeout, "timeout", 0, "time limit of each run (default: the exercise's)")
	addStyleFlag(cmd, &flags.style)
	return cmd
}

// watch polls the targets' files until ctx ends. A file is checked once its new content has
// been the same for two polls in a row, so that a save caught half-way is not checked.
func (a *courseApp) watch(ctx context.Context, targets []*course.Exercise, first *course.Exercise, flags checkFlags, interval time.Duration) error {
	p := a.painter()
	seen := map[string]string{}    // slug -> hash of the content last checked (or found)
	pending := map[string]string{} // slug -> hash of new content waiting for a second look
	for _, e := range targets {
		seen[e.Slug] = fileHash(a.ws.ExercisePath(e))
	}
	what := "your exercise files"
	if len(targets) == 1 {
		what = targets[0].File
	}
	fmt.Fprintf(a.stdout, "Watching %s: save to check again. Ctrl-C stops.\n\n", what)
	if first != nil {
		if err := a.watchCheck(ctx, first, flags); err != nil {
			return err
		}
	}
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(a.stdout, "Stopped watching.")
			return nil
		case <-ticker.C:
		}
		for _, e := range targets {
			h := fileHash(a.ws.ExercisePath(e))
			switch {
			case h == seen[e.Slug]:
				delete(pending, e.Slug)
			case h != pending[e.Slug]:
				pending[e.Slug] = h // changed: look again at the next tick
			default:
				delete(pending, e.Slug)
				seen[e.Slug] = h
				if h == "" {
					fmt.Fprintf(a.stdout, "%s is gone; handson reset %s brings it back.\n", e.File, e.Slug)
					continue
				}
				fmt.Fprintf(a.stdout, "%s\n\n", p.Dim(fmt.Sprintf("--- %s saved at %s ---", e.File, a.now().Format("15:04:05"))))
				if err := a.watchCheck(ctx, e, flags); err != nil {
					return err
				}
			}
		}
	}
}

// watchCheck checks one exercise for watch; a cancelled check ends the watch quietly.
func (a *courseApp) watchCheck(ctx context.Context, e *course.Exercise, flags checkFlags) error {
	_, err := a.check(ctx, e, flags, false)
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		// A file that cannot be read now may be readable after the next save.
		fmt.Fprintf(a.stderr, "handson: %v\n", err)
	}
	fmt.Fprintln(a.stdout)
	return nil
}

// fileHash is the hash of a file's content, "" when it cannot be read.
func fileHash(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return workspace.Hash(data)
}
