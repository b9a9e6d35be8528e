// This file defines the course model (Course, Lesson, Exercise) and Load, which builds it
// from the manifest and the content files and checks that they agree.

package course

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"time"
)

// ManifestFile is the manifest's name inside the exercises content.
const ManifestFile = "course.json"

// DefaultTimeout is how long one run of an exercise may take when the manifest says nothing.
const DefaultTimeout = 20 * time.Second

// Content is where the course's files come from: the three embedded content packages.
type Content struct {
	Lessons   fs.FS // lesson markdown files
	Exercises fs.FS // the manifest, exercise programs and expected results
	Solutions fs.FS // one solution per exercise, under the exercise's file name
}

// Kind says what a learner does with an exercise.
type Kind string

const (
	// KindFix is a program that fails its check as shipped; the learner fixes it.
	KindFix Kind = "fix"
	// KindReference is a program shown as it should be: it passes as shipped, and checking
	// it shows what a passing grid looks like.
	KindReference Kind = "reference"
)

// Course is the whole course, read-only once loaded.
type Course struct {
	Title     string
	Version   int
	Lessons   []*Lesson   // in course order
	Exercises []*Exercise // in manifest order

	lessons   map[string]*Lesson
	exercises map[string]*Exercise
}

// Lesson is one lesson: its front matter, its markdown body, and the exercises it presents.
type Lesson struct {
	Slug      string
	Number    int // 1-based position in the course
	File      string
	Title     string
	Summary   string
	Minutes   int
	Body      string      // markdown, without the front matter
	Exercises []*Exercise // presented by this lesson, in order
}

// Exercise is one program of the course and how it is checked.
type Exercise struct {
	Slug    string
	Kind    Kind
	File    string // file name, in the workspace and in the content
	Summary string
	Lesson  *Lesson // the lesson that presents it
	After   *Lesson // the lesson after which it is ready: Lesson unless the manifest says
	Args    []string
	// MaxOpenFiles caps the files a run may hold open (0: no cap).
	MaxOpenFiles int
	Timeout      time.Duration
	// IgnoreLines are patterns of stdout lines that are compared by pattern, not by text
	// (a line giving a time, say): a line matching one matches any other line matching it.
	IgnoreLines []*regexp.Regexp
	Expect      Expectation
	Hints       []string // markdown, from the gentlest to the most explicit
	Original    []byte   // the program as shipped
	Solution    []byte
}

// Expectation is what a correct program prints and leaves behind, whichever the collector.
type Expectation struct {
	Stdout []byte
	Files  map[string][]byte // by path relative to the run directory
}

// Lesson returns the lesson with that slug.
func (c *Course) Lesson(slug string) (*Lesson, bool) {
	l, ok := c.lessons[slug]
	return l, ok
}

// Exercise returns the exercise with that slug.
func (c *Course) Exercise(slug string) (*Exercise, bool) {
	e, ok := c.exercises[slug]
	return e, ok
}

// LessonSlugs returns the lessons' slugs in course order.
func (c *Course) LessonSlugs() []string {
	out := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		out[i] = l.Slug
	}
	return out
}

// ExerciseSlugs returns the exercises' slugs in manifest order.
func (c *Course) ExerciseSlugs() []string {
	out := make([]string, len(c.Exercises))
	for i, e := range c.Exercises {
		out[i] = e.Slug
	}
	return out
}

// StepKind tells a lesson step from an exercise step.
type StepKind int

const (
	// ReadLesson is the step of reading a lesson.
	ReadLesson StepKind = iota
	// PassExercise is the step of passing an exercise's check.
	PassExercise
)

// Step is one step of the course path.
type Step struct {
	Kind     StepKind
	Lesson   *Lesson   // for ReadLesson
	Exercise *Exercise // for PassExercise
}

// Steps returns the course path: each lesson, followed by the exercises that become ready
// once it is read, in manifest order.
func (c *Course) Steps() []Step {
	var steps []Step
	for _, l := range c.Lessons {
		steps = append(steps, Step{Kind: ReadLesson, Lesson: l})
		for _, e := range c.Exercises {
			if e.After == l {
				steps = append(steps, Step{Kind: PassExercise, Exercise: e})
			}
		}
	}
	return steps
}

// manifest is course.json as written.
type manifest struct {
	Title     string             `json:"title"`
	Version   int                `json:"version"`
	Lessons   []manifestLesson   `json:"lessons"`
	Exercises []manifestExercise `json:"exercises"`
}

type manifestLesson struct {
	Slug      string   `json:"slug"`
	File      string   `json:"file"`
	Exercises []string `json:"exercises"`
}

type manifestExercise struct {
	Slug         string         `json:"slug"`
	Kind         Kind           `json:"kind"`
	File         string         `json:"file"`
	Summary      string         `json:"summary"`
	After        string         `json:"after"`
	Args         []string       `json:"args"`
	MaxOpenFiles int            `json:"max_open_files"`
	Timeout      string         `json:"timeout"`
	IgnoreLines  []string       `json:"ignore_lines"`
	Expect       manifestExpect `json:"expect"`
	Hints        []string       `json:"hints"`
}

type manifestExpect struct {
	Stdout string            `json:"stdout"`
	Files  map[string]string `json:"files"`
}

// slugPattern is what a slug may look like: it is typed on command lines and used in file
// names.
var slugPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Load reads and checks the course. Every inconsistency in the content is an error that
// names the file or slug at fault.
func Load(content Content) (*Course, error) {
	raw, err := fs.ReadFile(content.Exercises, ManifestFile)
	if err != nil {
		return nil, fmt.Errorf("course manifest: %w", err)
	}
	var m manifest
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", ManifestFile, err)
	}
	c := &Course{
		Title:     m.Title,
		Version:   m.Version,
		lessons:   map[string]*Lesson{},
		exercises: map[string]*Exercise{},
	}
	if c.Title == "" || c.Version <= 0 {
		return nil, fmt.Errorf("%s: needs a title and a positive version", ManifestFile)
	}
	for _, me := range m.Exercises {
		e, err := loadExercise(content, me)
		if err != nil {
			return nil, fmt.Errorf("%s: exercise %q: %w", ManifestFile, me.Slug, err)
		}
		if _, dup := c.exercises[e.Slug]; dup {
			return nil, fmt.Errorf("%s: exercise %q is listed twice", ManifestFile, e.Slug)
		}
		c.exercises[e.Slug] = e
		c.Exercises = append(c.Exercises, e)
	}
	for i, ml := range m.Lessons {
		l, err := loadLesson(content.Lessons, ml)
		if err != nil {
			return nil, fmt.Errorf("%s: lesson %q: %w", ManifestFile, ml.Slug, err)
		}
		if _, dup := c.lessons[l.Slug]; dup {
			return nil, fmt.Errorf("%s: lesson %q is listed twice", ManifestFile, l.Slug)
		}
		if _, clash := c.exercises[l.Slug]; clash {
			return nil, fmt.Errorf("%s: %q names both a lesson and an exercise", ManifestFile, l.Slug)
		}
		l.Number = i + 1
		for _, slug := range ml.Exercises {
			e, ok := c.exercises[slug]
			switch {
			case !ok:
				return nil, fmt.Errorf("%s: lesson %q lists exercise %q, which the manifest does not define", ManifestFile, l.Slug, slug)
			case e.Lesson != nil:
				return nil, fmt.Errorf("%s: exercise %q is in lessons %q and %q; it belongs to one", ManifestFile, slug, e.Lesson.Slug, l.Slug)
			}
			e.Lesson = l
			l.Exercises = append(l.Exercises, e)
		}
		c.lessons[l.Slug] = l
		c.Lessons = append(c.Lessons, l)
	}
	if len(c.Lessons) == 0 {
		return nil, fmt.Errorf("%s: no lessons", ManifestFile)
	}
	for i, me := range m.Exercises {
		e := c.Exercises[i]
		if e.Lesson == nil {
			return nil, fmt.Errorf("%s: exercise %q is in no lesson", ManifestFile, e.Slug)
		}
		e.After = e.Lesson
		if me.After != "" {
			after, ok := c.lessons[me.After]
			if !ok {
				return nil, fmt.Errorf("%s: exercise %q: after %q: no such lesson", ManifestFile, e.Slug, me.After)
			}
			if after.Number < e.Lesson.Number {
				return nil, fmt.Errorf("%s: exercise %q: after %q comes before its own lesson %q", ManifestFile, e.Slug, me.After, e.Lesson.Slug)
			}
			e.After = after
		}
	}
	return c, nil
}

func loadExercise(content Content, me manifestExercise) (*Exercise, error) {
	if !slugPattern.MatchString(me.Slug) {
		return nil, fmt.Errorf("slug must be lower case letters, digits and _, starting with a letter")
	}
	e := &Exercise{
		Slug:         me.Slug,
		Kind:         me.Kind,
		File:         me.File,
		Summary:      me.Summary,
		Args:         me.Args,
		MaxOpenFiles: me.MaxOpenFiles,
		Timeout:      DefaultTimeout,
		Hints:        me.Hints,
		Expect:       Expectation{Files: map[string][]byte{}},
	}
	switch e.Kind {
	case KindFix, KindReference:
	default:
		return nil, fmt.Errorf("kind %q: use %q or %q", e.Kind, KindFix, KindReference)
	}
	if e.File != me.Slug+".py" {
		return nil, fmt.Errorf("file %q: an exercise's file is its slug plus .py", e.File)
	}
	if e.Summary == "" || len(e.Hints) == 0 {
		return nil, fmt.Errorf("needs a summary and at least one hint")
	}
	if e.MaxOpenFiles < 0 {
		return nil, fmt.Errorf("max_open_files %d is negative", e.MaxOpenFiles)
	}
	if me.Timeout != "" {
		d, err := time.ParseDuration(me.Timeout)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("timeout %q: give a duration such as 10s", me.Timeout)
		}
		e.Timeout = d
	}
	for _, p := range me.IgnoreLines {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("ignore_lines: %w", err)
		}
		e.IgnoreLines = append(e.IgnoreLines, re)
	}
	var err error
	if e.Original, err = fs.ReadFile(content.Exercises, e.File); err != nil {
		return nil, err
	}
	if e.Solution, err = fs.ReadFile(content.Solutions, e.File); err != nil {
		return nil, fmt.Errorf("solution: %w", err)
	}
	if me.Expect.Stdout == "" {
		return nil, fmt.Errorf("expect.stdout: name the file with the expected output")
	}
	if e.Expect.Stdout, err = fs.ReadFile(content.Exercises, me.Expect.Stdout); err != nil {
		return nil, fmt.Errorf("expect.stdout: %w", err)
	}
	for name, file := range me.Expect.Files {
		if !fs.ValidPath(name) || name == e.File || strings.HasPrefix(name, ".") {
			return nil, fmt.Errorf("expect.files: %q is not a file name a program can leave behind", name)
		}
		data, err := fs.ReadFile(content.Exercises, file)
		if err != nil {
			return nil, fmt.Errorf("expect.files: %w", err)
		}
		e.Expect.Files[path.Clean(name)] = data
	}
	return e, nil
}

func loadLesson(lessons fs.FS, ml manifestLesson) (*Lesson, error) {
	if !slugPattern.MatchString(ml.Slug) {
		return nil, fmt.Errorf("slug must be lower case letters, digits and _, starting with a letter")
	}
	raw, err := fs.ReadFile(lessons, ml.File)
	if err != nil {
		return nil, err
	}
	fm, body, err := SplitFrontMatter(string(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ml.File, err)
	}
	l := &Lesson{Slug: ml.Slug, File: ml.File, Body: body}
	for key, value := range fm {
		switch key {
		case "title":
			l.Title = value
		case "summary":
			l.Summary = value
		case "minutes":
			if _, err := fmt.Sscanf(value, "%d", &l.Minutes); err != nil || l.Minutes <= 0 {
				return nil, fmt.Errorf("%s: minutes %q is not a positive number", ml.File, value)
			}
		default:
			return nil, fmt.Errorf("%s: unknown front matter key %q (title, summary, minutes)", ml.File, key)
		}
	}
	if l.Title == "" || l.Summary == "" {
		return nil, fmt.Errorf("%s: front matter needs a title and a summary", ml.File)
	}
	return l, nil
}
