# Floats as text: repr (shortest round-trip digits), str (12 digits), % with e f g E F G
# and every flag, format() with every type, over ordinary, huge, tiny, integral,
# negative-zero, infinite and nan values.
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
          3.14159265358979, 123.456, 1234567.0, 12345678.9, 1e15, 1e16, 1e17, 1.5e16,
          123456789012.0, 1234567890123.0, 99999999999.5, 999999999999.5, 1e22, 1e100, 1.7976931348623157e308,
          1e-4, 1e-5, 0.00012345, 1.23e-10, 5e-324, 2.2250738585072014e-308, 0.05, 0.15,
          0.25, 0.35, 1e50, 1e60, 123456.0, 9.999999e-5, 0.000099999, 100.0, 1e6, 1e7,
          float('inf'), float('-inf'), float('nan'), 2 ** 53 + 1.0, 4.35, 4.45, 0.125, 1e21, 1e-7]
for x in values:
    print repr(x), str(x), x, [x], (x,)
for x in values:
    row = []
    for f in ['%e', '%E', '%f', '%F', '%g', '%G', '%.0e', '%.0f', '%.0g', '%.1e', '%.3f', '%.10g',
              '%.17g', '%#g', '%#.0f', '%#.0e', '%#.3g', '%+f', '% f', '%+.2e', '%12.4f', '%-12.4f|',
              '%012.4f', '%+012.4e', '%-+12.2g|', '%#012.3g', '%.30f', '%.20e', '%r', '%s', '%5s|']:
        row.append(f % x)
    print repr(x), row
for x in values:
    row = []
    for spec in ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.3', '.12', '.17', '.0f',
                 '.2f', '.3e', '.4g', '+', ' ', '+.3', '10', '<10', '^10', '=10', '010', '+010.2f',
                 '*>12.3e', ',', ',.2f', '015,.3f', ',g', '.2%', '-^9.1f', '0=+12,.1f']:
        try:
            row.append(format(x, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print repr(x), row
for n in [0, 1, -1, 7, 10, 255, -255, 1234567, -1234567, 2 ** 31, 2 ** 63, -2 ** 63, 10 ** 20, True, False]:
    row = []
    for spec in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', 'c', ',', '+', ' ', '08',
                 '#010x', '<8', '^8', '=+8', '*^+9', '0>8,', 'e', 'f', '.2f', 'g', '%', ',.1f', '+#o']:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print repr(n), row
for n in [0, 1, -1, 255, -255, 2 ** 40, -2 ** 70, 10 ** 30, 7L, True]:
    row = []
    for f in ['%d', '%i', '%u', '%o', '%x', '%X', '%#o', '%#x', '%#X', '%5d|', '%-5d|', '%05d',
              '%+d', '% d', '%.3d', '%+.3d', '%8.3x|', '%-#8x|', '%#08x', '%+#08X', '%e', '%.2f',
              '%g', '%s', '%r', '%c' if 0 <= n < 256 else '%s']:
        row.append(f % n)
    print repr(n), row
print 1e16, 1e15, 12345678901.0, 123456789012.0, 1.0e-4, 1.0e-5, -1e-5, 100.0
print round(2.5), round(0.125, 2), round(1e20), str(round(3.14159, 3)), 10 / 4.0, 2 ** 0.5
print float('1e500'), float('-1e500'), -float('nan'), abs(float('-inf'))
print '%s %r' % (1.1, 1.1), '{0} {0!r} {0!s}'.format(2.2), str([1.1, 2.2]), repr({1.5: 2.5})
