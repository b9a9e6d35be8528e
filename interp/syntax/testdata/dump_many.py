# For each source file listed (one path per line) in the file named by argv[1], prints the
# path, a tab and ast.dump(tree, include_attributes=True) of the file compiled in exec
# mode, or "ERROR" and the SyntaxError. Run with CPython 2.7 (go test -stdlib does).
import ast
import sys

for path in open(sys.argv[1]).read().split('\n'):
    if not path:
        continue
    try:
        tree = compile(open(path, 'rb').read(), path, 'exec', ast.PyCF_ONLY_AST, True)
        out = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        out = 'ERROR %s %r %r' % (type(e).__name__, e.msg, e.lineno)
    sys.stdout.write(path + '\t' + out + '\n')
