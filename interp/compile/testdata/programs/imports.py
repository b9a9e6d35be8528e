import os
import os.path
import os.path as osp
import sys, re as regex
from os import path
from os import path as p2, sep
from os.path import *
from . import sibling
from .. import parent
from .mod import thing
from ..pkg.mod import other as o2
import a.b.c
import a.b.c as d

def f():
    import json
    from collections import OrderedDict
    import xml.dom.minidom as md
    return json, OrderedDict, md
