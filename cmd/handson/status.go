// This file defines `handson status [--json]`: the learner's progress in detail.

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// statusJSON is what `handson status --json` prints: the progress of one learner, in a
// form an instructor can collect and merge.
type statusJSON struct {
	Course    string               `json:"course"`
	Version   int                  `json:"version"`
	Workspace string               `json:"workspace"`
	Lessons   []lessonStatusJSON   `json:"lessons"`
	Exercises []exerciseStatusJSON `json:"exercises"`
	Next      string               `json:"next"` // the command to run next, "" when finished
}

type lessonStatusJSON struct {
	Slug   string     `json:"slug"`
	Read   bool       `json:"read"`
	ReadAt *time.Time `json:"read_at,omitempty"`
}

type exerciseStatusJSON struct {
	Slug          string     `json:"slug"`
	Kind          string     `json:"kind"`
	State         string     `json:"state"` // passed, failing, edited, untouched, missing
	Passed        bool       `json:"passed"`
	PassedAt      *time.Time `json:"passed_at,omitempty"`
	Checks        int        `json:"checks"`
	HintsShown    int        `json:"hints_shown"`
	Hints         int        `json:"hints"`
	SolutionShown bool       `json:"solution_shown"`
	Changed       bool       `json:"changed_in_course"` // the course ships a newer version
}

func newStatusCommand(stdout, stderr io.Writer) *cobra.Command {
	var asJSON bool
	var style string
	cmd := &cobra.Command{
		Use:   "status [--json]",
		Short: "Show your progress: lessons read, exercises passed, hints used",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, style)
			if err != nil {
				return err
			}
			if _, err := app.needWorkspace(); err != nil {
				return err
			}
			st := app.status()
			if asJSON {
				return writeJSON(stdout, st)
			}
			return app.markdown(app.statusMarkdown(st))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, for instructors' scripts and editors")
	addStyleFlag(cmd, &style)
	return cmd
}

func (a *courseApp) status() statusJSON {
	st := statusJSON{Course: a.course.Title, Version: a.course.Version, Workspace: a.ws.Dir,
		Lessons: []lessonStatusJSON{}, Exercises: []exerciseStatusJSON{}}
	for _, l := range a.course.Lessons {
		ls := lessonStatusJSON{Slug: l.Slug, Read: a.ws.Read(l)}
		if lp := a.ws.Progress.Lessons[l.Slug]; lp != nil {
			t := lp.ReadAt
			ls.ReadAt = &t
		}
		st.Lessons = append(st.Lessons, ls)
	}
	for _, e := range a.course.Exercises {
		es := exerciseStatusJSON{Slug: e.Slug, Kind: string(e.Kind), Hints: len(e.Hints), Changed: a.ws.Changed(e)}
		if ep := a.ws.Progress.Exercises[e.Slug]; ep != nil {
			es.Passed, es.Checks, es.HintsShown, es.SolutionShown = ep.Passed, ep.Checks, ep.HintsShown, ep.SolutionShown
			if ep.Passed {
				t := ep.PassedAt
				es.PassedAt = &t
			}
		}
		es.State = exerciseState(es.Passed, es.Checks, a.ws.ExercisePath(e), e.Original)
		st.Exercises = append(st.Exercises, es)
	}
	if step, ok := a.nextStep(); ok {
		st.Next = "handson " + stepCommand(step)
	}
	return st
}

// exerciseState says where an exercise stands, from the progress and the file itself.
func exerciseState(passed bool, checks int, path string, original []byte) string {
	data, err := os.ReadFile(path)
	switch {
	case err != nil:
		return "missing"
	case passed:
		return "passed"
	case checks > 0:
		return "failing"
	case !bytes.Equal(data, original):
		return "edited"
	}
	return "untouched"
}

func (a *courseApp) statusMarkdown(st statusJSON) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# Your progress\n\nWorkspace: `%s`\n\n%s\n\n", st.Workspace, a.progressLine())
	sb.WriteString("## Lessons\n\n| lesson | read |\n|---|---|\n")
	for i, ls := range st.Lessons {
		read := "not yet"
		if ls.ReadAt != nil {
			read = ls.ReadAt.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(&sb, "| %d. %s (`%s`) | %s |\n", i+1, a.course.Lessons[i].Title, ls.Slug, read)
	}
	sb.WriteString("\n## Exercises\n\n| exercise | state | checks | hints seen |\n|---|---|---|---|\n")
	for _, es := range st.Exercises {
		state := es.State
		if es.Kind == "reference" {
			state += " (reference)"
		}
		if es.Changed {
			state += ", changed in the course"
		}
		if es.SolutionShown {
			state += ", solution seen"
		}
		fmt.Fprintf(&sb, "| `%s` | %s | %d | %d of %d |\n", es.Slug, state, es.Checks, es.HintsShown, es.Hints)
	}
	if changed := a.changedExercises(); changed != "" {
		sb.WriteString("\n" + changed)
	}
	sb.WriteString("\n" + a.nextAdvice())
	return sb.String()
}
