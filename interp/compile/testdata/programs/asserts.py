def check(x):
    assert x
    assert x, "message"
    assert x > 0, "positive: %d" % x
    assert isinstance(x, int)

assert True
assert 1 == 1, "math"
