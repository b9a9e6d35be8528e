package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startRun starts `handson run ARGS` as a child process (this test binary as the CLI),
// through sh so that shellPrefix can change what it inherits, and waits until the program
// has printed its first line.
func startRun(t *testing.T, shellPrefix, program string, args ...string) (cmd *exec.Cmd, stdout func() string, stderr *bytes.Buffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "prog.py"), program)
	line := shellPrefix + " exec '" + exe + "' run " + strings.Join(args, " ") + " prog.py"
	cmd = exec.Command("sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), asCLI+"=1")
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = pw
	stderr = new(bytes.Buffer)
	cmd.Stderr = stderr
	err = cmd.Start()
	pw.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	r := bufio.NewReader(pr)
	first, err := r.ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("no first line (%v); stderr:\n%s", err, stderr.String())
	}
	var rest bytes.Buffer
	done := make(chan struct{})
	go func() {
		rest.ReadFrom(r) // until the child exits and the pipe's last writer is gone
		pr.Close()
		close(done)
	}()
	return cmd, func() string { <-done; return first + rest.String() }, stderr
}

// waitExit waits for the child at most a few seconds and returns its exit status.
func waitExit(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the program did not end after SIGINT")
		return -1
	}
}

const spinForever = "import sys\nprint 'ready'\nsys.stdout.flush()\nwhile True:\n    pass\n"

// TestRunSIGINT: Ctrl-C raises KeyboardInterrupt where the program is, in both modes, and
// the traceback and exit status are python2.7's.
func TestRunSIGINT(t *testing.T) {
	for _, mode := range []string{"--cpython", "--pypy"} {
		t.Run(mode, func(t *testing.T) {
			cmd, _, stderr := startRun(t, "", spinForever, mode)
			cmd.Process.Signal(syscall.SIGINT)
			if status := waitExit(t, cmd); status != 1 {
				t.Errorf("exit status %d, want 1", status)
			}
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			if lines[0] != "Traceback (most recent call last):" || lines[len(lines)-1] != "KeyboardInterrupt" {
				t.Errorf("stderr is not a KeyboardInterrupt traceback:\n%s", stderr.String())
			}
		})
	}
}

// TestRunSIGINTHandler: a handler installed with signal.signal runs with the signal number
// and the interrupted frame, and the program goes on.
func TestRunSIGINTHandler(t *testing.T) {
	prog := `import signal, sys
got = []
def handler(signum, frame):
    got.append((signum, frame.f_code.co_name))
signal.signal(signal.SIGINT, handler)
def spin():
    print 'ready'
    sys.stdout.flush()
    while not got:
        pass
spin()
print got
`
	cmd, stdout, stderr := startRun(t, "", prog)
	cmd.Process.Signal(syscall.SIGINT)
	if status := waitExit(t, cmd); status != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", status, stderr.String())
	}
	if got := stdout(); !strings.HasSuffix(got, "[(2, 'spin')]\n") {
		t.Errorf("stdout %q, want the handler's record [(2, 'spin')]", got)
	}
}

// TestRunSIGINTIgnoredAtStart: started with SIGINT ignored (a shell's background job),
// the program ignores it as python2.7 does, and getsignal says SIG_IGN.
func TestRunSIGINTIgnoredAtStart(t *testing.T) {
	prog := `import signal, sys, time
print 'ready'
sys.stdout.flush()
time.sleep(0.5)
print signal.getsignal(signal.SIGINT) == signal.SIG_IGN
`
	cmd, stdout, stderr := startRun(t, "trap '' INT;", prog)
	cmd.Process.Signal(syscall.SIGINT)
	if status := waitExit(t, cmd); status != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", status, stderr.String())
	}
	if got := stdout(); got != "ready\nTrue\n" {
		t.Errorf("stdout %q, want \"ready\\nTrue\\n\"", got)
	}
}

// TestMissingProgramFile: run and dis name a missing file as python2.7 does, on one line.
func TestMissingProgramFile(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"run", "dis"} {
		out, errOut, code := hs(t, dir, cmd, "nope.py")
		if want := "handson: can't open file 'nope.py': no such file or directory\n"; code != 2 || out != "" || errOut != want {
			t.Errorf("%s nope.py: exit %d, stdout %q, stderr %q; want exit 2 and %q", cmd, code, out, errOut, want)
		}
	}
}

// A command line without its program, with an unknown command or with an unknown flag
// gets one line on stderr that says what to do, and exit status 2.
func TestCommandLineMistakesSayWhatToDo(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"run"}, "handson: run needs a Python program: handson run prog.py [ARGS...], or handson run - to read it from standard input\n"},
		{[]string{"dis"}, "handson: dis needs a Python program: handson dis prog.py\n"},
		{[]string{"dis", "a.py", "b.py"}, "handson: dis takes one program, got 2 arguments: handson dis prog.py\n"},
		{[]string{"demo"}, "handson: demo needs a Python program: handson demo prog.py, or an exercise: handson demo gc0\n"},
		{[]string{"frobnicate"}, "handson: unknown command \"frobnicate\" for \"handson\" (handson help lists the commands)\n"},
		{[]string{"run", "--frob", "x.py"}, "handson: unknown flag: --frob (see handson run --help)\n"},
		{[]string{"lesson", "--frob"}, "handson: unknown flag: --frob (see handson lesson --help)\n"},
	} {
		var stdout, stderr bytes.Buffer
		root := newRootCommand(&stdout, &stderr)
		root.SetArgs(tc.args)
		if status := exitStatus(root.Execute(), &stderr); status != 2 {
			t.Errorf("%v: exit status %d, want 2", tc.args, status)
		}
		if got := stderr.String(); got != tc.want {
			t.Errorf("%v: stderr %q, want %q", tc.args, got, tc.want)
		}
		if stdout.Len() != 0 {
			t.Errorf("%v: stdout %q, want nothing", tc.args, stdout.String())
		}
	}
}
