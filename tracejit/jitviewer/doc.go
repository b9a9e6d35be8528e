// Package jitviewer shows a PyPy-format JIT log to people: a small web server (the
// `handson jitviewer` command) and a terminal report (`handson jitlog`). Both read the
// model of tracejit/jitlog and work the same on logs of handson's JIT and of real PyPy.
//
// Design:
//   - view.go turns a trace into what a person reads: the trace's parts (entry, preamble,
//     loop body), in each the Python source lines in trace order, under each line its
//     bytecodes (one per debug_merge_point) and under each bytecode its operations;
//     calls the JIT inlined are folded into their own block. With PyPy2-format locations
//     the log does not say which line a bytecode is on, so bytecodes are grouped under
//     their code object's def line instead of being guessed onto lines.
//   - format.go writes operations readably, as PyPy's jitviewer does ("i3 = i1 + i2",
//     "guard(i5 is true)", "((PyFrame)p0).inst_pycode"), building HTML from escaped pieces
//     only: every byte that comes from the log goes through html.EscapeString or
//     html/template, so a log cannot inject markup.
//   - server.go serves the pages with net/http and html/template; the stylesheet and the
//     script are embedded (go:embed), nothing is fetched from elsewhere, and a Content
//     Security Policy forbids inline script. It listens on loopback only and answers only
//     requests addressed to a loopback host name. No file is served: source lines are read
//     from the files the log names (at the logged path, else beside the log) and shown
//     inside the pages.
//   - disasm.go disassembles a trace's machine code with objdump when the machine has it
//     (as PyPy's jitviewer did); without it each op shows its bytes. The code is only
//     there when the log has jit-backend-addr and jit-backend-dump.
//   - report.go is the terminal report: loops, bridges, counts and the hottest exits.
//   - The missing bridge (a guard that keeps failing without a bridge) is found by
//     jitlog.Exits; both outputs only present it, loudly.
package jitviewer
