// This file defines FuzzParse: whatever the bytes and the mode, Parse returns a tree or an
// error value (never a panic, never a hang), and both can be printed.

package syntax

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/ast/*.py", "testdata/errors/*.py"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			for mode := FileMode; mode <= InteractiveMode; mode++ {
				f.Add(src, uint8(mode))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, mode uint8) {
		m := Mode(mode % uint8(InteractiveMode+1))
		res, err := Parse(src, Options{Mode: m, Filename: "fuzz.py"})
		if err == nil {
			if res.Tree == nil {
				t.Fatal("no tree and no error")
			}
			_ = Dump(res.Tree)
			return
		}
		if errors.Is(err, ErrIncomplete) {
			if m != InteractiveMode {
				t.Fatalf("ErrIncomplete in mode %d", m)
			}
			return
		}
		e, ok := err.(*Error)
		if !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		if e.Kind < SyntaxError || e.Kind > ValueError {
			t.Fatalf("error kind %d", e.Kind)
		}
		_ = e.Render()
		_ = e.Error()
	})
}
