# A program for real PyPy JIT logs: several loops, a small function the JIT inlines, a
# function with a loop of its own (called, not inlined), and branches that flip often
# enough for their guards to get bridges. Runs under python2.7 and pypy3 alike.
import sys


def add(a, b):
    return a + b


def sum_with_add(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest_collatz(limit):
    best = 0
    for i in range(1, limit):
        steps = collatz_steps(i)
        if steps > best:
            best = steps
    return best


def thirds(n):
    div = other = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            div += 1
        else:
            other += 1
        i += 1
    return div, other


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    print(sum_with_add(n))
    print(longest_collatz(n // 10))
    print(thirds(n))


if __name__ == '__main__':
    main()
