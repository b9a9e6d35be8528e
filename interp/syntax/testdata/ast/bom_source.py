# A file with a byte order mark
s = "café"
u = u"café"
x = 1
