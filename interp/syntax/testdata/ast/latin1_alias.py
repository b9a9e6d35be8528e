# -*- coding: latin1 -*-
s = "café"
u = u"café ÿ"
x = ("é", 1); y = 2
