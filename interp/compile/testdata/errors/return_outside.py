x = 1
if x:
    return 5
