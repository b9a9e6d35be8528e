// This file defines the tests of the string modes: compile()'s exec, eval and single
// modes on a table of sources, compared with what CPython 2.7's compile() gives (the
// golden testdata/compile_modes.golden, regenerated with -update).

package syntax

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// pyUnescape decodes Python 2's string_escape encoding.
func pyUnescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '\'', '"':
			b.WriteByte(s[i])
		case 'x':
			if i+2 >= len(s)+0 && i+2 > len(s) {
				return "", fmt.Errorf("short \\x escape in %q", s)
			}
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", err
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

func modeOf(name string) (Mode, bool) {
	switch name {
	case "exec", "exec-status":
		return ExecMode, true
	case "eval":
		return EvalMode, true
	case "single":
		return SingleMode, true
	}
	return 0, false
}

// modeResult formats a parse result the way compile_modes.py prints CPython's.
func modeResult(res *Result, err error) string {
	if err == nil {
		return Dump(res.Tree)
	}
	e, ok := err.(*Error)
	if !ok {
		return "unexpected error value: " + err.Error()
	}
	if e.Kind == ValueError || e.Kind == MemoryError {
		return fmt.Sprintf("error %s %s", e.Kind, ReprStr(e.Error()))
	}
	offset, text := "None", "None"
	if e.HasOffset {
		offset = strconv.Itoa(e.Offset)
	}
	if e.HasText {
		text = ReprStr(e.Text)
	}
	return fmt.Sprintf("error %s %s %d %s %s", e.Kind, ReprStr(e.Msg), e.Lineno, offset, text)
}

func TestCompileModes(t *testing.T) {
	cases := filepath.Join("testdata", "compile_modes.txt")
	golden := filepath.Join("testdata", "compile_modes.golden")
	if *update {
		python := python27()
		if python == "" {
			t.Fatal("-update needs CPython 2.7")
		}
		out, err := exec.Command(python, filepath.Join("testdata", "compile_modes.py"), cases).Output()
		if err != nil {
			t.Fatalf("compile_modes.py: %v", err)
		}
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad golden line %q", line)
		}
		mode, ok := modeOf(parts[0])
		if !ok {
			t.Fatalf("bad mode in %q", line)
		}
		src, err := pyUnescape(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		n++
		res, perr := Parse([]byte(src), Options{Mode: mode, Filename: "<string>"})
		got := modeResult(res, perr)
		if parts[0] == "exec-status" && perr == nil {
			got = "ok"
		}
		if got != parts[2] {
			t.Errorf("%s %q:\n got: %s\nwant: %s", parts[0], src, got, parts[2])
		}
	}
	if n < 50 {
		t.Fatalf("only %d cases in %s", n, golden)
	}
}
