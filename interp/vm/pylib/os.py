"""os: operating system interfaces, on top of the posix module (Go).

os.path is posixpath; os.environ is the environment the VM was given.
"""
import sys
import posix
from posix import *
import posixpath as path
import _structseq

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


stat_result = _structseq.make(
    'stat_result', 'posix',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     'st_atime', 'st_mtime', 'st_ctime'),
    "stat_result: Result from stat or lstat.")


def _stat_result(fields):
    # The sequence holds whole seconds; the attributes keep the fractions.
    times = fields[7:10]
    return stat_result(fields[:7] + tuple(int(t) for t in times),
                       {'st_atime': times[0], 'st_mtime': times[1], 'st_ctime': times[2]})


def stat(path):
    """The status of the file at path (following symbolic links)."""
    return _stat_result(posix.stat(path))


def lstat(path):
    """The status of the file at path itself, even if it is a symbolic link."""
    return _stat_result(posix.lstat(path))


def getcwdu():
    """The current directory as a unicode string."""
    return getcwd().decode('utf-8')


def getenv(key, default=None):
    """The value of the environment variable key, or default when it is not set."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0777):
    """Create the directory name and every missing directory above it."""
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
    """Remove the directory name, then its parents as long as they are empty."""
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
