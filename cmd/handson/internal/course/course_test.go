package course

import (
	"strings"
	"testing"
	"testing/fstest"

	"handson/exercises"
	"handson/lessons"
	"handson/solutions"
)

func realContent() Content {
	return Content{Lessons: lessons.Files(), Exercises: exercises.Files(), Solutions: solutions.Files()}
}

func TestLoadTheShippedCourse(t *testing.T) {
	c, err := Load(realContent())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.LessonSlugs(), " "); got != "pypy run challenge gc interpreter" {
		t.Errorf("lessons %q", got)
	}
	for _, slug := range []string{"gc0", "gc1", "gc2", "html_fibo", "count", "fd_leak", "weak_cache", "gen_finally"} {
		e, ok := c.Exercise(slug)
		if !ok {
			t.Errorf("no exercise %s", slug)
			continue
		}
		if len(e.Original) == 0 || len(e.Solution) == 0 || len(e.Expect.Stdout) == 0 || len(e.Hints) == 0 {
			t.Errorf("%s is missing its program, solution, expected output or hints", slug)
		}
	}
	var path []string
	for _, s := range c.Steps() {
		if s.Kind == ReadLesson {
			path = append(path, "lesson:"+s.Lesson.Slug)
		} else {
			path = append(path, s.Exercise.Slug)
		}
	}
	want := "lesson:pypy lesson:run lesson:challenge lesson:gc gc0 gc1 gc2 fd_leak weak_cache gen_finally html_fibo lesson:interpreter count"
	if got := strings.Join(path, " "); got != want {
		t.Errorf("course path\n got %s\nwant %s", got, want)
	}
	fibo, _ := c.Exercise("html_fibo")
	if fibo.Lesson.Slug != "challenge" || fibo.After.Slug != "gc" {
		t.Errorf("html_fibo is presented in %s and ready after %s", fibo.Lesson.Slug, fibo.After.Slug)
	}
	count, _ := c.Exercise("count")
	if len(count.Args) != 1 || len(count.IgnoreLines) != 1 || !count.IgnoreLines[0].MatchString("time: 0.001 secs") {
		t.Errorf("count: args %v, ignore %v", count.Args, count.IgnoreLines)
	}
	fd, _ := c.Exercise("fd_leak")
	if fd.MaxOpenFiles != 64 {
		t.Errorf("fd_leak: max open files %d", fd.MaxOpenFiles)
	}
}

// miniCourse is a small valid course; tests break one thing at a time.
func miniCourse() (fstest.MapFS, fstest.MapFS, fstest.MapFS) {
	les := fstest.MapFS{
		"one.md": {Data: []byte("---\ntitle: One\nsummary: The first.\nminutes: 5\n---\n\n# One\n\n```sh\nhandson run a.py\n```\n\n```output\nhi\n```\n")},
		"two.md": {Data: []byte("---\ntitle: Two\nsummary: The second.\nminutes: 7\n---\n# Two\n")},
	}
	exs := fstest.MapFS{
		"course.json": {Data: []byte(`{"title": "Mini", "version": 2,
  "lessons": [{"slug": "one", "file": "one.md", "exercises": ["a"]}, {"slug": "two", "file": "two.md", "exercises": []}],
  "exercises": [{"slug": "a", "kind": "fix", "file": "a.py", "summary": "s", "after": "two", "timeout": "3s",
    "expect": {"stdout": "exp/a", "files": {"out.txt": "exp/out"}}, "hints": ["h1", "h2"]}]}`)},
		"a.py":    {Data: []byte("print 'hi'\n")},
		"exp/a":   {Data: []byte("hi\n")},
		"exp/out": {Data: []byte("x")},
	}
	sols := fstest.MapFS{"a.py": {Data: []byte("print 'hi'\n")}}
	return les, exs, sols
}

func TestLoadMiniCourse(t *testing.T) {
	les, exs, sols := miniCourse()
	c, err := Load(Content{les, exs, sols})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := c.Exercise("a")
	one, _ := c.Lesson("one")
	if a.After.Slug != "two" || a.Lesson != one || a.Timeout.Seconds() != 3 || string(a.Expect.Files["out.txt"]) != "x" {
		t.Errorf("exercise a: %+v", a)
	}
	if one.Title != "One" || one.Minutes != 5 || !strings.HasPrefix(one.Body, "# One") || one.Number != 1 {
		t.Errorf("lesson one: %+v", one)
	}
	blocks := one.Blocks()
	if len(blocks) != 2 || blocks[0].Info != "sh" || blocks[0].Text != "handson run a.py\n" || blocks[1].Info != "output" || blocks[1].Text != "hi\n" {
		t.Errorf("blocks %+v", blocks)
	}
	if got := c.Steps(); len(got) != 3 || got[2].Exercise != a {
		t.Errorf("steps %+v", got)
	}
}

// TestLoadRejectsBrokenContent: each edit of the mini course must give an error that names
// what is wrong.
func TestLoadRejectsBrokenContent(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(les, exs, sols fstest.MapFS)
		want string
	}{
		{"unknown field", func(les, exs, sols fstest.MapFS) {
			exs["course.json"].Data = []byte(strings.Replace(string(exs["course.json"].Data), `"version"`, `"versoin"`, 1))
		}, "unknown field"},
		{"no solution", func(les, exs, sols fstest.MapFS) { delete(sols, "a.py") }, `exercise "a": solution`},
		{"no expected output", func(les, exs, sols fstest.MapFS) { delete(exs, "exp/a") }, "expect.stdout"},
		{"bad kind", func(les, exs, sols fstest.MapFS) { replace(exs, `"fix"`, `"fixme"`) }, `kind "fixme"`},
		{"bad timeout", func(les, exs, sols fstest.MapFS) { replace(exs, `"3s"`, `"soon"`) }, "timeout"},
		{"bad pattern", func(les, exs, sols fstest.MapFS) { replace(exs, `"timeout"`, `"ignore_lines": ["("], "timeout"`) }, "ignore_lines"},
		{"file name", func(les, exs, sols fstest.MapFS) { replace(exs, `"file": "a.py"`, `"file": "b.py"`) }, "slug plus .py"},
		{"two lessons", func(les, exs, sols fstest.MapFS) { replace(exs, `"exercises": []`, `"exercises": ["a"]`) }, `is in lessons "one" and "two"`},
		{"no lesson", func(les, exs, sols fstest.MapFS) { replace(exs, `"exercises": ["a"]`, `"exercises": []`) }, "is in no lesson"},
		{"unknown exercise", func(les, exs, sols fstest.MapFS) { replace(exs, `"exercises": []`, `"exercises": ["zz"]`) }, `exercise "zz", which the manifest does not define`},
		{"after before", func(les, exs, sols fstest.MapFS) {
			replace(exs, `"exercises": ["a"]}, {"slug": "two", "file": "two.md", "exercises": []`, `"exercises": []}, {"slug": "two", "file": "two.md", "exercises": ["a"]`)
			replace(exs, `"after": "two"`, `"after": "one"`)
		}, "comes before its own lesson"},
		{"slug clash", func(les, exs, sols fstest.MapFS) { replace(exs, `"slug": "two"`, `"slug": "a"`) }, "names both a lesson and an exercise"},
		{"bad slug", func(les, exs, sols fstest.MapFS) { replace(exs, `"slug": "two"`, `"slug": "Two"`) }, "slug must be"},
		{"no front matter", func(les, exs, sols fstest.MapFS) { les["two.md"].Data = []byte("# Two\n") }, "front matter"},
		{"no title", func(les, exs, sols fstest.MapFS) {
			les["two.md"].Data = []byte("---\nsummary: s\nminutes: 1\n---\n# Two\n")
		}, "needs a title"},
		{"unknown key", func(les, exs, sols fstest.MapFS) {
			les["two.md"].Data = []byte("---\ntitle: t\nsummary: s\nminutes: 1\nlevel: 3\n---\n# Two\n")
		}, `unknown front matter key "level"`},
		{"bad minutes", func(les, exs, sols fstest.MapFS) {
			les["two.md"].Data = []byte("---\ntitle: t\nsummary: s\nminutes: soon\n---\n# Two\n")
		}, "minutes"},
		{"expected file escapes", func(les, exs, sols fstest.MapFS) { replace(exs, `"out.txt"`, `"../out.txt"`) }, "not a file name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			les, exs, sols := miniCourse()
			tc.edit(les, exs, sols)
			_, err := Load(Content{les, exs, sols})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func replace(exs fstest.MapFS, old, new string) {
	s := string(exs["course.json"].Data)
	if !strings.Contains(s, old) {
		panic("BUG: test edit does not apply: " + old)
	}
	exs["course.json"].Data = []byte(strings.Replace(s, old, new, 1))
}

func TestFencedBlocksIgnoresUnclosedFence(t *testing.T) {
	blocks := fencedBlocks("text\n```sh\na\n```\nmore\n```text\nnever closed\n")
	if len(blocks) != 1 || blocks[0].Text != "a\n" || blocks[0].Line != 2 {
		t.Errorf("blocks %+v", blocks)
	}
}
