package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeFirstCommandStartsTheCourse does what a new user does on a fresh machine: the
// first command of README.md's Start section (built into a temporary directory rather than
// the checkout), then the binary alone, then what it says to do next.
func TestReadmeFirstCommandStartsTheCourse(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, start, ok := strings.Cut(string(readme), "## Start\n")
	if !ok {
		t.Fatal("README.md has no Start section")
	}
	_, block, ok := strings.Cut(start, "```sh\n")
	first, _, _ := strings.Cut(block, "\n")
	const want = "go build -o handson ./cmd/handson && ./handson"
	if !ok || first != want {
		t.Fatalf("README's first command is %q; this test runs %q", first, want)
	}
	if testing.Short() {
		t.Skip("-short: not building the binary")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	build := exec.Command(gobin, "build", "-o", filepath.Join(dir, "handson"), "./cmd/handson")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// A fresh machine: handson is not on the PATH, nothing is configured.
	env := []string{"PATH=/usr/bin:/bin", "HOME=" + dir, "TERM=dumb"}
	run := func(cwd string, args ...string) string {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir, cmd.Env = cwd, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	out := run(dir, "./handson")
	for _, want := range []string{"Welcome!", "Course map", "1. What PyPy is", "./handson init", "lessons write handson; from here that is ./handson"} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("./handson lacks %q:\n%s", want, out)
		}
	}
	out = run(dir, "./handson", "init")
	if !strings.Contains(out, "cd handson-course\n    ../handson lesson pypy\n") {
		t.Errorf("./handson init:\n%s", out)
	}
	out = run(filepath.Join(dir, "handson-course"), "../handson")
	if !strings.Contains(flat(out), "Next: lesson 1, What PyPy is") || !strings.Contains(out, "../handson lesson pypy") {
		t.Errorf("../handson in the workspace:\n%s", out)
	}
}
