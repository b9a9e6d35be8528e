package handson

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "handson"

// allowedImports says, for each part of the tree, which other parts of the project it may
// import directly. The first matching prefix decides. Leaves (gcsim, machine) import nothing
// of the project; interp never imports tracejit or machine; only cmd/handson wires the JIT
// into the VM. Course content packages are embedded data and import nothing either.
var allowedImports = []struct {
	pkg   string
	allow []string
}{
	{"gcsim", nil},
	{"machine", nil},
	{"interp/pypylog", nil},
	{"interp/syntax", nil},
	{"interp/compile", []string{"interp/syntax"}},
	{"interp/vm", []string{"interp/syntax", "interp/compile", "interp/pypylog", "gcsim"}},
	{"interp", []string{"interp/", "gcsim"}},
	{"tracejit", []string{"tracejit/", "interp/", "machine", "gcsim"}},
	{"lessons", nil},
	{"exercises", nil},
	{"solutions", nil},
	{"slides", nil},
	{"cmd/handson", []string{""}}, // everything
	{"", nil},                     // this root package: tests only
}

func matches(path, prefix string) bool {
	if prefix == "" {
		return true
	}
	if strings.HasSuffix(prefix, "/") {
		return strings.HasPrefix(path, prefix)
	}
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

func TestImportDirection(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		for _, imp := range fields[1:] {
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			target := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			if !importAllowed(pkg, target) {
				t.Errorf("forbidden import edge: %s -> %s (see allowedImports and ARCHITECTURE.md)", pkg, target)
			}
		}
	}
}

func importAllowed(pkg, target string) bool {
	for _, rule := range allowedImports {
		if !matches(pkg, rule.pkg) {
			continue
		}
		for _, a := range rule.allow {
			if matches(target, a) {
				return true
			}
		}
		return matches(target, pkg) && target != pkg && strings.HasPrefix(target, pkg+"/") // own subpackages
	}
	return false
}

// TestImportRulesCatchViolations keeps the checker itself honest.
func TestImportRulesCatchViolations(t *testing.T) {
	bad := [][2]string{
		{"gcsim", "interp/vm"},
		{"machine", "gcsim"},
		{"interp/vm", "tracejit"},
		{"interp/compile", "interp/vm"},
		{"interp/syntax", "interp/compile"},
		{"tracejit", "cmd/handson"},
		{"lessons", "interp/vm"},
	}
	for _, e := range bad {
		if importAllowed(e[0], e[1]) {
			t.Errorf("%s -> %s should be forbidden", e[0], e[1])
		}
	}
	good := [][2]string{
		{"interp/vm", "gcsim"},
		{"interp/compile", "interp/syntax"},
		{"tracejit", "machine"},
		{"tracejit/jitviewer", "tracejit/jitlog"},
		{"cmd/handson", "tracejit"},
	}
	for _, e := range good {
		if !importAllowed(e[0], e[1]) {
			t.Errorf("%s -> %s should be allowed", e[0], e[1])
		}
	}
}
