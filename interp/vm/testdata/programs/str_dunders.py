class S(str): pass
class U(unicode): pass
# The str/unicode slot wrappers called directly, on subclasses and as unbound methods.
# ('ab'.__mul__('x') is left out: the VM's operator dispatch calls __mul__, which then
# steps aside for the other operand as CPython's missing nb_multiply does.)
def t(expr):
    try:
        r = eval(expr)
        print expr, repr(r), type(r).__name__
    except Exception as e:
        print expr, type(e).__name__, e
for e in ["'a'.__len__(1)", "'abc'.__getitem__()", "'abc'.__getitem__(1)", "'abc'.__getslice__(-1, 5)", "'abc'.__getslice__(1)", "'abc'.__getslice__(2, 1)", "'abc'.__getslice__(1.5, 2)",
  "'abc'.__contains__('b')", "'abc'.__contains__(1)", "'abc'.__contains__(u'b')", "'abc'.__add__('d')", "'abc'.__add__(1)", "'abc'.__add__(u'd')", "'ab'.__mul__(2)", "'ab'.__rmul__(2)",
  "'%s'.__mod__(1)", "'x'.__mod__(1)", "'x'.__rmod__(1)", "'x'.__rmod__('%s')", "'a'.__hash__()", "'a'.__eq__('a')", "'a'.__eq__(1)", "'a'.__eq__(u'a')", "'a'.__lt__('b')", "'a'.__ne__()", "'a'.__repr__()", "'a'.__str__()", "S('a').__str__()", "S('a').__repr__()",
  "'a'.__format__('>3')", "'a'.__format__(1)", "'a'.__format__()", "'a'.__format__(u'>3')", "'a'.__getnewargs__()", "S('a').__getnewargs__()", "'abc'.__sizeof__()", "u'abc'.__sizeof__()", "str.__len__(S('ab'))", "str.lower(S('AB'))", "str.lower(u'AB')", "S('ab').upper()", "S('ab').strip()", "S(' ab').strip()", "S('ab').partition('z')", "S('ab').split()", "S('ab').center(1)", "S('a') + 'b'", "S('a') * 2", "S('abc').center(1)", "S('abc').center(2)", "S('abc').ljust(1)", "U(u'abc').center(2)", "U(u'abc').rjust(0)", "S('ab').zfill(1)",
  "u'abc'.__contains__(1)", "u'abc'.__add__(1)", "u'abc'.__add__('x')", "u'a'.__eq__('a')", "u'a'.__eq__(1)", "u'a'.__lt__('b')", "u'a'.__mod__(1)", "u'%s'.__mod__(1)", "u'x'.__rmod__('%s')", "u'x'.__rmod__(1)", "u'ab'.__getslice__(1, 2)", "u'a'.__format__(1)", "u'a'.__format__('>3')", "u'abc'.__getnewargs__()", "U(u'a').__getnewargs__()", "u'a'.__hash__()", "u'\\xe9'.__hash__() == hash(u'\\xe9')", "U(u'ab').upper()", "U(u'ab').strip()", "U(u'ab').partition(u'z')",
  "str.join(',', ['a'])", "map(str.upper, ['a', 'b'])", "str.upper(1)", "str.upper()", "unicode.upper('a')", "str.__len__(u'ab')", "str.__add__('a', 'b')", "S('a').__add__('b')", "str()", "str(1, 2)", "str(x=1)", "unicode()", "unicode('a', 'ascii', 'strict', 1)", "str.__new__(S, 'x')", "str.__new__(int, 'x')", "'%s' % S('x')", "S('x') % ()", "S('%s') % 'y'", "'abc'.__iter__"]:
    t(e)

class R(object):
    def __radd__(self, other): return 'radd:' + other
    def __rmul__(self, other): return 'rmul:' + other
print 'ab' + R(), 'ab' * R(), u'ab' + R()
try:
    'ab' * 2.5
except TypeError as e:
    print e
try:
    u'ab' * 'x'
except TypeError as e:
    print e
try:
    'ab' + 1
except TypeError as e:
    print e
print 3 * 'ab', 'ab' * 0, 'ab' * -1, u'x' * 3, 2 * u'yz'
