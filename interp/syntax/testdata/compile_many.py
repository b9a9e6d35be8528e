# For each file of the directory named by argv[1] (sorted by name) and each of the modes
# exec, eval and single, prints the file name, the mode and what compile(source,
# '<string>', mode) gives: the ast.dump(include_attributes=True) of the tree, or the
# error (class, msg, lineno, offset, text), as compile_modes.py prints them. Newlines in
# a result are written as \n. Run with CPython 2.7 (go test -differential does).
import ast
import os
import sys

sys.setrecursionlimit(20000)
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    source = open(os.path.join(folder, name), 'rb').read()
    for mode in ('exec', 'eval', 'single'):
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
        except RuntimeError:
            result = 'skip'  # a tree too deep for ast.dump
        print '%s\t%s\t%s' % (name, mode, result.replace('\n', '\\n'))
