package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"

	"github.com/spf13/cobra"
	"golang.org/x/sys/unix"

	"handson/interp/vm"
)

func newReplCommand(stdout, stderr io.Writer) *cobra.Command {
	var opts runOptions
	cmd := &cobra.Command{
		Use:   "repl [--pypy|--cpython]",
		Short: "Start an interactive Python 2.7 prompt",
		Long: "Start an interactive prompt, as python2.7 does with no arguments: >>> for a new\n" +
			"statement, ... while one is unfinished, expression values echoed. Ctrl-D leaves.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := vmOptions(opts, os.Getenv)
			if err != nil {
				return err
			}
			status := runRepl(o, stdout, stderr)
			if status != 0 {
				return exitError{code: status}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.cpython, "cpython", false, "behave as CPython 2.7: reference counting")
	f.BoolVar(&opts.pypy, "pypy", false, "behave as PyPy: generational collector (the default)")
	return cmd
}

// runRepl runs the prompt on the process's standard streams.
func runRepl(o vm.Options, stdout, stderr io.Writer) int {
	tty := isTerminalFd(0)
	o.Argv = []string{""}
	o.Stdin, o.Stdout, o.Stderr = 0, 1, 2
	o.Interactive = tty
	machine, err := vm.New(o)
	if err != nil {
		fmt.Fprintf(stderr, "handson: %v\n", err)
		return 2
	}
	debug.SetGCPercent(400)
	// Prompts go to stdout on a terminal and to stderr otherwise, as python2.7's do.
	promptOut := stderr
	if tty {
		promptOut = stdout
		mode := "PyPy mode: generational GC"
		if o.GC == vm.GCRefcount {
			mode = "CPython mode: reference counting"
		}
		fmt.Fprintf(stderr, "Python 2.7.18 on handson (%s)\nType Ctrl-D to leave.\n", mode)
	}
	lines := make(chan lineOrErr)
	go readLines(os.Stdin, lines)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	var atPrompt atomic.Bool
	interrupts := make(chan struct{}, 1)
	go func() {
		for range sigs {
			if atPrompt.Load() {
				select {
				case interrupts <- struct{}{}:
				default:
				}
			} else {
				machine.Interrupt()
			}
		}
	}()
	read := func(prompt string) (string, error) {
		fmt.Fprint(promptOut, prompt)
		atPrompt.Store(true)
		defer atPrompt.Store(false)
		select {
		case l := <-lines:
			return l.line, l.err
		case <-interrupts:
			return "", vm.ErrInterrupted
		}
	}
	return machine.Interact(read)
}

type lineOrErr struct {
	line string
	err  error
}

// readLines sends the lines of r (each with its newline) and then the error that ended
// the input.
func readLines(r io.Reader, out chan<- lineOrErr) {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			if err == io.EOF {
				line += "\n"
			}
			out <- lineOrErr{line: line}
		}
		if err != nil {
			out <- lineOrErr{err: io.EOF}
			return
		}
	}
}

// isTerminalFd reports whether a descriptor is a terminal.
func isTerminalFd(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}
