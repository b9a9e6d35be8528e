# str and unicode methods check their arguments in CPython's order: unicode.split and
# replace read their count before making the strings unicode; str.replace hands the work
# to unicode.replace as soon as one string is unicode (whose coercion errors then count);
# unicode.translate looks a table up only for the characters it has.
def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


show(lambda: u"".split(2, " "))
show(lambda: u"a b".split(0, "x"))
show(lambda: u"a b".rsplit(1.5, ("a", "b")))
show(lambda: u"aAaA".split("\xe9", "ascii"))
show(lambda: u"a b".split(" ", "1"))
show(lambda: u"a b".split(1, 1))
show(lambda: u"abcabc".replace(True, u"a", "ascii"))
show(lambda: u"abc".replace(-1, u"", "ignore"))
show(lambda: u"a".replace("\xe9", 100, ","))
show(lambda: u"abc".replace("a", 1))
show(lambda: "aAaA".replace(u"\u20ac", 2))
show(lambda: "aAaA".replace(2, u"\u20ac"))
show(lambda: "aAaA".replace("a", u"\u20ac"))
show(lambda: "a\xe9".replace(u"a", "b"))
show(lambda: "abc".replace("a", None))
show(lambda: "abc".replace(None, u"x"))
show(lambda: u"".translate(-1))
show(lambda: u"abc".translate(-1))
show(lambda: u"abc".translate({}))
show(lambda: u"".translate(None))
