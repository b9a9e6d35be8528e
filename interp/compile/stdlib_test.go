// This file defines an opt-in differential test over CPython 2.7's own standard library:
// with -stdlib, every module of the installed python2.7's Lib is parsed, compiled and
// compared with what python2.7 compiles, live (no goldens: it needs python2.7 anyway).
//
//	go test ./interp/compile -run TestStdlib -stdlib

package compile

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var stdlib = flag.Bool("stdlib", false, "compare with python2.7 on every module of its standard library")

func TestStdlibAgainstCPython(t *testing.T) {
	if !*stdlib {
		t.Skip("opt-in: -stdlib")
	}
	py := python27()
	if py == "" {
		t.Skip("python2.7 not available")
	}
	lib := filepath.Join(filepath.Dir(filepath.Dir(py)), "lib", "python2.7")
	var paths []string
	err := filepath.Walk(lib, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && (info.Name() == "site-packages" || info.Name() == "lib2to3" && strings.Contains(p, "tests")) {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, ".py") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	out := t.TempDir()
	for start := 0; start < len(paths); start += 100 {
		batch := paths[start:min(start+100, len(paths))]
		var sources []goldenSource
		args := []string{"testdata/pygolden.py", out, "--mode=exec"}
		for _, p := range batch {
			name := strings.NewReplacer("/", "_", ".", "_").Replace(strings.TrimPrefix(p, lib))
			src := goldenSource{group: "stdlib", name: name, path: p, mode: "exec"}
			sources = append(sources, src)
			args = append(args, name+"="+p)
		}
		if err := exec.Command(py, args...).Run(); err != nil {
			t.Fatalf("pygolden: %v", err)
		}
		for _, src := range sources {
			t.Run(src.name, func(t *testing.T) {
				text, err := os.ReadFile(src.path)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(filepath.Join(out, src.name+".code"))
				if err != nil {
					t.Fatal(err)
				}
				mod, flags, err := parseSource(text, src)
				var got string
				if err != nil {
					got = dumpResult(nil, nil, AttachSource(err, text))
				} else {
					co, warnings, err := compileSource(mod, src, text, flags)
					got = dumpResult(co, warnings, err)
				}
				if got == string(want) {
					return
				}
				// Tell the compiler's mistakes from the parser's: compile CPython's own
				// tree of the module too.
				blame := "interp/syntax (CPython's parser rejects it differently)"
				if js, err := exec.Command(py, "testdata/pyast.py", "exec", src.path).Output(); err == nil {
					blame = "the compiler"
					if tree, err := decodeCPythonTree(js); err == nil {
						co, warnings, err := compileSource(tree, src, text, 0)
						if dumpResult(co, warnings, err) == string(want) {
							blame = "interp/syntax (CPython's tree compiles right)"
						}
					}
				}
				t.Errorf("differs from python2.7, because of %s:\n%s", blame, lineDiff(string(want), got))
			})
		}
	}
}
