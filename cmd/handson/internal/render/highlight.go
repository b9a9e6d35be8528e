// This file defines the colouring of code blocks: Python 2 (keywords, builtins, strings,
// numbers, comments, decorators and the names def and class define), shell commands
// (comments dimmed), and every other language in the plain code colour.

package render

import (
	"strings"

	"handson/interp/syntax"
)

// highlight returns the lines of a code block, coloured for the language its info
// string names. The plain style leaves them untouched.
func (r *renderer) highlight(code, info string) []string {
	lines := strings.Split(code, "\n")
	if r.pal.plain {
		return lines
	}
	switch language(info, code) {
	case "python":
		if out, ok := r.highlightPython(code); ok {
			return out
		}
	case "sh":
		return r.highlightShell(lines)
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = paint(r.pal.code, l)
	}
	return out
}

// language is "python", "sh" or "" (anything else) for a code block. Besides the usual
// names, the course's own fences count: the slide deck's program, demo and excerpt
// blocks hold Python when it parses as Python (a program does; an excerpt usually
// quotes a command's output instead), and a demo is otherwise a shell command.
func language(info, code string) string {
	lang, _, _ := strings.Cut(strings.TrimSpace(info), " ")
	lang = strings.ToLower(lang)
	switch lang {
	case "python", "py", "python2", "py2":
		return "python"
	case "sh", "shell", "bash", "zsh", "console", "shell-session":
		return "sh"
	case "program", "demo", "excerpt":
		if strings.TrimSpace(code) != "" && isPython(code) {
			return "python"
		}
		if lang == "demo" {
			return "sh"
		}
	}
	return ""
}

// isPython says whether code is a Python 2.7 program, as handson's own parser reads it.
func isPython(code string) bool {
	_, err := syntax.Parse([]byte(code+"\n"), syntax.Options{Mode: syntax.ExecMode, Filename: "<code block>"})
	return err == nil
}

// pyClass is what a highlighted stretch of Python is.
type pyClass uint8

const (
	pyKeyword   pyClass = iota + 1 // def, if, print, ...
	pyBuiltin                      // open, len, None, IOError, ...
	pyString                       // a string literal with its prefix and quotes
	pyNumber                       // a numeric literal
	pyComment                      // from # to the end of the line
	pyDefName                      // the name after def or class
	pyDecorator                    // @name.attr at the start of a line
)

// pySpan is a highlighted stretch of Python source, [start, end) in bytes.
type pySpan struct {
	start, end int
	class      pyClass
}

// pythonKeywords are Python 2.7's keywords (keyword.kwlist), space-separated with a
// space at each end so that " name " finds a whole word.
const pythonKeywords = " and as assert break class continue def del elif else except exec finally for from global if import in is lambda not or pass print raise return try while with yield "

// pythonBuiltins are the names in Python 2.7's __builtin__ module that do not start with
// an underscore, as dir(__builtins__) lists them.
const pythonBuiltins = " ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning " +
	"DeprecationWarning EOFError Ellipsis EnvironmentError Exception False FloatingPointError FutureWarning " +
	"GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt " +
	"LookupError MemoryError NameError None NotImplemented NotImplementedError OSError OverflowError " +
	"PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StandardError StopIteration " +
	"SyntaxError SyntaxWarning SystemError SystemExit TabError True TypeError UnboundLocalError " +
	"UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning " +
	"ValueError Warning ZeroDivisionError abs all any apply basestring bin bool buffer bytearray bytes " +
	"callable chr classmethod cmp coerce compile complex copyright credits delattr dict dir divmod " +
	"enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash help " +
	"hex id input int intern isinstance issubclass iter len license list locals long map max memoryview " +
	"min next object oct open ord pow property quit range raw_input reduce reload repr reversed round " +
	"set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip "

// scanPython finds the stretches of Python source to colour. It reads tokens the way
// Python 2's tokenizer delimits them, without its indentation and bracket bookkeeping,
// which colouring does not need (a code block may be a fragment); it fails where the
// tokenizer would (an unterminated string, a character Python has no token for), and
// the caller then shows the block uncoloured.
func scanPython(src string) ([]pySpan, bool) {
	var spans []pySpan
	afterDef := false // the previous token was def or class
	lineStart := true // only blanks since the start of the line
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			i++
			lineStart = true
			continue
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			i++
			continue
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			continue
		}
		start := i
		ident := false
		switch {
		case c == '#':
			i = lineEnd(src, i)
			spans = append(spans, pySpan{start, i, pyComment})
		case c == '"' || c == '\'':
			end, ok := scanPyString(src, i)
			if !ok {
				return nil, false
			}
			i = end
			spans = append(spans, pySpan{start, i, pyString})
		case isIdentStart(c):
			for i < len(src) && isIdentChar(src[i]) {
				i++
			}
			name := src[start:i]
			if i < len(src) && (src[i] == '"' || src[i] == '\'') && isStringPrefix(name) {
				end, ok := scanPyString(src, i)
				if !ok {
					return nil, false
				}
				i = end
				spans = append(spans, pySpan{start, i, pyString})
				break
			}
			ident = true
			switch {
			case afterDef:
				spans = append(spans, pySpan{start, i, pyDefName})
			case strings.Contains(pythonKeywords, " "+name+" "):
				spans = append(spans, pySpan{start, i, pyKeyword})
			case strings.Contains(pythonBuiltins, " "+name+" "):
				spans = append(spans, pySpan{start, i, pyBuiltin})
			}
			afterDef = name == "def" || name == "class"
		case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
			i++
			for i < len(src) && (isIdentChar(src[i]) || src[i] == '.' ||
				(src[i] == '+' || src[i] == '-') && (src[i-1] == 'e' || src[i-1] == 'E')) {
				i++
			}
			spans = append(spans, pySpan{start, i, pyNumber})
		case c == '@' && lineStart:
			i++
			for i < len(src) && (isIdentChar(src[i]) || src[i] == '.') {
				i++
			}
			spans = append(spans, pySpan{start, i, pyDecorator})
		case strings.IndexByte("()[]{}:;,.+-*/%&|^~<>=`@", c) >= 0:
			i++
		case c == '!' && i+1 < len(src) && src[i+1] == '=':
			i += 2
		default:
			return nil, false // $, ?, a lone !, a backslash not ending a line, non-ASCII
		}
		if !ident {
			afterDef = false
		}
		lineStart = false
	}
	return spans, true
}

// scanPyString returns the end of the string literal whose opening quote is at q. A
// backslash always takes the next character with it, even in raw strings, as in
// Python 2.
func scanPyString(src string, q int) (int, bool) {
	quote := src[q]
	triple := strings.HasPrefix(src[q:], strings.Repeat(string(quote), 3))
	i := q + 1
	if triple {
		i = q + 3
	}
	for i < len(src) {
		switch c := src[i]; {
		case c == '\\':
			i += 2
			continue
		case triple && strings.HasPrefix(src[i:], strings.Repeat(string(quote), 3)):
			return i + 3, true
		case !triple && c == quote:
			return i + 1, true
		case !triple && c == '\n':
			return 0, false
		}
		i++
	}
	return 0, false
}

// isStringPrefix says whether a name right before a quote is a Python 2 string prefix.
func isStringPrefix(name string) bool {
	switch strings.ToLower(name) {
	case "u", "b", "r", "ur", "br":
		return true
	}
	return false
}

func isIdentStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isIdentChar(c byte) bool  { return isIdentStart(c) || isDigit(c) }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }

// lineEnd is the index of the newline at or after i, or the end of s.
func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// highlightPython colours Python source line by line (a string over several lines is
// coloured on each), or says it cannot be scanned.
func (r *renderer) highlightPython(code string) ([]string, bool) {
	spans, ok := scanPython(code)
	if !ok {
		return nil, false
	}
	var lines []string
	var cur []piece
	add := func(text string, at attrs) {
		for {
			line, rest, more := strings.Cut(text, "\n")
			if line != "" {
				cur = append(cur, piece{text: line, at: at})
			}
			if !more {
				return
			}
			lines = append(lines, emit(cur))
			cur = nil
			text = rest
		}
	}
	pos := 0
	for _, s := range spans {
		add(code[pos:s.start], r.pal.code)
		add(code[s.start:s.end], r.pyAttrs(s.class))
		pos = s.end
	}
	add(code[pos:], r.pal.code)
	return append(lines, emit(cur)), true
}

// pyAttrs is how a class of Python source is drawn.
func (r *renderer) pyAttrs(c pyClass) attrs {
	switch c {
	case pyKeyword:
		return r.pal.keyword
	case pyBuiltin:
		return r.pal.builtin
	case pyString:
		return r.pal.str
	case pyNumber:
		return r.pal.number
	case pyComment:
		return r.pal.comment
	case pyDefName:
		return r.pal.defName
	case pyDecorator:
		return r.pal.decor
	}
	panic("BUG: pyAttrs of an unknown class")
}

// highlightShell colours shell command lines: the command in the code colour, a comment
// dimmed.
func (r *renderer) highlightShell(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if c := shellComment(l); c >= 0 {
			out[i] = paint(r.pal.code, l[:c]) + paint(r.pal.comment, l[c:])
			continue
		}
		out[i] = paint(r.pal.code, l)
	}
	return out
}

// shellComment is where the comment of a shell line starts (a # at the start of a word,
// outside quotes), or -1.
func shellComment(line string) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '\\':
			i++
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		}
	}
	return -1
}
