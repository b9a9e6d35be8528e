// This file defines `handson jitlog LOG`: the facts of a PyPy-format JIT log in the
// terminal.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"github.com/spf13/cobra"

	"handson/tracejit/jitlog"
	"handson/tracejit/jitviewer"
)

func newJitlogCommand(stdout io.Writer) *cobra.Command {
	var top int
	cmd := &cobra.Command{
		Use:   "jitlog LOG",
		Short: "Summarize a PyPy JIT log: loops, bridges, counts, hottest guards",
		Long: "jitlog reads a log written with PYPYLOG=jit-log-opt,jit-backend-counts:FILE (by PyPy or by\n" +
			"handson's JIT) and prints its loops and bridges with their run counts, then the hottest\n" +
			"guards and whether each has a bridge. A guard that fails often without a bridge is\n" +
			"marked MISSING BRIDGE.",
		Args: exactlyOneLog("jitlog"),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := readLog(args[0])
			if err != nil {
				return err
			}
			return jitviewer.WriteReport(stdout, l, jitviewer.ReportOptions{Name: filepath.Base(args[0]), Top: top})
		},
	}
	cmd.Flags().IntVar(&top, "top", 10, "how many of the hottest guards to list")
	return cmd
}

// readLog parses a JIT log, with a one-line error that names the file (and the line,
// for a malformed log).
func readLog(path string) (*jitlog.Log, error) {
	l, err := jitlog.ParseFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: no such log file", path)
	case errors.Is(err, fs.ErrPermission):
		return nil, fmt.Errorf("%s: not allowed to read the log", path)
	}
	return l, err
}

// exactlyOneLog checks that a command got one LOG argument, with a message that says what
// to do.
func exactlyOneLog(name string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch len(args) {
		case 1:
			return nil
		case 0:
			return fmt.Errorf("%s needs a log file: handson %s LOG (write one with PYPYLOG=jit-log-opt,jit-backend-counts:LOG)", name, name)
		}
		return fmt.Errorf("%s takes one log file, got %d arguments: handson %s LOG", name, len(args), name)
	}
}
