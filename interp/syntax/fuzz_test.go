// This file defines FuzzParse: whatever the bytes and the mode, Parse returns a tree or an
// error value (never a panic, never a hang), and both can be printed.

package syntax

import (
	"errors"
	"io"
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
		// The low bits choose the mode, the high ones the options.
		m := Mode(mode % 8 % uint8(InteractiveMode+1))
		opts := Options{Mode: m, Filename: "fuzz.py", AtEOF: mode&8 != 0, TabErrors: mode&16 != 0,
			SourceIsUTF8: mode&32 != 0}
		if mode&64 != 0 {
			opts.Flags = FuturePrintFunction | FutureUnicodeLiterals
		}
		res, err := Parse(src, opts)
		if err == nil {
			if res.Tree == nil {
				t.Fatal("no tree and no error")
			}
			_ = Dump(res.Tree)
			return
		}
		if errors.Is(err, ErrIncomplete) || errors.Is(err, io.EOF) {
			if m != InteractiveMode || errors.Is(err, ErrIncomplete) == opts.AtEOF {
				t.Fatalf("%v in mode %d (AtEOF %v)", err, m, opts.AtEOF)
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
