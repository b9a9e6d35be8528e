// Package jitlog reads the JIT sections of a PyPy-format log (from PyPy itself or from
// handson's JIT) into a model of traces: loops and bridges, their operations, guards with
// their fail args and bridges, debug_merge_point locations, labels and jumps, the run
// counts of jit-backend-counts, and the machine code of jit-backend-addr/-dump when the log
// has it. The jitviewer, `handson jitlog` and the JIT's own tests use this model.
//
// Design:
//   - The framing of the log is interp/pypylog's job; this package reads section bodies,
//     keeping every line's number so that an error says where the log is wrong. A log that
//     cannot be read as PyPy's tools would read it (an op line without parentheses, a guard
//     of an optimized trace without its descr=<Guard0x..>, a fail arg that names no
//     variable, a counts line without a count) is an *Error with its line number. Things
//     PyPy's tools accept but that look odd (an op name outside the resop table, a count
//     for a trace the log does not hold) are Warnings, so logs of other PyPy versions still
//     open.
//   - Like rpython/tool/jitlogparser's import_log, traces come from the jit-log-opt
//     sections, else jit-log-rewritten, else jit-log-noopt. Each trace is cut into Parts
//     at its labels with split_trace's rules and names ("entry N", "TargetToken(..)",
//     "bridge N"), which are the keys jit-backend-counts uses.
//   - After reading, references are resolved once: each guard knows its bridge, each bridge
//     its guard, each jump and call_assembler its target, each Part its count. Viewers
//     then only walk pointers.
//   - Locations are parsed in both formats PyPy writes: the generic
//     "name;file:first-line~#offset OPNAME" and PyPy2's "<code object name, file 'f', line
//     n> #offset OPNAME" (which has no current line; see Location).
//   - Exits (exits.go) is the one piece of interpretation: counts tell how often each
//     bridge ran, but nothing in a PyPy log counts the failures of a guard that has no
//     bridge. The "missing bridge" is found from evidence the log does hold: another copy
//     of the same check (the same guard at the same bytecode with the same constants, the
//     k-th such in its part: the preamble's copy of a loop body's guard) has a bridge that
//     ran, and the loop it belongs to is re-entered from the interpreter for a good share
//     of its runs, which is what exits without a bridge cause.
package jitlog
