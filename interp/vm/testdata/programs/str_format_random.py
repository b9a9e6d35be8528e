# Random format specifications (from a fixed linear congruential generator, so CPython and
# the VM see the same ones) applied with %, format() and str.format to ints, longs,
# floats and strings: every combination of fill, align, sign, #, 0, width, comma,
# precision and type the generator makes.
state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
values = [0, 1, -1, 7, 42, -42, 255, 1000, -1234567, 2 ** 31, -2 ** 63, 10 ** 25, -(10 ** 25), True,
          0.0, -0.0, 0.5, 1.5, -2.5, 3.14159, 1e-7, 123456.789, -9.87654321e15, 1e22, 2.5e-300,
          float('inf'), float('-inf'), float('nan'), '', 'a', 'hello', 'x' * 12, u'\xe9t\xe9', u'']
def spec():
    s = ''
    if rand(3) == 0:
        s += pick(['', '*', '0', '_', ' ', '#']) + pick('<>=^')
    if rand(3) == 0:
        s += pick('+- ')
    if rand(4) == 0:
        s += '#'
    if rand(4) == 0:
        s += '0'
    if rand(2) == 0:
        s += str(rand(15))
    if rand(4) == 0:
        s += ','
    if rand(3) == 0:
        s += '.' + str(rand(12))
    if rand(4) != 0:
        s += pick('bcdoxXneEfFgG%s')
    return s
def pct():
    s = '%'
    for flag in '-+ #0':
        if rand(5) == 0:
            s += flag
    if rand(2) == 0:
        s += str(rand(15))
    if rand(3) == 0:
        s += '.' + str(rand(12))
    return s + pick('diouxXeEfFgGcrs')
def show(f, *args):
    try:
        r = f(*args)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for i in range(1500):
    v = pick(values)
    s = spec()
    p = pct()
    print repr(v), repr(s), show(format, v, s), show(('{0:' + s + '}').format, v), repr(p), show(lambda: p % (v,))
