# How much of what a program writes is on disk before it closes the file: glibc's stdio
# fills the buffer, writes it when full, writes whole blocks of a long write straight
# through, and (line-buffered) writes up to the last newline. The buffer sizes are given
# explicitly so that the result does not depend on the file system's block size.
import os

name = "bh_filebuf.txt"


def size():
    return os.path.getsize(name)


f = open(name, "w", 4096)
for n in [4000, 100, 5000, 3000, 20000, 1, 4095, 4096]:
    f.write("x" * n)
    print n, f.tell(), size()
f.seek(0)
print "after seek", size()
f.write("y" * 5000)
print f.tell(), size()
f.close()
f = open(name, "w", 1000)
for n in [500, 600, 100, 2500, 50]:
    f.write("y" * n)
    print n, f.tell(), size()
f.close()
for chunks in [["ab", "c\nd", "e" * 9000, "f\ng", "h" * 100, "a\nb\nc", "\n"],
               ["a\nb", "c\n\nd\ne" * 3000]]:
    f = open(name, "w", 1)
    for s in chunks:
        f.write(s)
        print "line-buffered", len(s), f.tell(), size()
    f.close()
f = open(name, "w", 100)
for n in [50, 60, 300, 10]:
    f.write("z" * n)
    print "small buffer", n, f.tell(), size()
f.close()
f = open(name, "w", 0)
for n in [50, 60]:
    f.write("z" * n)
    print "unbuffered", n, f.tell(), size()
f.close()
f = open(name, "w", 2048)
for i in range(400):
    print >>f, "line", i
    if i % 57 == 0:
        print i, size()
f.close()
f = open(name, "a", 4096)
f.write("q" * 5000)
print "append", size()
f.close()
f = open(name, "r+", 4096)
f.read(10)
f.write("w" * 5000)
print "update", size(), f.tell()
f.close()
os.remove(name)
