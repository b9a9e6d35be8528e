package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"handson/cmd/handson/internal/course"
)

// asCLI is set in the environment of child processes of these tests: the test binary then
// behaves as the handson binary (main's runCLI), so that `handson check`, which runs
// programs with os.Executable(), runs them with this binary, and shell commands from the
// lessons can call it through a wrapper named handson. A child started with -test. flags
// (the jitviewer's helper process) runs tests as usual.
const asCLI = "HANDSON_TEST_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(asCLI) == "1" && !hasTestFlags(os.Args[1:]) {
		os.Exit(runCLI())
	}
	// Children started by the commands under test inherit this.
	os.Setenv(asCLI, "1")
	os.Exit(m.Run())
}

func hasTestFlags(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-test.") {
			return true
		}
	}
	return false
}

// syncBuffer is a bytes.Buffer safe for a command writing while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// hs runs handson in-process in dir and returns stdout, stderr and the exit status main
// would return.
func hs(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	return hsContext(t, context.Background(), dir, args...)
}

func hsContext(t *testing.T, ctx context.Context, dir string, args ...string) (string, string, int) {
	t.Helper()
	t.Chdir(dir)
	var out, errOut syncBuffer
	root := newRootCommand(&out, &errOut)
	root.SetArgs(args)
	code := exitStatus(root.ExecuteContext(ctx), &errOut)
	return out.String(), errOut.String(), code
}

// builtCourse loads the course built into handson.
func builtCourse(t *testing.T) *course.Course {
	t.Helper()
	c, err := loadCourse()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// builtExercise returns an exercise of the course built into handson.
func builtExercise(t *testing.T, slug string) *course.Exercise {
	t.Helper()
	e, ok := builtCourse(t).Exercise(slug)
	if !ok {
		t.Fatalf("the course has no exercise %q", slug)
	}
	return e
}

// newWorkspace makes a workspace in a fresh directory and returns its path.
func newWorkspace(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	if out, errOut, code := hs(t, parent, "init", "ws"); code != 0 {
		t.Fatalf("init: %d\n%s%s", code, out, errOut)
	}
	return filepath.Join(parent, "ws")
}

// handsonOnPath puts a `handson` command on a fresh PATH directory that runs this test
// binary as the CLI, and returns that directory.
func handsonOnPath(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := "#!/bin/sh\n" + asCLI + "=1 exec '" + exe + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "handson"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeFile writes a file for a test.
func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// flat joins a text's words with single spaces and drops the backquotes plain output puts
// around inline code, so that tests depend on neither.
func flat(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "`", "")), " ") }
