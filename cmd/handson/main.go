// Command handson is the PyPy hands-on course: a Python 2.7 interpreter with two garbage
// collectors and a tracing JIT, plus the lessons, exercises and slides that use them.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
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
	root := newRootCommand(os.Stdout, os.Stderr)
	if err := root.Execute(); err != nil {
		// cobra has already printed usage errors; anything else gets one line.
		var exit exitError
		if asExit(err, &exit) {
			return exit.code
		}
		fmt.Fprintf(os.Stderr, "handson: %v\n", err)
		return 2
	}
	return 0
}
