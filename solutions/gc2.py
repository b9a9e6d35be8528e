# gc2: the second fix for gc0, with the with statement.
#
# A reference run: nothing to change here. A with block closes its file
# when the block ends, however it ends: the same as gc1's try/finally,
# written shorter.
#
#     handson run --cpython gc2.py
#     handson run gc2.py
#     handson check gc2


def foo():
    with open('bar.txt', 'w') as f:
        f.write('hello world')


foo()
with open('bar.txt') as f:
    print f.read()
