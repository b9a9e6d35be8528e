# Golden generator for interp/compile, run by `go test ./interp/compile -update` with
# CPython 2.7: for each NAME=SOURCE argument it compiles SOURCE as python2.7's compile()
# does (exec mode unless a --mode=eval or --mode=single argument came before it, no
# inherited future flags) and writes into OUTDIR
#   NAME.code  the SyntaxWarnings compile() issued, then the whole code-object tree, field
#              by field, in the format of golden_test.go (or one "error" line when
#              compiling raises SyntaxError);
#   NAME.dis   what `handson dis` must print: "Disassembly of NAME:", dis.disassemble of the
#              code object, a blank line, then the same for every nested code object,
#              depth first, in co_consts order, with code-object addresses masked as
#              "at 0x..." (for very long listings, only a SHA-256 of that text).
import dis
import hashlib
import re
import sys
import types
import warnings
from StringIO import StringIO


# Code strings and constant lists longer than these are summarised by length and SHA-256,
# so that the goldens of very large functions stay small.
MAX_HEX_BYTES = 4096
MAX_LISTED = 400
MAX_DIS_BYTES = 65536


def long_hex(b):
    if len(b) > MAX_HEX_BYTES:
        return "len %d sha256 %s" % (len(b), hashlib.sha256(b).hexdigest())
    return b.encode("hex")


def dump_code(co, out):
    out.write("code %s\n" % co.co_name)
    out.write("filename %r\n" % co.co_filename)
    out.write("firstlineno %d\n" % co.co_firstlineno)
    out.write("argcount %d\n" % co.co_argcount)
    out.write("nlocals %d\n" % co.co_nlocals)
    out.write("stacksize %d\n" % co.co_stacksize)
    out.write("flags 0x%05x\n" % co.co_flags)
    out.write("code %s\n" % long_hex(co.co_code))
    out.write("lnotab %s\n" % long_hex(co.co_lnotab))
    out.write("names %r\n" % (co.co_names,))
    out.write("varnames %r\n" % (co.co_varnames,))
    out.write("freevars %r\n" % (co.co_freevars,))
    out.write("cellvars %r\n" % (co.co_cellvars,))
    lines = []
    for i, c in enumerate(co.co_consts):
        if isinstance(c, types.CodeType):
            lines.append("  %d code %s line %d\n" % (i, c.co_name, c.co_firstlineno))
        else:
            lines.append("  %d %s %r\n" % (i, type(c).__name__, c))
    if len(lines) > MAX_LISTED:
        out.write("consts %d sha256 %s\n" % (len(lines), hashlib.sha256("".join(lines)).hexdigest()))
    else:
        out.write("consts\n")
        out.write("".join(lines))
    out.write("end\n")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump_code(c, out)


def dis_tree(co, out):
    saved = sys.stdout
    sys.stdout = out
    try:
        show(co)
    finally:
        sys.stdout = saved


def show(co):
    print "Disassembly of %s:" % co.co_name
    dis.disassemble(co)
    print
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            show(c)


def compile_recording_warnings(src, filename, mode, caught):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            return compile(src, filename, mode, 0, True)
        finally:
            caught.extend(ws)


def main():
    outdir = sys.argv[1]
    mode = "exec"
    for arg in sys.argv[2:]:
        if arg.startswith("--mode="):
            mode = arg[len("--mode="):]
            continue
        name, path = arg.split("=", 1)
        src = open(path, "rb").read()
        filename = path.rsplit("/", 1)[-1]
        code_out = StringIO()
        caught = []
        co = error = None
        try:
            co = compile_recording_warnings(src, filename, mode, caught)
        except (SyntaxError, SystemError) as e:
            error = e
        # Only SyntaxWarnings belong to the program: folding complex // warns about a
        # deprecation at whatever line called compile().
        for w in caught:
            if w.category is not SyntaxWarning:
                continue
            code_out.write("warning %s|%d|%s\n" % (w.category.__name__, w.lineno, w.message))
        if isinstance(error, SyntaxError):
            # Compile-time errors carry the line CPython reads back from the file:
            # compile once more under the real path to get it.
            try:
                compile_recording_warnings(src, path, mode, [])
            except SyntaxError as e2:
                error.text = e2.text
            code_out.write("error %s|%s|%r|%r|%r\n" % (type(error).__name__, error.msg, error.lineno, error.offset, error.text))
        elif error is not None:
            code_out.write("error %s|%s\n" % (type(error).__name__, error))
        if co is not None:
            dump_code(co, code_out)
            dis_out = StringIO()
            dis_tree(co, dis_out)
            # Code-object addresses vary from run to run: mask them.
            text = re.sub(r"at 0x[0-9a-f]+", "at 0x...", dis_out.getvalue())
            if len(text) > MAX_DIS_BYTES:
                text = "sha256 %s\n" % hashlib.sha256(text).hexdigest()
            open("%s/%s.dis" % (outdir, name), "wb").write(text)
        open("%s/%s.code" % (outdir, name), "wb").write(code_out.getvalue())


main()
