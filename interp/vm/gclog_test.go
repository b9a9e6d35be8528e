package vm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"handson/gcsim"
	"handson/interp/pypylog"
	"handson/interp/vm"
)

// TestGCLog runs an allocating program in PyPy mode with PYPYLOG=gc-minor,gc-major, reads
// the log back with PyPy's framing rules, and checks that the minor collections follow
// from the bytes allocated and the nursery size.
func TestGCLog(t *testing.T) {
	const nursery = 64 << 10
	src := []byte("class A(object):\n    def __init__(self, x): self.x = x\n" +
		"keep = []\nfor i in range(20000):\n    a = A(i)\n    if i % 10 == 0:\n        keep.append(a)\n" +
		"print len(keep)\n")
	spec, err := pypylog.ParseSpec("gc-minor,gc-major:-", 1)
	if err != nil {
		t.Fatal(err)
	}
	var logBuf bytes.Buffer
	w := pypylog.NewWriter(&logBuf, spec, pypylog.Options{})
	cfg := gcsim.DefaultGenConfig()
	cfg.NurserySize = nursery
	machine, out := newTestVM(t, vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: cfg, Log: w})
	if status := machine.RunMain(src, "alloc.py"); status != 0 {
		t.Fatalf("exit status %d", status)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out(); got != "2000\n" {
		t.Fatalf("stdout %q", got)
	}
	log, err := pypylog.Parse(bytes.NewReader(logBuf.Bytes()))
	if err != nil {
		t.Fatalf("the log does not parse with PyPy's framing: %v", err)
	}
	minors := log.Extract("gc-minor")
	// Extract returns gc-minor and the gc-minor-walkroots nested in each.
	n := 0
	for _, sec := range minors {
		body := sec.Text()
		if strings.HasPrefix(body, "minor collect, total memory used: ") {
			n++
			if !strings.Contains(body, "\nnumber of pinned objects: 0\ntotal size of surviving objects: ") {
				t.Errorf("gc-minor body lacks PyPy's lines:\n%s", body)
			}
		}
	}
	// PyPy logs one empty minor collection while it starts, before the program runs.
	if len(minors) == 0 || !strings.HasPrefix(minors[0].Text(), "minor collect, total memory used: 0\n") {
		t.Errorf("the log does not start with PyPy's empty start-up minor collection")
	}
	n--
	counts := machine.GCCounts()
	if n != counts["minor"] {
		t.Errorf("log has %d gc-minor sections after start-up, the collector counted %d", n, counts["minor"])
	}
	allocated := machine.BytesAllocated()
	want := int(allocated / nursery)
	if n < want || n > want+2 {
		t.Errorf("%d minor collections for %d bytes in a %d-byte nursery; want about %d", n, allocated, nursery, want)
	}
}

// newTestVM makes a VM writing stdout to a temporary file; out reads what it wrote.
func newTestVM(t *testing.T, opts vm.Options) (*vm.VM, func() string) {
	t.Helper()
	dir := t.TempDir()
	stdout, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdout.Close() })
	opts.Stdin, opts.Stdout, opts.Stderr = int(os.Stdin.Fd()), int(stdout.Fd()), int(os.Stderr.Fd())
	machine, err := vm.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return machine, func() string {
		data, _ := os.ReadFile(stdout.Name())
		return string(data)
	}
}
