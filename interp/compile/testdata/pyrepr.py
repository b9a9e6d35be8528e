# Golden generator for consts_test.go, run by `go test ./interp/compile -update` with
# CPython 2.7: prints one case per line, each a value and what CPython 2.7 makes of it:
#   float HEX REPR STR          repr() and str() of a float
#   complex HEXRE HEXIM REPR STR
#   str HEXBYTES REPR
#   unicode CODEPOINTS REPR     (code points in hex, joined by commas)
#   opcode NUM NAME KINDS       (KINDS: const,name,jrel,jabs,local,compare,free or -)
#   cmp NUM NAME
#   format HEXFMT KIND VALUE RESULT   % formatting of one int, float or str argument;
#                                     RESULT is the hex of the str result, or "error"
# Fields are separated by tabs.
import math
import opcode
import random


def out(*fields):
    print "\t".join(fields)


def floats():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e17, 123456789012.0,
            12345678901.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23, 1.7976931348623157e308,
            5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"),
            1.0 / 3, 2.0 / 3, 100.0, 1e100, 9007199254740993.0, 0.30000000000000004,
            999999999999.0, 99999999999.5, 1e11, 1.5e11, 3.14159, 2.675, -1234.5678]
    rnd = random.Random(2718)
    for _ in range(300):
        vals.append(rnd.uniform(-1, 1) * 10 ** rnd.randint(-30, 30))
    for _ in range(100):
        vals.append(float(rnd.randint(-10 ** 18, 10 ** 18)))
    return vals


def main():
    fs = floats()
    for f in fs:
        out("float", f.hex(), repr(f), str(f))
    rnd = random.Random(31)
    for i in range(200):
        c = complex(rnd.choice(fs), rnd.choice(fs))
        out("complex", c.real.hex(), c.imag.hex(), repr(c), str(c))
    for c in [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j,
              complex(1, 0), complex(float("inf"), float("nan")), complex(0, float("inf"))]:
        out("complex", c.real.hex(), c.imag.hex(), repr(c), str(c))
    strs = ["", "a", "'", '"', "'\"", "it's", 'say "x"', "\\", "\t\n\r\x00\x7f\x80\xff",
            "".join(chr(i) for i in range(256))]
    for s in strs:
        out("str", s.encode("hex") or "-", repr(s))
    unis = [u"", u"a", u"'", u"\"'", u"\xe9", u"\u1234", u"\U0001f600", u"\ud800", u"\x7f",
            u"".join(unichr(i) for i in range(300)), u"tab\tnl\n"]
    for u in unis:
        out("unicode", ",".join("%x" % ord(c) for c in u) or "-", repr(u))
    for i, name in enumerate(opcode.opname):
        if name.startswith("<"):
            continue
        kinds = [k for k, table in [("const", opcode.hasconst), ("name", opcode.hasname),
                                    ("jrel", opcode.hasjrel), ("jabs", opcode.hasjabs),
                                    ("local", opcode.haslocal), ("compare", opcode.hascompare),
                                    ("free", opcode.hasfree)] if i in table]
        out("opcode", str(i), name, ",".join(kinds) or "-")
    for i, name in enumerate(opcode.cmp_op):
        out("cmp", str(i), name)
    formats = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o",
               "%#o", "%.3d", "%.0d", "%s", "%r", "%10s|", "%-10s|", "%.2s", "%f", "%.2f",
               "%10.3f", "%-10.1f|", "%+.1f", "%e", "%.0e", "%#.0e", "%E", "%g", "%.3g",
               "%#g", "%G", "%#.0f", "%i", "%u", "%c", "%%%d%%", "x%sy%s", "%5%", "abc",
               "%(k)s", "%*d", "%.*f", "%q", "%", "%l", "%ld", "%hd", "%Ld", "%03.1f", "%+05d",
               "%- 5d|", "%#5x|", "%#05x", "%-#8o|"]
    args = [0, 5, -5, 42, 255, -255, 2 ** 40, 1.5, -0.5, 2.675, 1e20, 1e-7, 123456.789,
            float("inf"), float("nan"), "s", "abc", "x" * 3, 65]
    for f in formats:
        for a in args:
            try:
                r = f % a
                res = r.encode("hex") or "-"
            except Exception:
                res = "error"
            if isinstance(a, str):
                kind, val = "str", a.encode("hex")
            elif isinstance(a, float):
                kind, val = "float", a.hex()
            else:
                kind, val = "int", str(a)
            out("format", f.encode("hex"), kind, val, res)


main()
