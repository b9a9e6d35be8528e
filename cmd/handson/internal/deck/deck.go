// This file defines the deck model (Deck, Slide, Demo, Excerpt) and Load.

package deck

import (
	"fmt"
	"strings"

	"handson/cmd/handson/internal/course"
)

// Deck is the talk, read-only once loaded.
type Deck struct {
	Title   string
	Summary string
	Slides  []*Slide
}

// Slide is one slide.
type Slide struct {
	Number int    // 1-based
	Line   int    // line of the deck file where the slide starts
	Title  string // the text of its first heading, without markdown
	// Body is the markdown shown: notes and demo blocks removed, programs put in, excerpts
	// turned into text blocks.
	Body     string
	Notes    string // markdown for the speaker, "" when there are none
	Demo     *Demo  // nil when the slide has none
	Excerpts []Excerpt
}

// Demo is what a slide runs on a key.
type Demo struct {
	Command string // one shell command line that runs handson
}

// Excerpt is a block of lines that COMMAND prints, together and in order.
type Excerpt struct {
	Command string
	Text    string // lines, each ending in a newline
}

// Fence words with a meaning in the deck.
const (
	fenceNotes   = "notes"
	fenceDemo    = "demo"
	fenceProgram = "program"
	fenceExcerpt = "excerpt"
)

// Load reads the deck from its source (name is used in errors) and checks it against c.
func Load(src, name string, c *course.Course) (*Deck, error) {
	fm, body, err := course.SplitFrontMatter(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d := &Deck{}
	for key, value := range fm {
		switch key {
		case "title":
			d.Title = value
		case "summary":
			d.Summary = value
		default:
			return nil, fmt.Errorf("%s: unknown front matter key %q (title, summary)", name, key)
		}
	}
	if d.Title == "" {
		return nil, fmt.Errorf("%s: the front matter needs a title", name)
	}
	// Line numbers in errors count from the top of the file.
	offset := strings.Count(strings.ReplaceAll(src, "\r\n", "\n"), "\n") - strings.Count(body, "\n")
	for _, chunk := range splitSlides(body) {
		s, err := parseSlide(chunk, c)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, chunk.line+offset, err)
		}
		s.Number = len(d.Slides) + 1
		s.Line = chunk.line + offset
		d.Slides = append(d.Slides, s)
	}
	if len(d.Slides) == 0 {
		return nil, fmt.Errorf("%s: no slides", name)
	}
	return d, nil
}

// chunk is the source of one slide: its lines and the 1-based line of the first one.
type chunk struct {
	lines []string
	line  int
}

// splitSlides cuts the body at lines holding only "---" outside fenced blocks.
func splitSlides(body string) []chunk {
	var out []chunk
	cur := chunk{line: 1}
	inFence := false
	for i, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
		}
		if !inFence && strings.TrimRight(line, " ") == "---" {
			out = append(out, cur)
			cur = chunk{line: i + 2}
			continue
		}
		if len(cur.lines) == 0 && strings.TrimSpace(line) == "" {
			cur.line++ // a slide starts at its first line with something on it
			continue
		}
		cur.lines = append(cur.lines, line)
	}
	return append(out, cur)
}

// parseSlide reads one slide's lines.
func parseSlide(ch chunk, c *course.Course) (*Slide, error) {
	s := &Slide{}
	var body []string
	for i := 0; i < len(ch.lines); i++ {
		line := ch.lines[i]
		trimmed := strings.TrimSpace(line)
		if !strings.HasPrefix(trimmed, "```") {
			if s.Title == "" && strings.HasPrefix(line, "#") {
				s.Title = plainText(strings.TrimSpace(strings.TrimLeft(line, "#")))
			}
			body = append(body, line)
			continue
		}
		// A fenced block: find its end.
		info := strings.Fields(strings.TrimPrefix(trimmed, "```"))
		end := i + 1
		for end < len(ch.lines) && strings.TrimSpace(ch.lines[end]) != "```" {
			end++
		}
		if end == len(ch.lines) {
			return nil, fmt.Errorf("the code block opened on this slide's line %d is not closed", i+1)
		}
		inner := ch.lines[i+1 : end]
		text := ""
		if len(inner) > 0 {
			text = strings.Join(inner, "\n") + "\n"
		}
		word := ""
		if len(info) > 0 {
			word = info[0]
		}
		switch word {
		case fenceNotes:
			if s.Notes != "" {
				return nil, fmt.Errorf("a slide has one notes block")
			}
			s.Notes = strings.TrimSpace(text)
			if s.Notes == "" {
				return nil, fmt.Errorf("an empty notes block")
			}
		case fenceDemo:
			if s.Demo != nil {
				return nil, fmt.Errorf("a slide has one demo")
			}
			cmd := strings.TrimSpace(text)
			if err := checkDemoCommand(cmd); err != nil {
				return nil, err
			}
			s.Demo = &Demo{Command: cmd}
		case fenceProgram:
			prog, err := program(info[1:], text, c)
			if err != nil {
				return nil, err
			}
			body = append(body, "```python")
			body = append(body, strings.Split(strings.TrimSuffix(prog, "\n"), "\n")...)
			body = append(body, "```")
		case fenceExcerpt:
			if len(info) < 2 || text == "" {
				return nil, fmt.Errorf("an excerpt block names the command whose output it quotes (```excerpt handson ...) and quotes at least one line")
			}
			cmd := strings.Join(info[1:], " ")
			if err := checkDemoCommand(cmd); err != nil {
				return nil, fmt.Errorf("excerpt: %w", err)
			}
			s.Excerpts = append(s.Excerpts, Excerpt{Command: cmd, Text: text})
			body = append(body, "```text")
			body = append(body, inner...)
			body = append(body, "```")
		default:
			body = append(body, ch.lines[i:end+1]...)
		}
		i = end
	}
	if s.Title == "" {
		return nil, fmt.Errorf("a slide starts with a heading (# Title)")
	}
	s.Body = strings.Trim(strings.Join(body, "\n"), "\n") + "\n"
	return s, nil
}

// program returns the exercise source a "program SLUG [solution]" block stands for.
func program(args []string, text string, c *course.Course) (string, error) {
	if len(args) == 0 || len(args) > 2 || (len(args) == 2 && args[1] != "solution") {
		return "", fmt.Errorf("a program block is ```program SLUG or ```program SLUG solution")
	}
	if strings.TrimSpace(text) != "" {
		return "", fmt.Errorf("a program block stays empty: the exercise's file fills it")
	}
	e, ok := c.Exercise(args[0])
	if !ok {
		return "", fmt.Errorf("program %q: the course has no such exercise (%s)", args[0], strings.Join(c.ExerciseSlugs(), ", "))
	}
	src := e.Original
	if len(args) == 2 {
		src = e.Solution
	}
	return withoutHeader(string(src)), nil
}

// withoutHeader drops a program's opening comment block and the blank lines after it: the
// slide's own text says what the program is.
func withoutHeader(src string) string {
	lines := strings.SplitAfter(src, "\n")
	i := 0
	for i < len(lines) && (strings.HasPrefix(lines[i], "#") || strings.TrimSpace(lines[i]) == "") {
		i++
	}
	return strings.Join(lines[i:], "")
}

// checkDemoCommand accepts a command line only when every command in it runs handson.
func checkDemoCommand(cmd string) error {
	if cmd == "" || strings.Contains(cmd, "\n") {
		return fmt.Errorf("a demo is one command line")
	}
	if strings.ContainsAny(cmd, "`$(){}\\'\"") {
		return fmt.Errorf("demo %q: no quoting, substitutions or subshells; a demo is plain handson commands", cmd)
	}
	replacer := strings.NewReplacer("&&", ";", "||", ";", "|", ";")
	for _, part := range strings.Split(replacer.Replace(cmd), ";") {
		words := strings.Fields(part)
		for len(words) > 0 && strings.Contains(words[0], "=") {
			words = words[1:] // VAR=value
		}
		if len(words) == 0 || words[0] != "handson" {
			return fmt.Errorf("demo %q: every command in a demo runs handson, and %q does not", cmd, strings.TrimSpace(part))
		}
		if strings.Contains(part, "&") {
			return fmt.Errorf("demo %q: nothing runs in the background", cmd)
		}
	}
	return nil
}

// plainText drops the inline markdown of a heading (code spans, strong, emphasis), for the
// places that show a title as plain text: status bars, lists, the HTML page's title.
func plainText(s string) string {
	return strings.NewReplacer("`", "", "**", "", "*", "").Replace(s)
}
