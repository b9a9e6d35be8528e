# Complex numbers in str.format: the empty type (like str()), e f g n with precision,
# signs, widths, alignment and fill, grouping, and the refused zero padding, '=' and '#'.
values = [1.5 - 2.25j, 3j, -3j, complex(-0.0, 1), 1e20 + 1e-20j, -1 - 1j, complex(0, 0),
          complex(float('inf'), float('nan')), 12345.678 + 0.5j]
specs = ['', '>20', '<20', '^20', '*^21', '.2f', '+.3e', 'g', '.0g', '^30.1f', ' ', '+', '-', '.3', '20.3',
         ',.2f', ',', 'n', 'E', 'F', 'G', '0>20', 'd', '=20', '#g', '020', 's']
for v in values:
    row = []
    for s in specs:
        try:
            row.append(('{0:' + s + '}').format(v))
        except ValueError as e:
            row.append('ValueError: ' + str(e))
    print repr(v), row
print u'{0:>12}|{0:.1f}'.format(1 + 2j)
