for i in range(3):
    if i == 1:
        continue
    if i == 2:
        break
    print i
else:
    print "else"

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    print i
else:
    print "done"

while 1:
    break

while True:
    break

while 0:
    print "never"
else:
    print "else of while 0"

for x in []:
    pass

def f(seq):
    total = 0
    for a, b in seq:
        for c in a:
            try:
                if c:
                    continue
            finally:
                total += 1
            try:
                continue
            except ValueError:
                pass
        while a:
            try:
                continue
            except:
                break
    return total

for (a, (b, c)) in [(1, (2, 3))]:
    pass
for x.y in []:
    pass
