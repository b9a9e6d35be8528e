def foo():
    with open('bar.txt', 'w') as f:
        f.write('hello world')

foo()
print open('bar.txt').read()
