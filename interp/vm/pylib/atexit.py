"""atexit: functions to call when the program ends normally.

As in CPython 2.7 the handlers are run by sys.exitfunc, so a program that assigns its own
sys.exitfunc after importing atexit replaces them.
"""
import sys

__all__ = ["register"]

_exithandlers = []


def _run_exitfuncs():
    """Call the registered handlers, newest first; re-raise the last failure at the end."""
    exc_info = None
    while _exithandlers:
        func, targs, kargs = _exithandlers.pop()
        try:
            func(*targs, **kargs)
        except SystemExit:
            exc_info = sys.exc_info()
        except:
            import traceback
            print >> sys.stderr, "Error in atexit._run_exitfuncs:"
            traceback.print_exc()
            exc_info = sys.exc_info()
    if exc_info is not None:
        # Drop the locals holding the traceback as the exception leaves, so that the
        # frame and its traceback do not keep each other alive.
        etype, value, tb = exc_info
        exc_info = None
        try:
            raise etype, value, tb
        finally:
            etype = value = tb = None


def register(func, *targs, **kargs):
    """Have func(*targs, **kargs) called at exit; returns func, so it works as a decorator."""
    _exithandlers.append((func, targs, kargs))
    return func

# An exit function the program installed before importing atexit becomes a handler.
if hasattr(sys, "exitfunc"):
    register(sys.exitfunc)
sys.exitfunc = _run_exitfuncs
