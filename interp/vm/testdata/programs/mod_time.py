# time: the clock's types and monotony, sleeping, struct_time, conversions and strftime
# on fixed times (the programs run with TZ unset, in UTC).
import time

t0 = time.time()
c0 = time.clock()
time.sleep(0.01)
time.sleep(0)
print type(t0).__name__, type(c0).__name__, time.time() >= t0 + 0.01, time.clock() >= c0
g = time.gmtime(0)
print g
print g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g.tm_isdst, g[0], g[-1], len(g), tuple(g)
print time.gmtime(1234567890.7), time.gmtime(-86400)
print isinstance(g, tuple), type(g).__name__, time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))
print time.localtime(86400 * 365)
print time.mktime(time.localtime(1000000)), time.mktime((2001, 9, 9, 1, 46, 40, 6, 252, 0))
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%d/%m/%y %I:%M %p', '%j %U %W %w', '%c', '%x %X', '%%literal%%', '%H%M']:
    print repr(time.strftime(fmt, fixed))
print time.strftime('%Y', time.gmtime(0)), time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0))
print time.asctime(fixed), time.asctime(time.gmtime(0)), time.ctime(0)
print time.strptime('2020-01-02', '%Y-%m-%d')
print time.strptime('5 Mar 2021 10:11:12 PM', '%d %b %Y %I:%M:%S %p')
print time.timezone, time.altzone, time.daylight, time.tzname
for bad in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.strftime('%Y', (1, 2)),
            lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2020, 1, 1, 25, 0, 0, 0, 1, 0)), lambda: time.gmtime('x'),
            lambda: time.mktime(5), lambda: time.strptime('2020', '%Y-%m'), lambda: time.strptime('2020x', '%Y')]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
g = time.gmtime(0)
print g == tuple(g), g < (1971,), hash(g) == hash(tuple(g)), g[1:3], list(g)[:2], type(g[0:2]).__name__, 1970 in g
print g.n_fields, str(g) == repr(g), time.gmtime(0) == time.gmtime(0), time.gmtime(0) != time.gmtime(1)
for bad in [lambda: setattr(g, 'tm_year', 5), lambda: g[20], lambda: time.asctime(5), lambda: time.mktime((1, 2))]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
st = __import__('os').stat('.')
print isinstance(st, tuple), type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime), len(st)
