// This file defines courseApp, what the course commands share: the loaded course, the
// learner's workspace (when there is one), the terminal, and how to name handson in advice.
//
// The course commands (welcome.go, lesson.go, list.go, initcmd.go, check.go,
// exercise_cmds.go, watch.go, status.go, doctor.go) are thin: each parses its flags, builds
// a courseApp and calls into the packages under internal/ (course: the content; workspace:
// files and progress; checker: running and judging; render: the terminal; linediff).
// Progress is saved by the command that changed it, and only inside a workspace; outside
// one every command still works on the course itself, or on a file given with --file.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/render"
	"handson/cmd/handson/internal/workspace"
	"handson/exercises"
	"handson/lessons"
	"handson/solutions"
)

// courseApp is built once per command run.
type courseApp struct {
	course *course.Course
	ws     *workspace.Workspace // nil outside a workspace
	stdout io.Writer
	stderr io.Writer
	cwd    string
	getenv func(string) string
	now    func() time.Time
	term   render.Terminal
	style  string // the --style flag, "" when the command has none
}

// loadCourse loads the embedded course.
func loadCourse() (*course.Course, error) {
	c, err := course.Load(course.Content{
		Lessons:   lessons.Files(),
		Exercises: exercises.Files(),
		Solutions: solutions.Files(),
	})
	if err != nil {
		return nil, fmt.Errorf("BUG: the course built into handson is inconsistent: %w", err)
	}
	return c, nil
}

// newCourseApp checks the command's --style flag ("" when it has none), loads the course
// and finds the workspace from the current directory.
func newCourseApp(stdout, stderr io.Writer, style string) (*courseApp, error) {
	if err := checkStyleFlag(style); err != nil {
		return nil, err
	}
	c, err := loadCourse()
	if err != nil {
		return nil, err
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	app := &courseApp{
		course: c,
		stdout: stdout,
		stderr: stderr,
		cwd:    cwd,
		getenv: os.Getenv,
		now:    time.Now,
		style:  style,
	}
	app.term = render.Detect(stdout, app.getenv)
	ws, err := workspace.Find(cwd)
	switch {
	case err == nil:
		app.ws = ws
	case errors.Is(err, workspace.ErrNoWorkspace):
	default:
		return nil, err
	}
	return app, nil
}

// renderOptions are the rendering options for this run: the --style flag, else
// $HANDSON_STYLE, else auto.
func (a *courseApp) renderOptions() render.Options {
	style := a.style
	if style == "" {
		style = a.getenv("HANDSON_STYLE")
	}
	if render.CheckStyle(style) != nil {
		style = render.StyleAuto
	}
	return render.Options{Style: style, Terminal: a.term}
}

// markdown renders markdown to stdout.
func (a *courseApp) markdown(md string) error {
	out, err := render.Markdown(md, a.renderOptions())
	if err != nil {
		return err
	}
	_, err = io.WriteString(a.stdout, out)
	return err
}

// painter colours words for stdout.
func (a *courseApp) painter() render.Painter { return render.NewPainter(a.renderOptions()) }

// exercise finds an exercise by slug (a file name such as gc0.py is accepted too), with an
// error that lists the slugs.
func (a *courseApp) exercise(name string) (*course.Exercise, error) {
	slug := strings.TrimSuffix(filepath.Base(name), ".py")
	if e, ok := a.course.Exercise(slug); ok {
		return e, nil
	}
	return nil, fmt.Errorf("no exercise %q; the exercises are %s (handson list shows them all)", name, strings.Join(a.course.ExerciseSlugs(), ", "))
}

// lesson finds a lesson by slug, with an error that lists the slugs.
func (a *courseApp) lesson(name string) (*course.Lesson, error) {
	if l, ok := a.course.Lesson(name); ok {
		return l, nil
	}
	if e, ok := a.course.Exercise(name); ok {
		return nil, fmt.Errorf("%q is an exercise, in lesson %q: handson lesson %s, or handson check %s", name, e.Lesson.Slug, e.Lesson.Slug, name)
	}
	return nil, fmt.Errorf("no lesson %q; the lessons are %s", name, strings.Join(a.course.LessonSlugs(), ", "))
}

// needWorkspace returns the workspace, or an error that says how to make one.
func (a *courseApp) needWorkspace() (*workspace.Workspace, error) {
	if a.ws == nil {
		return nil, fmt.Errorf("this is not a handson workspace (nor inside one): make one with %s init, then cd into it", a.invocation())
	}
	return a.ws, nil
}

// saveProgress writes the progress file when there is a workspace; a failure is reported
// but does not fail the command, whose real work is done.
func (a *courseApp) saveProgress() {
	if a.ws == nil {
		return
	}
	if err := a.ws.Save(); err != nil {
		fmt.Fprintf(a.stderr, "handson: could not save your progress: %v\n", err)
	}
}

// invocation is how the learner should type handson from the current directory: "handson"
// when it is on the PATH (or when this binary is not called handson, as in tests), else the
// path of this binary, relative when that is short.
func (a *courseApp) invocation() string {
	return invocationFrom(a.cwd)
}

func invocationFrom(dir string) string {
	if len(os.Args) == 0 || filepath.Base(os.Args[0]) != "handson" {
		return "handson"
	}
	exe, err := os.Executable()
	if err != nil {
		return "handson"
	}
	exe, _ = filepath.EvalSymlinks(exe)
	if onPath, err := exec.LookPath("handson"); err == nil {
		if resolved, err := filepath.EvalSymlinks(onPath); err == nil && resolved == exe {
			return "handson"
		}
	}
	rel, err := filepath.Rel(dir, exe)
	if err != nil || strings.HasPrefix(rel, "../../../") {
		return exe
	}
	if !strings.HasPrefix(rel, "../") {
		rel = "./" + rel
	}
	return rel
}

// nextStep returns the first step of the course not yet done in the workspace, or false
// when the course is finished.
func (a *courseApp) nextStep() (course.Step, bool) {
	for _, s := range a.course.Steps() {
		switch s.Kind {
		case course.ReadLesson:
			if a.ws == nil || !a.ws.Read(s.Lesson) {
				return s, true
			}
		case course.PassExercise:
			if a.ws == nil || !a.ws.Passed(s.Exercise) {
				return s, true
			}
		}
	}
	return course.Step{}, false
}

// stepCommand is the handson command, without "handson", that does a step of the course.
func stepCommand(s course.Step) string {
	if s.Kind == course.ReadLesson {
		return "lesson " + s.Lesson.Slug
	}
	return "check " + s.Exercise.Slug
}

// nextAdvice says in markdown what to do next.
func (a *courseApp) nextAdvice() string {
	hs := a.invocation()
	if a.ws == nil {
		return fmt.Sprintf("**Next:** make your workspace, the directory where you will run and edit the exercises:\n\n"+
			"```sh\n%s init\n```\n", hs)
	}
	step, ok := a.nextStep()
	if !ok {
		return "**You have finished the course.** Every lesson read, every exercise passed. " +
			"`handson status` has the details; `handson solution NAME` shows the course's own solutions to compare with yours.\n"
	}
	if step.Kind == course.ReadLesson {
		l := step.Lesson
		return fmt.Sprintf("**Next:** lesson %d, *%s* (%d minutes):\n\n```sh\n%s lesson %s\n```\n", l.Number, l.Title, l.Minutes, hs, l.Slug)
	}
	e := step.Exercise
	if e.Kind == course.KindReference {
		return fmt.Sprintf("**Next:** `%s` is a reference run, nothing to fix. Check it and look at the grid:\n\n```sh\n%s check %s\n```\n", e.File, hs, e.Slug)
	}
	return fmt.Sprintf("**Next:** fix `%s` (%s), then check it; `watch` checks again each time you save:\n\n```sh\n%s check %s\n%s watch %s\n```\n",
		e.File, e.Summary, hs, e.Slug, hs, e.Slug)
}

// addStyleFlag gives a command the --style flag.
func addStyleFlag(cmd *cobra.Command, style *string) {
	cmd.Flags().StringVar(style, "style", "", "how to render: auto, dark, light or plain (default $HANDSON_STYLE, else auto)")
	_ = cmd.RegisterFlagCompletionFunc("style", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return render.Styles(), cobra.ShellCompDirectiveNoFileComp
	})
}

// checkStyleFlag validates the --style flag's value.
func checkStyleFlag(style string) error {
	if style == "" {
		return nil
	}
	return render.CheckStyle(style)
}

// completeExercises completes an exercise slug.
func completeExercises(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	c, err := loadCourse()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []string
	for _, e := range c.Exercises {
		out = append(out, e.Slug+"\t"+e.Summary)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeLessons completes a lesson slug.
func completeLessons(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	c, err := loadCourse()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []string
	for _, l := range c.Lessons {
		out = append(out, l.Slug+"\t"+l.Title)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// oneExercise checks that a command got exactly one exercise name.
func oneExercise(name string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch len(args) {
		case 1:
			return nil
		case 0:
			return fmt.Errorf("%s needs an exercise: handson %s NAME (handson list shows them)", name, name)
		}
		return fmt.Errorf("%s takes one exercise, got %d: handson %s NAME", name, len(args), name)
	}
}

// relInside returns path relative to dir, or an error when path is not inside dir.
func relInside(dir, path string) (string, error) {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return "", err
	}
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", fmt.Errorf("%s is outside %s", path, dir)
	}
	return rel, nil
}

// relTo shows path relative to dir when it is inside it.
func relTo(dir, path string) string {
	if rel, err := relInside(dir, path); err == nil {
		return rel
	}
	return path
}
