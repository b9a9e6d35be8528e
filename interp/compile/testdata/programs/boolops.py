a = b = c = 1
x = a and b
y = a or b
z = a and b or c
w = a or b and c
v = (a and b) and c
u = a and b and c and 0
if a and b:
    print 1
if a or b:
    print 2
if not (a and b):
    print 3
while a and not b:
    break
t = 1 if a else 2
s = a if b else c if a else 0
r = 1 if 2 else 3
