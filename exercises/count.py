# count: a hot loop, for the interpreter lesson (and later the JIT).
#
# A reference run: nothing to fix. It counts the numbers below N that are
# multiples of 5 and those that are not, and says how long that took.
#
#     handson run count.py 2000
#     handson dis count.py
#     handson check count

import sys
import time


def count_mult_of_5(N):
    mult = 0
    not_mult = 0
    for i in range(N):
        if i % 5 == 0:
            mult += 1
        else:
            not_mult += 1
    return mult, not_mult


def main():
    N = int(sys.argv[1])
    start = time.time()
    count = count_mult_of_5(N)
    end = time.time()
    print 'count: ', count
    print 'time:', end - start, 'secs'


if __name__ == '__main__':
    main()
