x = 1
y = u"abc\x1"
