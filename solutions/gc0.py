# gc0, solved: every file is closed by the program, at a point it chooses,
# so the data is on disk before anyone reads it, whichever collector runs.
# gc1.py does the same with close() in a finally block.


def foo():
    with open('bar.txt', 'w') as f:
        f.write('hello world')


foo()
with open('bar.txt') as f:
    print f.read()
