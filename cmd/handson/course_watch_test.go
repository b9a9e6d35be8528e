package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWatchChecksOnSave: watch checks once at the start, again after each save with new
// content (and not after a save that changes nothing), and records a pass.
func TestWatchChecksOnSave(t *testing.T) {
	dir := newWorkspace(t)
	gc0 := builtExercise(t, "gc0")
	path := filepath.Join(dir, gc0.File)

	t.Chdir(dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	root := newRootCommand(&out, &errOut)
	root.SetArgs([]string{"watch", "gc0", "--interval", "50ms"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	waitFor := func(what string, count int) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for strings.Count(out.String(), what) < count {
			if time.Now().After(deadline) {
				t.Fatalf("waited for %d x %q:\n%s\n%s", count, what, out.String(), errOut.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor("Watching gc0.py: save to check again. Ctrl-C stops.", 1)
	waitFor("Not yet: 1 of 4 modes passed.", 1)
	if strings.Contains(out.String(), "Hint (2 of 3") {
		t.Error("watch advanced the hint level")
	}

	writeFile(t, path, string(gc0.Original)) // a save without a change: no check
	time.Sleep(300 * time.Millisecond)
	if n := strings.Count(out.String(), "exercise gc0, in 4 modes"); n != 1 {
		t.Errorf("%d checks after a save that changed nothing", n)
	}

	writeFile(t, path, string(gc0.Solution))
	waitFor("--- gc0.py saved at ", 1)
	waitFor("Passed: gc0.py behaves the same", 1)

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("watch ended with %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not stop when cancelled")
	}
	if !strings.HasSuffix(out.String(), "Stopped watching.\n") {
		t.Errorf("end of output: %q", out.String()[max(0, len(out.String())-100):])
	}
	st, _, _ := hs(t, dir, "status", "--json")
	if !strings.Contains(st, `"slug": "gc0",
      "kind": "fix",
      "state": "passed"`) {
		t.Errorf("status after watch:\n%s", st)
	}
}

// TestWatchWithoutNameWatchesEveryExercise starts with nothing to check (the next step is a
// lesson) and checks whichever file is saved.
func TestWatchWithoutNameWatchesEveryExercise(t *testing.T) {
	dir := newWorkspace(t)
	t.Chdir(dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	root := newRootCommand(&out, &errOut)
	root.SetArgs([]string{"watch", "--interval", "50ms"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	deadline := time.Now().Add(60 * time.Second)
	wait := func(what string) {
		t.Helper()
		for !strings.Contains(out.String(), what) {
			if time.Now().After(deadline) {
				t.Fatalf("waited for %q:\n%s\n%s", what, out.String(), errOut.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	wait("Watching your exercise files")
	writeFile(t, filepath.Join(dir, "weak_cache.py"), "print 'draft: 7 words'\n")
	wait("weak_cache.py, exercise weak_cache, in 4 modes:")
	wait("stdout differs at line 2")
	cancel()
	<-done
}
