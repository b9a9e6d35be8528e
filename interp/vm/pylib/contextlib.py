"""contextlib: utilities for with-statement contexts."""
import sys
from functools import wraps

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """The context manager @contextmanager makes from one generator."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                # The with statement may pass the exception class alone.
                value = type()
            try:
                self.gen.throw(type, value, traceback)
                raise RuntimeError("generator didn't stop after throw()")
            except StopIteration, exc:
                # Suppress the exception unless it is the StopIteration passed in.
                return exc is not value
            except:
                # Re-raise only if it is a different exception from the one passed in;
                # returning False lets the with statement re-raise the original.
                if sys.exc_info()[1] is not value:
                    raise
                return False


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory.

    The code before the yield runs on entry, the yielded value is bound by 'as', and the
    code after the yield runs on exit (an exception in the block is raised at the yield).
    """
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


@contextmanager
def nested(*managers):
    """Enter several context managers as one, and exit them in reverse order."""
    exits = []
    vars = []
    exc = (None, None, None)
    try:
        for mgr in managers:
            exit = mgr.__exit__
            enter = mgr.__enter__
            vars.append(enter())
            exits.append(exit)
        yield vars
    except:
        exc = sys.exc_info()
    finally:
        while exits:
            exit = exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc != (None, None, None):
            raise exc[0], exc[1], exc[2]


class closing(object):
    """Hand out thing and call thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
