'%s=%d' % (name, value)
