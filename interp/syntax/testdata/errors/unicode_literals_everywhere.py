"""doc \u12"""
from __future__ import unicode_literals
