// This file defines the reader: Parse turns a PyPy-format log into nested Sections with
// line numbers, and Extract selects sections by name prefix (logparser's extract_category).

package pypylog

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// Line is one debug_print line of a log and where it was.
type Line struct {
	Num  int    // 1-based line number in the log
	Text string // the line, stripped of surrounding white space and colour codes
	// raw is the line as written (without its line break), kept only when it differs
	// from Text, as the aligned labels of jit-backend-addr do.
	raw string
}

// Original returns the line as it was written, without its line break.
func (l Line) Original() string {
	if l.raw != "" {
		return l.raw
	}
	return l.Text
}

// Section is one "{category ... category}" section of a log.
type Section struct {
	Category  string
	StartTime uint64 // the timestamps of the framing lines
	StopTime  uint64
	StartLine int // line numbers of the framing lines; StopLine is 0 when Truncated
	StopLine  int
	// Body holds the section's own debug_print lines, without those of nested sections.
	Body []Line
	// Children are the nested sections, in order.
	Children []*Section
	Parent   *Section
	// Truncated reports that the log ended while the section was open.
	Truncated bool
}

// Text returns the section's own lines joined by newlines, as extract_category does.
func (s *Section) Text() string {
	var b strings.Builder
	for i, l := range s.Body {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// Log is a whole parsed log.
type Log struct {
	// Sections are the outermost sections, in order.
	Sections []*Section
	// Loose are the lines outside every section (top-level debug_prints, program output
	// that shared the terminal).
	Loose []Line
	// Lines is the number of lines read.
	Lines int
}

// Walk calls fn for every section, outer ones before the ones they contain, in log order.
func (l *Log) Walk(fn func(*Section)) {
	var walk func([]*Section)
	walk = func(ss []*Section) {
		for _, s := range ss {
			fn(s)
			walk(s.Children)
		}
	}
	walk(l.Sections)
}

// Extract returns every section whose category starts with prefix, at any depth, in the
// order they start: rpython/tool/logparser.py's extract_category, keeping the sections
// themselves so their line numbers stay at hand.
func (l *Log) Extract(prefix string) []*Section {
	var out []*Section
	l.Walk(func(s *Section) {
		if strings.HasPrefix(s.Category, prefix) {
			out = append(out, s)
		}
	})
	return out
}

// Truncated returns the sections left open at the end of the log, outermost first.
func (l *Log) Truncated() []*Section {
	var out []*Section
	l.Walk(func(s *Section) {
		if s.Truncated {
			out = append(out, s)
		}
	})
	return out
}

// SyntaxError is a log whose framing is wrong, at a line.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

var (
	ansiCodes = regexp.MustCompile("\x1b\\[[0-9;]*m")
	startLine = regexp.MustCompile(`^\[([0-9a-fA-F]+)\] \{([\w-]+)$`)
	stopLine  = regexp.MustCompile(`^\[([0-9a-fA-F]+)\] ([\w-]+)\}$`)
)

// Parse reads a whole log. bzip2-compressed input is recognised and read, as PyPy's
// logparser does. The only errors are read errors and a stop line that does not close the
// innermost open section.
func Parse(r io.Reader) (*Log, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, err := br.Peek(3); err == nil && bytes.Equal(magic, []byte("BZh")) {
		br = bufio.NewReaderSize(bzip2.NewReader(br), 64<<10)
	}
	log := &Log{}
	var open []*Section
	num := 0
	for {
		raw, err := br.ReadString('\n')
		if raw != "" {
			num++
			if perr := parseLine(log, &open, num, raw); perr != nil {
				return nil, perr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", num+1, err)
		}
	}
	log.Lines = num
	for _, s := range open {
		s.Truncated = true
	}
	return log, nil
}

func parseLine(log *Log, open *[]*Section, num int, raw string) error {
	text := strings.TrimSpace(raw)
	if strings.IndexByte(text, '\x1b') >= 0 {
		text = strings.TrimSpace(ansiCodes.ReplaceAllString(text, ""))
	}
	if text == "" && len(*open) == 0 {
		return nil
	}
	if strings.HasPrefix(text, "[") {
		if m := startLine.FindStringSubmatch(text); m != nil {
			s := &Section{Category: m[2], StartTime: parseStamp(m[1]), StartLine: num}
			if n := len(*open); n > 0 {
				s.Parent = (*open)[n-1]
				s.Parent.Children = append(s.Parent.Children, s)
			} else {
				log.Sections = append(log.Sections, s)
			}
			*open = append(*open, s)
			return nil
		}
		if m := stopLine.FindStringSubmatch(text); m != nil {
			n := len(*open)
			if n == 0 {
				return &SyntaxError{Line: num, Msg: fmt.Sprintf("%q closes a section that was never opened", text)}
			}
			s := (*open)[n-1]
			if s.Category != m[2] {
				return &SyntaxError{Line: num, Msg: fmt.Sprintf("section %s} closes %s, opened at line %d (sections must nest)", m[2], s.Category, s.StartLine)}
			}
			s.StopTime = parseStamp(m[1])
			s.StopLine = num
			*open = (*open)[:n-1]
			return nil
		}
	}
	line := Line{Num: num, Text: text}
	if orig := strings.TrimRight(raw, "\r\n"); orig != text {
		line.raw = orig
	}
	if n := len(*open); n > 0 {
		(*open)[n-1].Body = append((*open)[n-1].Body, line)
	} else {
		log.Loose = append(log.Loose, line)
	}
	return nil
}

// parseStamp reads a framing timestamp; one too long for 64 bits (never seen) keeps its
// low bits, since timestamps only order and measure sections.
func parseStamp(hex string) uint64 {
	if len(hex) > 16 {
		hex = hex[len(hex)-16:]
	}
	v, err := strconv.ParseUint(hex, 16, 64)
	if err != nil {
		panic("BUG: pypylog: timestamp matched the hex pattern but did not parse: " + hex)
	}
	return v
}
