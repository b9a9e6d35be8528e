# html_fibo, solved: nothing here waits for a collector.
#
# - HtmlTag closes its element when its with block ends, not in __del__.
# - write_fibo closes the generator itself, so its finally block writes
#   </ul> before the file is closed.
# - Both files are closed by with blocks.


class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def close(self):
        self.f.write('</%s>\n' % self.tag)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()


def write_item(f, n):
    with HtmlTag(f, 4, 'li'):
        f.write(str(n))


def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            write_item(f, a)
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')


def write_fibo(filename):
    with open(filename, 'w') as f:
        numbers = fibo_list(f)
        try:
            for n in numbers:
                if n > 100:
                    break
        finally:
            numbers.close()


write_fibo('fibo.txt')
with open('fibo.txt') as f:
    print f.read()
