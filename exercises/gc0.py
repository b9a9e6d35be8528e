# gc0: a file nobody closes.
#
# foo() writes to bar.txt and returns without closing the file; then the
# program prints what bar.txt holds. Run it under both collectors:
#
#     handson run --cpython gc0.py
#     handson run gc0.py
#
# Make it print "hello world" under every collector, and close every file
# it opens. Check your fix with:  handson check gc0


def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')


foo()
print open('bar.txt').read()
