package linediff

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// apply rebuilds both texts from a script, checking that its indexes are consistent.
func apply(t *testing.T, edits []Edit, a, b []string) {
	t.Helper()
	var gotA, gotB []string
	for _, e := range edits {
		switch e.Op {
		case Equal:
			if e.A != len(gotA) || e.B != len(gotB) {
				t.Fatalf("equal edit at %d/%d, want %d/%d", e.A, e.B, len(gotA), len(gotB))
			}
			gotA, gotB = append(gotA, e.Text), append(gotB, e.Text)
		case Delete:
			if e.A != len(gotA) {
				t.Fatalf("delete at %d, want %d", e.A, len(gotA))
			}
			gotA = append(gotA, e.Text)
		case Insert:
			if e.B != len(gotB) {
				t.Fatalf("insert at %d, want %d", e.B, len(gotB))
			}
			gotB = append(gotB, e.Text)
		}
	}
	if strings.Join(gotA, "|") != strings.Join(a, "|") || strings.Join(gotB, "|") != strings.Join(b, "|") {
		t.Fatalf("script rebuilds %q / %q, want %q / %q", gotA, gotB, a, b)
	}
}

// lcs is the textbook dynamic program, to check that Lines is minimal.
func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestLinesIsCorrectAndMinimal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "d\n"}
	for i := 0; i < 3000; i++ {
		a := make([]string, rng.Intn(12))
		b := make([]string, rng.Intn(12))
		for j := range a {
			a[j] = words[rng.Intn(len(words))]
		}
		for j := range b {
			b[j] = words[rng.Intn(len(words))]
		}
		edits := Lines(a, b)
		apply(t, edits, a, b)
		changes := 0
		for _, e := range edits {
			if e.Op != Equal {
				changes++
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); changes != want {
			t.Fatalf("%q -> %q: %d changes, minimal is %d", a, b, changes, want)
		}
	}
}

func TestLinesBeyondMaxEditsStaysCorrect(t *testing.T) {
	var a, b []string
	for i := 0; i < 3*MaxEdits; i++ {
		a = append(a, "x\n")
		b = append(b, "y\n")
	}
	apply(t, Lines(a, b), a, b)
}

func TestSplitLinesKeepsAMissingNewline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a\n"}},
		{"a\n\nb", []string{"a\n", "\n", "b"}},
	} {
		if got := SplitLines(tc.in); strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("SplitLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFirstDifference(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		line int
		diff bool
	}{
		{"x\ny\n", "x\ny\n", 0, false},
		{"x\ny\n", "x\nz\n", 2, true},
		{"x\n", "x\ny\n", 2, true},
		{"x", "x\n", 1, true},
		{"", "\n", 1, true},
	} {
		line, diff := FirstDifference(tc.a, tc.b)
		if line != tc.line || diff != tc.diff {
			t.Errorf("FirstDifference(%q, %q) = %d, %v; want %d, %v", tc.a, tc.b, line, diff, tc.line, tc.diff)
		}
	}
}

// TestUnifiedMatchesDiff compares Unified with the system's diff -u on texts where the
// minimal script is unique, so both must print the same hunks.
func TestUnifiedMatchesDiff(t *testing.T) {
	diff, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("no diff on this machine")
	}
	var long []string
	for i := 0; i < 30; i++ {
		long = append(long, strings.Repeat("l", i+1)+"\n")
	}
	edited := append([]string(nil), long...)
	edited[3] = "changed\n"
	edited = append(edited[:20], append([]string{"new one\n", "new two\n"}, edited[20:]...)...)
	edited = edited[:len(edited)-1]
	cases := [][2]string{
		{"a\nb\nc\n", "a\nx\nc\n"},
		{strings.Join(long, ""), strings.Join(edited, "")},
		{"only\n", ""},
		{"", "new\n"},
		{"a\nb", "a\nb\n"},
		{"<ul>\n    <li>1</li>\n</ul>\n\n", "\n"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		pa, pb := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		if err := os.WriteFile(pa, []byte(c[0]), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pb, []byte(c[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(diff, "-u", pa, pb).Output()
		lines := strings.SplitAfter(string(out), "\n")
		want := "--- expected\n+++ got\n" + strings.Join(lines[2:], "")
		if got := Unified(c[0], c[1], "expected", "got", 3); got != want {
			t.Errorf("Unified(%q, %q):\n%s\nwant (diff -u):\n%s", c[0], c[1], got, want)
		}
	}
	if got := Unified("same\n", "same\n", "a", "b", 3); got != "" {
		t.Errorf("equal texts give %q", got)
	}
}
