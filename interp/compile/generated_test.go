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
	progs["folding_stress"] = foldingStress()
	return progs
}

// foldingStress is many constant expressions, drawn deterministically from operands of
// every constant type and every operator the peephole optimizer folds (and some it must
// refuse), spread over functions so that each co_consts listing stays readable.
func foldingStress() string {
	operands := []string{"0", "1", "-1", "7", "-7", "3", "2", "63", "64", "100", "9223372036854775807",
		"-9223372036854775808", "0L", "1L", "-5L", "12345678901234567890L", "0.0", "-0.0", "1.5", "-2.5",
		"0.1", "1e300", "1e-300", "3.0", "0j", "1j", "(1+2j)", "(-0.5-1j)", "''", "'ab'", "'xyz'",
		"u'q'", "u''", "()", "(1,)", "(1, 2.0)", "None", "'%d'", "'%s-%s'", "'%5.1f|'", "'%x'", "'%r'"}
	small := []string{"0", "1", "2", "3", "7", "-1", "-2", "63", "64", "0L", "2L", "0.5", "-2.5", "1j", "'a'", "None"}
	ops := []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"}
	unary := []string{"-", "~", "+", "not "}
	var b strings.Builder
	// A fixed linear congruential sequence keeps the program the same on every run.
	state := uint64(20241126)
	next := func(n int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int(state>>33) % n
	}
	for f := 0; f < 30; f++ {
		fmt.Fprintf(&b, "def fold%d():\n", f)
		for i := 0; i < 40; i++ {
			x, y := operands[next(len(operands))], operands[next(len(operands))]
			switch next(6) {
			case 0:
				fmt.Fprintf(&b, "    a = %s%s\n", unary[next(len(unary))], x)
			case 1:
				fmt.Fprintf(&b, "    a = `%s`\n", x)
			case 2:
				fmt.Fprintf(&b, "    a = %s[%d]\n", x, next(5)-2)
			default:
				op := ops[next(len(ops))]
				if op == "**" || op == "<<" {
					// Keep the result small: CPython would compute 100 ** 2**63 forever.
					y = small[next(len(small))]
				}
				fmt.Fprintf(&b, "    a = %s %s %s\n", x, op, y)
			}
		}
	}
	return b.String()
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
