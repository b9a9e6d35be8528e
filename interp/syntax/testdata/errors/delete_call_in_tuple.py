del (a, b), [c, f()]
