from __future__ import division
exec "print 1/2"
print eval("1/2")
exec compile("print 1/2", "f", "exec")
exec compile("print 1/2", "f", "exec", 0, 1)
import __future__
exec compile("print 3/2", "f", "exec", __future__.division.compiler_flag, 1)
print eval(u"1/4")
exec u"s = 'caf\xe9'\nprint repr(s)"
exec "s = u'caf\xc3\xa9'\nprint repr(s)"
try:
    exec "x = 1\0"
except Exception as e:
    print type(e).__name__, e
try:
    eval("1\0")
except Exception as e:
    print type(e).__name__, e
try:
    compile("1", "f", "eval", 0x1000000)
except Exception as e:
    print type(e).__name__, e
c = compile("a = 5", "f", "single")
exec c
print a
print eval(compile("1+1", "f", "eval"))
try:
    compile(5, "f", "eval")
except Exception as e:
    print type(e).__name__, e
try:
    compile("1", "f", "bad")
except Exception as e:
    print type(e).__name__, e
try:
    compile("x = 1\0", "f", "exec")
except Exception as e:
    print type(e).__name__, e
print eval("  1 + 2")
print eval("\t 3")
try:
    eval("'\\N{NOSUCH}'")
except Exception as e:
    print type(e).__name__, e
try:
    eval("(" * 200 + ")" * 200)
except Exception as e:
    print type(e).__name__, e
try:
    compile("u'\\x'", "f", "eval")
except Exception as e:
    print type(e).__name__, e
for call in [lambda: compile("1", "f"), lambda: compile(source="1", filename="f", mode="eval"),
             lambda: compile("1", "f", "eval", 0, 0, 1), lambda: compile("1", "f", "eval", bogus=1),
             lambda: compile("1", "f", mode="eval", source="x"), lambda: compile("1", 5, "eval"),
             lambda: compile("1", filename="f"), lambda: compile("1\n", "f", "single", dont_inherit=True),
             lambda: eval("x", {"x": 3}), lambda: eval(u"u'\xe9'"), lambda: eval("1", [])]:
    try:
        print repr(call())[:9]
    except Exception as e:
        print type(e).__name__, e
def f():
    exec "y = 7"
    return y
print f()
