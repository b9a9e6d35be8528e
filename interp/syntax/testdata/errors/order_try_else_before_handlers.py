try:
    pass
except E:
    f() = 1
else:
    g() = 2
