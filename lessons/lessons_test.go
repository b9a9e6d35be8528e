package lessons

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLessonsAreWellFormed checks what a lesson file must look like before the course
// loader reads it: a front matter block with a title, a summary and minutes, one H1, no
// tabs, and fences that close.
func TestLessonsAreWellFormed(t *testing.T) {
	names, err := fs.Glob(Files(), "*.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no lessons embedded")
	}
	for _, name := range names {
		data, err := fs.ReadFile(Files(), name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		if !strings.HasPrefix(src, "---\n") {
			t.Errorf("%s: no front matter", name)
			continue
		}
		fm, body, ok := strings.Cut(src[4:], "\n---\n")
		if !ok {
			t.Errorf("%s: front matter not closed", name)
			continue
		}
		for _, key := range []string{"title:", "summary:", "minutes:"} {
			if !strings.Contains(fm, "\n"+key) && !strings.HasPrefix(fm, key) {
				t.Errorf("%s: front matter lacks %s", name, key)
			}
		}
		if strings.Contains(src, "\t") {
			t.Errorf("%s: contains a tab", name)
		}
		h1 := 0
		fences := 0
		for _, line := range strings.Split(body, "\n") {
			if strings.HasPrefix(line, "```") {
				fences++
			}
			if fences%2 == 0 && strings.HasPrefix(line, "# ") {
				h1++
			}
		}
		if fences%2 != 0 {
			t.Errorf("%s: a code fence is not closed", name)
		}
		if h1 != 1 {
			t.Errorf("%s: %d top-level headings, want 1", name, h1)
		}
	}
}
