// This file defines Markdown: the deck's markdown subset as HTML.

package slidehtml

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	orderedItem   = regexp.MustCompile(`^(\d+)\. (.*)$`)
	tableSepCell  = regexp.MustCompile(`^:?-+:?$`)
	unsupportedMD = regexp.MustCompile(`!\[|\]\(|<[a-zA-Z/]`)
)

// Markdown converts markdown in the deck's subset to HTML.
func Markdown(md string) (string, error) {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var sb strings.Builder
	var para []string
	flushPara := func() error {
		if len(para) == 0 {
			return nil
		}
		text, err := inline(strings.Join(para, " "))
		if err != nil {
			return err
		}
		sb.WriteString("<p>" + text + "</p>\n")
		para = nil
		return nil
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			if err := flushPara(); err != nil {
				return "", err
			}
		case strings.HasPrefix(trimmed, "```"):
			if err := flushPara(); err != nil {
				return "", err
			}
			info := strings.TrimSpace(strings.TrimPrefix(trimmed, "```"))
			end := i + 1
			for end < len(lines) && strings.TrimSpace(lines[end]) != "```" {
				end++
			}
			if end == len(lines) {
				return "", fmt.Errorf("a code block is not closed")
			}
			class := ""
			if info != "" {
				class = ` class="language-` + html.EscapeString(strings.Fields(info)[0]) + `"`
			}
			code := strings.Join(lines[i+1:end], "\n")
			sb.WriteString("<pre><code" + class + ">" + html.EscapeString(code) + "</code></pre>\n")
			i = end
		case strings.HasPrefix(trimmed, "#"):
			if err := flushPara(); err != nil {
				return "", err
			}
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			if level > 6 || !strings.HasPrefix(trimmed[level:], " ") {
				return "", fmt.Errorf("%q is not a heading (# Title)", trimmed)
			}
			text, err := inline(strings.TrimSpace(trimmed[level:]))
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&sb, "<h%d>%s</h%d>\n", level, text, level)
		case strings.HasPrefix(trimmed, "|") && i+1 < len(lines) && isTableSeparator(lines[i+1]):
			if err := flushPara(); err != nil {
				return "", err
			}
			end, err := table(&sb, lines, i)
			if err != nil {
				return "", err
			}
			i = end - 1
		case isItem(line):
			if err := flushPara(); err != nil {
				return "", err
			}
			end, err := list(&sb, lines, i)
			if err != nil {
				return "", err
			}
			i = end - 1
		case strings.HasPrefix(trimmed, ">"):
			return "", fmt.Errorf("block quotes are not part of the slides' markdown: %q", trimmed)
		default:
			para = append(para, trimmed)
		}
	}
	if err := flushPara(); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// isItem says whether a line starts a list item at the left margin.
func isItem(line string) bool {
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || orderedItem.MatchString(line)
}

// list writes the list starting at lines[start] and returns the index after it.
func list(sb *strings.Builder, lines []string, start int) (int, error) {
	ordered := orderedItem.MatchString(lines[start])
	tag := "ul"
	if ordered {
		tag = "ol"
		if m := orderedItem.FindStringSubmatch(lines[start]); m[1] != "1" {
			sb.WriteString(`<ol start="` + m[1] + `">` + "\n")
		} else {
			sb.WriteString("<ol>\n")
		}
	} else {
		sb.WriteString("<ul>\n")
	}
	var items []string
	i := start
items:
	for ; i < len(lines); i++ {
		line := lines[i]
		switch {
		case isItem(line):
			if orderedItem.MatchString(line) != ordered {
				return 0, fmt.Errorf("a list mixes numbered and bulleted items: %q", line)
			}
			text := line[2:]
			if ordered {
				text = orderedItem.FindStringSubmatch(line)[2]
			}
			items = append(items, strings.TrimSpace(text))
		case strings.TrimSpace(line) == "":
			break items
		case strings.HasPrefix(line, "  "):
			if isItem(strings.TrimLeft(line, " ")) {
				return 0, fmt.Errorf("nested lists are not part of the slides' markdown: %q", line)
			}
			items[len(items)-1] += " " + strings.TrimSpace(line)
		default:
			break items
		}
	}
	for _, it := range items {
		text, err := inline(it)
		if err != nil {
			return 0, err
		}
		sb.WriteString("<li>" + text + "</li>\n")
	}
	sb.WriteString("</" + tag + ">\n")
	return i, nil
}

func isTableSeparator(line string) bool {
	cells := tableCells(line)
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		if !tableSepCell.MatchString(c) {
			return false
		}
	}
	return true
}

// tableCells splits a table row into its trimmed cells.
func tableCells(line string) []string {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "|") {
		return nil
	}
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	// A | inside a code span belongs to the cell's text.
	var cells []string
	var cur strings.Builder
	inCode := false
	for _, r := range line {
		switch {
		case r == '`':
			inCode = !inCode
			cur.WriteRune(r)
		case r == '|' && !inCode:
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// table writes the table starting at lines[start] and returns the index after it.
func table(sb *strings.Builder, lines []string, start int) (int, error) {
	head := tableCells(lines[start])
	sb.WriteString("<table>\n<thead>")
	if err := tableRow(sb, head, "th"); err != nil {
		return 0, err
	}
	sb.WriteString("</thead>\n<tbody>\n")
	i := start + 2
	for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "|"); i++ {
		cells := tableCells(lines[i])
		if len(cells) != len(head) {
			return 0, fmt.Errorf("a table row has %d cells, its header %d: %q", len(cells), len(head), lines[i])
		}
		if err := tableRow(sb, cells, "td"); err != nil {
			return 0, err
		}
		sb.WriteString("\n")
	}
	sb.WriteString("</tbody>\n</table>\n")
	return i, nil
}

// tableRow writes one row of cells, each in a tag element (th or td).
func tableRow(sb *strings.Builder, cells []string, tag string) error {
	sb.WriteString("<tr>")
	for _, c := range cells {
		text, err := inline(c)
		if err != nil {
			return err
		}
		sb.WriteString("<" + tag + ">" + text + "</" + tag + ">")
	}
	sb.WriteString("</tr>")
	return nil
}

var (
	strong = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	emph   = regexp.MustCompile(`\*([^*\s][^*]*)\*`)
)

// inline converts the inline markup of one block's text: code spans first (their content
// is taken literally), then strong and emphasis in the rest.
func inline(text string) (string, error) {
	parts := strings.Split(text, "`")
	if len(parts)%2 == 0 {
		return "", fmt.Errorf("an inline code span is not closed: %q", text)
	}
	var sb strings.Builder
	for i, p := range parts {
		if i%2 == 1 {
			sb.WriteString("<code>" + html.EscapeString(p) + "</code>")
			continue
		}
		if loc := unsupportedMD.FindStringIndex(p); loc != nil {
			return "", fmt.Errorf("links, images and raw HTML are not part of the slides' markdown: %q", p)
		}
		s := html.EscapeString(p)
		s = strong.ReplaceAllString(s, "<strong>$1</strong>")
		s = emph.ReplaceAllString(s, "<em>$1</em>")
		sb.WriteString(s)
	}
	return sb.String(), nil
}
