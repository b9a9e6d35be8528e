[x for x in 1 for y in 2 if (yield)]
