[a * 2 for a in range(10) if a]
