"""random: pseudo-random numbers from the Mersenne Twister.

The generator (seeding, random(), getrandbits) is _random's, in Go; the distributions
below use it exactly as CPython 2.7's random module does, so that a seeded program draws
the same numbers.
"""
from __future__ import division
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
import _random

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "jumpahead", "WichmannHill", "getrandbits",
           "SystemRandom"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


# A builtin method, to recognise random() when a subclass has not replaced it.
_inst_random_type = _random.Random().random


class Random(_random.Random):
    """A Mersenne Twister generator with the distributions; the module's functions are
    the methods of one shared instance.
    
    random() and getrandbits() are the generator's own, inherited from _random."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None):
        """Restart the generator from a (an int or long, another hashable object, or None
        for fresh entropy)."""
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """A snapshot of the generator that setstate() restores."""
        return self.VERSION, super(Random, self).getstate(), self.gauss_next

    def setstate(self, state):
        """Restore the generator to a snapshot taken by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super(Random, self).setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    def jumpahead(self, n):
        """Move to a state likely far from the current one, whatever n is: _random's
        jumpahead shuffles the state by a large key hashed from n and the state."""
        s = repr(n) + repr(self.getstate())
        super(Random, self).jumpahead(_random._jumpahead_key(s))

    def randrange(self, start, stop=None, step=1, _int=int, _maxwidth=1L << BPF):
        """A random member of range(start, stop, step)."""
        istart = _int(start)
        if istart != start:
            raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if istart > 0:
                if istart >= _maxwidth:
                    return self._randbelow(istart)
                return _int(self.random() * istart)
            raise ValueError("empty range for randrange()")
        istop = _int(stop)
        if istop != stop:
            raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        if step == 1 and width > 0:
            if width >= _maxwidth:
                return _int(istart + self._randbelow(width))
            return _int(istart + _int(self.random() * width))
        if step == 1:
            raise ValueError("empty range for randrange() (%d,%d, %d)" % (istart, istop, width))
        istep = _int(step)
        if istep != step:
            raise ValueError("non-integer step for randrange()")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        if n >= _maxwidth:
            return istart + istep * self._randbelow(n)
        return istart + istep * _int(self.random() * n)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def _randbelow(self, n, _log=_log, _int=int):
        """A random integer in [0, n), from just enough random bits; or, when a subclass
        replaced random() but not getrandbits(), from random() alone. (CPython also warns
        when n needs more bits than random() gives; handson has no warnings module.)"""
        getrandbits = getattr(self, 'getrandbits', None)
        if getrandbits is not None and (type(self.random) is type(_inst_random_type) or
                                        type(getrandbits) is type(self._randbelow)):
            k = _int(1.00001 + _log(n - 1, 2.0))
            r = getrandbits(k)
            while r >= n:
                r = getrandbits(k)
            return r
        return _int(self.random() * n)

    def choice(self, seq):
        """A random item of the non-empty sequence seq."""
        return seq[int(self.random() * len(seq))]

    def shuffle(self, x, random=None):
        """Shuffle the list x in place (random, if given, replaces random.random)."""
        if random is None:
            random = self.random
        _int = int
        for i in reversed(xrange(1, len(x))):
            j = _int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        """A list of k distinct items chosen at random from population."""
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("sample larger than population")
        random = self.random
        _int = int
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize or hasattr(population, "keys"):
            pool = list(population)
            for i in xrange(k):
                j = _int(random() * (n - i))
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            try:
                selected = set()
                selected_add = selected.add
                for i in xrange(k):
                    j = _int(random() * n)
                    while j in selected:
                        j = _int(random() * n)
                    selected_add(j)
                    result[i] = population[j]
            except (TypeError, KeyError):
                if isinstance(population, list):
                    raise
                return self.sample(tuple(population), k)
        return result

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A random float from the triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def normalvariate(self, mu, sigma):
        """A random float from the normal distribution with mean mu and deviation sigma."""
        random = self.random
        while 1:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A random float whose logarithm is normally distributed (mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """A random float from the exponential distribution of rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """A random angle from the von Mises distribution (mean mu, concentration kappa)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while 1:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """A random float from the gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while 1:
                u1 = random()
                if not 1e-7 < u1 < .9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            u = random()
            while u <= 1e-7:
                u = random()
            return -_log(u) * beta
        else:
            while 1:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def gauss(self, mu, sigma):
        """A random float from the normal distribution (mu, sigma); faster than normalvariate."""
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def betavariate(self, alpha, beta):
        """A random float in [0, 1] from the beta distribution (alpha, beta)."""
        y = self.gammavariate(alpha, 1.)
        if y == 0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.))

    def paretovariate(self, alpha):
        """A random float from the Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return 1.0 / pow(u, 1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """A random float from the Weibull distribution (scale alpha, shape beta)."""
        u = 1.0 - self.random()
        return alpha * pow(-_log(u), 1.0 / beta)


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
jumpahead = _inst.jumpahead


class WichmannHill(Random):
    """The Wichmann-Hill generator (three small linear congruential generators added
    together), kept for programs written for old Pythons."""

    VERSION = 1

    def seed(self, a=None):
        """Start from a (an int or long, another hashable object, or None for fresh
        entropy): a's remainders by the three moduli give the three states."""
        if a is None:
            import os
            a = long(os.urandom(16).encode('hex'), 16)
        if not isinstance(a, (int, long)):
            a = hash(a)
        a, x = divmod(a, 30268)
        a, y = divmod(a, 30306)
        a, z = divmod(a, 30322)
        self._seed = int(x) + 1, int(y) + 1, int(z) + 1
        self.gauss_next = None

    def random(self):
        """The next float in [0, 1): the fractional part of the sum of the three."""
        x, y, z = self._seed
        x = (171 * x) % 30269
        y = (172 * y) % 30307
        z = (170 * z) % 30323
        self._seed = x, y, z
        return (x / 30269.0 + y / 30307.0 + z / 30323.0) % 1.0

    def getstate(self):
        """A snapshot that setstate() restores."""
        return self.VERSION, self._seed, self.gauss_next

    def setstate(self, state):
        """Restore a snapshot taken by getstate()."""
        version = state[0]
        if version == 1:
            version, self._seed, self.gauss_next = state
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))

    def jumpahead(self, n):
        """Move the state on as n calls of random() would, in constant time."""
        if not n >= 0:
            raise ValueError("n must be >= 0")
        x, y, z = self._seed
        x = int(x * pow(171, n, 30269)) % 30269
        y = int(y * pow(172, n, 30307)) % 30307
        z = int(z * pow(170, n, 30323)) % 30323
        self._seed = x, y, z

    def __whseed(self, x=0, y=0, z=0):
        # Seed from three integers in range(256); all zero means the clock.
        if not type(x) == type(y) == type(z) == int:
            raise TypeError('seeds must be integers')
        if not (0 <= x < 256 and 0 <= y < 256 and 0 <= z < 256):
            raise ValueError('seeds must be in range(0, 256)')
        if 0 == x == y == z:
            import time
            t = long(time.time() * 256)
            t = int((t & 0xffffff) ^ (t >> 24))
            t, x = divmod(t, 256)
            t, y = divmod(t, 256)
            t, z = divmod(t, 256)
        self._seed = (x or 1, y or 1, z or 1)
        self.gauss_next = None

    def whseed(self, a=None):
        """Seed as Python 2.1 did: the hash of a folded into three bytes."""
        if a is None:
            self.__whseed()
            return
        a = hash(a)
        a, x = divmod(a, 256)
        a, y = divmod(a, 256)
        a, z = divmod(a, 256)
        x = (x + a) % 256 or 1
        y = (y + a) % 256 or 1
        z = (z + a) % 256 or 1
        self.__whseed(x, y, z)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy (os.urandom): not reproducible,
    so seed, getstate and setstate do nothing or refuse."""

    def random(self):
        """A random float in [0, 1) with 53 random bits."""
        import os
        return (long(os.urandom(7).encode('hex'), 16) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A long with k random bits."""
        if k <= 0:
            raise ValueError('number of bits must be greater than zero')
        if k != int(k):
            raise TypeError('number of bits should be an integer')
        import os
        nbytes = (k + 7) // 8
        x = long(os.urandom(nbytes).encode('hex'), 16)
        return x >> (nbytes * 8 - k)

    def seed(self, *args, **kwds):
        """Does nothing: the system's entropy cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented
