print 7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1
print 7.0 / 2, 7.5 // 2, -7.5 % 2, divmod(7, -2), divmod(-7.5, 2)
print 2 ** 64, type(2 ** 64), 2 ** 63 - 1, type(2 ** 63 - 1), -2 ** 63, type(-(2 ** 63))
import sys
print sys.maxint + 1, type(sys.maxint), type(sys.maxint + 1)
print 10 ** 20 / 3, 10 ** 20 % 7, -(10 ** 20) // 3, long(5), 5L * 2, int(5L), int(10 ** 20)
print 0.1 + 0.2, 1.0 / 3, 1e16, 1e15, 1e-5, 0.0001, 123456789.123, float('inf'), -float('inf')
print repr(0.1 + 0.2), repr(1.0 / 3), str(1.0 / 3), 3.0, 1e100, 2.5e-8
print round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234.5, -2)
print abs(-3), abs(-3.5), abs(-10 ** 20), pow(2, 100, 7), pow(2.0, 0.5)
print int('ff', 16), int('0x1f', 0), int(' 42 '), int('-7'), long('123456789012345678901234567890')
print float('1.5'), float(' -2e3 '), int(3.9), int(-3.9), hex(255), oct(8), bin(5), hex(-1)
print 1 < 2.5, 3 == 3.0, 10 ** 20 > 1e19, 2 ** 53 + 1 == float(2 ** 53 + 1)
print True + True, True * 3, False - 1, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -8 >> 1
print complex(1, 2) * 2, (1 + 2j).real, abs(3 + 4j)
print hash(1) == hash(1.0) == hash(1L), hash(2 ** 70) == hash(float(2 ** 70))
print cmp(1, 2), cmp('b', 'a'), cmp([1], [1])
print sorted([3, 1.5, 2L, -1]), max(1, 2.5), min([4, 3L])
print 1000000 * 1000000 * 1000000, 12345678901234567890 * 98765432109876543210
print 100 // 7.0, 2 ** 0.5, 10 % 3.5, -0.0, 0.0 == -0.0
print '%d %5.2f %e %g %x %o %s %r' % (42, 3.14159, 12345.678, 0.0001, 255, 8, 'str', 'repr')
print 1e300 * 1e10, -1e300 * 1e10
try:
    1 / 0
except ZeroDivisionError as e:
    print e
try:
    1.0 / 0
except ZeroDivisionError as e:
    print e
try:
    10 ** 20 % 0
except ZeroDivisionError as e:
    print e
