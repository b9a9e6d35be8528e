// This file defines `handson lesson [NAME]`: a lesson rendered for the terminal, recorded
// as read in the workspace.

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
)

func newLessonCommand(stdout, stderr io.Writer) *cobra.Command {
	var style string
	var raw bool
	cmd := &cobra.Command{
		Use:   "lesson [NAME]",
		Short: "Read a lesson (the next one when no NAME is given)",
		Long: "Read a lesson in the terminal. Without NAME, the next lesson you have not read.\n" +
			"Output is plain text when it is not a terminal or NO_COLOR is set.",
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeLessons,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkStyleFlag(style); err != nil {
				return err
			}
			app, err := newCourseApp(stdout, stderr)
			if err != nil {
				return err
			}
			app.style = style
			var l *course.Lesson
			if len(args) == 1 {
				if l, err = app.lesson(args[0]); err != nil {
					return err
				}
			} else {
				l = app.nextLesson()
			}
			if raw {
				_, err := io.WriteString(stdout, l.Body)
				return err
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
	if a.ws != nil {
		sb.WriteString(a.nextAdvice())
	} else if l.Number < len(a.course.Lessons) {
		next := a.course.Lessons[l.Number]
		fmt.Fprintf(&sb, "**Next lesson:** *%s*, `handson lesson %s`. To run the exercises and keep your progress, make a workspace first: `%s init`.\n",
			next.Title, next.Slug, a.invocation())
	}
	return sb.String()
}
