package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"handson/cmd/handson/internal/workspace"
)

// TestLessonInATerminal renders `handson lesson gc` in a real terminal (a tmux pane 100
// columns wide) and reads the screen back, with and without its escape codes.
func TestLessonInATerminal(t *testing.T) {
	tmux := newTmux(t)
	bin := handsonOnPath(t)
	dir := newWorkspace(t)
	shell := fmt.Sprintf("cd '%s' && PATH='%s':$PATH TERM=xterm-256color handson lesson gc; echo __END__; sleep 60", dir, bin)
	tmux.run("new-session", "-d", "-s", "lesson", "-x", "100", "-y", "50", "sh", "-c", shell)
	tmux.run("set-option", "-t", "lesson", "history-limit", "5000")
	tmux.waitText("lesson", "__END__")
	plain := tmux.run("capture-pane", "-p", "-J", "-t", "lesson", "-S", "-5000")
	styled := tmux.run("capture-pane", "-p", "-e", "-t", "lesson", "-S", "-5000")

	if !strings.Contains(styled, "\x1b[") {
		t.Errorf("no colours in the terminal:\n%s", styled)
	}
	for _, want := range []string{"Reference counting and generational GC", "Files: gc0, gc1, gc2", "handson check gc0", "Rules of thumb"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the screen lacks %q", want)
		}
	}
	for _, raw := range []string{"```", "**", "](", "---\ntitle"} {
		if strings.Contains(plain, raw) {
			t.Errorf("markdown source %q shows on the screen", raw)
		}
	}
	for _, line := range strings.Split(plain, "\n") {
		if utf8.RuneCountInString(line) > 100 {
			t.Errorf("a line wider than the terminal: %q", line)
		}
	}
}

// TestLessonPiped: the same lesson through a pipe is plain text, and so is any output with
// NO_COLOR set.
func TestLessonPiped(t *testing.T) {
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "lesson", "gc")
	if code != 0 {
		t.Fatal(code)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes in piped output")
	}
	for _, want := range []string{"Lesson 4 of 5, about 40 minutes.", "# Reference counting and generational GC", "handson check gc0", "Exercises of this lesson:", "gc0.py: a file nobody closes"} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("piped lesson lacks %q", want)
		}
	}
	raw, _, _ := hs(t, dir, "lesson", "gc", "--raw")
	if !strings.HasPrefix(raw, "# Reference counting and generational GC\n") {
		t.Errorf("--raw starts %q", raw[:min(60, len(raw))])
	}
}

func TestListJSON(t *testing.T) {
	out, _, code := hs(t, t.TempDir(), "list", "--json")
	if code != 0 {
		t.Fatal(code)
	}
	var l listJSON
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	var lessons, exercises []string
	for _, x := range l.Lessons {
		lessons = append(lessons, x.Slug)
		if x.Read != nil || x.Command != "handson lesson "+x.Slug || x.Title == "" {
			t.Errorf("lesson %+v", x)
		}
	}
	for _, x := range l.Exercises {
		exercises = append(exercises, x.Slug+"/"+x.Kind)
		if x.Passed != nil || x.File != x.Slug+".py" || x.Hints == 0 {
			t.Errorf("exercise %+v", x)
		}
	}
	if got := strings.Join(lessons, " "); got != "pypy run challenge gc interpreter" {
		t.Errorf("lessons %s", got)
	}
	if got := strings.Join(exercises, " "); got != "gc0/fix gc1/reference gc2/reference fd_leak/fix weak_cache/fix gen_finally/fix html_fibo/fix count/reference" {
		t.Errorf("exercises %s", got)
	}

	// Inside a workspace the list says what is done.
	dir := newWorkspace(t)
	hs(t, dir, "lesson", "pypy")
	out, _, _ = hs(t, dir, "list", "--json")
	l = listJSON{}
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	if l.Workspace != dir || l.Lessons[0].Read == nil || !*l.Lessons[0].Read || *l.Lessons[1].Read || l.Exercises[0].Passed == nil {
		t.Errorf("in a workspace: %+v", l)
	}
	human, _, _ := hs(t, dir, "list")
	if !strings.Contains(flat(human), "1. pypy: What PyPy is (10 min), read") || !strings.Contains(flat(human), "gc1 (reference run)") {
		t.Errorf("list:\n%s", human)
	}
}

// TestWelcomeLeadsTheWay follows a learner from an empty directory: the bare command says to
// make a workspace, then which lesson to read, then which exercise to fix.
func TestWelcomeLeadsTheWay(t *testing.T) {
	parent := t.TempDir()
	out, _, code := hs(t, parent)
	if code != 0 || !strings.Contains(out, "Welcome!") || !strings.Contains(out, "Course map") ||
		!strings.Contains(flat(out), "Next: make your workspace") || !strings.Contains(out, "  handson init") {
		t.Fatalf("outside a workspace:\n%s", out)
	}
	out, _, _ = hs(t, parent, "init")
	if !strings.Contains(out, "Made your workspace in handson-course, with 8 exercise files.") ||
		!strings.Contains(out, "cd handson-course\n    handson lesson pypy") {
		t.Errorf("init:\n%s", out)
	}
	dir := filepath.Join(parent, "handson-course")
	out, _, _ = hs(t, dir)
	if !strings.Contains(out, "Welcome back.") || !strings.Contains(flat(out), "0%: 0 of 5 lessons read") ||
		!strings.Contains(flat(out), "Next: lesson 1, What PyPy is") || !strings.Contains(out, "handson lesson pypy") {
		t.Errorf("fresh workspace:\n%s", out)
	}
	for _, l := range []string{"pypy", "run", "challenge", "gc"} {
		hs(t, dir, "lesson", l)
	}
	out, _, _ = hs(t, dir)
	if !strings.Contains(flat(out), "Next: fix gc0.py") || !strings.Contains(out, "handson check gc0") || !strings.Contains(flat(out), "gc0 (next)") {
		t.Errorf("after four lessons:\n%s", out)
	}
	// A newer handson that ships a different gc0 says so, and leaves the learner's file.
	progress := filepath.Join(dir, ".handson", "progress.json")
	data, err := os.ReadFile(progress)
	if err != nil {
		t.Fatal(err)
	}
	gc0 := builtExercise(t, "gc0")
	writeFile(t, progress, strings.Replace(string(data), workspace.Hash(gc0.Original), workspace.Hash([]byte("older gc0")), 1))
	out, _, _ = hs(t, dir)
	if !strings.Contains(flat(out), "Changed in this version of the course: gc0. Your copies are as you left them") {
		t.Errorf("changed exercise not reported:\n%s", out)
	}
	// `handson lesson` without a name goes on with the next lesson not read.
	out, _, _ = hs(t, dir, "lesson")
	if !strings.Contains(out, "# How an interpreter works") {
		t.Errorf("lesson without a name:\n%.200s", out)
	}
}

// TestInitDiffReset: a learner's edit shows in diff, reset keeps it as a backup and puts
// the shipped file back.
func TestInitDiffReset(t *testing.T) {
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "diff", "gc0")
	if code != 0 || out != "No changes: gc0.py is as shipped.\n" {
		t.Errorf("diff of an untouched file: %d %q", code, out)
	}
	path := filepath.Join(dir, "gc0.py")
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(orig), "    f.write('hello world')\n", "    f.write('hello world')\n    f.close()\n", 1)
	writeFile(t, path, edited)
	out, _, _ = hs(t, dir, "diff", "gc0")
	if !strings.Contains(out, "--- gc0.py (as shipped)\n+++ gc0.py (yours)\n") || !strings.Contains(out, "\n+    f.close()\n") {
		t.Errorf("diff:\n%s", out)
	}
	out, _, code = hs(t, dir, "reset", "gc0")
	if code != 0 || !strings.HasPrefix(out, "gc0.py is as shipped again; your version is in .handson/backups/gc0-") {
		t.Fatalf("reset: %d %q", code, out)
	}
	backup := filepath.Join(dir, strings.TrimSuffix(strings.TrimPrefix(out, "gc0.py is as shipped again; your version is in "), ".\n"))
	if data, err := os.ReadFile(backup); err != nil || string(data) != edited {
		t.Errorf("backup %s: %v", backup, err)
	}
	if data, _ := os.ReadFile(path); string(data) != string(orig) {
		t.Error("reset did not restore gc0.py")
	}
	// init again adds what is missing and keeps what is there.
	os.Remove(filepath.Join(dir, "count.py"))
	writeFile(t, path, edited)
	out, _, _ = hs(t, dir, "init")
	if !strings.Contains(out, "had all but 1 exercises; added count.py") {
		t.Errorf("second init: %s", out)
	}
	if data, _ := os.ReadFile(path); string(data) != edited {
		t.Error("init overwrote an edited exercise")
	}
	out, _, _ = hs(t, dir, "reset", "--all")
	if strings.Count(out, "\n") != 8 || !strings.Contains(out, "gc0.py is as shipped again") || !strings.Contains(out, "gc1.py is as shipped.") {
		t.Errorf("reset --all:\n%s", out)
	}
}

// TestHintsComeOneLevelAtATime, and the solution is there when wanted.
func TestHintsAndSolution(t *testing.T) {
	dir := newWorkspace(t)
	for level := 1; level <= 4; level++ {
		out, _, code := hs(t, dir, "hint", "gc0")
		shown := min(level, 3)
		if code != 0 || !strings.Contains(out, fmt.Sprintf("Hint %d of 3 for gc0", shown)) {
			t.Errorf("hint call %d: %d\n%s", level, code, out)
		}
		if shown == 3 && !strings.Contains(flat(out), "That was the last hint. handson solution gc0 shows a solution") {
			t.Errorf("last hint:\n%s", out)
		}
	}
	out, _, code := hs(t, dir, "hint", "gc0", "--level", "1")
	if code != 0 || !strings.Contains(out, "Hint 1 of 3") {
		t.Errorf("--level 1: %s", out)
	}
	out, errOut, code := hs(t, dir, "solution", "gc0")
	gc0 := builtExercise(t, "gc0")
	if code != 0 || out != string(gc0.Solution) || !strings.Contains(errOut, "You have not passed gc0 yet") {
		t.Errorf("solution: %d %q", code, errOut)
	}
	st, _, _ := hs(t, dir, "status", "--json")
	var status statusJSON
	if err := json.Unmarshal([]byte(st), &status); err != nil {
		t.Fatal(err)
	}
	if e := status.Exercises[0]; e.Slug != "gc0" || e.HintsShown != 3 || !e.SolutionShown || e.State != "untouched" {
		t.Errorf("status %+v", e)
	}
}

// TestStatusFollowsProgress: a pass moves the learner on, and status says so.
func TestStatusFollowsProgress(t *testing.T) {
	dir := newWorkspace(t)
	c := builtCourse(t)
	gc0 := builtExercise(t, "gc0")
	writeFile(t, filepath.Join(dir, "gc0.py"), string(gc0.Solution))
	for _, l := range c.Lessons[:4] {
		hs(t, dir, "lesson", l.Slug)
	}
	out, _, code := hs(t, dir, "check", "gc0")
	if code != 0 || !strings.Contains(flat(out), "Passed: gc0.py behaves the same under every collector and closes every file it opens.") ||
		!strings.Contains(out, "Next: handson check gc1") {
		t.Fatalf("check of a fix: %d\n%s", code, out)
	}
	st, _, _ := hs(t, dir, "status", "--json")
	var status statusJSON
	if err := json.Unmarshal([]byte(st), &status); err != nil {
		t.Fatal(err)
	}
	if status.Next != "handson check gc1" || !status.Exercises[0].Passed || status.Exercises[0].State != "passed" || !status.Lessons[3].Read || status.Lessons[4].Read {
		t.Errorf("status %+v", status)
	}
	human, _, _ := hs(t, dir, "status")
	if !strings.Contains(flat(human), "4 of 5 lessons read, 1 of 8 exercises passed") || !strings.Contains(human, "gc0") {
		t.Errorf("status:\n%s", human)
	}
}

func TestDoctor(t *testing.T) {
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "doctor")
	if code != 0 {
		t.Fatalf("doctor: %d\n%s", code, out)
	}
	for _, want := range []string{"ok    course \"PyPy hands-on\" version 1: 5 lessons, 8 exercises", "ok    check works: gc1 passes in all 4 modes",
		"ok    workspace " + dir, "output is not a terminal", "All good."} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = hs(t, t.TempDir(), "doctor")
	if !strings.Contains(out, "note  not in a workspace; handson init makes one") {
		t.Errorf("doctor outside a workspace:\n%s", out)
	}
}

func TestCompletion(t *testing.T) {
	dir := t.TempDir()
	out, _, _ := hs(t, dir, "__complete", "check", "")
	for _, slug := range []string{"gc0\t", "html_fibo\t", "weak_cache\t"} {
		if !strings.Contains(out, slug) {
			t.Errorf("check completion lacks %q:\n%s", slug, out)
		}
	}
	out, _, _ = hs(t, dir, "__complete", "lesson", "")
	if !strings.Contains(out, "gc\tReference counting and generational GC") {
		t.Errorf("lesson completion:\n%s", out)
	}
	out, _, _ = hs(t, dir, "__complete", "lesson", "--style", "")
	if !strings.Contains(out, "dark") || !strings.Contains(out, "plain") {
		t.Errorf("style completion:\n%s", out)
	}
	out, _, code := hs(t, dir, "completion", "bash")
	if code != 0 || !strings.Contains(out, "bash completion") {
		t.Errorf("completion bash: %d", code)
	}
}

// TestLessonCommandsRunFromTheLesson: --commands numbers a lesson's commands, --run runs one
// here, with handson found even when it is not on the PATH.
func TestLessonCommandsRunFromTheLesson(t *testing.T) {
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "lesson", "run", "--commands")
	if code != 0 || !strings.Contains(out, "  1  handson run count.py 2000\n  2  handson run --cpython gc0.py\n") {
		t.Fatalf("--commands: %d\n%s", code, out)
	}
	t.Setenv("PATH", "/usr/bin:/bin")
	out, errOut, code := hs(t, dir, "lesson", "run", "--run", "2")
	if code != 0 || out != "$ handson run --cpython gc0.py\nhello world\n" {
		t.Errorf("--run 2: %d %q %q", code, out, errOut)
	}
	_, _, code = hs(t, dir, "lesson", "run", "--run", "5") // fd_leak under PyPy raises
	if code != 1 {
		t.Errorf("--run of a failing program: exit %d", code)
	}
	_, errOut, code = hs(t, dir, "lesson", "run", "--run", "99")
	if code != 2 || !strings.Contains(errOut, "lesson run has commands 1 to") {
		t.Errorf("--run 99: %d %q", code, errOut)
	}
	page, _, _ := hs(t, dir, "lesson", "run")
	if !strings.Contains(flat(page), "handson lesson run --commands numbers them, --run N runs one.") {
		t.Errorf("the lesson does not say its commands can be run")
	}
}

// TestExerciseState: each state status reports, from the progress and the file.
func TestExerciseState(t *testing.T) {
	dir := t.TempDir()
	original := []byte("print 1\n")
	shipped, edited := filepath.Join(dir, "shipped.py"), filepath.Join(dir, "edited.py")
	writeFile(t, shipped, string(original))
	writeFile(t, edited, "print 2\n")
	for _, tc := range []struct {
		passed bool
		checks int
		path   string
		want   string
	}{
		{true, 2, filepath.Join(dir, "gone.py"), "missing"},
		{true, 2, edited, "passed"},
		{false, 1, edited, "failing"},
		{false, 0, edited, "edited"},
		{false, 0, shipped, "untouched"},
	} {
		if got := exerciseState(tc.passed, tc.checks, tc.path, original); got != tc.want {
			t.Errorf("passed %v, %d checks, %s: %q, want %q", tc.passed, tc.checks, filepath.Base(tc.path), got, tc.want)
		}
	}
}

// TestInitNamesAWorkspaceInsideByItsRelativePath: a directory whose name merely starts with
// ".." is inside the current one, and is named relative to it like any other.
func TestInitNamesAWorkspaceInsideByItsRelativePath(t *testing.T) {
	out, errOut, code := hs(t, t.TempDir(), "init", "..ws")
	if code != 0 || !strings.HasPrefix(out, "Made your workspace in ..ws, with ") || !strings.Contains(out, "    cd ..ws\n") {
		t.Errorf("init ..ws: exit %d, stderr %q\n%s", code, errOut, out)
	}
}
