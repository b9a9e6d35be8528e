#!/usr/bin/env python
# vim: set fileencoding=latin-1 :
s = "café"
u = u"café ÿ"
x = ("é", 1)
