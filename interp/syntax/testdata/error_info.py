# Prints what CPython 2.7 raises when it compiles a source file the way `python2.7 FILE`
# does (execfile reads the file like the interpreter does): the exception class and its
# msg, lineno, offset and text attributes, one per line, as handson's error goldens hold
# them. Run with CPython 2.7 from the folder of the file (go test -update does).
import sys

path = sys.argv[1]
try:
    execfile(path, {'__name__': '__handson_not_main__'})
except SyntaxError as e:
    print 'kind:', type(e).__name__
    print 'msg:', repr(e.msg)
    print 'lineno:', repr(e.lineno)
    print 'offset:', repr(e.offset)
    print 'text:', repr(e.text)
except (ValueError, MemoryError) as e:
    print 'kind:', type(e).__name__
    print 'msg:', repr(str(e))
else:
    print 'kind: none'
