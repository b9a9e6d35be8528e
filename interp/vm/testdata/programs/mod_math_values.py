# math: every function on many arguments (drawn with random, whose numbers are CPython's),
# printed to 14 significant digits since glibc misrounds a few near-halfway cases (such as
# pow(6.600326511368721, 0.5756464705919913)) that cannot be matched bit for bit; then the
# repr of results on round arguments.
import math
import random

random.seed(1)
ranges = {
    'asin': (-1, 1), 'acos': (-1, 1), 'atanh': (-1, 1), 'erf': (-3, 3), 'erfc': (-3, 6),
    'acosh': (1, 100), 'exp': (-30, 30), 'sinh': (-30, 30), 'cosh': (-30, 30),
    'expm1': (-5, 5), 'gamma': (0.1, 30), 'lgamma': (-20, 50), 'log': (0.001, 1000),
    'log10': (0.001, 1000), 'log1p': (-0.9, 100), 'tanh': (-5, 5),
}
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'erf', 'erfc',
         'exp', 'expm1', 'gamma', 'lgamma', 'log', 'log10', 'log1p', 'sin', 'sinh', 'sqrt',
         'tan', 'tanh']
for name in names:
    lo, hi = ranges.get(name, (-10, 10))
    if name == 'sqrt':
        lo = 0
    f = getattr(math, name)
    out = []
    for i in range(150):
        x = random.uniform(lo, hi)
        try:
            out.append('%.14g' % f(x))
        except ValueError:
            out.append('ValueError')
    print name, ' '.join(out)

for name in ('pow', 'atan2', 'hypot', 'fmod', 'copysign', 'ldexp'):
    out = []
    for i in range(150):
        x = random.uniform(0.1, 10)
        y = random.uniform(-20, 20)
        if name == 'ldexp':
            y = int(y)
        out.append('%.14g' % getattr(math, name)(x, y))
    print name, ' '.join(out)

print ' '.join(repr(x ** 0.5) for x in range(1, 40))
print ' '.join(repr(math.exp(x)) for x in range(-20, 20))
print ' '.join(repr(math.log(x)) for x in range(1, 60))
print ' '.join(repr(math.sin(x)) + ' ' + repr(math.cos(x)) for x in range(-30, 30))
print ' '.join(repr(math.pow(1.5, y)) for y in range(-30, 30))
print ' '.join(repr(math.log(x, 2)) + ' ' + repr(math.log10(x)) for x in [2 ** k for k in range(60)] + [10 ** k for k in range(20)])
