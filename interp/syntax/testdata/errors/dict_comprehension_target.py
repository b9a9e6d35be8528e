y = {k: v for k, 2 in z}
