// modinit_test.go tests what happens when the Python half of a Go module fails to run.

package vm

import (
	"strings"
	"testing"
)

// A Go module's Python half that fails for a reason of the program's (here the recursion
// limit, reached while json is imported) makes the import raise that error, and a later
// import runs it again, instead of panicking.
func TestGoModuleSourceFailureIsTheImportsError(t *testing.T) {
	src := `import sys
sys.setrecursionlimit(40)
def f(n):
    try:
        return f(n + 1)
    except RuntimeError:
        try:
            import json
        except RuntimeError as e:
            return "import failed: %s" % e
        return "imported"
print f(0)
import json
print json.dumps([1])
`
	out := runSourceOutput(t, src)
	if !strings.HasPrefix(out, "import failed: maximum recursion depth exceeded") || !strings.HasSuffix(out, "\n[1]\n") {
		t.Errorf("output %q", out)
	}
}
