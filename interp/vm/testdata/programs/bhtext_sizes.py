# Widths, sizes and precisions no string could have: CPython fails to allocate
# (MemoryError) or refuses the precision (ValueError), where handson used to run out of
# memory or hang.
cases = [
    lambda: "{:999999999999999999}".format(1), lambda: "{:99999999999}".format("a"),
    lambda: u"{:99999999999}".format(u"a"), lambda: "{:99999999999}".format(1.0),
    lambda: "{:99999999999}".format(1j), lambda: "{:99999999999}".format(2**80),
    lambda: format(1, "099999999999"), lambda: "{:.999999999999999999}".format(1.0),
    lambda: "{:,.9999999999f}".format(1.0), lambda: "{:.2147483648}".format(1.0),
    lambda: "{:.2147483648}".format(1j), lambda: "{:.2147483648}".format("ab"),
    lambda: "{:.2147483648}".format(12), lambda: "{:9223372036854775808}".format(1.0),
    lambda: "%999999999999999999d" % 1, lambda: "%99999999999s" % "a",
    lambda: "%-99999999999d" % 1, lambda: u"%99999999999s" % u"a", lambda: "%*s" % (2**40, "a"),
    lambda: "%.2147483648f" % 1.0, lambda: "%.99999999999s" % "ab", lambda: "%.3000000000d" % 1,
    lambda: "%.2000000000s" % "ab", lambda: "%.99999d" % 1,
    lambda: "a".rjust(99999999999), lambda: "a".ljust(2**62, "*"), lambda: "a".center(10**15),
    lambda: u"a".center(2**40), lambda: u"a".ljust(99999999999), lambda: "x".zfill(10**12),
    lambda: u"x".zfill(2**62), lambda: "\t".expandtabs(10**12),
    lambda: "ab".center(-5), lambda: "ab".zfill(-1), lambda: "a\tb".expandtabs(-3),
]
for i, case in enumerate(cases):
    try:
        print i, len(case())
    except (MemoryError, ValueError, OverflowError) as e:
        print i, type(e).__name__, e
