# Comments, blank lines, continuation lines and indentation.

x = 1 + \
    2
y = (1 +
     2)   # comment inside a bracket
z = [
    1,  # one

    2,  # two
]
if x:   # comment after colon

    # comment at a different indentation
        a = 1
  # another odd comment
        b = 2
else:
	c = 3
	if c:
		d = 4
	e = 5
def f(a,
      b):
    return a + \
        b
s = 'a' \
    'b'
t = """
"""
x = 1; \
y = 2
if 1:
    pass
    
    pass
lambda: \
    1
