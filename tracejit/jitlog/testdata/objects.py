# A program for real PyPy JIT logs: attribute access on instances, a method call the JIT
# inlines, a list that grows, and a type that changes halfway so guard_class fails and
# gets a bridge.
import sys


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class FloatPoint(Point):
    pass


def walk(n):
    points = []
    total = 0
    for i in range(n):
        if i < n // 2:
            p = Point(i, -i)
        else:
            p = FloatPoint(i * 0.5, -i * 0.5)
        total += p.norm1()
        if i % 7 == 0:
            points.append(p)
    return total, len(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    print(walk(n))


if __name__ == '__main__':
    main()
