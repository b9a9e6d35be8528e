// This file defines TestCPythonStdlib, run with -stdlib (go test ./interp/syntax -stdlib,
// the flag after the package): every module of CPython 2.7's own
// standard library (found beside the python2.7 the goldens use) must parse to the tree
// CPython gives it. It needs CPython 2.7 and takes a while, so it is not part of the
// default run.

package syntax

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var stdlib = flag.Bool("stdlib", false, "compare the trees of CPython 2.7's whole standard library")

func TestCPythonStdlib(t *testing.T) {
	if !*stdlib {
		t.Skip("run with -stdlib")
	}
	python := python27()
	if python == "" {
		t.Fatal("-stdlib needs CPython 2.7")
	}
	out, err := exec.Command(python, "-c", "import os; print os.path.dirname(os.__file__)").Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	err = filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && (info.Name() == "site-packages" || info.Name() == "test" || info.Name() == "tests") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(t.TempDir(), "files")
	if err := os.WriteFile(list, []byte(strings.Join(files, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = exec.Command(python, filepath.Join("testdata", "dump_many.py"), list).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(files) {
		t.Fatalf("%d dumps for %d files", len(lines), len(files))
	}
	for _, line := range lines {
		path, want, _ := strings.Cut(line, "\t")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Parse(src, Options{Mode: FileMode, Filename: path})
		got := ""
		if err != nil {
			got = "ERROR " + err.Error()
		} else {
			got = Dump(res.Tree)
		}
		if got != want {
			t.Errorf("%s:\n%s", path, firstDifference(got, want))
		}
	}
	t.Logf("%d modules compared", len(files))
}
