# __future__, exceptions, errno, types, keyword and traceback.
from __future__ import print_function, division
import __future__
import exceptions
import errno
import types
import keyword
import traceback
import sys

print(__future__.division, __future__.print_function.getMandatoryRelease(), __future__.with_statement.getOptionalRelease())
print(__future__.all_feature_names, __future__.CO_FUTURE_DIVISION, __future__.unicode_literals.compiler_flag)
print(7 / 2, 7 // 2)
print(exceptions.ValueError is ValueError, exceptions.StandardError, issubclass(exceptions.IOError, exceptions.EnvironmentError))
print(sorted(n for n in dir(exceptions) if n[0] != '_') == sorted(n for n in dir(exceptions) if n[0] != '_' and n in dir(__builtins__)))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.EINVAL)
try:
    open('/nonexistent/file')
except IOError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])


def gen():
    yield 1


class C(object):
    def m(self):
        pass


class Old:
    pass

print(types.IntType is int, types.StringTypes, types.NoneType, types.FunctionType is type(gen), types.GeneratorType is type(gen()))
print(types.ListType, types.DictType, types.TupleType, types.BuiltinFunctionType is type(len), types.ModuleType is type(sys))
print(isinstance(C().m, types.MethodType), isinstance(Old(), types.InstanceType), types.ClassType is type(Old), types.TypeType is type)
print(keyword.iskeyword('def'), keyword.iskeyword('print'), keyword.iskeyword('nope'), len(keyword.kwlist))


def fail():
    return {}['missing']

try:
    fail()
except KeyError:
    text = traceback.format_exc()
    entries = traceback.extract_tb(sys.exc_info()[2])
print(text.splitlines()[0], text.splitlines()[-1])
print([(e[2], e[3]) for e in entries])
print(traceback.format_exception_only(ValueError, ValueError('bad value')))
try:
    raise KeyError('k')
except KeyError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exc())
