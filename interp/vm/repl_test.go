package vm_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"handson/interp/vm"
)

// TestRepl feeds a session to the interactive prompt and compares what it prints with
// python2.7 -i given the same lines: stdout exactly, and the exception lines of stderr
// (python2.7's banner and prompts are left out).
func TestRepl(t *testing.T) {
	input, err := os.ReadFile("testdata/repl/session.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/repl/session"
	if *update {
		cmd := exec.Command(python27(), "-i")
		cmd.Stdin = bytes.NewReader(input)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("python2.7 -i: %v", err)
		}
		os.WriteFile(golden+".out", out.Bytes(), 0o644)
		os.WriteFile(golden+".errlines", []byte(exceptionLines(errOut.String())), 0o644)
		os.WriteFile(golden+".ps2", []byte(strconv.Itoa(strings.Count(errOut.String(), "... "))+"\n"), 0o644)
	}
	wantOut, err := os.ReadFile(golden + ".out")
	if err != nil {
		t.Fatal(err)
	}
	wantErr, err := os.ReadFile(golden + ".errlines")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stdout, _ := os.Create(filepath.Join(dir, "out"))
	stderr, _ := os.Create(filepath.Join(dir, "err"))
	defer stdout.Close()
	defer stderr.Close()
	machine, err := vm.New(vm.Options{GC: vm.GCRefcount, Stdin: 0, Stdout: int(stdout.Fd()), Stderr: int(stderr.Fd())})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(input), "\n")
	var prompts []string
	read := func(prompt string) (string, error) {
		prompts = append(prompts, prompt)
		for len(lines) > 0 && lines[0] == "" {
			lines = lines[1:]
		}
		if len(lines) == 0 {
			return "", io.EOF
		}
		l := lines[0]
		lines = lines[1:]
		return l, nil
	}
	if status := machine.Interact(read); status != 0 {
		t.Errorf("exit status %d", status)
	}
	gotOut, _ := os.ReadFile(stdout.Name())
	gotErr, _ := os.ReadFile(stderr.Name())
	if string(gotOut) != string(wantOut) {
		t.Errorf("stdout differs:\n%s", lineDiff(string(wantOut), string(gotOut)))
	}
	if e := exceptionLines(string(gotErr)); e != string(wantErr) {
		t.Errorf("exception lines differ:\n%s", lineDiff(string(wantErr), e))
	}
	// The continuation prompt appears exactly as often as python2.7's does.
	wantPS2, err := os.ReadFile(golden + ".ps2")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.Join(prompts, ""), "... "); strconv.Itoa(n)+"\n" != string(wantPS2) {
		t.Errorf("%d continuation prompts, python2.7 printed %s", n, wantPS2)
	}
}

var exceptionLine = regexp.MustCompile(`(?m)^(Traceback \(most recent call last\):|  File .*|[A-Za-z_.]+(Error|Exception)(: .*)?)$`)

// exceptionLines keeps the traceback lines of a stderr transcript, without prompts.
func exceptionLines(s string) string {
	s = strings.NewReplacer(">>> ", "", "... ", "").Replace(s)
	return strings.Join(exceptionLine.FindAllString(s, -1), "\n") + "\n"
}
