# struct: sizes and alignment, byte orders, every code, Struct objects, and the errors.
import struct

print struct.Struct, struct.error, struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('iP'), struct.calcsize('3s2x?')
print struct.calcsize(''), struct.calcsize('lL'), struct.calcsize('<lL'), struct.calcsize('bd'), struct.calcsize('!bd'), struct.calcsize('c i')
print repr(struct.pack('<hHiIqQ', -1, 2, -3, 4, -5, 6)), repr(struct.pack('>fd', 1.5, -2.25)), repr(struct.pack('5s', 'ab'))
print repr(struct.pack('3p', 'abcdef')), repr(struct.pack('c?x', 'z', 7)), repr(struct.pack('@bi', 1, 2)), repr(struct.pack('!H', 258))
print struct.unpack('<hH', '\xff\xff\x02\x00'), struct.unpack('!I', '\x00\x00\x01\x00'), struct.unpack('3s', 'abc'), struct.unpack('<d', struct.pack('<d', 0.1))
print struct.unpack('<Q', '\xff' * 8), struct.unpack('<q', '\xff' * 8), struct.unpack('<Q', '\x01' + '\x00' * 7), struct.unpack('L', '\x02' + '\x00' * 7)
print struct.unpack('>?c3p', '\x02x\x05ab'), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('2b', '\x80\x7f')
print struct.pack('<i', 2 ** 31 - 1) == '\xff\xff\xff\x7f', struct.pack('<I', 2 ** 32 - 1), struct.unpack('<i', struct.pack('<i', -2 ** 31))
s = struct.Struct('<2h')
print s.size, s.format, repr(s.pack(1, 2)), s.unpack('\x01\x00\x02\x00'), struct.unpack_from('<h', 'xx\x05\x00', 2), s.unpack_from('ab\x01\x00\x02\x00', 2)
print isinstance(s, struct.Struct), type(s).__name__, struct.pack('< h 2s', 1, 'ab') == '\x01\x00ab'
record = struct.pack('<10sHd', 'widget', 42, 9.5)
name, qty, price = struct.unpack('<10sHd', record)
print repr(name), qty, price, len(record)
for f in [lambda: struct.pack('h', 70000), lambda: struct.pack('<h', 70000), lambda: struct.pack('H', -1),
          lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('i', 'x'),
          lambda: struct.pack('c', 'ab'), lambda: struct.pack('ii', 1), lambda: struct.unpack('i', 'ab'),
          lambda: struct.calcsize('y'), lambda: struct.pack('I', -1), lambda: struct.pack('<l', 2 ** 31),
          lambda: struct.pack('q', 2 ** 64), lambda: struct.pack('f', 'x'), lambda: struct.pack('s', 5),
          lambda: struct.pack('<I', 2 ** 32), lambda: struct.pack('<f', 1e300), lambda: struct.unpack_from('<i', 'abc'),
          lambda: struct.calcsize('3'), lambda: struct.Struct('z'), lambda: struct.pack('<P', 1)]:
    try:
        print repr(f())
    except struct.error as e:
        print 'struct.error', e
    except Exception as e:
        print type(e).__name__, e
print repr(struct.Struct('i')).split(' at ')[0]
# the format argument: a str, or a unicode encoded with the ascii codec; others are a TypeError
print struct.calcsize(u'i'), struct.Struct(u'<h').size
for f in [lambda: struct.calcsize(1), lambda: struct.Struct(None), lambda: struct.pack(1), lambda: struct.Struct(u'\xe9')]:
    try: print f()
    except Exception as e: print type(e).__name__, e
