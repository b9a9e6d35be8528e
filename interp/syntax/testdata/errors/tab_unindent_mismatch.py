if 1:
	if 2:
		pass
    x = 3
