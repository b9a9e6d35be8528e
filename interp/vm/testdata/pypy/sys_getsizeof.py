# sys.getsizeof in PyPy mode: PyPy has no per-object size, so it returns the default when
# one is given and raises TypeError otherwise. The expected output is pypy3's.
from __future__ import print_function
import sys

print(sys.getsizeof(1, 'default'), sys.getsizeof([1, 2], None))
for obj in (1, 'abc', [], {}, object()):
    try:
        sys.getsizeof(obj)
    except TypeError:
        print('TypeError for', type(obj).__name__)
