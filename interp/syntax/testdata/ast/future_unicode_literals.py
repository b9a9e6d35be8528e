"""This docstring becomes unicode too."""
from __future__ import unicode_literals, division
x = 'text'
y = b'bytes'
z = r'raw \u0041'
w = 'caf\xe9'
