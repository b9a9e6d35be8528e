// This file defines slideDemos, which runs the demo of a slide: its handson command line,
// through the shell, in a scratch workspace made for that one run.

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/workspace"
)

// Limits of one slide demo.
const (
	slideDemoTimeout   = 90 * time.Second
	slideDemoMaxOutput = 256 << 10
)

// slideDemos runs slide demos with this binary as handson.
type slideDemos struct {
	course *course.Course
	exe    string   // the handson binary
	env    []string // the environment demos start from
	// colour makes the demos' output styled for a terminal (CLICOLOR_FORCE), for the
	// presenter; otherwise it is plain text, as the HTML export records it.
	colour bool
}

func newSlideDemos(c *course.Course) (*slideDemos, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("can't find the handson binary to run demos with: %w", err)
	}
	return &slideDemos{course: c, exe: exe, env: os.Environ()}, nil
}

// run runs command in a fresh workspace (every exercise as shipped) and returns what a
// terminal would have shown: the command after a $, then its stdout and stderr as they
// came, then its exit status when it is not 0. width is what the output should fit.
func (s *slideDemos) run(ctx context.Context, command string, width int) (string, error) {
	scratch, err := os.MkdirTemp("", "handson-demo-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(scratch)
	ws := filepath.Join(scratch, "handson-course")
	if _, err := workspace.Init(ws, s.course, time.Now()); err != nil {
		return "", fmt.Errorf("making a scratch workspace for the demo: %w", err)
	}
	bin := filepath.Join(scratch, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		return "", err
	}
	if err := os.Symlink(s.exe, filepath.Join(bin, "handson")); err != nil {
		return "", err
	}
	return s.runIn(ctx, ws, bin, command, width)
}

// runIn runs command with the shell in dir, with bin first on the PATH.
func (s *slideDemos) runIn(ctx context.Context, dir, bin, command string, width int) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, slideDemoTimeout)
	defer cancel()
	out := &demoOutput{max: slideDemoMaxOutput, overflow: cancel}
	fmt.Fprintf(out, "$ %s\n", command)
	sh := exec.CommandContext(ctx, "sh", "-c", command)
	sh.Dir = dir
	path := ""
	for _, kv := range s.env {
		if strings.HasPrefix(kv, "PATH=") {
			path = string(os.PathListSeparator) + kv[len("PATH="):]
		}
	}
	// The demo's own VAR=value words (PYPYLOG=...) are the only such settings it gets.
	var env []string
	for _, kv := range checker.CleanEnv(s.env) {
		if !strings.HasPrefix(kv, "CLICOLOR_FORCE=") {
			env = append(env, kv)
		}
	}
	env = append(env, "PATH="+bin+path, "COLUMNS="+strconv.Itoa(width))
	if s.colour {
		env = append(env, "CLICOLOR_FORCE=1")
	}
	sh.Env = env
	sh.Stdout, sh.Stderr = out, out
	sh.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	sh.Cancel = func() error { return syscall.Kill(-sh.Process.Pid, syscall.SIGKILL) }
	sh.WaitDelay = 2 * time.Second
	err := sh.Run()
	var exit *exec.ExitError
	switch {
	case out.overflowed():
		out.note(fmt.Sprintf("\n(stopped: it printed more than %d KiB)\n", slideDemoMaxOutput>>10))
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		out.note(fmt.Sprintf("\n(stopped: still running after %s)\n", slideDemoTimeout))
	case ctx.Err() != nil:
		return "", ctx.Err()
	case errors.As(err, &exit):
		out.note(fmt.Sprintf("(exit status %d)\n", exit.ExitCode()))
	case err != nil:
		return "", fmt.Errorf("running the demo: %w", err)
	}
	return out.String(), nil
}

// demoOutput keeps the first max bytes of a demo's output and stops the demo past that.
type demoOutput struct {
	mu       sync.Mutex
	buf      bytes.Buffer
	max      int
	over     bool
	overflow func()
}

func (o *demoOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if room := o.max - o.buf.Len(); len(p) > room {
		o.buf.Write(p[:max(room, 0)])
		if !o.over {
			o.over = true
			o.overflow()
		}
		return len(p), nil
	}
	o.buf.Write(p)
	return len(p), nil
}

// note adds text past the cap: what handson says about the demo.
func (o *demoOutput) note(s string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf.WriteString(s)
}

func (o *demoOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

func (o *demoOutput) overflowed() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.over
}
