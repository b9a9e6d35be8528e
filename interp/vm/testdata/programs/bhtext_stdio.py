# Random sequences of file operations (reads of every kind, writes, seeks, tell,
# truncate, flush) in every mode and with explicit buffer sizes, checked against CPython
# 2.7 over glibc: what each returns, the positions, and what reaches the disk, including
# glibc's treatment of reading right after writing without a seek between.
import random, os
random.seed(2024)
fn = "bh_stdio.txt"
modes = ["r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "U", "rU", "rw", "wr"]
chunks = ["abc", "\n", "line\n", "x" * 5000, "\r\n", "\r", "mid\rdle\r\nend", "", "12345" * 2000, "\n\n\n"]
def show(label, f):
    try:
        r = f()
        if isinstance(r, str) and len(r) > 60:
            r = (len(r), hash(r))
        elif isinstance(r, list):
            r = (len(r), hash(tuple(r)))
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e
for trial in xrange(160):
    with open(fn, "wb") as f:
        init = [random.choice(chunks) for _ in xrange(random.randint(0, 6))]
        f.write("".join(init))
    m = random.choice(modes)
    bufsz = random.choice([0, 1, 100, 1000, 4096, 4096, 8192])
    try:
        f = open(fn, m, bufsz)
    except Exception as e:
        print trial, m, type(e).__name__, e
        continue
    print trial, m, bufsz, [chunks.index(c) for c in init]
    for step in xrange(random.randint(1, 12)):
        op = random.choice(["read", "readn", "readline", "readlinen", "readlines", "readlinesn", "next", "write", "writelines", "seek", "seekcur", "seekend", "tell", "truncate", "flush", "size", "newlines"])
        if op == "read": show(op, f.read)
        elif op == "readn": n = random.choice([0, 1, 3, 100, 9000]); show(op + str(n), lambda: f.read(n))
        elif op == "readline": show(op, f.readline)
        elif op == "readlinen": n = random.choice([0, 1, 2, 5, 50]); show(op + str(n), lambda: f.readline(n))
        elif op == "readlines": show(op, f.readlines)
        elif op == "readlinesn": n = random.choice([1, 10, 9000]); show(op + str(n), lambda: f.readlines(n))
        elif op == "next": show(op, f.next)
        elif op == "write": s = random.choice(chunks); show(op, lambda: f.write(s))
        elif op == "writelines": s = [random.choice(chunks) for _ in xrange(3)]; show(op + str([chunks.index(c) for c in s]), lambda: f.writelines(s))
        elif op == "seek": n = random.choice([0, 1, 5, 100, 20000]); show(op + str(n), lambda: f.seek(n))
        elif op == "seekcur": n = random.choice([-3, -1, 0, 2]); show(op + str(n), lambda: f.seek(n, 1))
        elif op == "seekend": n = random.choice([-5, 0, 3]); show(op + str(n), lambda: f.seek(n, 2))
        elif op == "tell": show(op, f.tell)
        elif op == "truncate": show(op, f.truncate)
        elif op == "flush": show(op, f.flush)
        elif op == "size": show(op, lambda: os.path.getsize(fn))
        elif op == "newlines": show(op, lambda: f.newlines)
    f.close()
    print "final", os.path.getsize(fn), hash(open(fn, "rb").read())
os.remove(fn)
