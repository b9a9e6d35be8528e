# A print statement that ends with a comma leaves the line open (softspace); CPython ends
# it (Py_FlushLine) before a traceback, on SystemExit and at a normal end.
import sys
print "start",
try:
    print "inside",
    raise ValueError("x")
except ValueError:
    pass
sys.stdout.write("written")
print "Result:", 1 / 0
