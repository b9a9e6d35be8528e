try:
    pass
except E:
    f() = 1
finally:
    g() = 2
