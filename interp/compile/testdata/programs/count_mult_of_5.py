def count_mult_of_5(n):
    mult = 0
    not_mult = 0
    for i in range(n):
        if i % 5 == 0:
            mult += 1
        else:
            not_mult += 1
    return mult, not_mult

print count_mult_of_5(10000)
