def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')
    f.close()

foo()
print open('bar.txt').read()
