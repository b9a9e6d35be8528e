# reversed(): a dict or a dict subclass is never a sequence (PySequence_Check), whatever it defines.
import collections
class D(dict):
    def __len__(self): return 1
class S(object):
    def __getitem__(self, i): return i
    def __len__(self): return 3
class N(object):
    def __getitem__(self, i): return i
for x in [{}, D(a=1), collections.OrderedDict(a=1), S(), N(), set(), 'ab', (1, 2)]:
    try:
        print list(reversed(x))
    except TypeError as e:
        print type(x).__name__, e
