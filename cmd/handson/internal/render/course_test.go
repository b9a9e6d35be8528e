package render

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/deck"
	"handson/exercises"
	"handson/lessons"
	"handson/slides"
	"handson/solutions"
)

// courseDocuments are the markdown documents the course renders: each lesson's body,
// the deck file's body as one document, and each slide as the presenter shows it
// (programs put in, excerpts turned into text blocks).
func courseDocuments(t *testing.T) map[string]string {
	t.Helper()
	docs := map[string]string{}
	names, err := fs.Glob(lessons.Files(), "*.md")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lessons: %v", err)
	}
	for _, name := range names {
		docs["lessons/"+name] = body(t, lessons.Files(), name)
	}
	docs["slides/"+slides.DeckFile] = body(t, slides.Files(), slides.DeckFile)

	c, err := course.Load(course.Content{Lessons: lessons.Files(), Exercises: exercises.Files(), Solutions: solutions.Files()})
	if err != nil {
		t.Fatal(err)
	}
	src, err := fs.ReadFile(slides.Files(), slides.DeckFile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := deck.Load(string(src), slides.DeckFile, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Slides {
		docs["slide "+s.Title] = s.Body
	}
	return docs
}

// body is a markdown file without its front matter.
func body(t *testing.T, fsys fs.FS, name string) string {
	t.Helper()
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	_, b, err := course.SplitFrontMatter(string(src))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b
}

// sourceWords are the words of a markdown document outside its markup: the words of
// its text, code spans, code blocks, link destinations and raw HTML, read from
// goldmark's tree.
func sourceWords(md string) []string {
	src := []byte(md)
	var out []string
	add := func(s string) { out = append(out, strings.Fields(s)...) }
	ast.Walk(parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(src)
			if !n.IsRaw() {
				v = unescape(v)
			}
			add(string(v))
		case *ast.String:
			add(string(n.Value))
		case *ast.Link:
			add(string(n.Destination))
		case *ast.Image:
			add(string(n.Destination))
		case *ast.AutoLink:
			add(string(n.Label(src)))
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				add(string(seg.Value(src)))
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				add(string(seg.Value(src)))
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// codeLines are the lines of a document's code blocks, trimmed: the only lines that may
// pass the width.
func codeLines(md string) map[string]bool {
	src := []byte(md)
	lines := map[string]bool{}
	ast.Walk(parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			if entering {
				ls := n.Lines()
				for i := 0; i < ls.Len(); i++ {
					seg := ls.At(i)
					lines[strings.TrimSpace(expandTabs(string(seg.Value(src))))] = true
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return lines
}

// TestCourseRenders renders every lesson and the slides in every style at 40, 80 and
// 100 columns: no line but a code line passes the width, every escape sequence is whole
// and reset by the end of its line, and no word of the source is lost.
func TestCourseRenders(t *testing.T) {
	docs := courseDocuments(t)
	tables := 0
	for name, md := range docs {
		code := codeLines(md)
		words := sourceWords(md)
		if strings.Contains(md, "\n|") {
			tables++
		}
		for _, style := range []string{StylePlain, StyleDark, StyleLight} {
			for _, width := range []int{40, 80, 100} {
				out := render(t, md, style, width)
				if style == StylePlain && strings.Contains(out, "\x1b") {
					t.Errorf("%s plain %d: escape codes", name, width)
				}
				for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if style == StylePlain && line != strings.TrimRight(line, " ") {
						t.Errorf("%s plain %d: trailing spaces: %q", name, width, line)
					}
					if displayWidth(line) > width && code[strings.TrimSpace(stripANSI(line))] {
						continue
					}
					checkLine(t, name+" "+style+" "+strconv.Itoa(width), line, width)
				}
				shown, squeezed := " "+flat(out)+" ", strings.ReplaceAll(squeeze(stripANSI(out)), "|", "")
				for _, w := range words {
					// A word cut by a narrow table column is still all there, in order.
					if !strings.Contains(shown, w) && !strings.Contains(squeezed, strings.ReplaceAll(w, "|", "")) {
						t.Errorf("%s %s %d: the word %q is lost", name, style, width, w)
					}
				}
			}
		}
	}
	if tables == 0 {
		t.Error("the course has no tables: this test no longer checks them")
	}
}

// TestCourseTablesAt80 checks that the lessons' tables stay readable at 80 columns:
// no column is cut inside a word.
func TestCourseTablesAt80(t *testing.T) {
	for name, md := range courseDocuments(t) {
		src := []byte(md)
		ast.Walk(parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			tbl, ok := n.(*east.Table)
			if !entering || !ok {
				return ast.WalkContinue, nil
			}
			r := &renderer{src: src, pal: plainPalette()}
			rows, _ := r.tableCells(tbl)
			ncol := len(tbl.Alignments)
			widths := columnWidths(rows, ncol, 80-2*margin-3*(ncol-1))
			for _, cells := range rows {
				for i, c := range cells {
					if c.longest > widths[i] {
						t.Errorf("%s: a word of %d columns in a column %d wide at 80 columns", name, c.longest, widths[i])
					}
				}
			}
			return ast.WalkSkipChildren, nil
		})
	}
}
