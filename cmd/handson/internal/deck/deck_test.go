package deck

import (
	"io/fs"
	"strings"
	"testing"

	"handson/cmd/handson/internal/course"
	"handson/exercises"
	"handson/lessons"
	"handson/slides"
	"handson/solutions"
)

func loadCourse(t *testing.T) *course.Course {
	t.Helper()
	c, err := course.Load(course.Content{Lessons: lessons.Files(), Exercises: exercises.Files(), Solutions: solutions.Files()})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func loadTalk(t *testing.T) *Deck {
	t.Helper()
	src, err := fs.ReadFile(slides.Files(), slides.DeckFile)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(string(src), slides.DeckFile, loadCourse(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestTheTalkCoversEveryTopicInOrder: the issue lists the talk's topics in order; each
// must have a slide whose title names it, in that order.
func TestTheTalkCoversEveryTopicInOrder(t *testing.T) {
	d := loadTalk(t)
	topics := []string{"What PyPy is", "How to run it", "html_fibo", "Two ways to decide", "Reference counting",
		"Generational GC", "Files", "Files and sockets", "__del__", "Weak references", "finally", "How an interpreter works",
		"Just-in-time compilation", "The tracing JIT", "PYPYLOG", "Inspecting the JIT log", "The jitviewer"}
	next := 0
	for _, s := range d.Slides {
		if next < len(topics) && strings.Contains(s.Title, topics[next]) {
			next++
		}
	}
	if next < len(topics) {
		var titles []string
		for _, s := range d.Slides {
			titles = append(titles, s.Title)
		}
		t.Errorf("no slide for %q after the earlier topics; titles:\n%s", topics[next], strings.Join(titles, "\n"))
	}
	for _, s := range d.Slides {
		if s.Notes == "" {
			t.Errorf("slide %d (%s) has no speaker notes", s.Number, s.Title)
		}
		if s.Number != len(d.Slides) && strings.Contains(s.Body, "```notes") {
			t.Errorf("slide %d shows its notes block", s.Number)
		}
	}
}

// TestProgramBlocksShowTheExercise: the gc0 slide shows the exercise file itself, without
// its opening comment, and demos it.
func TestProgramBlocksShowTheExercise(t *testing.T) {
	d := loadTalk(t)
	c := loadCourse(t)
	gc0, _ := c.Exercise("gc0")
	var found *Slide
	for _, s := range d.Slides {
		if s.Demo != nil && s.Demo.Command == "handson demo gc0.py" {
			found = s
		}
	}
	if found == nil {
		t.Fatal("no slide demos gc0")
	}
	code := withoutHeader(string(gc0.Original))
	if !strings.Contains(found.Body, "```python\n"+code+"```") {
		t.Errorf("the gc0 slide does not show gc0.py:\n%s", found.Body)
	}
	if strings.Contains(found.Body, "# gc0: a file nobody closes") {
		t.Error("the program's header comment is on the slide")
	}
}

func TestLoadErrors(t *testing.T) {
	c := loadCourse(t)
	head := "---\ntitle: T\n---\n\n"
	for _, tc := range []struct{ src, want string }{
		{"no front matter", "front matter"},
		{"---\nsummary: s\n---\n# A\n", "needs a title"},
		{"---\ntitle: T\ncolour: red\n---\n# A\n", "unknown front matter key"},
		{head + "no heading\n", "deck.md:5: a slide starts with a heading"},
		{head + "# A\n\n---\n\n# B\n```demo\nls -l\n```\n", `deck.md:9: demo "ls -l": every command in a demo runs handson`},
		{head + "# A\n```demo\nhandson check gc0 && rm -rf x\n```\n", "every command in a demo runs handson"},
		{head + "# A\n```demo\nhandson run $(whoami)\n```\n", "no quoting, substitutions"},
		{head + "# A\n```demo\nhandson run x.py &\n```\n", "nothing runs in the background"},
		{head + "# A\n```demo\nhandson demo gc0.py\n```\n```demo\nhandson demo gc1.py\n```\n", "one demo"},
		{head + "# A\n```program nope\n```\n", `program "nope": the course has no such exercise`},
		{head + "# A\n```program gc0\nprint 1\n```\n", "stays empty"},
		{head + "# A\n```program gc0 fixed\n```\n", "program SLUG solution"},
		{head + "# A\n```excerpt\nx\n```\n", "names the command"},
		{head + "# A\n```python\nx\n", "not closed"},
		{head + "# A\n```notes\n\n```\n", "empty notes"},
	} {
		_, err := Load(tc.src, "deck.md", c)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestSlidesNotesDemosAndExcerpts(t *testing.T) {
	src := "---\ntitle: T\nsummary: S\n---\n\n# One\n\ntext\n\n```notes\nsay *this*\n```\n\n---\n\n" +
		"# Two *and* `three`\n```python\n# not a title\n---\n```\n```demo\nPYPYLOG=gc-minor:- handson run count.py 10 ; handson solution gc0 > gc0.py\n```\n" +
		"```excerpt handson dis count.py\n  LOAD_FAST\n```\n```program gc1 solution\n```\n"
	d, err := Load(src, "deck.md", loadCourse(t))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "T" || d.Summary != "S" || len(d.Slides) != 2 {
		t.Fatalf("%+v", d)
	}
	one, two := d.Slides[0], d.Slides[1]
	if one.Title != "One" || one.Body != "# One\n\ntext\n" || one.Notes != "say *this*" || one.Demo != nil || one.Line != 6 {
		t.Errorf("slide one %+v", one)
	}
	if two.Title != "Two and three" || two.Notes != "" || two.Demo == nil || two.Number != 2 || two.Line != 16 {
		t.Errorf("slide two %+v", two)
	}
	if !strings.Contains(two.Body, "```python\n# not a title\n---\n```") {
		t.Errorf("a --- inside a code block split the slide:\n%s", two.Body)
	}
	if len(two.Excerpts) != 1 || two.Excerpts[0].Command != "handson dis count.py" || two.Excerpts[0].Text != "  LOAD_FAST\n" ||
		!strings.Contains(two.Body, "```text\n  LOAD_FAST\n```") {
		t.Errorf("excerpts %+v\n%s", two.Excerpts, two.Body)
	}
	if !strings.Contains(two.Body, "with open('bar.txt', 'w') as f:") && !strings.Contains(two.Body, "f.close()") {
		t.Errorf("gc1's solution is not on the slide:\n%s", two.Body)
	}
	if strings.Contains(two.Body, "demo") || strings.Contains(two.Body, "excerpt") {
		t.Errorf("directive fences left in the body:\n%s", two.Body)
	}
}
