// This file defines `handson list [--json]`: the lessons and exercises with their slugs.

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/course"
)

// listJSON is what `handson list --json` prints.
type listJSON struct {
	Title     string         `json:"title"`
	Version   int            `json:"version"`
	Workspace string         `json:"workspace,omitempty"` // when run inside one
	Lessons   []lessonJSON   `json:"lessons"`
	Exercises []exerciseJSON `json:"exercises"`
}

type lessonJSON struct {
	Slug      string   `json:"slug"`
	Number    int      `json:"number"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Minutes   int      `json:"minutes"`
	Exercises []string `json:"exercises"`
	Command   string   `json:"command"`
	Read      *bool    `json:"read,omitempty"` // only inside a workspace
}

type exerciseJSON struct {
	Slug    string `json:"slug"`
	Kind    string `json:"kind"`
	File    string `json:"file"`
	Lesson  string `json:"lesson"`
	Summary string `json:"summary"`
	Hints   int    `json:"hints"`
	Command string `json:"command"`
	Passed  *bool  `json:"passed,omitempty"` // only inside a workspace
}

func newListCommand(stdout, stderr io.Writer) *cobra.Command {
	var asJSON bool
	var style string
	cmd := &cobra.Command{
		Use:   "list [--json]",
		Short: "List the lessons and exercises, with their names",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, style)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(stdout, app.listJSON())
			}
			return app.markdown(app.listMarkdown())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON, for editors and scripts")
	addStyleFlag(cmd, &style)
	return cmd
}

func (a *courseApp) listJSON() listJSON {
	out := listJSON{Title: a.course.Title, Version: a.course.Version, Lessons: []lessonJSON{}, Exercises: []exerciseJSON{}}
	if a.ws != nil {
		out.Workspace = a.ws.Dir
	}
	for _, l := range a.course.Lessons {
		lj := lessonJSON{Slug: l.Slug, Number: l.Number, Title: l.Title, Summary: l.Summary, Minutes: l.Minutes,
			Exercises: []string{}, Command: "handson lesson " + l.Slug}
		for _, e := range l.Exercises {
			lj.Exercises = append(lj.Exercises, e.Slug)
		}
		if a.ws != nil {
			read := a.ws.Read(l)
			lj.Read = &read
		}
		out.Lessons = append(out.Lessons, lj)
	}
	for _, e := range a.course.Exercises {
		ej := exerciseJSON{Slug: e.Slug, Kind: string(e.Kind), File: e.File, Lesson: e.Lesson.Slug,
			Summary: e.Summary, Hints: len(e.Hints), Command: "handson check " + e.Slug}
		if a.ws != nil {
			passed := a.ws.Passed(e)
			ej.Passed = &passed
		}
		out.Exercises = append(out.Exercises, ej)
	}
	return out
}

func (a *courseApp) listMarkdown() string {
	var sb strings.Builder
	sb.WriteString("# Lessons\n\n")
	for _, l := range a.course.Lessons {
		fmt.Fprintf(&sb, "%d. `%s`: %s (%d min)", l.Number, l.Slug, l.Title, l.Minutes)
		if a.ws != nil && a.ws.Read(l) {
			sb.WriteString(", read")
		}
		sb.WriteString("\n")
	}
	sb.WriteString("\n# Exercises\n\n")
	for _, e := range a.course.Exercises {
		kind := ""
		if e.Kind == course.KindReference {
			kind = " (reference run)"
		}
		fmt.Fprintf(&sb, "- `%s`%s: %s. Lesson `%s`", e.Slug, kind, e.Summary, e.Lesson.Slug)
		if a.ws != nil && a.ws.Passed(e) {
			sb.WriteString(", passed")
		}
		sb.WriteString("\n")
	}
	sb.WriteString("\n`handson lesson NAME` reads a lesson; `handson check NAME` checks an exercise.\n")
	return sb.String()
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
