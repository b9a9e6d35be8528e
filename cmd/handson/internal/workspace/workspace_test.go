package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"handson/cmd/handson/internal/course"
	"handson/exercises"
	"handson/lessons"
	"handson/solutions"
)

var t0 = time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)

func loadCourse(t *testing.T) *course.Course {
	t.Helper()
	c, err := course.Load(course.Content{Lessons: lessons.Files(), Exercises: exercises.Files(), Solutions: solutions.Files()})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestInitFindAndReopen(t *testing.T) {
	c := loadCourse(t)
	dir := filepath.Join(t.TempDir(), "ws")
	res, err := Init(dir, c, t0)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Created || len(res.Added) != len(c.Exercises) || len(res.Kept) != 0 {
		t.Fatalf("init result %+v", res)
	}
	for _, e := range c.Exercises {
		data, err := os.ReadFile(filepath.Join(dir, e.File))
		if err != nil || string(data) != string(e.Original) {
			t.Errorf("%s not written as shipped: %v", e.File, err)
		}
	}
	if readme, err := os.ReadFile(filepath.Join(dir, ReadmeFile)); err != nil || !strings.Contains(string(readme), "html_fibo.py") {
		t.Errorf("README: %v %q", err, readme)
	}

	sub := filepath.Join(dir, "notes", "deep")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	ws, err := Find(sub)
	if err != nil || ws.Dir != dir {
		t.Fatalf("Find from a subdirectory: %v, %v", ws, err)
	}
	gc, _ := c.Exercise("gc0")
	intro, _ := c.Lesson("pypy")
	ws.MarkRead(intro, t0)
	ws.RecordCheck(gc, false, "failed", t0)
	ws.RecordCheck(gc, true, "passed", t0.Add(time.Minute))
	ws.RecordCheck(gc, false, "failed", t0.Add(2*time.Minute)) // passing once is enough
	ws.Exercise(gc).HintsShown = 2
	if err := ws.Save(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ep := again.Progress.Exercises["gc0"]
	if !again.Read(intro) || !again.Passed(gc) || ep.Checks != 3 || ep.HintsShown != 2 || !ep.PassedAt.Equal(t0.Add(time.Minute)) || ep.LastVerdict != "failed" {
		t.Errorf("progress after reopening: %+v", ep)
	}
	if _, err := Find(t.TempDir()); !errors.Is(err, ErrNoWorkspace) {
		t.Errorf("Find outside: %v", err)
	}
}

func TestInitKeepsEditsAndRefusesNesting(t *testing.T) {
	c := loadCourse(t)
	dir := t.TempDir()
	if _, err := Init(dir, c, t0); err != nil {
		t.Fatal(err)
	}
	gc, _ := c.Exercise("gc0")
	mine := []byte("print 'my version'\n")
	if err := os.WriteFile(filepath.Join(dir, gc.File), mine, 0o644); err != nil {
		t.Fatal(err)
	}
	count, _ := c.Exercise("count")
	if err := os.Remove(filepath.Join(dir, count.File)); err != nil {
		t.Fatal(err)
	}
	res, err := Init(dir, c, t0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || len(res.Added) != 1 || res.Added[0] != "count.py" || len(res.Kept) != len(c.Exercises)-1 {
		t.Errorf("second init: %+v", res)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, gc.File)); string(data) != string(mine) {
		t.Errorf("init overwrote the learner's gc0.py: %q", data)
	}
	_, err = Init(filepath.Join(dir, "inner"), c, t0)
	if err == nil || !strings.Contains(err.Error(), "inside the workspace") {
		t.Errorf("nested init: %v", err)
	}
}

func TestResetKeepsABackup(t *testing.T) {
	c := loadCourse(t)
	dir := t.TempDir()
	if _, err := Init(dir, c, t0); err != nil {
		t.Fatal(err)
	}
	ws, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := c.Exercise("html_fibo")
	path := ws.ExercisePath(e)
	if backup, err := ws.Reset(e, t0); err != nil || backup != "" {
		t.Errorf("reset of an untouched file: backup %q, %v", backup, err)
	}
	var backups []string
	for i, text := range []string{"first try\n", "second try\n"} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		backup, err := ws.Reset(e, t0) // the same second twice: names must not collide
		if err != nil {
			t.Fatal(err)
		}
		if data, err := os.ReadFile(backup); err != nil || string(data) != text {
			t.Errorf("backup %d %s holds %q, %v", i, backup, data, err)
		}
		backups = append(backups, backup)
	}
	if backups[0] == backups[1] || !strings.HasPrefix(backups[0], filepath.Join(dir, StateDir, BackupDir)) {
		t.Errorf("backups %v", backups)
	}
	if data, _ := os.ReadFile(path); string(data) != string(e.Original) {
		t.Errorf("reset left %q", data)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if backup, err := ws.Reset(e, t0); err != nil || backup != "" {
		t.Errorf("reset of a deleted file: %q, %v", backup, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("reset did not bring the file back: %v", err)
	}
}

func TestChangedExercisesAreNoticed(t *testing.T) {
	c := loadCourse(t)
	dir := t.TempDir()
	if _, err := Init(dir, c, t0); err != nil {
		t.Fatal(err)
	}
	ws, _ := Open(dir)
	e, _ := c.Exercise("gc0")
	if ws.Changed(e) {
		t.Fatal("fresh workspace reports gc0 changed")
	}
	ws.Progress.Exercises["gc0"].OriginalSHA256 = Hash([]byte("an older gc0"))
	if !ws.Changed(e) {
		t.Error("a different shipped gc0 is not noticed")
	}
	if _, err := ws.Reset(e, t0); err != nil || ws.Changed(e) {
		t.Errorf("after reset: changed=%v, %v", ws.Changed(e), err)
	}
}

func TestDamagedProgressSaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, StateDir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, StateDir, ProgressFile), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Find(dir)
	if err == nil || !strings.Contains(err.Error(), "is damaged") || !strings.Contains(err.Error(), "handson init") {
		t.Errorf("error %v", err)
	}
}
