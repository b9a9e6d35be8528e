try:
    x = 1
except:
    pass

try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError), e:
    print e
except IndexError as e2:
    print e2
except:
    raise
else:
    print "else"

try:
    try:
        pass
    finally:
        print "f"
except Exception:
    pass
finally:
    print "outer"

def f():
    try:
        return 1
    finally:
        return 2

def g():
    try:
        raise ValueError, "x"
    except ValueError, (a, b):
        raise
    except KeyError, obj.attr:
        raise TypeError("t"), None, None

def h():
    for i in range(3):
        try:
            break
        except:
            continue
    raise
