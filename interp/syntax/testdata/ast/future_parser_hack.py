# CPython's parser turns print into a name after any `from X.Y import print_function`.
from os.path import print_function
print(1, 2)
x = 'plain'
