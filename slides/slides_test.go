package slides

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// TestDeckIsWellFormed checks what the deck file must look like before the deck loader
// reads it: a front matter block, no tabs, fences that close, and nothing the exported
// HTML would have to fetch (links, images, URLs).
func TestDeckIsWellFormed(t *testing.T) {
	data, err := fs.ReadFile(Files(), DeckFile)
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	if !strings.HasPrefix(src, "---\ntitle: ") {
		t.Error("no front matter with a title")
	}
	if strings.Contains(src, "\t") {
		t.Error("contains a tab")
	}
	fences := 0
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "```") {
			fences++
		}
	}
	if fences%2 != 0 {
		t.Error("a code fence is not closed")
	}
	for _, re := range []*regexp.Regexp{regexp.MustCompile(`https?://`), regexp.MustCompile(`\]\(`), regexp.MustCompile(`<img|<a `)} {
		if loc := re.FindStringIndex(src); loc != nil {
			t.Errorf("the deck refers to something outside it: %q", src[loc[0]:min(loc[1]+30, len(src))])
		}
	}
}
