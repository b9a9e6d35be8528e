# Prints the AST of each source file named on the command line, as handson's golden tests
# expect it: one line per file, ast.dump(tree, include_attributes=True) of the file parsed
# in exec mode. Run with CPython 2.7 (go test -update runs it).
import ast
import sys

for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        source = f.read()
    tree = compile(source, path, 'exec', ast.PyCF_ONLY_AST, True)
    sys.stdout.write(ast.dump(tree, include_attributes=True) + '\n')
