package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/spf13/cobra"

	"handson/interp/vm"
)

// runOptions are the flags of `handson run`.
type runOptions struct {
	cpython bool
}

func newRunCommand(stdout, stderr io.Writer) *cobra.Command {
	var opts runOptions
	cmd := &cobra.Command{
		Use:   "run [--cpython] FILE [ARGS...]",
		Short: "Run a Python 2.7 program",
		Long: "Run a Python 2.7 program. FILE - reads the program from standard input.\n" +
			"--cpython runs it as CPython 2.7 would: reference counting, objects die at once.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			status, err := runProgram(opts, args, stderr)
			if err != nil {
				return err
			}
			if status != 0 {
				return exitError{code: status}
			}
			return nil
		},
	}
	cmd.Flags().SetInterspersed(false)
	cmd.Flags().BoolVar(&opts.cpython, "cpython", false, "run as CPython 2.7: reference counting, no JIT")
	return cmd
}

// runProgram runs a file (or stdin for "-") and returns its exit status.
func runProgram(opts runOptions, args []string, stderr io.Writer) (int, error) {
	file := args[0]
	var src []byte
	var err error
	if file == "-" {
		src, err = io.ReadAll(os.Stdin)
		file = "<stdin>"
	} else {
		src, err = os.ReadFile(file)
	}
	if err != nil {
		return 0, fmt.Errorf("can't open file '%s': %v", args[0], err)
	}
	argv := append([]string{args[0]}, args[1:]...)
	if args[0] == "-" {
		argv[0] = "-"
	}
	machine, err := vm.New(vm.Options{
		GC:     vm.GCRefcount,
		Argv:   argv,
		Stdin:  0,
		Stdout: 1,
		Stderr: 2,
	})
	if err != nil {
		return 0, err
	}
	// Python programs make many small short-lived objects; Go's collector runs less often
	// with a larger heap goal, which the VM's speed depends on more than its memory.
	debug.SetGCPercent(400)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			machine.Interrupt()
		}
	}()
	return machine.RunMain(src, file), nil
}
