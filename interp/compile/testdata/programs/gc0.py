def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')

foo()
print open('bar.txt').read()
