# Prints, as JSON, the tree CPython 2.7's parser builds for a file (exec mode, no
# inherited future flags), with the positions of every node. Used by
# ast_test.go to compile CPython's own trees, so that compiler bugs show up apart from
# parser bugs. Usage: python2.7 pyast.py MODE FILE (MODE is exec, eval or single)
import _ast
import ast
import json
import sys


def conv(node):
    if isinstance(node, list):
        return [conv(n) for n in node]
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for attr in ("lineno", "col_offset"):
            if hasattr(node, attr):
                d[attr] = getattr(node, attr)
        for field in node._fields:
            d[field] = conv(getattr(node, field))
        return d
    if node is None:
        return None
    if isinstance(node, bool):
        return {"bool": node}
    if isinstance(node, int):
        return {"int": str(node)}
    if isinstance(node, long):
        return {"long": str(node)}
    if isinstance(node, float):
        return {"float": node.hex()}
    if isinstance(node, complex):
        return {"complex": [node.real.hex(), node.imag.hex()]}
    if isinstance(node, str):
        return {"str": node.encode("hex")}
    if isinstance(node, unicode):
        return {"unicode": [ord(c) for c in node]}
    raise TypeError("unexpected %r" % (node,))


def main():
    mode, path = sys.argv[1], sys.argv[2]
    src = open(path, "rb").read()
    tree = compile(src, path, mode, _ast.PyCF_ONLY_AST, True)
    # json.dumps runs the C encoder; json.dump to a stream falls back to the pure-Python
    # one, several times slower on the 66000-constant generated programs.
    sys.stdout.write(json.dumps(conv(tree)))


main()
