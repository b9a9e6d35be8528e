package pypylog

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sharedLogs is the folder of real PyPy logs beside the checkout.
const sharedLogs = "../../../shared/pypy-logs"

func openShared(t *testing.T, name string) *Log {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedLogs, name))
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("real PyPy logs not present (%s): %v", sharedLogs, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	log, err := Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return log
}

func categories(ss []*Section) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Category)
	}
	return out
}

func TestParseRealJitLog(t *testing.T) {
	log := openShared(t, "count-2000.pypylog")
	got := strings.Join(categories(log.Sections), " ")
	if got != "jit-log-opt-loop jit-log-opt-bridge jit-backend-counts" {
		t.Fatalf("sections: %s", got)
	}
	loop := log.Sections[0]
	if loop.StartLine != 1 || loop.Body[0].Num != 2 || !strings.HasPrefix(loop.Body[0].Text, "# Loop 1 (count_mult_of_5;count.py:4-7~#16 FOR_ITER)") {
		t.Errorf("loop section: start line %d, first body line %+v", loop.StartLine, loop.Body[0])
	}
	if loop.StartTime != 0x13cffa61814 || loop.StopTime != 0x13cffbfc166 {
		t.Errorf("timestamps %x %x", loop.StartTime, loop.StopTime)
	}
	counts := log.Sections[2]
	if counts.Text() != "entry 1:392\nTargetToken(140450028240928):767\nTargetToken(140450028241008):191\nbridge 140450028265720:375" {
		t.Errorf("counts text: %q", counts.Text())
	}
	if len(log.Extract("jit-log-opt")) != 2 || len(log.Truncated()) != 0 || len(log.Loose) != 0 {
		t.Errorf("extract/truncated/loose wrong")
	}
}

func TestParseRealFullLogNesting(t *testing.T) {
	log := openShared(t, "count-10000-full.pypylog")
	// Every jit-backend-addr sits inside a jit-backend section, as PyPy writes them.
	addrs := log.Extract("jit-backend-addr")
	if len(addrs) != 3 {
		t.Fatalf("%d jit-backend-addr sections, want 3 (a loop and two bridges)", len(addrs))
	}
	for _, a := range addrs {
		if a.Parent == nil || a.Parent.Category != "jit-backend" {
			t.Errorf("jit-backend-addr at line %d is not inside jit-backend", a.StartLine)
		}
	}
	// Extract("jit-backend") also returns the nested -dump, -addr and -counts sections,
	// like extract_category.
	var outer int
	for _, s := range log.Extract("jit-backend") {
		if s.Category == "jit-backend" {
			outer++
			if len(s.Body) != 0 {
				t.Errorf("jit-backend at line %d has own lines %v", s.StartLine, s.Body)
			}
		}
	}
	if outer != 3 {
		t.Errorf("%d jit-backend sections, want 3", outer)
	}
	if n := len(log.Extract("jit-log-opt")); n != 3 {
		t.Errorf("%d jit-log-opt sections, want 3", n)
	}
	if log.Lines != 612 {
		t.Errorf("read %d lines, want 612", log.Lines)
	}
}

func TestParseRealGCLog(t *testing.T) {
	log := openShared(t, "gc-alloc.pypylog")
	n := 0
	log.Walk(func(*Section) { n++ })
	if n != 564 {
		t.Errorf("%d sections, want 564", n)
	}
	for _, s := range log.Extract("gc-minor-walkroots") {
		if s.Parent == nil || s.Parent.Category != "gc-minor" {
			t.Errorf("walkroots at line %d not inside gc-minor", s.StartLine)
		}
	}
	done := log.Extract("gc-collect-done")
	if len(done) != 7 || done[0].Parent.Category != "gc-collect-step" {
		t.Errorf("gc-collect-done: %d sections", len(done))
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		log, want string
	}{
		{"[1] {a\n[2] {b\nx\n[3] a}\n", "line 4: section a} closes b, opened at line 2"},
		{"x\n[3] a}\n", "line 2: \"[3] a}\" closes a section that was never opened"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.log))
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error starting %q", tt.log, err, tt.want)
		}
	}
}

func TestParseTruncated(t *testing.T) {
	log, err := Parse(strings.NewReader("[1] {jit-tracing\n[2] {jit-log-opt-loop\n# Loop 1\n[3] jit-log-opt-loop}\n[4] {jit-backend\nhalf"))
	if err != nil {
		t.Fatal(err)
	}
	tr := log.Truncated()
	if len(tr) != 2 || tr[0].Category != "jit-tracing" || tr[1].Category != "jit-backend" || tr[1].StopLine != 0 {
		t.Fatalf("truncated: %v", categories(tr))
	}
	if tr[1].Text() != "half" || tr[1].Body[0].Num != 6 {
		t.Errorf("last line without newline: %+v", tr[1].Body)
	}
	if log.Extract("jit-log-opt")[0].Truncated {
		t.Error("a closed section is marked truncated")
	}
}

func TestParseLooseLinesAndNoise(t *testing.T) {
	// Program output sharing stderr, CRLF endings, and lines that look almost like framing.
	in := "hello\r\n[12] {gc-minor\r\n[zz] {not-a-start\r\n[12] {two words\r\n[13] gc-minor}\r\n\r\nbye\r\n"
	log, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Loose) != 2 || log.Loose[0].Text != "hello" || log.Loose[1].Num != 7 || log.Loose[1].Text != "bye" || log.Loose[1].Original() != "bye" {
		t.Errorf("loose: %+v", log.Loose)
	}
	if got := log.Sections[0].Text(); got != "[zz] {not-a-start\n[12] {two words" {
		t.Errorf("body: %q", got)
	}
}

func TestParseBzip2(t *testing.T) {
	f, err := os.Open("testdata/small.pypylog.bz2")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	log, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Sections) != 1 || log.Sections[0].Category != "jit-log-opt-loop" || log.Sections[0].StopLine != 3 {
		t.Errorf("bz2 log read wrong: %+v", log.Sections)
	}
}

// randomTree writes a random tree of sections through a Writer and returns the expected
// text of every section, in the order Walk visits them.
func randomTree(rng *rand.Rand, w *Writer, depth int, want *[]string) {
	cats := []string{"gc-minor", "gc-minor-walkroots", "jit-log-opt-loop", "jit-backend", "jit-backend-dump"}
	for i := rng.Intn(4); i > 0; i-- {
		cat := cats[rng.Intn(len(cats))]
		w.Start(cat)
		idx := len(*want)
		*want = append(*want, cat+":")
		var body []string
		for j := rng.Intn(3); j > 0; j-- {
			line := fmt.Sprintf("line %d of %s", rng.Intn(1000), cat)
			w.Print(line)
			body = append(body, line)
			if depth < 4 && rng.Intn(3) == 0 {
				randomTree(rng, w, depth+1, want)
			}
		}
		(*want)[idx] += strings.Join(body, "\n")
		w.Stop(cat)
	}
}

func TestRoundTripThroughWriter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 200; trial++ {
		var buf bytes.Buffer
		w := NewWriter(&buf, mustSpec(t, ":-"), Options{})
		var want []string
		randomTree(rng, w, 0, &want)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		log, err := Parse(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("trial %d: %v\n%s", trial, err, buf.String())
		}
		var got []string
		log.Walk(func(s *Section) { got = append(got, s.Category+":"+s.Text()) })
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("trial %d:\ngot  %q\nwant %q", trial, got, want)
		}
		if log.Lines != strings.Count(buf.String(), "\n") {
			t.Fatalf("trial %d: %d lines read of %d", trial, log.Lines, strings.Count(buf.String(), "\n"))
		}
	}
}

func TestRoundTripSelectiveWriter(t *testing.T) {
	// With a prefix spec, reading back gives exactly the sections the spec enables.
	rng := rand.New(rand.NewSource(2))
	var buf bytes.Buffer
	w := NewWriter(&buf, mustSpec(t, "gc-minor,jit-backend-dump:-"), Options{})
	var all []string
	randomTree(rng, w, 0, &all)
	for i := 0; i < 30; i++ {
		randomTree(rng, w, 0, &all)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	log, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	log.Walk(func(s *Section) {
		if !strings.HasPrefix(s.Category, "gc-minor") && s.Category != "jit-backend-dump" {
			t.Errorf("section %s written though not enabled", s.Category)
		}
		for _, l := range s.Body {
			if !strings.HasSuffix(l.Text, " of "+s.Category) {
				t.Errorf("line %q landed in section %s", l.Text, s.Category)
			}
		}
	})
}

// The gcsim collectors log through an interface of this shape; *Writer must fit it.
var _ interface {
	Enabled(string) bool
	Start(string)
	Print(string)
	Stop(string)
	Close() error
} = (*Writer)(nil)

// rewrite writes a parsed log back through a Writer, replaying its timestamps, its lines
// and sections in their original order.
func rewrite(t *testing.T, log *Log) string {
	t.Helper()
	var stamps []uint64
	type item struct {
		line int
		text *Line
		sec  *Section
	}
	var order func(s *Section) []item
	order = func(s *Section) []item {
		var items []item
		for i := range s.Body {
			items = append(items, item{line: s.Body[i].Num, text: &s.Body[i]})
		}
		for _, c := range s.Children {
			items = append(items, item{line: c.StartLine, sec: c})
		}
		sort.Slice(items, func(i, j int) bool { return items[i].line < items[j].line })
		return items
	}
	var collect func(s *Section)
	collect = func(s *Section) {
		stamps = append(stamps, s.StartTime)
		for _, it := range order(s) {
			if it.sec != nil {
				collect(it.sec)
			}
		}
		stamps = append(stamps, s.StopTime)
	}
	for _, s := range log.Sections {
		collect(s)
	}
	next := 0
	clock := func() uint64 { next++; return stamps[next-1] }
	var buf bytes.Buffer
	w := NewWriter(&buf, Spec{Mode: Conditional, Prefixes: []string{""}, Path: "-"}, Options{Clock: clock})
	var write func(s *Section)
	write = func(s *Section) {
		w.Start(s.Category)
		for _, it := range order(s) {
			if it.sec != nil {
				write(it.sec)
			} else {
				w.Print(it.text.Original())
			}
		}
		w.Stop(s.Category)
	}
	for _, s := range log.Sections {
		write(s)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestRealLogsRoundTripByteForByte(t *testing.T) {
	for _, name := range []string{"count-2000.pypylog", "count-10000.pypylog", "count-10000-full.pypylog", "gc-alloc.pypylog"} {
		log := openShared(t, name)
		orig, err := os.ReadFile(filepath.Join(sharedLogs, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := rewrite(t, log); got != string(orig) {
			a, b := strings.Split(got, "\n"), strings.Split(string(orig), "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Errorf("%s: line %d written as %q, was %q", name, i+1, a[i], b[i])
					break
				}
			}
			if len(a) != len(b) {
				t.Errorf("%s: %d lines written, was %d", name, len(a), len(b))
			}
		}
	}
}
