// This file reads the parts of a lesson's markdown the course needs: the front matter
// block at the top (SplitFrontMatter, which the slide deck uses too), and the fenced code
// blocks of the body.

package course

import (
	"fmt"
	"strings"
)

// SplitFrontMatter separates a lesson's (or the slide deck's) front matter from its body.
// The front matter sits between a first line "---" and the next "---" line, one
// "key: value" per line; values are plain text (no YAML quoting or nesting, which the
// lessons do not need).
func SplitFrontMatter(src string) (map[string]string, string, error) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	if !strings.HasPrefix(src, "---\n") {
		return nil, "", fmt.Errorf("a lesson starts with a front matter block (a line ---, key: value lines, a line ---)")
	}
	rest := src[len("---\n"):]
	end := strings.Index(rest, "\n---\n")
	if end < 0 {
		return nil, "", fmt.Errorf("the front matter block has no closing --- line")
	}
	fm := map[string]string{}
	for i, line := range strings.Split(rest[:end], "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return nil, "", fmt.Errorf("front matter line %d: %q is not key: value", i+2, line)
		}
		if _, dup := fm[key]; dup {
			return nil, "", fmt.Errorf("front matter line %d: %q given twice", i+2, key)
		}
		fm[key] = strings.TrimSpace(value)
	}
	body := strings.TrimLeft(rest[end+len("\n---\n"):], "\n")
	return fm, body, nil
}

// Block is a fenced code block of a lesson.
type Block struct {
	Info string // the word after the opening fence: sh, output, text, ...
	Text string // the lines inside the fences, each ending in a newline
	Line int    // 1-based line of the opening fence in the body
}

// Blocks returns the fenced code blocks of the lesson's body, in order. Fences are lines
// starting with ``` (the lessons use no other kind).
func (l *Lesson) Blocks() []Block {
	return fencedBlocks(l.Body)
}

func fencedBlocks(body string) []Block {
	var blocks []Block
	var cur *Block
	var text strings.Builder
	for i, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimSpace(line)
		if cur == nil {
			if strings.HasPrefix(trimmed, "```") {
				cur = &Block{Info: strings.TrimSpace(strings.TrimPrefix(trimmed, "```")), Line: i + 1}
				text.Reset()
			}
			continue
		}
		if trimmed == "```" {
			cur.Text = text.String()
			blocks = append(blocks, *cur)
			cur = nil
			continue
		}
		text.WriteString(line)
		text.WriteByte('\n')
	}
	return blocks
}
