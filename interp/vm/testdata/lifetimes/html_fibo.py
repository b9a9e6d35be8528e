# The talk's html_fibo: <li> tags closed by __del__, </ul> written by a generator's
# finally, a file never closed, and the generator abandoned at the first number over 100.
from __future__ import print_function


class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def __del__(self):
        self.f.write('</%s>\n' % self.tag)


def html_fibo(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')


def write_file():
    f = open('fibo.txt', 'w')
    for n in html_fibo(f):
        li = HtmlTag(f, 4, 'li')
        f.write('%d' % n)
        del li
        if n > 100:
            break


write_file()
print(open('fibo.txt').read())
