# Rewrites the generic locations of a pypy3 log into PyPy2's format, to test the reader on
# the other format PyPy writes: in debug_merge_points
#   name;file:first-line~#offset OPNAME  ->  <code object name. file 'file'. line first> #offset OPNAME
# and with commas in loop headers and jit-backend-addr. The bytecode offsets stay pypy3's:
# no PyPy2 was at hand to produce the real ones.
# Usage: python3 to_pypy2.py calls.pypylog > calls-pypy2.pypylog
import re
import sys

GENERIC = re.compile(r"([A-Za-z_<>][\w<>]*);([^:';]+):(\d+)-(\d+)~(#\d+ \w+)")


def convert(line):
    sep = '.' if line.startswith('debug_merge_point') else ','
    return GENERIC.sub(
        lambda m: "<code object %s%s file '%s'%s line %s> %s" % (
            m.group(1), sep, m.group(2), sep, m.group(3), m.group(5)), line)


with open(sys.argv[1]) as f:
    for line in f:
        sys.stdout.write(convert(line))
