# For each file of the directory named by argv[1] (sorted by name) and each of the modes
# exec, eval and single, prints the file name, the mode and what compile(source,
# '<string>', mode) gives: the ast.dump(include_attributes=True) of the tree, or the
# error (class, msg, lineno, offset, text), as compile_modes.py prints them. In the mode
# "file" it reads the file as `python2.7 FILE` does (execfile, stopped by a trace function
# before the first line runs) and prints "ok" or the error. Newlines in a result are
# written as \n. Run with CPython 2.7 from that directory (go test -differential does).
import ast
import os
import signal
import sys

sys.setrecursionlimit(20000)


class Stop(Exception):
    pass


class Slow(Exception):
    pass


def slow(signum, frame):
    raise Slow()

# CPython's compiler folds constants such as 10**99999999, which can take forever: an
# input that does not compile within a few seconds is skipped.
signal.signal(signal.SIGALRM, slow)


def file_mode(name):
    def stop(frame, event, arg):
        # Stop at the program's first event; let the codecs it imports run.
        if frame.f_code.co_filename == name:
            raise Stop()
    sys.settrace(stop)
    try:
        execfile(name, {'__name__': '__differential__'})
    except Stop:
        return 'ok'
    except SyntaxError as e:
        return 'error %s %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.text)
    except (ValueError, TypeError, MemoryError) as e:
        return 'error %s %r' % (type(e).__name__, str(e))
    finally:
        sys.settrace(None)
    return 'ok'

folder = sys.argv[1]
os.chdir(folder)
for name in sorted(os.listdir('.')):
    signal.alarm(3)
    try:
        result = file_mode(name)
    except Slow:
        result = 'skip'
    signal.alarm(0)
    print '%s\t%s\t%s' % (name, 'file', result.replace('\n', '\\n'))
    source = open(name, 'rb').read()
    for mode in ('exec', 'eval', 'single'):
        signal.alarm(3)
        try:
            tree = compile(source, '<string>', mode, ast.PyCF_ONLY_AST, True)
            result = ast.dump(tree, include_attributes=True)
            try:
                compile(source, '<string>', mode, 0, True)
            except SyntaxError as e:
                if e.msg.startswith(('future feature', 'not a chance', 'from __future__')):
                    raise
        except SyntaxError as e:
            result = 'error %s %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.text)
        except (ValueError, TypeError, MemoryError) as e:
            result = 'error %s %r' % (type(e).__name__, str(e))
        except (RuntimeError, Slow):
            result = 'skip'  # a tree too deep for ast.dump, or a compile too slow
        signal.alarm(0)
        print '%s\t%s\t%s' % (name, mode, result.replace('\n', '\\n'))
