# math: values, CPython 2.7's float results, and its error rules.
import math

cases = ['sqrt(-1)', 'log(0)', 'log(-1)', 'exp(1000)', 'log(10,1)', 'log(0,10)',
         'factorial(-1)', 'factorial(2.5)', 'factorial("a")', 'floor("a")', 'gamma(0)',
         'gamma(-1)', 'gamma(200)', 'lgamma(0)', 'lgamma(-2)', 'fmod(1,0)', 'pow(0,-1)',
         'pow(-1,0.5)', 'pow(10,1000)', 'ldexp(1,10000)', 'fsum([1e308,1e308])',
         'fsum([float("inf"),float("-inf")])', 'acos(2)', 'atanh(1)', 'cosh(1000)',
         'log1p(-1)', 'sqrt(None)', 'ldexp(1,2.5)', 'hypot(1)', 'log(1,2,3)', 'floor()',
         'expm1(1000)', 'log(2**2000)', 'log(2**2000, 2)', 'log10(10**400)',
         'factorial(10**20)', 'sqrt(2**2000)', 'log(-2**2000)', 'isinf(2**2000)',
         'trunc(2.5)', 'trunc(-2.5)', 'trunc(7)', 'modf(float("inf"))', 'modf(-2.75)',
         'frexp(0)', 'frexp(10.5)', 'frexp(-0.1)', 'ldexp(1,-10000)', 'factorial(5.0)',
         'factorial(0)', 'factorial(20)', 'factorial(21)', 'factorial(30)',
         'copysign(1, -0.0)', 'copysign(3, 2)', 'atan2(0,-1)', 'atan2(1, 1)', 'fabs(-3)',
         'pow(2,0.5)', 'pow(2, 10)', 'pow(-2, 3)', 'floor(2**70)', 'ceil(-0.5)', 'ceil(2.1)',
         'floor(-2.1)', 'floor(3)', 'erf(0.5)', 'erfc(0.5)', 'gamma(0.5)', 'lgamma(0.5)',
         'sin(1)', 'cos(1)', 'tan(1)', 'exp(1)', 'log(3)', 'log10(3)', 'exp(0.1)', 'asinh(1)',
         'acosh(2)', 'atanh(0.5)', 'cosh(1)', 'sinh(1)', 'tanh(1)', 'expm1(1e-5)',
         'log1p(1e-5)', 'gamma(5)', 'gamma(5.5)', 'lgamma(100.5)', 'erf(2.5)', 'erfc(3)',
         'hypot(3,4)', 'hypot(float("inf"), float("nan"))', 'pow(1.1,100)', 'ldexp(0.5,3)',
         'degrees(1)', 'radians(90)', 'degrees(pi)', 'fmod(-7,3)', 'fmod(7, -3)',
         'fsum([0.1]*10)', 'fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])',
         'fsum([])', 'fsum(x/7.0 for x in range(100))', 'log(100,10)', 'log(8,2)',
         'log(1024, 2)', 'isnan(float("nan"))', 'isnan(1)', 'isinf(float("-inf"))',
         'sqrt(16)', 'sqrt(2L)', 'sqrt(True)', 'exp(-1000)', 'asin(1)', 'acos(-1)',
         'atan(float("inf"))', 'sin(float("inf"))', 'floor(float("inf"))', 'tan(0)']
for c in cases:
    try:
        print c, repr(eval('math.' + c))
    except Exception as e:
        print c, type(e).__name__, e

print math.pi, math.e, repr(math.pi), repr(math.e)
print type(math.floor(2.5)), type(math.ceil(2)), type(math.trunc(2.5)), type(math.factorial(3))


class Num(object):
    def __float__(self):
        return 2.25

    def __trunc__(self):
        return 42

print math.sqrt(Num()), math.trunc(Num()), math.floor(Num())


class F(float):
    pass

print math.sqrt(F(9.0)), math.isinf(F(1e308) * 10)
try:
    math.trunc("x")
except Exception as e:
    print type(e).__name__, e
print sorted(n for n in dir(math) if n[0] != '_')
