import atexit, sys
def a(): print "a"; sys.exit(3)
atexit.register(a)
print "main"
