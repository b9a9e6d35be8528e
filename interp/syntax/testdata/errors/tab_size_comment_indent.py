# vim:ts=4
if 1:
	x = 1
        z = 3
