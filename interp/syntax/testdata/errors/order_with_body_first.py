with a as f():
    g() = 1
