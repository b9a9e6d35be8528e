// Command handson is the PyPy hands-on course: a Python 2.7 interpreter with two garbage
// collectors and a tracing JIT, plus the lessons, exercises and slides that use them.
package main

import (
	"fmt"
	"os"
)

func main() {
	root := newRootCommand(os.Stdout, os.Stderr)
	if err := root.Execute(); err != nil {
		// cobra has already printed usage errors; anything else gets one line.
		var exit exitError
		if asExit(err, &exit) {
			os.Exit(exit.code)
		}
		fmt.Fprintf(os.Stderr, "handson: %v\n", err)
		os.Exit(2)
	}
}
