# os and os.path: files and directories in the current (temporary) directory, OSError's
# errno/strerror/filename, the path functions, and the constants.
import os
import os.path
from os import path as p2

print os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull
print os.path is p2, os.error is OSError, type(os.environ) is dict or hasattr(os.environ, 'keys')
cwd = os.getcwd()
print os.path.isabs(cwd), os.path.isdir(cwd), os.path.exists(cwd), type(os.getpid()).__name__

os.mkdir('sub')
os.makedirs(os.path.join('sub', 'a', 'b'))
f = open(os.path.join('sub', 'file.txt'), 'w')
f.write('hello world\n')
f.close()
print sorted(os.listdir('sub')), os.path.isfile('sub/file.txt'), os.path.isdir('sub/file.txt')
print os.path.getsize('sub/file.txt'), os.stat('sub/file.txt').st_size, os.stat('sub/file.txt')[6]
print os.path.exists('sub/nothing'), os.path.isfile('sub/a'), os.path.isdir('sub/a/b')
os.rename('sub/file.txt', 'sub/renamed.txt')
print sorted(os.listdir('sub'))
os.remove('sub/renamed.txt')
os.rmdir('sub/a/b')
os.removedirs('sub/a')
print os.path.exists('sub'), os.listdir('.') == ['mod_os.py'] or sorted(os.listdir('.'))
os.makedirs('x/y')
print sorted((d, sorted(dirs), sorted(files)) for d, dirs, files in os.walk('x'))
os.rmdir('x/y')
os.rmdir('x')

for bad in [lambda: os.listdir('missing'), lambda: os.remove('missing'), lambda: os.unlink('missing'),
            lambda: os.rmdir('missing'), lambda: os.mkdir('.'), lambda: os.rename('missing', 'other'),
            lambda: os.stat('missing'), lambda: os.path.getsize('missing'), lambda: os.makedirs('.'),
            lambda: os.listdir(5)]:
    try:
        bad()
    except OSError as e:
        print type(e).__name__, e.errno, e.strerror, e.filename, '|', e
    except Exception as e:
        print type(e).__name__, e

j = os.path.join
print j('a', 'b', 'c'), j('a/', 'b'), j('/abs', 'rel'), j('a', '/abs'), j('', 'x'), j('a', '')
print os.path.split('/usr/lib/python'), os.path.split('file'), os.path.split('/'), os.path.split('a/b/')
print os.path.splitext('archive.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('dir.d/file'), os.path.splitext('noext')
print os.path.basename('/a/b/c.txt'), repr(os.path.basename('/a/b/')), os.path.dirname('/a/b/c.txt'), os.path.dirname('c.txt'), os.path.dirname('/c')
for q in ['a/./b/../c', '/../x', '//double', '///triple', '', '.', 'a/b/../../..', 'x//y/']:
    print repr(q), repr(os.path.normpath(q))
print os.path.abspath('x/../y') == j(cwd, 'y'), os.path.abspath('/already/abs')
print os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([])
print os.path.expanduser('noexpand'), os.path.expanduser('~') == os.environ.get('HOME', '~') or os.path.expanduser('~')
print os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a')
print os.getenv('HANDSON_SURELY_UNSET'), os.getenv('HANDSON_SURELY_UNSET', 'default'), 'HANDSON_SURELY_UNSET' in os.environ
os.environ['HANDSON_SET'] = 'yes'
print os.getenv('HANDSON_SET'), os.environ['HANDSON_SET']
print os.path.exists(os.devnull), os.access('.', os.R_OK), os.access('missing', os.F_OK)
# os.system runs the shell on the same descriptors; Python's own output is flushed first
# (CPython does not flush it itself, so the order would depend on buffering); chmod.
import sys
sys.stdout.flush()
print os.system('echo from the shell'), os.system('exit 3'), os.system('kill -9 $$')
open('f.txt', 'w').close()
os.chmod('f.txt', 0600)
print oct(os.stat('f.txt').st_mode & 0777)
os.remove('f.txt')
try:
    os.chmod('missing', 0600)
except OSError as e:
    print 'OSError', e
# Changes to os.environ reach the shell, as CPython's putenv does.
os.environ['HANDSON_X'] = 'seen'
sys.stdout.flush()
os.system('echo $HANDSON_X')
del os.environ['HANDSON_X']
sys.stdout.flush()
os.system('echo [$HANDSON_X]')

# the path tests are False only for an OSError; a bad argument is a TypeError, and a NUL
# byte is refused before the system call, naming the function and the argument
for f in [os.path.exists, os.path.lexists, os.path.isfile, os.path.isdir, os.path.islink]:
    for a in [1, 'a\0b', '/nonexistent']:
        try: print f(a),
        except TypeError as e: print e,
    print
for f in [lambda: os.rename('a', 'b\0'), lambda: os.listdir(u'\0'), lambda: os.mkdir('\0')]:
    try: f()
    except TypeError as e: print e
