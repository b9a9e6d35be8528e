# coding: cp1252
s = "€ é"
u = u"€ é Ÿ"
x = ("€", 1)
