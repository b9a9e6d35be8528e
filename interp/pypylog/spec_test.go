package pypylog

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		value string
		want  Spec
	}{
		{"", Spec{Mode: Off}},
		{"out.log", Spec{Mode: Profiling, Path: "out.log"}},
		{"+out.log", Spec{Mode: Profiling, Path: "out.log"}},
		{"+c:/logs/out.log", Spec{Mode: Profiling, Path: "c:/logs/out.log"}},
		{":out.log", Spec{Mode: Conditional, Prefixes: []string{""}, Path: "out.log"}},
		{"jit-log-opt:out.log", Spec{Mode: Conditional, Prefixes: []string{"jit-log-opt"}, Path: "out.log"}},
		{"jit-log-opt,jit-backend-counts:-", Spec{Mode: Conditional, Prefixes: []string{"jit-log-opt", "jit-backend-counts"}, Path: "-"}},
		{"gc:/tmp/a:b", Spec{Mode: Conditional, Prefixes: []string{"gc"}, Path: "/tmp/a:b"}},
		{"jit:log-%d.txt", Spec{Mode: Conditional, Prefixes: []string{"jit"}, Path: "log-4242.txt", PerProcess: true}},
		{"prof%d", Spec{Mode: Profiling, Path: "prof4242", PerProcess: true}},
	}
	for _, tt := range tests {
		got, err := ParseSpec(tt.value, 4242)
		if err != nil {
			t.Errorf("ParseSpec(%q): %v", tt.value, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseSpec(%q) (-want +got):\n%s", tt.value, diff)
		}
	}
}

func TestParseSpecErrors(t *testing.T) {
	for _, value := range []string{"jit:", "+", ":"} {
		if _, err := ParseSpec(value, 1); err == nil {
			t.Errorf("ParseSpec(%q) accepted a value with no file name", value)
		}
	}
}

func TestSpecEnabledIsPrefixMatchPerItem(t *testing.T) {
	tests := []struct {
		value    string
		category string
		want     bool
	}{
		{"jit:-", "jit-log-opt-loop", true},
		{"jit:-", "gc-minor", false},
		{"jit-log-opt:-", "jit-log-opt-bridge", true},
		{"jit-log-opt:-", "jit-log-noopt", false},
		{"gc-minor:-", "gc-minor-walkroots", true},
		{"gc-minor,jit-backend-counts:-", "jit-backend-counts", true},
		{"gc-minor,jit-backend-counts:-", "jit-backend", false},
		{":-", "anything-at-all", true},
		{"jit,,gc:-", "other", true}, // an empty item matches everything, as in PyPy
		{"-", "jit-log-opt-loop", false},
		{"", "jit-log-opt-loop", false},
	}
	for _, tt := range tests {
		s, err := ParseSpec(tt.value, 1)
		if err != nil {
			t.Fatalf("ParseSpec(%q): %v", tt.value, err)
		}
		if got := s.Enabled(tt.category); got != tt.want {
			t.Errorf("PYPYLOG=%q: Enabled(%q) = %v, want %v", tt.value, tt.category, got, tt.want)
		}
	}
}

func TestSpecToStderr(t *testing.T) {
	for value, want := range map[string]bool{"": true, "jit:-": true, "-": true, "jit:f": false, "f": false} {
		s, err := ParseSpec(value, 1)
		if err != nil {
			t.Fatal(err)
		}
		if s.ToStderr() != want {
			t.Errorf("PYPYLOG=%q: ToStderr() = %v, want %v", value, s.ToStderr(), want)
		}
	}
}
