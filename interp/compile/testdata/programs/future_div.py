from __future__ import division, absolute_import
import os
from os import path
a = 1 / 2
b = 1 // 2
a /= 2
c = 7 / 2
def f(x):
    return x / 3
