"""traceback: extract, format and print tracebacks, as the interpreter shows them."""
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
    """The entries of a traceback as (filename, lineno, function, source line) tuples."""
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
    """The entries of a traceback, formatted as the interpreter prints them."""
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
    """Print the entries of a traceback (at most limit of them)."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        file.write(item)


def print_exception(etype, value, tb, limit=None, file=None):
    """Print an exception and its traceback as the interpreter does."""
    if file is None:
        file = sys.stderr
    for item in format_exception(etype, value, tb, limit):
        file.write(item)


def format_exc(limit=None):
    """What print_exc() would print, as a string."""
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
    """The frames from f (default: the caller's) outwards, as traceback entries, oldest first."""
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
    """The frames from f outwards, formatted as traceback entries."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    """Print the frames from f (default: the caller's) outwards."""
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        file.write(item)
