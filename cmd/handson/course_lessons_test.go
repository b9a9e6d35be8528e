package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"handson/cmd/handson/internal/course"
)

// commandResult is what a shell command from a lesson did.
type commandResult struct {
	line           string
	stdout, stderr string
	code           int
}

// TestLessonCommandsWorkAsShown runs every command of every lesson's ```sh blocks, in
// order, the way a learner would type them: in a shell, in a fresh workspace (the first
// lesson makes its own), with `handson` on the PATH. Each must succeed, or fail only the
// way the lesson says programs fail (a check of an exercise not fixed yet, a program that
// raises). ```output blocks must be exactly what the last command printed, ```excerpt
// blocks must appear in it.
func TestLessonCommandsWorkAsShown(t *testing.T) {
	bin := handsonOnPath(t)
	c := builtCourse(t)
	for _, l := range c.Lessons {
		t.Run(l.Slug, func(t *testing.T) {
			cwd := t.TempDir()
			blocks := l.Blocks()
			if !startsWithInit(blocks) {
				cwd = newWorkspace(t)
			}
			var last *commandResult
			commands := 0
			for _, b := range blocks {
				switch b.Info {
				case "sh":
					for _, line := range strings.Split(strings.TrimSpace(b.Text), "\n") {
						if dir, ok := strings.CutPrefix(line, "cd "); ok {
							cwd = filepath.Join(cwd, dir)
							continue
						}
						last = runShell(t, bin, cwd, line)
						commands++
						checkCommand(t, c, last)
					}
				case "output":
					if last == nil {
						t.Fatalf("line %d: an output block before any command", b.Line)
					}
					if last.stdout != b.Text {
						t.Errorf("line %d: %s prints\n%q\nthe lesson shows\n%q", b.Line, last.line, last.stdout, b.Text)
					}
				case "excerpt":
					if last == nil {
						t.Fatalf("line %d: an excerpt block before any command", b.Line)
					}
					if !strings.Contains(trimLines(last.stdout), trimLines(b.Text)) {
						t.Errorf("line %d: the lines shown are not in what %s prints:\n%s", b.Line, last.line, last.stdout)
					}
				case "text", "python", "":
				default:
					t.Errorf("line %d: unknown block kind %q (sh, output, excerpt, text, python)", b.Line, b.Info)
				}
			}
			if commands == 0 {
				t.Errorf("lesson %s shows no command to try", l.Slug)
			}
		})
	}
}

func startsWithInit(blocks []course.Block) bool {
	for _, b := range blocks {
		if b.Info == "sh" {
			return strings.HasPrefix(strings.TrimSpace(b.Text), "handson init")
		}
	}
	return false
}

func runShell(t *testing.T, bin, dir, line string) *commandResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := &commandResult{line: line, stdout: stdout.String(), stderr: stderr.String()}
	if err != nil {
		exit, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s: %v", line, err)
		}
		r.code = exit.ExitCode()
	}
	return r
}

// checkCommand says whether a command ended the way a lesson may let it end.
func checkCommand(t *testing.T, c *course.Course, r *commandResult) {
	t.Helper()
	for _, bad := range []string{"unknown flag", "unknown command", "panic:", "BUG", "Usage:"} {
		if strings.Contains(r.stderr, bad) {
			t.Errorf("%s: stderr says %q:\n%s", r.line, bad, r.stderr)
		}
	}
	if r.code == 0 {
		return
	}
	if r.code == 1 {
		if slug, ok := strings.CutPrefix(r.line, "handson check "); ok {
			if e, ok := c.Exercise(slug); ok && e.Kind == course.KindFix {
				return // an exercise not fixed yet
			}
		}
		if strings.Contains(r.line, "handson run ") && strings.Contains(r.stderr, "Traceback (most recent call last):") {
			return // a program that raises, as the lesson explains
		}
	}
	t.Errorf("%s: exit status %d\nstdout:\n%s\nstderr:\n%s", r.line, r.code, r.stdout, r.stderr)
}

// trimLines drops trailing spaces from every line.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
