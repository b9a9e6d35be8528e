package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runJit runs the root command in-process with args and returns stdout, stderr and the error
// main would print.
func runJit(t *testing.T, ctx context.Context, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRootCommand(&out, &errOut)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), errOut.String(), err
}

const ownLogs = "../../tracejit/jitlog/testdata"

func TestJitlogCommand(t *testing.T) {
	out, _, err := runJit(t, context.Background(), "jitlog", filepath.Join(ownLogs, "calls.pypylog"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "calls.pypylog: 4 loops, 5 bridges") || !strings.Contains(out, "Hottest exits") {
		t.Errorf("output:\n%s", out)
	}
}

func TestLogErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.pypylog")
	if err := os.WriteFile(bad, []byte("[1] {jit-log-opt-loop\n# Loop 1 (f;x.py:1-2~#0 X) : loop with 1 ops\n[i0]\n+3: i1 = int_add(i0\n[2] jit-log-opt-loop}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"jitlog", bad}, bad + ":4: int_add( has no closing ')'"},
		{[]string{"jitviewer", "--no-browser", bad}, bad + ":4: int_add( has no closing ')'"},
		{[]string{"jitlog", filepath.Join(dir, "none.pypylog")}, filepath.Join(dir, "none.pypylog") + ": no such log file"},
		{[]string{"jitlog"}, "jitlog needs a log file: handson jitlog LOG"},
		{[]string{"jitviewer", "a", "b"}, "jitviewer takes one log file, got 2 arguments"},
		{[]string{"jitviewer", "--addr", "0.0.0.0:8000", filepath.Join(ownLogs, "calls.pypylog")}, "the jitviewer serves on loopback only"},
		{[]string{"jitviewer", "--addr", "8000", filepath.Join(ownLogs, "calls.pypylog")}, "is not HOST:PORT (for example 127.0.0.1:8000)"},
		{[]string{"jitlog", "--frob", "x"}, "unknown flag: --frob (see handson jitlog --help)"},
	} {
		_, _, err := runJit(t, context.Background(), tc.args...)
		if err == nil {
			t.Errorf("%v: no error", tc.args)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
			t.Errorf("%v: error %q, want one line with %q", tc.args, msg, tc.want)
		}
	}
}

func TestJitviewerServesUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		root := newRootCommand(pw, io.Discard)
		root.SetArgs([]string{"jitviewer", "--no-browser", filepath.Join(ownLogs, "objects.pypylog")})
		done <- root.ExecuteContext(ctx)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	if !lines.Scan() {
		t.Fatal("no output")
	}
	first := lines.Text()
	i := strings.Index(first, "http://127.0.0.1:")
	if i < 0 {
		t.Fatalf("first line %q has no URL", first)
	}
	url := strings.Fields(first[i:])[0]
	resp, err := http.Get(url + "trace/loop-1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "def walk(n):") {
		t.Errorf("GET loop-1: %d", resp.StatusCode)
	}
	cancel()
	go io.Copy(io.Discard, pr)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("stopping: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the viewer did not stop")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("still serving after it stopped")
	}
}

// TestJitviewerHelperProcess is not a test: TestJitviewerStopsOnCtrlC runs the test
// binary with it as a stand-in for `handson jitviewer`.
func TestJitviewerHelperProcess(t *testing.T) {
	if os.Getenv("HANDSON_JITVIEWER_HELPER") != "1" {
		t.Skip("helper process for TestJitviewerStopsOnCtrlC")
	}
	root := newRootCommand(os.Stdout, os.Stderr)
	root.SetArgs([]string{"jitviewer", "--no-browser", filepath.Join(ownLogs, "calls.pypylog")})
	if err := root.Execute(); err != nil {
		os.Exit(2)
	}
	os.Exit(0)
}

func TestJitviewerStopsOnCtrlC(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestJitviewerHelperProcess$")
	cmd.Env = append(os.Environ(), "HANDSON_JITVIEWER_HELPER=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.Contains(lines.Text(), "(Ctrl-C to stop)") {
		t.Fatalf("first line %q", lines.Text())
	}
	url := strings.Fields(lines.Text()[strings.Index(lines.Text(), "http://"):])[0]
	if resp, err := http.Get(url); err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %v", url, err)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	var rest []string
	for lines.Scan() {
		rest = append(rest, lines.Text())
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after Ctrl-C: %v", err)
	}
	if len(rest) == 0 || rest[0] != "jitviewer: stopped" {
		t.Errorf("after Ctrl-C printed %q", rest)
	}
}
