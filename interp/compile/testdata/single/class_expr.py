class C:
    a = 1
    a

