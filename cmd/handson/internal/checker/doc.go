// Package checker runs a learner's program the way `handson check` does and judges it.
//
// Each mode of Modes (CPython mode, PyPy mode, PyPy mode collecting at every safe point,
// PyPy mode never collecting before exit) runs the program as a separate process of the
// handson binary (`handson run MODE-FLAGS --report FILE PROGRAM ARGS`), in
// a fresh empty directory of its own, with a time limit and a cap on the output it keeps.
// The runs are independent, so they go in parallel.
//
// A run passes when the program exits with status 0, prints the expected stdout (lines
// matching the exercise's ignore patterns compare by pattern), leaves exactly the expected
// files in its directory, and has closed every file it opened. A file is not closed by the
// program when the report lists it as open at exit or as closed by a collector. In CPython mode the second case is only a note: reference counting
// closes such a file at a predictable point, which is what CPython programs rely on and
// why the PyPy modes exist to catch it.
//
// Check returns a Result with a one-line verdict per mode, the problems behind it, which
// earlier mode each run behaved exactly like, and the diff of the first mismatch, ready for
// the terminal or as JSON. Errors are reserved for failures of handson itself (no temporary
// directory, no binary to run); everything a program does is part of the Result.
package checker
