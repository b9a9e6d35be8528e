package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=..."; "dev" otherwise.
var version = "dev"

// exitError carries a process exit status out of a command without printing anything more:
// the command has already told the user what happened.
type exitError struct{ code int }

func (e exitError) Error() string { return "exit status" }

// newRootCommand builds the whole command tree. Output streams are parameters so tests can
// run commands in-process.
func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "handson",
		Short:         "A hands-on course about how PyPy works",
		Long:          "handson teaches how PyPy works: run Python 2.7 programs under a reference-counting\nand a generational garbage collector, watch a tracing JIT compile hot loops, and check\nyour fixes to the exercises.",
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newJitviewerCommand(stdout, stderr))
	root.AddCommand(newJitlogCommand(stdout))
	root.AddCommand(newRunCommand(stderr))
	root.AddCommand(newDisCommand(stdout, stderr))
	setWelcome(root, stdout, stderr)
	root.AddCommand(newLessonCommand(stdout, stderr))
	root.AddCommand(newListCommand(stdout, stderr))
	root.AddCommand(newInitCommand(stdout, stderr))
	root.AddCommand(newCheckCommand(stdout, stderr))
	root.AddCommand(newHintCommand(stdout, stderr))
	root.AddCommand(newSolutionCommand(stdout, stderr))
	root.AddCommand(newResetCommand(stdout, stderr))
	root.AddCommand(newDiffCommand(stdout, stderr))
	root.AddCommand(newWatchCommand(stdout, stderr))
	root.AddCommand(newStatusCommand(stdout, stderr))
	root.AddCommand(newDoctorCommand(stdout, stderr))
	root.AddCommand(newReplCommand(stdout, stderr))
	root.AddCommand(newDemoCommand(stdout, stderr))
	root.AddCommand(newSlidesCommand(stdout, stderr))
	// Every command says where its flags are listed when one is wrong.
	root.SetFlagErrorFunc(flagError)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return root
}

// flagError turns a bad flag into one line that says where to look.
func flagError(cmd *cobra.Command, err error) error {
	return fmt.Errorf("%v (see %s --help)", err, cmd.CommandPath())
}
