// repr_test.go tests str() of instances of builtin subclasses against python2.7's output.
package vm

import "testing"

// TestStrOfSubclassWithRepr checks that str() of a subclass that defines only __repr__
// uses the builtin's own str for strings and numbers, and the __repr__ for containers
// (whose str is object's, which calls repr). The expected lines are python2.7's output.
func TestStrOfSubclassWithRepr(t *testing.T) {
	const src = `import collections
for base, arg in [(str, 'a'), (unicode, u'a'), (int, 1), (long, 1L), (float, 1.5), (list, [1]), (tuple, (1,)), (dict, {}), (set, [1]), (frozenset, [1]), (collections.OrderedDict, {}), (collections.deque, [1]), (Exception, 'x')]:
    class X(base):
        def __repr__(self): return 'REPR'
    print base.__name__, str(X(arg)), '%s' % (X(arg),), repr(X(arg))
`
	const want = `str a a REPR
unicode a a REPR
int 1 1 REPR
long 1 1 REPR
float 1.5 1.5 REPR
list REPR REPR REPR
tuple REPR REPR REPR
dict REPR REPR REPR
set REPR REPR REPR
frozenset REPR REPR REPR
OrderedDict REPR REPR REPR
deque REPR REPR REPR
Exception x x REPR
`
	if got := runSourceOutput(t, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
