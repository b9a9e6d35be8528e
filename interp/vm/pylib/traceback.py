"""Extract, format and print information about Python stack traces."""
import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_tb', 'print_stack', 'format_stack', 'extract_stack']


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is not None:
        entries = entries[:max(limit, 0)]
    return entries


def extract_tb(tb, limit=None):
    """Return a list of (filename, line number, function name, text) for a traceback."""
    return _limited(_traceback.extract_tb(tb), limit)


def format_list(extracted_list):
    """Format a list of traceback entry tuples for printing."""
    out = []
    for filename, lineno, name, line in extracted_list:
        item = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            item = item + '    %s\n' % line
        out.append(item)
    return out


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return format_list(extract_tb(tb, limit))


def format_exception_only(etype, value):
    """Format the exception part of a traceback: a list holding one string."""
    return [_traceback.exception_only(etype, value)]


def format_exception(etype, value, tb, limit=None):
    """Format a stack trace and the exception information, as a list of strings."""
    if tb:
        out = ['Traceback (most recent call last):\n'] + format_tb(tb, limit)
    else:
        out = []
    return out + format_exception_only(etype, value)


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        file.write(item)


def print_exception(etype, value, tb, limit=None, file=None):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for item in format_exception(etype, value, tb, limit):
        file.write(item)


def format_exc(limit=None):
    """Like print_exc() but return a string."""
    etype, value, tb = sys.exc_info()
    if etype is None:
        return 'None\n'
    return ''.join(format_exception(etype, value, tb, limit))


def print_exc(limit=None, file=None):
    """Print the exception being handled (sys.exc_info()) to file (default sys.stderr)."""
    etype, value, tb = sys.exc_info()
    if etype is None:
        if file is None:
            file = sys.stderr
        file.write('None\n')
        return
    print_exception(etype, value, tb, limit, file)


def print_last(limit=None, file=None):
    """Print the last uncaught exception (sys.last_type and friends)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame: oldest entry first."""
    if f is None:
        f = sys._getframe(1)
    out = []
    while f is not None:
        code = f.f_code
        out.append((code.co_filename, f.f_lineno, code.co_name, None))
        f = f.f_back
    out.reverse()
    return _limited(out, limit)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        file.write(item)
