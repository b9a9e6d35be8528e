"""os: operating system interfaces, on top of the posix module (Go).

os.path is posixpath; os.environ is the environment the VM was given.
"""
import sys
import posix
from posix import *
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
defpath = path.defpath
devnull = path.devnull
error = OSError

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
EX_OK = 0


class stat_result(tuple):
    """stat_result: Result from stat or lstat."""
    __module__ = 'posix'
    __slots__ = ()
    n_fields = 10
    n_sequence_fields = 10
    n_unnamed_fields = 0
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 10:
            raise TypeError("posix.stat_result() takes a 10-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    def __getitem__(self, i):
        # The tuple part holds the times as ints, as CPython's does.
        v = tuple.__getitem__(self, i)
        if isinstance(i, slice):
            return tuple(int(x) if isinstance(x, float) else x for x in v)
        return int(v) if isinstance(v, float) else v

    def __repr__(self):
        return 'posix.stat_result(' + ', '.join(
            '%s=%d' % (n, tuple.__getitem__(self, i)) for i, n in enumerate(self._names)) + ')'

    st_mode = property(lambda self: tuple.__getitem__(self, 0))
    st_ino = property(lambda self: tuple.__getitem__(self, 1))
    st_dev = property(lambda self: tuple.__getitem__(self, 2))
    st_nlink = property(lambda self: tuple.__getitem__(self, 3))
    st_uid = property(lambda self: tuple.__getitem__(self, 4))
    st_gid = property(lambda self: tuple.__getitem__(self, 5))
    st_size = property(lambda self: tuple.__getitem__(self, 6))
    st_atime = property(lambda self: tuple.__getitem__(self, 7))
    st_mtime = property(lambda self: tuple.__getitem__(self, 8))
    st_ctime = property(lambda self: tuple.__getitem__(self, 9))



def stat(path):
    """Perform a stat system call on the given path."""
    return stat_result(posix.stat(path))


def lstat(path):
    """Like stat(path), but do not follow symbolic links."""
    return stat_result(posix.lstat(path))


def getcwdu():
    """Return a unicode string representing the current working directory."""
    return getcwd().decode('utf-8')


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0777):
    """makedirs(path [, mode=0777])

    Super-mkdir; create a leaf directory and all intermediate ones.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError, e:
            if e.errno != 17:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Like rename, creating the directories new needs and pruning those old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    try:
        names = listdir(top)
    except OSError, err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new_path = path.join(top, name)
        if followlinks or not path.islink(new_path):
            for x in walk(new_path, topdown, onerror, followlinks):
                yield x
    if not topdown:
        yield top, dirs, nondirs
