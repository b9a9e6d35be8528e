# gc1: the first fix for gc0, with close().
#
# A reference run: nothing to change here. Each file is closed by the
# program itself, in a finally block, so it is closed even when the write
# fails. See that it behaves the same under every collector:
#
#     handson run --cpython gc1.py
#     handson run gc1.py
#     handson check gc1


def foo():
    f = open('bar.txt', 'w')
    try:
        f.write('hello world')
    finally:
        f.close()


foo()
f = open('bar.txt')
try:
    print f.read()
finally:
    f.close()
