# signal: the constants, getsignal/signal returning the previous handler, SIG_IGN and
# SIG_DFL, default_int_handler, and the errors.
import signal

print signal.SIGINT, signal.SIGTERM, signal.SIGALRM, signal.SIGUSR1, signal.SIGKILL, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG
print signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM)


def handler(signum, frame):
    print 'handler', signum

print signal.signal(signal.SIGINT, handler) is signal.default_int_handler
print signal.getsignal(signal.SIGINT) is handler
print signal.signal(signal.SIGINT, signal.SIG_IGN) is handler
print signal.signal(signal.SIGINT, signal.default_int_handler)
print signal.signal(signal.SIGTERM, handler), signal.signal(signal.SIGTERM, signal.SIG_DFL) is handler
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print 'KeyboardInterrupt', repr(e)
for bad in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(100, handler),
            lambda: signal.signal(0, handler), lambda: signal.signal(signal.SIGINT, 5),
            lambda: signal.signal(signal.SIGINT, 'x'), lambda: signal.getsignal(999), lambda: signal.signal(2)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
