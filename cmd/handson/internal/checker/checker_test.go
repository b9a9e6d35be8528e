package checker

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"handson/cmd/handson/internal/course"
)

// These tests run the checker against a stand-in for `handson run`: this test binary, when
// FAKE_HANDSON_RUN is set. It reads the program's first line as a script of what to do, so
// each test can make a run print, write files, leave files open, hang or crash on cue. The
// real interpreter is checked the same way in cmd/handson's tests.
func TestMain(m *testing.M) {
	if os.Getenv("FAKE_HANDSON_RUN") == "1" {
		os.Exit(fakeRun(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// fakeRun acts on a program made of lines "MODE-LIST: ACTION ARG": the action applies when
// the run's mode flags contain one of the comma-separated modes (or "all").
func fakeRun(args []string) int {
	if len(args) == 0 || args[0] != "run" {
		fmt.Fprintln(os.Stderr, "fake: want run")
		return 2
	}
	mode := "cpython"
	reportPath := ""
	var prog string
flags:
	for i := 1; i < len(args); i++ {
		switch args[i] {
		case "--cpython":
		case "--pypy":
			mode = "pypy"
		case "--gc-stress":
			mode = "gc-stress"
		case "--gc-no-auto":
			mode = "gc-no-auto"
		case "--report", "--max-open-files":
			if args[i] == "--report" {
				reportPath = args[i+1]
			}
			i++
		default:
			prog = args[i]
			args = args[i+1:]
			break flags
		}
	}
	src, err := os.ReadFile(prog)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	status := 0
	open := []OpenFile{}
	closed := []OpenFile{}
	for _, line := range strings.Split(string(src), "\n") {
		modes, action, ok := strings.Cut(line, ": ")
		if !ok || (modes != "all" && !strings.Contains(","+modes+",", ","+mode+",")) {
			continue
		}
		verb, arg, _ := strings.Cut(action, " ")
		switch verb {
		case "print":
			fmt.Println(arg)
		case "args":
			fmt.Println(strings.Join(args, " "))
		case "write":
			name, text, _ := strings.Cut(arg, "=")
			os.WriteFile(name, []byte(text), 0o644)
		case "collector-closed":
			closed = append(closed, OpenFile{Name: arg, Mode: "r", OpenedAt: prog + ":5"})
		case "leave-open":
			open = append(open, OpenFile{Name: arg, Mode: "w", OpenedAt: prog + ":3"})
		case "raise":
			fmt.Fprintf(os.Stderr, "Traceback (most recent call last):\n  File \"%s\", line 4, in <module>\n    boom()\n%s\n", prog, arg)
			status = 1
		case "hang":
			time.Sleep(time.Hour)
		case "spam":
			for {
				fmt.Println(strings.Repeat("x", 1000))
			}
		case "crash":
			fmt.Fprintln(os.Stderr, "panic: BUG: something")
			return 2
		}
	}
	data, _ := json.Marshal(map[string]any{"status": status, "open_files": open, "closed_by_collector": closed, "gc": map[string]int{}})
	if err := os.WriteFile(reportPath, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return status
}

func fakeOptions(t *testing.T) Options {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Executable: exe, Env: append(os.Environ(), "FAKE_HANDSON_RUN=1", "PYPYLOG=gc:-"), TempDir: t.TempDir()}
}

func exercise() *course.Exercise {
	return &course.Exercise{
		Slug:    "demo",
		File:    "demo.py",
		Timeout: 10 * time.Second,
		Expect:  course.Expectation{Stdout: []byte("hello\n"), Files: map[string][]byte{"out.txt": []byte("data")}},
		Hints:   []string{"h"},
	}
}

func check(t *testing.T, ex *course.Exercise, src string, opts Options) *Result {
	t.Helper()
	res, err := Check(context.Background(), ex, Program{Name: "demo.py", Source: []byte(src)}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Runs) != len(Modes()) {
		t.Fatalf("%d runs", len(res.Runs))
	}
	return res
}

func runOf(res *Result, mode string) *Run {
	for _, r := range res.Runs {
		if r.Mode == mode {
			return r
		}
	}
	panic("BUG: no run " + mode)
}

func TestAPassingProgram(t *testing.T) {
	res := check(t, exercise(), "all: print hello\nall: write out.txt=data\n", fakeOptions(t))
	if !res.Passed || res.FirstMismatch != nil {
		t.Fatalf("%+v", res)
	}
	for i, r := range res.Runs {
		if !r.Passed || r.Verdict != "output and files as expected, every file closed by the program" {
			t.Errorf("%s: %q", r.Mode, r.Verdict)
		}
		if i > 0 && r.SameAs != "cpython" {
			t.Errorf("%s: same as %q", r.Mode, r.SameAs)
		}
	}
}

func TestMismatchesAcrossModes(t *testing.T) {
	src := "all: write out.txt=data\ncpython,gc-stress: print hello\npypy,gc-no-auto: print \npypy: write extra.txt=x\ngc-no-auto: leave-open out.txt\n"
	res := check(t, exercise(), src, fakeOptions(t))
	if res.Passed {
		t.Fatal("passed")
	}
	if !runOf(res, "cpython").Passed || !runOf(res, "gc-stress").Passed || runOf(res, "gc-stress").SameAs != "cpython" {
		t.Errorf("cpython/gc-stress: %+v %+v", runOf(res, "cpython"), runOf(res, "gc-stress"))
	}
	pypy := runOf(res, "pypy")
	if pypy.Passed || pypy.Verdict != "stdout differs at line 1; extra.txt should not be there" {
		t.Errorf("pypy verdict %q", pypy.Verdict)
	}
	noAuto := runOf(res, "gc-no-auto")
	if noAuto.SameAs != "" || !strings.Contains(noAuto.Verdict, "left open at exit: out.txt (opened at demo.py:3)") {
		t.Errorf("gc-no-auto: same as %q, verdict %q", noAuto.SameAs, noAuto.Verdict)
	}
	if res.FirstMismatch == nil || res.FirstMismatch.Mode != "pypy" || res.FirstMismatch.What != "stdout" ||
		!strings.Contains(res.FirstMismatch.Diff, "-hello\n+\n") {
		t.Errorf("first mismatch %+v", res.FirstMismatch)
	}
}

func TestFileDifferencesAndMissingFiles(t *testing.T) {
	res := check(t, exercise(), "all: print hello\ncpython: write out.txt=datum\npypy: write out.txt=data\n", fakeOptions(t))
	if v := runOf(res, "cpython").Verdict; v != "out.txt differs at line 1" {
		t.Errorf("cpython %q", v)
	}
	if v := runOf(res, "gc-stress").Verdict; v != "out.txt is missing" {
		t.Errorf("gc-stress %q", v)
	}
	if !runOf(res, "pypy").Passed {
		t.Errorf("pypy %q", runOf(res, "pypy").Verdict)
	}
	if res.FirstMismatch == nil || res.FirstMismatch.What != "out.txt differs at line 1" || !strings.Contains(res.FirstMismatch.Diff, "+datum") {
		t.Errorf("first mismatch %+v", res.FirstMismatch)
	}
}

// TestFilesClosedByACollector: in PyPy modes a leak, in CPython mode a note.
func TestFilesClosedByACollector(t *testing.T) {
	src := "all: print hello\nall: write out.txt=data\ncpython,gc-stress: collector-closed in.txt\n"
	res := check(t, exercise(), src, fakeOptions(t))
	cp := runOf(res, "cpython")
	if !cp.Passed || len(cp.Notes) != 1 || cp.Notes[0] != "closed by reference counting, not by the program: in.txt (opened at demo.py:5)" {
		t.Errorf("cpython: passed %v, notes %q", cp.Passed, cp.Notes)
	}
	if cp.Verdict != "output and files as expected" {
		t.Errorf("cpython verdict %q", cp.Verdict)
	}
	st := runOf(res, "gc-stress")
	if st.Passed || st.Verdict != "closed by the collector, not by the program: in.txt (opened at demo.py:5)" {
		t.Errorf("gc-stress %q", st.Verdict)
	}
	if !runOf(res, "pypy").Passed || !runOf(res, "gc-no-auto").Passed {
		t.Errorf("pypy %q, gc-no-auto %q", runOf(res, "pypy").Verdict, runOf(res, "gc-no-auto").Verdict)
	}
}

func TestExceptionsTimeoutsFloodsAndCrashes(t *testing.T) {
	opts := fakeOptions(t)
	opts.Timeout = 500 * time.Millisecond
	opts.MaxOutput = 64 << 10
	src := "cpython: raise IOError: [Errno 24] Too many open files: 'x'\npypy: hang\ngc-stress: spam\ngc-no-auto: crash\n"
	start := time.Now()
	res := check(t, exercise(), src, opts)
	if took := time.Since(start); took > 8*time.Second {
		t.Errorf("a hanging run held the check for %s", took)
	}
	for mode, want := range map[string]string{
		"cpython":    "stopped by IOError: [Errno 24] Too many open files: 'x' (demo.py, line 4); stdout differs at line 1",
		"pypy":       "still running after 500ms, so it was stopped (a loop that never ends?)",
		"gc-stress":  "printed more than 64 KiB, so it was stopped (a loop that never ends?)",
		"gc-no-auto": "handson itself failed, not your program (exit status 2, panic: BUG: something)",
	} {
		r := runOf(res, mode)
		if r.Passed || !strings.HasPrefix(r.Verdict, want) {
			t.Errorf("%s: %q\nwant it to start with %q", mode, r.Verdict, want)
		}
	}
	if !runOf(res, "pypy").TimedOut {
		t.Error("pypy run not marked timed out")
	}
}

func TestIgnoreLinesAndArgs(t *testing.T) {
	ex := exercise()
	ex.Expect = course.Expectation{Stdout: []byte("time: 0.5 secs\na b\n"), Files: map[string][]byte{}}
	ex.IgnoreLines = []*regexp.Regexp{regexp.MustCompile(`^time: .* secs$`)}
	ex.Args = []string{"a", "b"}
	res := check(t, ex, "all: print time: 0.001 secs\nall: args\n", fakeOptions(t))
	if !res.Passed {
		t.Fatalf("%q", runOf(res, "cpython").Verdict)
	}
	if v := runOf(res, "cpython").Verdict; v != "output as expected, no files left behind, every file closed by the program" {
		t.Errorf("verdict %q", v)
	}
	res = check(t, ex, "all: print tim: 0.001 secs\nall: args\n", fakeOptions(t))
	if res.Passed || res.FirstMismatch == nil || !strings.Contains(res.FirstMismatch.Diff, "-[any line matching ^time: .* secs$]") {
		t.Errorf("%+v", res.FirstMismatch)
	}
}

func TestCancelStopsTheRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(300 * time.Millisecond)
		cancel()
	}()
	opts := fakeOptions(t)
	start := time.Now()
	_, err := Check(ctx, exercise(), Program{Name: "demo.py", Source: []byte("all: hang\n")}, opts)
	if err == nil || time.Since(start) > 5*time.Second {
		t.Errorf("cancel: %v after %s", err, time.Since(start))
	}
	left, _ := filepath.Glob(filepath.Join(opts.TempDir, "*"))
	if len(left) != 0 {
		t.Errorf("run directories left behind: %v", left)
	}
}

func TestCleanEnv(t *testing.T) {
	got := CleanEnv([]string{"PATH=/bin", "PYPYLOG=gc:-", "PYPY_GC_NURSERY=1k", "HOME=/h", "HANDSON_CPUPROFILE=x", "PYTHONHASHSEED=1", "PYTHONUNBUFFERED=1"})
	if strings.Join(got, " ") != "PATH=/bin HOME=/h" {
		t.Errorf("%q", got)
	}
}

func TestDescribeFilesGroups(t *testing.T) {
	var files []OpenFile
	for i := 0; i < 61; i++ {
		files = append(files, OpenFile{Name: "settings.txt", OpenedAt: "fd_leak.py:23"})
	}
	files = append(files, OpenFile{Name: "a", OpenedAt: "x.py:1"}, OpenFile{Name: "b"}, OpenFile{Name: "c"})
	want := "61 x settings.txt (opened at fd_leak.py:23), a (opened at x.py:1), b and 1 more"
	if got := describeFiles(files); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestExecRunsOneModeUnjudged: Exec gives the raw run (output, files, report) of one mode,
// with the invocation's arguments, and leaves no directory behind.
func TestExecRunsOneModeUnjudged(t *testing.T) {
	opts := fakeOptions(t)
	m, ok := ModeNamed("gc-stress")
	if !ok {
		t.Fatal("no gc-stress mode")
	}
	if _, ok := ModeNamed("jit"); ok {
		t.Error("ModeNamed found a mode that does not exist")
	}
	src := "all: print hi\nall: args\ngc-stress: write out.txt=data\ngc-stress: leave-open out.txt\ncpython: write never.txt=x\n"
	r, err := Exec(context.Background(), m, Program{Name: "p.py", Source: []byte(src)}, Invocation{Args: []string{"x", "y"}}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != "gc-stress" || r.Stdout != "hi\nx y\n" || r.ExitStatus != 0 || r.Verdict != "" || len(r.Problems) != 0 {
		t.Errorf("run %+v", r)
	}
	if files := r.Files(); len(files) != 1 || string(files["out.txt"]) != "data" {
		t.Errorf("files %q", r.Files())
	}
	if len(r.OpenAtExit) != 1 || r.OpenAtExit[0].Name != "out.txt" {
		t.Errorf("open at exit %+v", r.OpenAtExit)
	}
	if left, _ := filepath.Glob(filepath.Join(opts.TempDir, "*")); len(left) != 0 {
		t.Errorf("run directories left behind: %v", left)
	}
}
