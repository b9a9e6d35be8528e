// genconfig_test.go tests PyPy's size syntax, the PYPY_GC_* variables and GenConfig
// validation.
package gcsim

import (
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	good := []struct {
		in   string
		want int64
	}{
		{"1", 1},
		{"100000", 100000},
		{"4M", 4 << 20},
		{"4m", 4 << 20},
		{"4MB", 4 << 20},
		{"512k", 512 << 10},
		{"512kb", 512 << 10},
		{"1.5G", 3 << 29},
		{"1.6GB", 1717986918}, // int(1.6 * 2**30), as PyPy computes it
		{"100B", 100},
		{"2.5k", 2560},
		{"1e3", 1000},
		{" 64K ", 64 << 10},
		{"0", 0},
	}
	for _, c := range good {
		got, err := ParseSize(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	bad := []struct{ in, msg string }{
		{"", "empty"},
		{"   ", "empty"},
		{"abc", "not a size"},
		{"4X", "not a size"},
		{"M", "not a size"},
		{"b", "not a size"},
		{"kb", "not a size"},
		{"-1M", "negative"},
		{"0x10", "not a size"},
		{"inf", "not a size"},
		{"nan", "not a size"},
		{"1_000", "not a size"},
		{"99999999999G", "too large"},
	}
	for _, c := range bad {
		_, err := ParseSize(c.in)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("ParseSize(%q) error = %v, want one saying %q", c.in, err, c.msg)
		}
	}
}

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestConfigFromEnv(t *testing.T) {
	c, err := ConfigFromEnv(envOf(nil))
	if err != nil || c != DefaultGenConfig() {
		t.Fatalf("no variables: %+v, %v", c, err)
	}
	if d := DefaultGenConfig(); d.NurserySize != 4<<20 || d.MajorCollect != 1.82 || d.Growth != 1.4 || d.MinMajorThreshold != 32<<20 {
		t.Errorf("defaults %+v", d)
	}
	c, err = ConfigFromEnv(envOf(map[string]string{
		"PYPY_GC_NURSERY":       "1M",
		"PYPY_GC_MAJOR_COLLECT": "2.5",
		"PYPY_GC_GROWTH":        "1.1",
		"PYPY_GC_MIN":           "10MB",
		"PYPY_GC_MAX_DELTA":     "200M",
	}))
	want := GenConfig{NurserySize: 1 << 20, MajorCollect: 2.5, Growth: 1.1, MinMajorThreshold: 10 << 20, MaxDelta: 200 << 20}
	if err != nil || c != want {
		t.Errorf("got %+v, %v; want %+v", c, err, want)
	}
	// The minimum follows the nursery; a tiny nursery's is that of the real one.
	c, _ = ConfigFromEnv(envOf(map[string]string{"PYPY_GC_NURSERY": "1"}))
	if c.NurserySize != 1 || c.MinMajorThreshold != 8*MinNurserySize {
		t.Errorf("tiny nursery: %+v", c)
	}
	// PyPy treats 0 as "the default".
	c, _ = ConfigFromEnv(envOf(map[string]string{"PYPY_GC_NURSERY": "0"}))
	if c.NurserySize != DefaultNurserySize {
		t.Errorf("PYPY_GC_NURSERY=0: %+v", c)
	}
}

func TestConfigFromEnvErrorsSayWhatIsWrong(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want []string
	}{
		{map[string]string{"PYPY_GC_NURSERY": "lots"}, []string{"PYPY_GC_NURSERY=lots", "not a size"}},
		{map[string]string{"PYPY_GC_MAJOR_COLLECT": "1.0"}, []string{"PYPY_GC_MAJOR_COLLECT=1.0", "greater than 1.0"}},
		{map[string]string{"PYPY_GC_MAJOR_COLLECT": "2M"}, []string{"PYPY_GC_MAJOR_COLLECT=2M", "no suffix"}},
		{map[string]string{"PYPY_GC_GROWTH": "0.5"}, []string{"PYPY_GC_GROWTH=0.5", "greater than 1.0"}},
		{map[string]string{"PYPY_GC_MIN": "-3"}, []string{"PYPY_GC_MIN=-3", "negative"}},
		{map[string]string{"PYPY_GC_NURSERY": "x", "PYPY_GC_GROWTH": "y"}, []string{"PYPY_GC_NURSERY=x", "PYPY_GC_GROWTH=y"}},
	}
	for _, c := range cases {
		_, err := ConfigFromEnv(envOf(c.env))
		if err == nil {
			t.Errorf("%v: no error", c.env)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%v: error %q does not say %q", c.env, err, w)
			}
		}
	}
}

func TestValidate(t *testing.T) {
	if err := (GenConfig{}).Validate(); err != nil {
		t.Errorf("zero config: %v", err)
	}
	bad := []struct {
		c   GenConfig
		msg string
	}{
		{GenConfig{NurserySize: -1}, "negative"},
		{GenConfig{MajorCollect: 1}, "greater than 1"},
		{GenConfig{Growth: 0.9}, "greater than 1"},
		{GenConfig{MinMajorThreshold: -5}, "negative"},
		{GenConfig{MaxDelta: -5}, "negative"},
		{GenConfig{Stress: true, NoAutomatic: true}, "exclude each other"},
	}
	for _, b := range bad {
		if err := b.c.Validate(); err == nil || !strings.Contains(err.Error(), b.msg) {
			t.Errorf("%+v: %v, want %q", b.c, err, b.msg)
		}
	}
}

func TestMaxDeltaCapsTheThreshold(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib, MinMajorThreshold: 1, MaxDelta: 100000, Growth: 100})
	root := gt.obj("root")
	gt.setRoots("root")
	for i := 0; i < 40; i++ {
		root.refs = append(root.refs, gt.alloc(string(rune('A'+i)), LargeObject-8, 0))
	}
	gt.gc.FullCollect()
	live := float64(gt.gc.Stats().OldBytes)
	if th := gt.gc.Stats().MajorThreshold; th != live+100000 {
		t.Errorf("threshold %f, want live %f + 100000", th, live)
	}
}
