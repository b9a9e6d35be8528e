// Command handson is the PyPy hands-on course: a Python 2.7 interpreter with two garbage
// collectors and a tracing JIT, plus the lessons, exercises and slides that use them.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
)

func main() {
	// HANDSON_CPUPROFILE=FILE writes a Go CPU profile of the run, for work on the VM.
	profiling := false
	if path := os.Getenv("HANDSON_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			profiling = pprof.StartCPUProfile(f) == nil
		}
	}
	status := runCLI()
	if profiling {
		pprof.StopCPUProfile()
	}
	os.Exit(status)
}

// runCLI executes the command line and returns the exit status.
func runCLI() int {
	return exitStatus(newRootCommand(os.Stdout, os.Stderr).Execute(), os.Stderr)
}

// exitStatus maps a command's error to the process's exit status. An exitError's command
// has already said what happened; any other error (cobra prints none itself) is printed
// as one line.
func exitStatus(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var exit exitError
	if errors.As(err, &exit) {
		return exit.code
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "unknown command ") {
		msg += " (handson help lists the commands)"
	}
	fmt.Fprintf(stderr, "handson: %s\n", msg)
	return 2
}
