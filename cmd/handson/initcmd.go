// This file defines `handson init [DIR]`: make (or complete) a workspace.

package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/workspace"
)

func newInitCommand(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Make a workspace with the exercise files (default ./" + workspace.DefaultDir + ")",
		Long: "Make a workspace: a directory with one file per exercise, which you edit, and a hidden\n" +
			".handson/ directory where your progress is kept. Run again on an existing workspace,\n" +
			"it adds the exercises it lacks and leaves your files as they are.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, "")
			if err != nil {
				return err
			}
			dir := workspace.DefaultDir
			if len(args) == 1 {
				dir = args[0]
			}
			if len(args) == 0 && app.ws != nil {
				dir = app.ws.Dir // inside a workspace, init completes it
			}
			res, err := workspace.Init(dir, app.course, app.now())
			if err != nil {
				return err
			}
			app.ws = res.Workspace
			return app.reportInit(res)
		},
	}
}

func (a *courseApp) reportInit(res *workspace.InitResult) error {
	dir := res.Workspace.Dir
	show := relTo(a.cwd, dir)
	switch {
	case res.Created:
		fmt.Fprintf(a.stdout, "Made your workspace in %s, with %d exercise files.\n", show, len(res.Added))
	case len(res.Added) > 0:
		fmt.Fprintf(a.stdout, "Your workspace %s had all but %d exercises; added %s. Your other files are as you left them.\n",
			show, len(res.Added), strings.Join(res.Added, ", "))
	default:
		fmt.Fprintf(a.stdout, "Your workspace %s is complete; nothing to add, nothing changed.\n", show)
	}
	fmt.Fprintln(a.stdout, "\nNext:")
	if dir != a.cwd {
		fmt.Fprintf(a.stdout, "    cd %s\n", show)
	}
	next := "status" // the course is finished
	if step, ok := a.nextStep(); ok {
		next = stepCommand(step)
	}
	fmt.Fprintf(a.stdout, "    %s %s\n", invocationFrom(dir), next)
	return nil
}
