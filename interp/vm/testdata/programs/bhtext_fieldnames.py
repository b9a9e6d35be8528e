# str.format looks a field's first part up before reading the lookups after it, as
# CPython's FieldNameIterator does: a missing key or index is reported before a malformed
# .attribute or [key] that follows it, and each lookup before a bad part runs.
def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


for fmt in ["{,.}", "{x.}", "{0.}", "{0[}", "{0]x}", "{0[]}", "{0.a.}", "{x[0}", "{0[0]x}",
            "{a.b[}", "{0.real.}", "{0.nope.}", "{0[5].}", "{9.}", "{.}", "{[}", "{0.real[}",
            "{x[0].}", "{x[0]}", "{0.imag}"]:
    show(lambda: fmt.format(1j, x=[1]))
    show(lambda: (u"" + fmt).format(1j, x=[1]))
