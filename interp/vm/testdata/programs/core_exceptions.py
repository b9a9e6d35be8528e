import sys
def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        elif x == 1:
            return 1 / 0
        return 'ok'
    except ValueError as e:
        return 'value: %s' % e
    except ZeroDivisionError:
        return 'zerodiv: %s' % sys.exc_info()[1]
    finally:
        print 'finally', x
print f(0), f(1), f(2)
class MyError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
try:
    raise MyError(42, 'bad')
except MyError as e:
    print e.code, e.args, str(e), repr(e)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise IndexError('i')
except IndexError as e:
    print 'outer', repr(e), sys.exc_info()[0].__name__
def reraise():
    try:
        {}['missing']
    except KeyError:
        print 'logging'
        raise
try:
    reraise()
except KeyError as e:
    print 'reraised', e
try:
    raise TypeError, 'old style'
except TypeError, e:
    print e
for exc in (ValueError, KeyError('x'), StopIteration):
    try:
        raise exc
    except Exception as e:
        print type(e).__name__, e.args
e = Exception('a', 'b')
print e.args, str(e), e
print str(KeyError('key')), str(KeyError()), str(IOError(2, 'No such file', 'f.txt'))
print issubclass(KeyError, LookupError), issubclass(IOError, EnvironmentError)
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print 'assert', e
def nested():
    try:
        return 'try'
    finally:
        print 'nested finally'
print nested()
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print swallow()
for i in range(3):
    try:
        if i == 1:
            continue
        print 'body', i
    finally:
        print 'fin', i
try:
    int('x')
except ValueError as e:
    print e
try:
    [].pop()
except IndexError as e:
    print e
try:
    None.x
except AttributeError as e:
    print e
try:
    undefined_name
except NameError as e:
    print e
