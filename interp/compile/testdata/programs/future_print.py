"""Docstring first."""
from __future__ import print_function
from __future__ import unicode_literals, with_statement
print("hello", end="")
print()
s = "text"
b = b"bytes"
def f():
    print(s, file=None)
