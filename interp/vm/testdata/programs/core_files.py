f = open('data.txt', 'w')
f.write('line one\n')
f.writelines(['line two\n', 'line three\n'])
print f.closed, f.name, f.mode
f.close()
print f.closed
with open('data.txt') as f:
    print repr(f.read())
with open('data.txt') as f:
    print f.readline(), f.readlines()
for line in open('data.txt'):
    print line.rstrip()
with open('data.txt', 'a') as f:
    print >>f, 'appended', 42
print open('data.txt').read().splitlines()
f = open('data.txt', 'r+')
print f.read(4)
f.seek(0)
f.write('LINE')
f.seek(0)
print f.readline()
f.close()
try:
    open('missing.txt')
except IOError as e:
    print e.errno, e.strerror, e.filename, e
try:
    f.read()
except ValueError as e:
    print e
import os
print os.path.exists('data.txt'), os.path.getsize('data.txt')
os.remove('data.txt')
print os.path.exists('data.txt')
