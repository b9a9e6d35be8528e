# contextlib: contextmanager (normal exit, exceptions handled or re-raised, generator
# misbehaviour), closing and nested.
from __future__ import with_statement
import contextlib
from contextlib import contextmanager, closing, nested


@contextmanager
def tag(name):
    print '<%s>' % name
    yield name
    print '</%s>' % name

with tag('b') as t:
    print 'inside', t


@contextmanager
def guarded():
    try:
        yield
    except ValueError as e:
        print 'handled', e


with guarded():
    raise ValueError('boom')
print 'after guarded'


@contextmanager
def cleanup():
    try:
        yield 'resource'
    finally:
        print 'cleanup ran'

try:
    with cleanup() as r:
        print 'using', r
        raise KeyError('k')
except KeyError as e:
    print 'propagated KeyError', e


@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print 'RuntimeError', e


@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print 'RuntimeError', e


@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield

try:
    with swallow_and_yield():
        raise TypeError('t')
except RuntimeError as e:
    print 'RuntimeError', e


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('converted')

try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print type(e).__name__, e

print tag.__name__, contextlib.GeneratorContextManager.__name__


class Resource(object):
    def __init__(self, name):
        self.name = name

    def close(self):
        print 'closing', self.name

with closing(Resource('r1')) as res:
    print 'got', res.name
try:
    with closing(Resource('r2')):
        raise IOError('io')
except IOError:
    print 'IOError passed through'

with nested(tag('outer'), tag('inner')) as (a, b):
    print 'nested', a, b


class Suppress(object):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print 'suppressing', exc[0].__name__
        return True

with nested(Suppress(), tag('x')):
    raise NameError('n')
print 'done'
