"""time: the clock, sleeping, and conversions between seconds and broken-down time.

The clock and the calendar arithmetic are in Go (_time); this module adds struct_time
and the argument rules of CPython 2.7's time module."""
import _time
import _structseq

time = _time.time
clock = _time.clock
sleep = _time.sleep
timezone = _time.timezone
altzone = _time.altzone
daylight = _time.daylight
tzname = _time.tzname
accept2dyear = 1

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


struct_time = _structseq.make('struct_time', 'time', _FIELDS,
                              "The time value as returned by gmtime(), localtime(), and strptime().")


def _check_seconds(secs):
    if secs is None:
        return None
    if not isinstance(secs, (int, long, float)):
        raise TypeError("a float is required")
    return secs


def localtime(seconds=None):
    return struct_time(_time._broken_down(_check_seconds(seconds), False))


def gmtime(seconds=None):
    return struct_time(_time._broken_down(_check_seconds(seconds), True))


def _fields(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError("argument must be 9-item sequence, not %s" % type(t).__name__)
    if len(t) != 9:
        raise TypeError("argument must be sequence of length 9, not %d" % len(t))
    return tuple(t)


def mktime(t):
    t = _fields(t, 'mktime')
    for v in t:
        if not isinstance(v, (int, long)):
            raise TypeError("an integer is required")
    return _time._mktime(tuple(t))


def _check_ranges(t):
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if not 1 <= t[2] <= 31 and t[2] != 0:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if not 1 <= t[7] <= 366 and t[7] != 0:
        raise ValueError("day of year out of range")


def strftime(format, t=None):
    if not isinstance(format, basestring):
        raise TypeError("strftime() argument 1 must be string, not %s" % type(format).__name__)
    t = _fields(t, 'strftime')
    _check_ranges(t)
    t = list(t)
    # CPython accepts 0 for the month, day and yday and shows them as 1.
    for i in (1, 2, 7):
        if t[i] == 0:
            t[i] = 1
    return _time._strftime(str(format), tuple(t))


def asctime(t=None):
    t = _fields(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[t[6] % 7][:3].capitalize(), _MONTHS[(t[1] - 1) % 12][:3].capitalize(),
        t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    return struct_time(_strptime(string, format))


_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _strptime(string, format):
    # A small parser for the numeric directives and English names: enough for the
    # dates teaching programs parse.
    year, month, day, hour, minute, second, wday, yday = 1900, 1, 1, 0, 0, 0, -1, -1
    pm = None
    si = 0
    fi = 0
    n = len(format)

    def fail():
        raise ValueError("time data %r does not match format %r" % (string, format))

    def number(si, maxlen):
        j = si
        while j < len(string) and j - si < maxlen and string[j].isdigit():
            j += 1
        if j == si:
            fail()
        return int(string[si:j]), j

    def name(si, names):
        low = string[si:].lower()
        for i, full in enumerate(names):
            if low.startswith(full):
                return i, si + len(full)
        for i, full in enumerate(names):
            if low.startswith(full[:3]):
                return i, si + 3
        fail()

    while fi < n:
        c = format[fi]
        if c == '%' and fi + 1 < n:
            d = format[fi + 1]
            fi += 2
            if d == 'Y':
                year, si = number(si, 4)
            elif d == 'y':
                year, si = number(si, 2)
                year += 2000 if year < 69 else 1900
            elif d == 'm':
                month, si = number(si, 2)
            elif d == 'd':
                day, si = number(si, 2)
            elif d == 'H':
                hour, si = number(si, 2)
            elif d == 'I':
                hour, si = number(si, 2)
            elif d == 'M':
                minute, si = number(si, 2)
            elif d == 'S':
                second, si = number(si, 2)
            elif d == 'j':
                yday, si = number(si, 3)
            elif d in 'bBh':
                month, si = name(si, _MONTHS)
                month += 1
            elif d in 'aA':
                wday, si = name(si, _DAYS)
            elif d == 'p':
                ap = string[si:si + 2].upper()
                if ap not in ('AM', 'PM'):
                    fail()
                pm = ap == 'PM'
                si += 2
            elif d == '%':
                if string[si:si + 1] != '%':
                    fail()
                si += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
        elif c.isspace():
            fi += 1
            while si < len(string) and string[si].isspace():
                si += 1
        else:
            if string[si:si + 1] != c:
                fail()
            si += 1
            fi += 1
    if si != len(string):
        raise ValueError("unconverted data remains: %s" % string[si:])
    if pm is not None:
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        fail()
    days_before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    computed_yday = days_before[month - 1] + day + (1 if leap and month > 2 else 0)
    if yday == -1:
        yday = computed_yday
    # Day of the week from the proleptic Gregorian ordinal (Monday is 0).
    y = year - 1
    ordinal = y * 365 + y // 4 - y // 100 + y // 400 + computed_yday
    wday = (ordinal + 6) % 7
    return (year, month, day, hour, minute, second, wday, yday, -1)
