import re
print re.match('a+', 'aaab').group()
print re.search(r'(\d+)-(\d+)', 'tel 12-345 x').groups()
print re.findall(r'\w+', 'hello big world')
print re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work')
print re.split(r'[,;]\s*', 'a, b;c,  d')
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print m.group('first'), m.group(2), m.groupdict(), m.span(2), m.lastindex, m.lastgroup
print [x.group() for x in re.finditer(r'\d', 'a1b22c')]
print re.subn('a', 'b', 'banana')
print re.escape('a.b*c')
m = re.search(r'(?!(a)b)\w', 'abc'); print repr(m.group(1)), m.span(), m.lastindex
print re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'), re.findall('x*', 'axb')
print re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a)|b', 'b').groups()
try:
    re.compile('(')
except re.error as e:
    print type(e).__name__, e
