"""types: names for the types of the interpreter's objects."""
import sys

NoneType = type(None)
TypeType = type
ObjectType = object
IntType = int
LongType = long
FloatType = float
BooleanType = bool
ComplexType = complex
StringType = str
UnicodeType = unicode
StringTypes = (StringType, UnicodeType)
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _f():
    pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.func_code)


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    def _m(self):
        pass
ClassType = type(_C)
UnboundMethodType = type(_C._m)
_x = _C()
InstanceType = type(_x)
MethodType = type(_x._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
FileType = file
XRangeType = xrange

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb

SliceType = slice
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
DictProxyType = type(TypeType.__dict__)

del sys, _f, _g, _C, _x
