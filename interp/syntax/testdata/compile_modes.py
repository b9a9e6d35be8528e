# For each case in the file named by argv[1] (one per line: MODE, a tab, then the source
# with string_escape escapes), prints one line: MODE, tab, the escaped source, tab, and
# either the ast.dump(include_attributes=True) of compile(source, '<string>', MODE) or the
# SyntaxError's class, msg, lineno, offset and text. The mode exec-status compiles in exec
# mode and prints only "ok" instead of a (deep) tree. Run with CPython 2.7 (go test -update).
import ast
import sys

for line in open(sys.argv[1]):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    mode, escaped = line.split('\t', 1)
    source = escaped.decode('string_escape')
    try:
        if mode == 'exec-status':
            compile(source, '<string>', 'exec', ast.PyCF_ONLY_AST, True)
            print '%s\t%s\t%s' % (mode, escaped, 'ok')
            continue
        tree = compile(source, '<string>', mode, ast.PyCF_ONLY_AST, True)
        result = ast.dump(tree, include_attributes=True)
        try:
            # Compiling to code also runs future.c, whose errors the parser reports.
            compile(source, '<string>', mode, 0, True)
        except SyntaxError as e:
            if e.msg.startswith(('future feature', 'not a chance', 'from __future__')):
                raise
    except SyntaxError as e:
        result = 'error %s %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.text)
    except (ValueError, TypeError, MemoryError) as e:
        result = 'error %s %r' % (type(e).__name__, str(e))
    print '%s\t%s\t%s' % (mode, escaped, result)
