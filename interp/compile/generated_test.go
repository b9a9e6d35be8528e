// This file defines the generated golden programs: ones too large to keep as source in
// testdata (arguments and jumps beyond 16 bits, which need EXTENDED_ARG). They are written
// out deterministically on each run; their goldens live in testdata/golden/generated.

package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// generatedPrograms returns name -> source of the generated programs.
func generatedPrograms() map[string]string {
	progs := map[string]string{}

	// Over 65536 constants: LOAD_CONST and BUILD_LIST arguments need EXTENDED_ARG, and the
	// code is too long for the peephole optimizer.
	var b strings.Builder
	b.WriteString("def many_consts():\n    return [")
	for i := 0; i < 66000; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d", i)
	}
	b.WriteString("]\n")
	// A dict display's BUILD_MAP argument is capped at 0xFFFF.
	b.WriteString("def big_dict():\n    return {")
	for i := 0; i < 66000; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d: %d", i, i+1)
	}
	b.WriteString("}\n")
	progs["extended_consts"] = b.String()

	// Jumps over more than 65535 bytes, forward and backward.
	b.Reset()
	b.WriteString("def long_jumps(x):\n    while x:\n        if x > 1:\n")
	for i := 0; i < 11000; i++ {
		fmt.Fprintf(&b, "            y = %d\n", i%7)
	}
	b.WriteString("        x -= 1\n    return x\n")
	progs["extended_jumps"] = b.String()
	return progs
}

// generatedSources writes the generated programs to a fixed folder under the system's
// temporary directory and lists them.
func generatedSources() ([]goldenSource, error) {
	dir := filepath.Join(os.TempDir(), "handson-compile-generated")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	progs := generatedPrograms()
	var out []goldenSource
	for _, name := range sortedKeys(progs) {
		src := progs[name]
		path := filepath.Join(dir, name+".py")
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			return nil, err
		}
		out = append(out, goldenSource{group: "generated", name: name, path: path, mode: "exec"})
	}
	return out, nil
}
