a = 'single'
a = "double"
a = '''triple single'''
a = """triple double"""
a = ''
a = ""
a = ''''''
a = """"""
a = 'it\'s'
a = "it's"
a = 'say "hi"'
a = "both ' and \""
a = r'raw \n'
a = R"raw \t"
a = u'unicode'
a = U"unicode"
a = b'bytes'
a = B"bytes"
a = ur'raw unicode \n'
a = UR'raw unicode'
a = uR'raw unicode'
a = Ur'raw unicode'
a = br'raw bytes \n'
a = BR'raw bytes'
a = bR'raw bytes'
a = Br'raw bytes'
a = '\\ \' \" \a \b \f \n \r \t \v'
a = '\0 \1 \12 \123 \1234 \777 \8 \9'
a = '\x00 \xff \xAb'
a = '\q \u1234 \U00012345 \N{DIGIT ONE}'
a = 'line\
continued'
a = u'\\ \' \" \a \b \f \n \r \t \v'
a = u'\0 \12 \123 \777'
a = u'\x00 \xff \u0000 \u1234 \uffff \U00000041 \U0010ffff \U0001F600'
a = u'\q \z'
a = u'line\
continued'
a = ur'\u0041 \U00000042 \x41 \\u0041 \\\u0041'
a = r'\\'
a = r'\''
a = r"\""
a = 'concat' 'enated'
a = 'str' u'unicode'
a = u'unicode' 'str'
a = b'b' 'str'
a = ('multi'
     'line'
     u'concat')
a = """line one
line two
line three"""
a = '''ends with quote"'''
a = """ends with quote'"""
a = '''a ''quote'' inside'''
a = """"quoted" start"""
a = '\x7f \x80 \x1f'
a = u'\x7f \x80 \x1f \xa0'
a = 'tab\there'
a = '\'"'
a = "'\""
x = """first
second""" + 'after'
f("""doc
string""", 1)
