# html_fibo: the challenge.
#
# This program writes the Fibonacci numbers up to the first one over 100
# as an HTML list in fibo.txt, then prints the file. An HtmlTag writes its
# opening tag when it is made and its closing tag in __del__; the
# generator fibo_list writes </ul> in its finally block; nobody closes the
# file. Under CPython it works. Under PyPy it does not. Try it:
#
#     handson run --cpython html_fibo.py
#     handson run html_fibo.py
#
# Make it print the same HTML under every collector, and close every file
# it opens. Check your fix with:  handson check html_fibo


class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def __del__(self):
        self.f.write('</%s>\n' % self.tag)


def write_item(f, n):
    li = HtmlTag(f, 4, 'li')
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
    f = open(filename, 'w')
    for n in fibo_list(f):
        if n > 100:
            break


write_fibo('fibo.txt')
print open('fibo.txt').read()
