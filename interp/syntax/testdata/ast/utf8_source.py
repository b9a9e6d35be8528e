# -*- coding: utf-8 -*-
# Comment with non-ASCII: café €
s = "café"
u = u"café € 😀"
r = ur"\é"
x = "é"; y = 1
z = u"é" + u"\u00e9\é"
w = ("€", x)
