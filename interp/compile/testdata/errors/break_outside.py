while 1:
    pass
break
