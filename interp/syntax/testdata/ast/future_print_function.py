from __future__ import print_function
print("a", "b", sep=", ", end="\n")
print()
print(*args, file=sys.stderr)
p = print
if 1: print("x")
x = [print(i) for i in range(3)]
