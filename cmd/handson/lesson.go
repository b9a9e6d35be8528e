// This file defines `handson lesson [NAME]`: a lesson rendered for the terminal, recorded
// as read in the workspace.

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
)

func newLessonCommand(stdout, stderr io.Writer) *cobra.Command {
	var style string
	var raw, listCommands bool
	var run int
	cmd := &cobra.Command{
		Use:   "lesson [NAME]",
		Short: "Read a lesson (the next one when no NAME is given)",
		Long: "Read a lesson in the terminal. Without NAME, the next lesson you have not read.\n" +
			"Output is plain text when it is not a terminal or NO_COLOR is set.",
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeLessons,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, style)
			if err != nil {
				return err
			}
			var l *course.Lesson
			if len(args) == 1 {
				if l, err = app.lesson(args[0]); err != nil {
					return err
				}
			} else {
				l = app.nextLesson()
			}
			switch {
			case raw:
				_, err := io.WriteString(stdout, l.Body)
				return err
			case listCommands:
				return app.listLessonCommands(l)
			case run != 0:
				return app.runLessonCommand(cmd.Context(), l, run)
			}
			if app.ws != nil {
				app.ws.MarkRead(l, app.now())
				app.saveProgress()
			}
			return app.markdown(app.lessonPage(l))
		},
	}
	addStyleFlag(cmd, &style)
	cmd.Flags().BoolVar(&raw, "raw", false, "print the lesson's markdown source")
	cmd.Flags().BoolVar(&listCommands, "commands", false, "list the commands the lesson shows, numbered for --run")
	cmd.Flags().IntVar(&run, "run", 0, "run the lesson's command number N in the current directory (see --commands)")
	return cmd
}

// nextLesson is the first lesson not read yet, else the lesson of the next exercise to
// pass, else the first lesson.
func (a *courseApp) nextLesson() *course.Lesson {
	if a.ws != nil {
		for _, l := range a.course.Lessons {
			if !a.ws.Read(l) {
				return l
			}
		}
		if step, ok := a.nextStep(); ok && step.Kind == course.PassExercise {
			return step.Exercise.After
		}
	}
	return a.course.Lessons[0]
}

// lessonPage is a lesson as shown: a line saying where it is in the course, the lesson, and
// a footer with its exercises and what to do next.
func (a *courseApp) lessonPage(l *course.Lesson) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "*Lesson %d of %d, about %d minutes.*\n\n", l.Number, len(a.course.Lessons), l.Minutes)
	sb.WriteString(l.Body)
	sb.WriteString("\n\n---\n\n")
	if len(l.Exercises) > 0 {
		sb.WriteString("**Exercises of this lesson:**\n\n")
		for _, e := range l.Exercises {
			fmt.Fprintf(&sb, "- `%s`: %s. `handson check %s`", e.File, e.Summary, e.Slug)
			if a.ws != nil && a.ws.Passed(e) {
				sb.WriteString(" (passed)")
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
	if len(lessonCommands(l)) > 0 {
		fmt.Fprintf(&sb, "The commands above can be run from here: `handson lesson %s --commands` numbers them, `--run N` runs one.\n\n", l.Slug)
	}
	if a.ws != nil {
		sb.WriteString(a.nextAdvice())
	} else if l.Number < len(a.course.Lessons) {
		next := a.course.Lessons[l.Number]
		fmt.Fprintf(&sb, "**Next lesson:** *%s*, `handson lesson %s`. To run the exercises and keep your progress, make a workspace first: `%s init`.\n",
			next.Title, next.Slug, a.invocation())
	}
	return sb.String()
}

// lessonCommands returns the commands of a lesson's shell blocks, in order, leaving out the
// cd lines (which only make sense typed in the learner's own shell).
func lessonCommands(l *course.Lesson) []string {
	var out []string
	for _, b := range l.Blocks() {
		if b.Info != "sh" {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(b.Text), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "cd ") {
				out = append(out, line)
			}
		}
	}
	return out
}

func (a *courseApp) listLessonCommands(l *course.Lesson) error {
	cmds := lessonCommands(l)
	if len(cmds) == 0 {
		fmt.Fprintf(a.stdout, "Lesson %s shows no commands.\n", l.Slug)
		return nil
	}
	for i, c := range cmds {
		fmt.Fprintf(a.stdout, "%3d  %s\n", i+1, c)
	}
	fmt.Fprintf(a.stdout, "\nhandson lesson %s --run N runs command N here.\n", l.Slug)
	return nil
}

// runLessonCommand runs one of a lesson's commands through the shell, in the current
// directory, with this binary first on the PATH as handson (so that it works before handson
// is installed). Its exit status becomes handson's.
func (a *courseApp) runLessonCommand(ctx context.Context, l *course.Lesson, n int) error {
	cmds := lessonCommands(l)
	if n < 1 || n > len(cmds) {
		return fmt.Errorf("lesson %s has commands 1 to %d (handson lesson %s --commands lists them)", l.Slug, len(cmds), l.Slug)
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	bin, err := os.MkdirTemp("", "handson-bin-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	if err := os.Symlink(exe, filepath.Join(bin, "handson")); err != nil {
		return err
	}
	line := cmds[n-1]
	fmt.Fprintf(a.stdout, "$ %s\n", line)
	sh := exec.CommandContext(ctx, "sh", "-c", line)
	sh.Dir = a.cwd
	sh.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+a.getenv("PATH"))
	sh.Stdin, sh.Stdout, sh.Stderr = os.Stdin, a.stdout, a.stderr
	err = sh.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exitError{code: exit.ExitCode()}
	}
	return err
}
