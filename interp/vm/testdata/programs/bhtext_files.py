# File objects as CPython 2.7 has them: modes, universal newlines, the iteration
# read-ahead (tell after next, mixing with read methods), append-mode positions, write and
# writelines argument rules, the errors of each method.
import os
fn = "bh_files_a.txt"
f = open(fn, "w")
print f.name, f.mode, f.closed, repr(f.encoding), f.softspace, f.newlines
f.write("line one\nline two\r\nline three\rfour\n\nlast")
print f.tell()
f.close()
print f.closed, repr(f)[:20]
f = open(fn)
print repr(f.readline()), f.tell()
print repr(f.readline(4)), repr(f.readline()), f.tell()
print repr(f.read(5)), repr(f.readlines())
print repr(f.read()), repr(f.readline())
f.seek(0)
print [l for l in f]
f.seek(-4, 2); print repr(f.read()), f.tell()
f.seek(3); f.seek(2, 1); print repr(f.read(3))
f.close()
f = open(fn, "rU")
print repr(f.read()), f.newlines
f.close()
f = open(fn, "U")
print f.readlines(), f.newlines
f.close()
with open(fn, "rb") as f:
    print repr(f.read(10)), f.mode
    print repr(f.readlines(3))
for m in ["r", "w", "a", "r+", "w+", "a+", "rb", "wb", "x", "", "rw", "U+", "br"]:
    try:
        g = open(fn, m); print m, g.mode; g.close()
    except Exception as e:
        print m, type(e).__name__, e
f = open(fn, "w"); f.write("abc\ndef\n"); f.close()
f = open(fn, "a"); f.write("ghi\n"); print f.tell(); f.close()
f = open(fn, "r+"); f.write("XY"); f.seek(0); print repr(f.read()); f.close()
f = open(fn, "a+"); f.write("z"); f.seek(0); print repr(f.read()); f.close()
f = open(fn, "w+"); f.write("hello"); f.seek(0); print repr(f.read()); f.truncate(2); f.seek(0); print repr(f.read()); f.close()
try:
    f.read()
except ValueError as e:
    print "ValueError:", e
try:
    f.write("x")
except ValueError as e:
    print "ValueError:", e
try:
    open("/nonexistent/x")
except IOError as e:
    print "IOError:", e, e.errno, e.strerror, e.filename
try:
    open(fn).write("x")
except IOError as e:
    print "IOError:", e, e.errno
try:
    open(fn, "w").read()
except IOError as e:
    print "IOError:", e, e.errno
f = open(fn, "w")
f.writelines(["a\n", "b\n", u"c\n"])
print >>f, "d", 1, 2.5
print >>f, "e",
print >>f, "f"
f.close()
print repr(open(fn).read())
f = open(fn)
print f.next(), 
print list(f)
try:
    f.next()
except StopIteration:
    print "stop"
f.close()
try:
    open(fn).write(1)
except IOError as e:
    print "IOError:", e
f = open(fn, "w")
try:
    f.write(1)
except TypeError as e:
    print "TypeError:", e
try:
    f.writelines([1])
except TypeError as e:
    print "TypeError:", e
try:
    f.write(u"\xe9")
except UnicodeEncodeError as e:
    print "UEE:", e
f.close()
print os.path.getsize(fn)
f = open(fn, "rb")
print f.read(0) == "", f.isatty(), type(f.fileno()), f.flush()
f.close()
try:
    f.fileno()
except ValueError as e:
    print e
try:
    f.seek(0)
except ValueError as e:
    print e
try:
    iter(f)
except ValueError as e:
    print e
f = open(fn, "w"); f.write("1\n2\n3"); f.close()
with open(fn) as f:
    for i, line in enumerate(f):
        print i, repr(line)
    print f.closed
print f.closed
f = open(fn)
f.seek(0, 2); print f.tell(), repr(f.read())
try:
    f.seek(-100)
except IOError as e:
    print "IOError:", e
try:
    f.seek(0, 5)
except IOError as e:
    print "IOError:", e
try:
    f.seek("a")
except TypeError as e:
    print "TypeError:", e
f.close()
f = file(fn)
print type(f), type(f) is file, isinstance(f, file)
f.close()
os.remove(fn)
import os
fn = "bh_files_b.txt"
def show(label, fn2):
    try:
        print label, repr(fn2())
    except Exception as e:
        print label, type(e).__name__, e, getattr(e, "errno", "-")
f = open(fn, "w"); f.write("abc\ndef\nghi\n"); f.close()
f = open(fn, "a"); print "a tell", f.tell(); f.close()
f = open(fn, "a+"); print "a+ tell", f.tell(); print repr(f.read()); f.close()
f = open(fn, "r+"); print f.readline(); f.write("X"); f.seek(0); print repr(f.read()); f.close()
f = open(fn)
print f.next(), f.tell()
show("readline after next", f.readline)
show("read after next", f.read)
show("readlines after next", f.readlines)
show("read(1) after next", lambda: f.read(1))
f.seek(0)
print repr(f.readline()), f.tell()
print f.next(), f.tell()
f.close()
f = open(fn)
for line in f:
    print repr(line), f.tell()
f.close()
f = open(fn, "wb")
show("write int", lambda: f.write(1))
show("write unicode", lambda: f.write(u"ab"))
show("write unicode nonascii", lambda: f.write(u"\xe9"))


show("writelines unicode", lambda: f.writelines([u"zz"]))
show("writelines int", lambda: f.writelines([1]))
show("writelines nonseq", lambda: f.writelines(5))
show("write none", lambda: f.write(None))
show("write 2 args", lambda: f.write("a", "b"))
f.close()
print repr(open(fn, "rb").read())
f = open(fn, "w")
show("t write int", lambda: f.write(1))


show("t writelines unicode", lambda: f.writelines([u"zz"]))
show("t writelines unicode e9", lambda: f.writelines([u"\xe9"]))

show("t read", f.read)
show("t readline", f.readline)
show("t readlines", f.readlines)
show("t next", f.next)
show("t truncate", lambda: f.truncate())
f.close()
print repr(open(fn, "rb").read())
show("read closed", f.read)
show("readline closed", f.readline)
show("next closed", f.next)
show("tell closed", f.tell)
show("truncate closed", f.truncate)
show("isatty closed", f.isatty)
show("flush closed", f.flush)
show("writelines closed", lambda: f.writelines([]))
show("close closed", f.close)
show("enter closed", f.__enter__)
show("readlines closed", f.readlines)
show("xreadlines closed", f.xreadlines)
f = open(fn, "w"); f.write("0123456789\n" * 3); f.close()
f = open(fn)
print repr(f.readlines(5)), repr(f.readlines(0))
f.seek(0)
show("read(-5)", lambda: f.read(-5)); f.seek(0)
show("read(None)", lambda: f.read(None)); f.seek(0)
show("read(2.5)", lambda: f.read(2.5)); f.seek(0)
show("read('x')", lambda: f.read('x')); f.seek(0)
show("readline(0)", lambda: f.readline(0))
show("readline(-1)", lambda: f.readline(-1))
show("readline(None)", lambda: f.readline(None))
show("readline(3L)", lambda: f.readline(3L))
show("seek(2.0)", lambda: f.seek(2.0))
show("tell", f.tell)
show("seek(1L, 0L)", lambda: f.seek(1L, 0L))
show("seek(0, 'x')", lambda: f.seek(0, 'x'))
show("seek()", lambda: f.seek())
show("read(1,2)", lambda: f.read(1, 2))
show("truncate(-1)", lambda: f.truncate(-1))
f.close()
f = open(fn, "r+")
f.seek(5); show("truncate()", f.truncate); show("tell", f.tell); f.seek(0); show("read", f.read)
show("truncate(2)", lambda: f.truncate(2)); show("tell", f.tell); f.seek(0); show("read", f.read)
f.close()
f = open(fn, "w")
print f.write("x"), f.writelines([]), f.flush(), f.seek(0), f.truncate(), f.close(), f.close()
f = open(fn, "r")
print f.__enter__() is f, f.__exit__(None, None, None), f.closed
show("exit again", lambda: f.__exit__(1, 2, 3))
print f.xreadlines is not None
g = open(fn)
print g.xreadlines() is g, iter(g) is g
g.close()
print type(f).__name__, file.__name__, repr(file)
show("file no args", lambda: file())
show("open int", lambda: open(1))
show("open None", lambda: open(None))
show("open dir", lambda: open("."))
show("open dir w", lambda: open(".", "w"))
show("open empty", lambda: open(""))
show("open nul", lambda: open("a\0b"))
show("open mode int", lambda: open(fn, 1))
show("open buf str", lambda: open(fn, "r", "x"))
os.remove(fn)
fn = "bh_files_c.txt"
def show(label, fn2):
    try:
        print label, repr(fn2())
    except Exception as e:
        print label, type(e).__name__, e
open(fn, "w").close(); f = open(fn, "rw"); show("rw write", lambda: f.write("x")); show("rw flush", f.flush); show("rw read", f.read); f.close()
f = open(fn, "w"); f.write("a\r\nb\rc\nd\r"); f.close()
for m in ["U", "rU", "Ub", "rbU"]:
    f = open(fn, m)
    lines = []
    while True:
        l = f.readline()
        if not l: break
        lines.append((l, f.newlines, f.tell()))
    print m, lines
    f.close()
f = open(fn, "U"); print repr(f.read(3)), f.newlines, repr(f.read()), f.newlines, f.tell(); f.close()
f = open(fn, "U"); print repr(f.read(2)), f.newlines, f.tell(), f.newlines, repr(f.read(1)); f.close()
f = open(fn, "U"); print list(f), f.newlines; f.close()
f = open(fn, "U"); print f.readlines(), f.newlines; f.close()
f = open(fn, "U"); print f.readlines(1), f.newlines; f.close()
f = open(fn, "U"); print [f.readline(1) for i in range(8)], f.newlines; f.close()
f = open(fn, "U"); f.seek(1); print repr(f.read()), f.newlines; f.close()
f = open(fn, "w"); f.write("x\r"); f.close()
f = open(fn, "U"); print repr(f.readline()), f.newlines, f.tell(), repr(f.readline()), f.newlines; f.close()
f = open(fn, "w"); f.write("\r\r\n\n\r"); f.close()
f = open(fn, "U"); print repr(f.read()), f.newlines; f.close()
f = open(fn, "U"); print repr(f.read(1)), f.newlines, repr(f.read(1)), f.newlines, repr(f.read(1)), f.newlines, repr(f.read(1)), f.newlines; f.close()
# long file: readlines sizehint, iteration tell
f = open(fn, "w")
for i in range(3000):
    f.write("line %d %s\n" % (i, "x" * (i % 50)))
f.write("y" * 20000 + "\n")
f.write("tail")
f.close()
f = open(fn)
chunks = []
while True:
    ls = f.readlines(100)
    if not ls: break
    chunks.append((len(ls), f.tell()))
print chunks
f.seek(0)
pos = []
for i, line in enumerate(f):
    if i % 500 == 0 or len(line) > 1000:
        pos.append((i, len(line), f.tell()))
print pos, repr(line)
f.seek(0)
print f.next(), f.tell()
f.seek(f.tell())
print repr(f.readline())
f.close()
f = open(fn, "r+")
f.next()
f.write("ZZ")
print f.tell()
print repr(f.next())
f.close()
f = open(fn, "w"); f.write("\0abc\n\0def\n"); f.close()
f = open(fn); print repr(f.next()); print repr(f.readline()); print repr(f.read()); f.close()
f = open(fn, "a"); f.write("x"); print f.tell(); f.seek(0); print f.tell(); f.write("y"); print f.tell(); f.close()
f = open(fn, "a+"); print f.tell(); f.write("q"); print f.tell(); f.seek(0); print repr(f.read(3)), f.tell(); f.write("w"); print f.tell(); f.close()
f = open(fn, "w+"); f.write("hello\nworld\n"); f.seek(0); print f.next(); f.seek(0, 1); print f.tell(); f.close()
f = open(fn, "r"); print f.read(2); f.seek(-1, 1); print f.read(2), f.tell(); f.close()
os.remove(fn)
