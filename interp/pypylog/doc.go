// Package pypylog is handson's PYPYLOG machinery, shared by the VM's GC logs, the JIT and the
// jitviewer: it parses a PYPYLOG value into a Spec, writes logs with PyPy's framing through a
// Writer, and reads any PyPy-format log back into nested sections.
//
// The format is PyPy's (rpython/translator/c/src/debug_print.c): a section is framed by
// "[hex] {category" and "[hex] category}" lines, sections nest, and the lines in between
// are the debug_print lines of the innermost open section. Which sections are written is
// decided by the PYPYLOG value, each section by its own name with a prefix match, so a
// matching section nested inside a non-matching one is still written; debug_print lines
// are written only while the innermost open section is enabled.
//
// Design:
//   - Spec is a plain value: ParseSpec turns "jit-log-opt,gc:out.log" into prefixes, a path
//     and a mode, and Spec.Enabled answers the prefix question. Nothing here reads or
//     changes the environment; the caller passes the value and the pid in.
//   - Writer keeps a stack of open sections with their enabled bit, exactly the state PyPy
//     keeps in pypy_have_debug_prints. A nil *Writer is a valid writer that writes nothing,
//     so callers (gcsim's collectors, the JIT) need no "is logging on" checks. Stopping a
//     section that is not the innermost open one is a bug in the caller and panics. Write
//     errors are remembered and returned by Close, because the four logging methods have
//     the shape gcsim's logging interface fixes and return nothing.
//   - Parse reads a whole log into Sections with their line numbers, so that parsers of
//     section bodies (tracejit/jitlog) can report errors at the right line. It follows
//     rpython/tool/logparser.py: lines are stripped, ANSI colour codes are ignored, a stop
//     line must close the innermost open section (else an error naming both lines), and
//     sections still open at the end are kept and marked Truncated. Extract is logparser's
//     extract_category.
package pypylog
