package exercises

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"handson/solutions"
)

var update = flag.Bool("update", false, "rewrite expected/ from what python2.7 prints and writes when it runs the solutions")

// testManifest is the part of course.json these tests read. (The course runner's own loader
// lives in cmd/handson/internal/course, which this package may not import.)
type testManifest struct {
	Exercises []struct {
		Slug        string   `json:"slug"`
		Kind        string   `json:"kind"`
		File        string   `json:"file"`
		Args        []string `json:"args"`
		IgnoreLines []string `json:"ignore_lines"`
		Expect      struct {
			Stdout string            `json:"stdout"`
			Files  map[string]string `json:"files"`
		} `json:"expect"`
	} `json:"exercises"`
}

func readManifest(t *testing.T) testManifest {
	t.Helper()
	data, err := fs.ReadFile(Files(), "course.json")
	if err != nil {
		t.Fatal(err)
	}
	var m testManifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("course.json: %v", err)
	}
	if len(m.Exercises) == 0 {
		t.Fatal("course.json lists no exercises")
	}
	return m
}

// python27 finds CPython 2.7, the reference for every expected result.
func python27(t *testing.T) string {
	t.Helper()
	home, _ := os.UserHomeDir()
	for _, p := range []string{filepath.Join(home, ".pyenv/versions/2.7.18/bin/python"), "python2.7"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if *update {
		t.Fatal("-update needs python2.7")
	}
	t.Skip("python2.7 is not installed; the expected results cannot be checked against it")
	return ""
}

func mask(s string, patterns []*regexp.Regexp) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		for _, p := range patterns {
			if p.MatchString(strings.TrimSuffix(l, "\n")) {
				lines[i] = "<" + p.String() + ">\n"
			}
		}
	}
	return strings.Join(lines, "")
}

// TestExpectedResultsAreWhatCPythonDoes runs every solution with python2.7 in an empty
// directory and compares its stdout and the files it leaves with expected/.
func TestExpectedResultsAreWhatCPythonDoes(t *testing.T) {
	py := python27(t)
	for _, ex := range readManifest(t).Exercises {
		t.Run(ex.Slug, func(t *testing.T) {
			src, err := fs.ReadFile(solutions.Files(), ex.File)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, ex.File), src, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, append([]string{ex.File}, ex.Args...)...)
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("python2.7 %s: %v\n%s", ex.File, err, stderr.String())
			}
			os.Remove(filepath.Join(dir, ex.File))
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]byte{}
			for _, e := range entries {
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				got[e.Name()] = data
			}
			if *update {
				writeExpected(t, ex.Slug, stdout.Bytes(), got)
				return
			}
			var patterns []*regexp.Regexp
			for _, p := range ex.IgnoreLines {
				patterns = append(patterns, regexp.MustCompile(p))
			}
			want, err := fs.ReadFile(Files(), ex.Expect.Stdout)
			if err != nil {
				t.Fatal(err)
			}
			if mask(string(want), patterns) != mask(stdout.String(), patterns) {
				t.Errorf("stdout: python2.7 prints\n%q\nexpected/ has\n%q", stdout.String(), want)
			}
			var names []string
			for n := range got {
				names = append(names, n)
			}
			sort.Strings(names)
			var listed []string
			for n := range ex.Expect.Files {
				listed = append(listed, n)
			}
			sort.Strings(listed)
			if strings.Join(names, " ") != strings.Join(listed, " ") {
				t.Fatalf("python2.7 leaves %v, the manifest expects %v", names, listed)
			}
			for n, path := range ex.Expect.Files {
				want, err := fs.ReadFile(Files(), path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, got[n]) {
					t.Errorf("%s: python2.7 writes %q, %s has %q", n, got[n], path, want)
				}
			}
		})
	}
}

func writeExpected(t *testing.T, slug string, stdout []byte, files map[string][]byte) {
	t.Helper()
	dir := filepath.Join("expected", slug)
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stdout"), stdout, 0o644); err != nil {
		t.Fatal(err)
	}
	for n, data := range files {
		if err := os.MkdirAll(filepath.Join(dir, "files"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "files", n), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %s (list its files in course.json: %d)", dir, len(files))
}

// TestEveryExerciseFileIsListed keeps the embedded programs and the manifest in step, and
// checks that a reference exercise is shipped exactly as its solution.
func TestEveryExerciseFileIsListed(t *testing.T) {
	m := readManifest(t)
	listed := map[string]bool{}
	for _, ex := range m.Exercises {
		listed[ex.File] = true
		if ex.Kind == "reference" {
			shipped, err := fs.ReadFile(Files(), ex.File)
			if err != nil {
				t.Fatal(err)
			}
			sol, err := fs.ReadFile(solutions.Files(), ex.File)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(shipped, sol) {
				t.Errorf("%s is a reference exercise, but it differs from its solution", ex.Slug)
			}
		}
	}
	programs, err := fs.Glob(Files(), "*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range programs {
		if !listed[p] {
			t.Errorf("%s is embedded but course.json does not list it", p)
		}
	}
}
