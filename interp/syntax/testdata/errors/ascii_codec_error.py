# coding: ascii
é = 1
