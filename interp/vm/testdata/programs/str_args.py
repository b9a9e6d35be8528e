# Every str and unicode method called with 0 to 4 positional arguments and with a
# keyword: the results and the argument-count and argument-type messages.
meths = "capitalize center count decode encode endswith expandtabs find format index isalnum isalpha isdigit islower isspace istitle isupper join ljust lower lstrip partition replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill".split()
for kind, v in (('str', 'abc'), ('unicode', u'abc')):
    for m in meths + (['isnumeric', 'isdecimal'] if kind == 'unicode' else []):
        f = getattr(v, m)
        for args in [(), (1,), (1, 2), (1, 2, 3), (1,2,3,4)]:
            try:
                r = f(*args)
                res = repr(r)
            except Exception as e:
                res = type(e).__name__ + ': ' + str(e)
            print kind, m, args, res
        try:
            r = f(x=1)
            res = repr(r)
        except Exception as e:
            res = type(e).__name__ + ': ' + str(e)
        print kind, m, 'kw', res
