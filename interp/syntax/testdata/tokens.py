# Prints, for each source file named on the command line, the tokens CPython 2.7's
# parser received for it, one per line ("NAME 'if' 1 0": kind, repr of the text, line,
# column), read from the leaves of parser.suite(source).tolist(True, True); a line "EOF"
# ends each file. Run with CPython 2.7 (go test -update does).
import parser
import symbol
import sys
import token

sys.setrecursionlimit(10000)


def leaves(node, out):
    if token.ISTERMINAL(node[0]):
        out.append('%s %r %d %d' % (token.tok_name[node[0]], node[1], node[2], node[3]))
    else:
        for child in node[1:]:
            if isinstance(child, list):
                leaves(child, out)
    return out

for path in sys.argv[1:]:
    source = open(path, 'rb').read()
    for line in leaves(parser.suite(source).tolist(True, True), []):
        print line
    print 'EOF'
