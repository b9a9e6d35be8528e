// This file defines the tokenizer: a hand-written scanner that follows the state machine of
// CPython 2.7's Parser/tokenizer.c closely enough that every token, every INDENT and DEDENT,
// and every tokenizer error comes out where CPython's does, together with the state CPython
// reads when it reports an error (the line number, the cursor, the line buffer).
//
// CPython reads its input a line at a time into a buffer. The tokenizer here keeps the whole
// (newline-normalised) text in memory and models that buffer with offsets into it: buf is
// where the buffer starts, cur the read cursor, inp the end of what has been read, and
// lineStart the start of the current line. A token that spans lines (a triple-quoted
// string) keeps buf at the line where it started, as CPython's buffer does.

package syntax

// errCode is the tokenizer's and parser's status, named after CPython's errcode.h.
type errCode uint8

const (
	eOK       errCode = iota
	eEOF              // end of input
	eToken            // invalid token
	eEOLS             // EOL while scanning string literal
	eEOFS             // EOF while scanning triple-quoted string literal
	eLineCont         // unexpected character after line continuation character
	eDedent           // unindent does not match any outer indentation level
	eTooDeep          // too many levels of indentation
	eTabSpace         // inconsistent use of tabs and spaces
	eDecode           // decoding problem (its message is in tokenizer.decodeMsg)
)

// inputMode says where the text comes from, which decides what happens at its end.
type inputMode uint8

const (
	// fileInput: read like CPython reads a file with fgets: the last line gets a newline
	// if it lacks one, reaching the end clears the line buffer and counts one more line,
	// and a token still open at the end reads one phantom empty line first when the file
	// ended with a newline.
	fileInput inputMode = iota
	// stringInput: a string given to compile(), eval() or exec; the end is simply the end.
	stringInput
	// promptInput: lines typed at the interactive prompt; needing text beyond the end
	// means the prompt would read another line.
	promptInput
)

const (
	maxIndent  = 100 // CPython's MAXINDENT
	eofChar    = -1
	defaultTab = 8
)

// needMoreInput is thrown (panicked) by the tokenizer in promptInput mode when it needs a
// line that has not been typed yet; Parse recovers it and returns ErrIncomplete.
type needMoreInput struct{}

// token is one token with the position CPython's parser records for it.
type token struct {
	kind  tokKind
	start int // offset of the first byte in the tokenizer's text (-1 for INDENT and DEDENT)
	end   int // offset just past the last byte (a NEWLINE excludes its '\n')
	line  int // the tokenizer's line number after the token: its last line
	col   int // byte column of start in its line; -1 when start is on an earlier line
	kw    keyword
}

// tokenizer holds the scanner state; the field names follow CPython's struct tok_state.
type tokenizer struct {
	text []byte
	mode inputMode

	buf, cur, inp, lineStart int
	start                    int // start of the token being scanned, -1 between tokens
	bufCleared               bool
	lineno                   int
	done                     errCode

	atbol    bool
	pendin   int
	indent   int
	indstack [maxIndent]int
	altstack [maxIndent]int
	level    int
	contLine bool
	tabsize  int

	tabErrors bool // report inconsistent tabs and spaces (python -tt)
	promptEOF bool // promptInput: the user ended the input (Ctrl-D) after the text

	// fileInput only.
	endsWithNewline bool // the file's last line had its own newline
	// lastLineReadsEOF: reading the file's last line already hits end of file, which is
	// so when it has no newline or ends in a lone \r (CPython's reader looks one
	// character past a \r for a \n).
	lastLineReadsEOF bool
	feof             bool // a read has reached the end of the file
	// lineCheck, when set, validates each line as it is read (file input without an
	// encoding declaration must be ASCII); it returns a decode error message or "".
	lineCheck   func(line []byte, lineno int) string
	decodeMsg   string
	decodeErred bool
}

func newTokenizer(text []byte, mode inputMode) *tokenizer {
	t := &tokenizer{text: text, mode: mode, start: -1, atbol: true, tabsize: defaultTab}
	if mode == fileInput {
		n := len(text)
		t.endsWithNewline = n > 0 && text[n-1] == '\n'
		if n > 0 && !t.endsWithNewline {
			// fgets hands back the last line without its newline; CPython's tokenizer
			// fakes one. The read that returns it also sees end of file.
			t.text = append(text[:n:n], '\n')
		}
	}
	return t
}

// nextc returns the next character (a byte value) or eofChar, reading lines as needed.
func (t *tokenizer) nextc() int {
	for {
		if t.cur != t.inp {
			c := t.text[t.cur]
			t.cur++
			return int(c)
		}
		if t.done != eOK {
			return eofChar
		}
		if !t.readLine() {
			return eofChar
		}
	}
}

// readLine makes the next line available between cur and inp, or records the end of
// input. It reports whether a line was read.
func (t *tokenizer) readLine() bool {
	switch t.mode {
	case stringInput, promptInput:
		if t.inp >= len(t.text) {
			if t.mode == promptInput && !t.promptEOF {
				panic(needMoreInput{})
			}
			t.done = eEOF
			return false
		}
		end := t.lineEnd(t.inp)
		if t.start < 0 {
			t.buf = t.cur
		}
		t.lineStart = t.cur
		t.lineno++
		t.inp = end
		return true
	}
	// fileInput
	if t.start < 0 {
		if t.inp >= len(t.text) {
			t.done = eEOF
			t.feof = true
			t.bufCleared = true
			t.lineno++
			t.cur = t.inp
			return false
		}
		t.buf = t.inp
	} else if t.inp >= len(t.text) {
		if t.feof || t.lastLineReadsEOF {
			t.done = eEOF
			t.lineno++
			t.cur = t.inp
			return false
		}
		// Inside a token at the end of a file that ended with a newline, fgets is called
		// once more before end of file is noticed, and CPython appends a newline of its own.
		t.text = append(t.text, '\n')
		t.feof = true
	}
	end := t.lineEnd(t.inp)
	t.lineno++
	t.cur = t.inp
	t.lineStart = t.inp
	t.inp = end
	if end == len(t.text) && t.lastLineReadsEOF {
		t.feof = true
	}
	if t.lineCheck != nil {
		// CPython counts the line before checking it, except when the line continues a
		// token: then its message names the line after.
		msgLine := t.lineno
		if t.start >= 0 {
			msgLine++
		}
		if msg := t.lineCheck(t.text[t.lineStart:end], msgLine); msg != "" {
			t.decodeMsg = msg
			t.decodeErred = true
			t.done = eDecode
			t.cur = t.inp
			return false
		}
	}
	return true
}

// lineEnd returns the offset just past the newline that ends the line starting at i, or
// the end of the text.
func (t *tokenizer) lineEnd(i int) int {
	for j := i; j < len(t.text); j++ {
		if t.text[j] == '\n' {
			return j + 1
		}
	}
	return len(t.text)
}

// backup un-reads c (nothing for eofChar).
func (t *tokenizer) backup(c int) {
	if c != eofChar {
		t.cur--
		if t.cur < t.buf {
			panic("BUG: tokenizer backed up past the start of its buffer")
		}
	}
}

func isAlpha(c int) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c int) bool { return c >= '0' && c <= '9' }
func isXDigit(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// indentError handles inconsistent tabs and spaces; it reports whether that is an error.
func (t *tokenizer) indentError() bool {
	if t.tabErrors {
		t.done = eTabSpace
		t.cur = t.inp
		return true
	}
	return false
}

// get scans the next token.
func (t *tokenizer) get() token {
	tk := t.scan()
	if t.decodeErred {
		// A line that could not be decoded ends tokenizing whatever the scanner made of
		// the end of input it saw instead.
		tk.kind = tkError
		t.done = eDecode
	}
	return tk
}

func (t *tokenizer) makeToken(kind tokKind, start, end int) token {
	col := -1
	if start >= 0 && start >= t.lineStart {
		col = start - t.lineStart
	}
	return token{kind: kind, start: start, end: end, line: t.lineno, col: col}
}

func (t *tokenizer) errorToken(code errCode) token {
	t.done = code
	return token{kind: tkError, start: -1, end: -1, line: t.lineno, col: -1}
}

func (t *tokenizer) scan() token {
	var c int
nextline:
	t.start = -1
	blankline := false

	if t.atbol {
		col, altcol := 0, 0
		t.atbol = false
		for {
			c = t.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/t.tabsize + 1) * t.tabsize
				altcol++ // the alternate tab size is 1
			} else if c == '\f' {
				col, altcol = 0, 0
			} else {
				break
			}
		}
		t.backup(c)
		if c == '#' || c == '\n' {
			// A line holding only blanks and a comment changes nothing, except that a
			// totally empty line at the prompt ends a compound statement.
			blankline = !(col == 0 && c == '\n' && t.mode == promptInput)
		}
		if !blankline && t.level == 0 {
			if col == t.indstack[t.indent] {
				if altcol != t.altstack[t.indent] && t.indentError() {
					return t.errorToken(eTabSpace)
				}
			} else if col > t.indstack[t.indent] {
				if t.indent+1 >= maxIndent {
					t.cur = t.inp
					return t.errorToken(eTooDeep)
				}
				if altcol <= t.altstack[t.indent] && t.indentError() {
					return t.errorToken(eTabSpace)
				}
				t.pendin++
				t.indent++
				t.indstack[t.indent] = col
				t.altstack[t.indent] = altcol
			} else {
				for t.indent > 0 && col < t.indstack[t.indent] {
					t.pendin--
					t.indent--
				}
				if col != t.indstack[t.indent] {
					t.cur = t.inp
					return t.errorToken(eDedent)
				}
				if altcol != t.altstack[t.indent] && t.indentError() {
					return t.errorToken(eTabSpace)
				}
			}
		}
	}

	t.start = t.cur
	if t.pendin != 0 {
		if t.pendin < 0 {
			t.pendin++
			return t.makeToken(tkDedent, -1, -1)
		}
		t.pendin--
		return t.makeToken(tkIndent, -1, -1)
	}

again:
	t.start = -1
	for {
		c = t.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	t.start = t.cur - 1

	if c == '#' {
		c = t.scanComment()
	}

	if c == eofChar {
		if t.done == eEOF {
			return t.makeToken(tkEndMarker, -1, -1)
		}
		return t.errorToken(t.done)
	}

	// Identifiers, and the string prefixes b br r u ur in any case.
	if isAlpha(c) || c == '_' {
		switch c {
		case 'b', 'B', 'u', 'U':
			c = t.nextc()
			if c == 'r' || c == 'R' {
				c = t.nextc()
			}
			if c == '"' || c == '\'' {
				return t.scanString(c)
			}
		case 'r', 'R':
			c = t.nextc()
			if c == '"' || c == '\'' {
				return t.scanString(c)
			}
		}
		for c != eofChar && (isAlpha(c) || isDigit(c) || c == '_') {
			c = t.nextc()
		}
		t.backup(c)
		return t.makeToken(tkName, t.start, t.cur)
	}

	if c == '\n' {
		t.atbol = true
		if blankline || t.level > 0 {
			goto nextline
		}
		t.contLine = false
		return t.makeToken(tkNewline, t.start, t.cur-1)
	}

	if c == '.' {
		c = t.nextc()
		if isDigit(c) {
			return t.scanNumberFrom(numFraction)
		}
		t.backup(c)
		return t.makeToken(tkDot, t.start, t.cur)
	}

	if isDigit(c) {
		return t.scanNumber(c)
	}

	if c == '"' || c == '\'' {
		return t.scanString(c)
	}

	if c == '\\' {
		c = t.nextc()
		if c != '\n' {
			t.cur = t.inp
			return t.errorToken(eLineCont)
		}
		t.contLine = true
		goto again
	}

	c2 := t.nextc()
	if kind := twoCharToken(c, c2); kind != tkOp {
		c3 := t.nextc()
		if kind3 := threeCharToken(c, c2, c3); kind3 != tkOp {
			kind = kind3
		} else {
			t.backup(c3)
		}
		return t.makeToken(kind, t.start, t.cur)
	}
	t.backup(c2)

	switch c {
	case '(', '[', '{':
		t.level++
	case ')', ']', '}':
		t.level--
	}
	return t.makeToken(oneCharToken(c), t.start, t.cur)
}

// scanComment skips a comment up to its newline, which it returns (or eofChar), the way
// CPython does: it also honours the editor settings that change the tab size (Emacs
// "tab-width:", vim ":tabstop=" and ":ts=", and "set tabsize=") found in the 79 bytes
// after the '#'.
func (t *tokenizer) scanComment() int {
	const window = 79
	from := t.cur
	c := 0
	for {
		c = t.nextc()
		if c == eofChar || c == '\n' || t.cur-from >= window {
			break
		}
	}
	to := t.cur
	if c == eofChar {
		to = t.inp
	}
	comment := t.text[from:to]
	for i, b := range comment {
		if b == 0 { // CPython looks at the comment as a C string
			comment = comment[:i]
			break
		}
	}
	t.tabMagic(comment)
	for c != eofChar && c != '\n' {
		c = t.nextc()
	}
	return c
}

// tabMagic applies a tab-size setting found in a comment, as CPython's tokenizer does.
func (t *tokenizer) tabMagic(comment []byte) {
	for _, form := range [...]string{"tab-width:", ":tabstop=", ":ts=", "set tabsize="} {
		i := indexBytes(comment, form)
		if i < 0 {
			continue
		}
		if n := atoi(comment[i+len(form):]); n >= 1 && n <= 40 {
			t.tabsize = n
		}
	}
}

func indexBytes(s []byte, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == sub {
			return i
		}
	}
	return -1
}

// atoi parses like C's atoi: leading blanks, an optional sign, then digits.
func atoi(s []byte) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\v' ||
		s[i] == '\f' || s[i] == '\r') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	n := 0
	for ; i < len(s) && isDigit(int(s[i])); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1000 {
			n = 1000 // large enough to be rejected; avoids overflow
		}
	}
	if neg {
		return -n
	}
	return n
}

// numState is where scanNumberFrom resumes inside a number literal.
type numState uint8

const (
	numFraction numState = iota
	numExponent
	numImaginary
)

func (t *tokenizer) invalidNumber(c int) token {
	t.backup(c)
	return t.errorToken(eToken)
}

// scanNumber scans a number literal whose first digit c has been read.
func (t *tokenizer) scanNumber(c int) token {
	if c == '0' {
		c = t.nextc()
		switch {
		case c == '.':
			return t.scanNumberFrom(numFraction)
		case c == 'j' || c == 'J':
			return t.scanNumberFrom(numImaginary)
		case c == 'x' || c == 'X':
			c = t.nextc()
			if !isXDigit(c) {
				return t.invalidNumber(c)
			}
			for isXDigit(c) {
				c = t.nextc()
			}
		case c == 'o' || c == 'O':
			c = t.nextc()
			if c < '0' || c >= '8' {
				return t.invalidNumber(c)
			}
			for c >= '0' && c < '8' {
				c = t.nextc()
			}
		case c == 'b' || c == 'B':
			c = t.nextc()
			if c != '0' && c != '1' {
				return t.invalidNumber(c)
			}
			for c == '0' || c == '1' {
				c = t.nextc()
			}
		default:
			// An old-style octal literal, or a float or imaginary number that starts
			// with 0 (09.5 is fine; 09 alone is not).
			foundDecimal := false
			for c >= '0' && c < '8' {
				c = t.nextc()
			}
			if isDigit(c) {
				foundDecimal = true
				for isDigit(c) {
					c = t.nextc()
				}
			}
			switch {
			case c == '.':
				return t.scanNumberFrom(numFraction)
			case c == 'e' || c == 'E':
				return t.scanNumberFrom(numExponent)
			case c == 'j' || c == 'J':
				return t.scanNumberFrom(numImaginary)
			case foundDecimal:
				return t.invalidNumber(c)
			}
		}
		if c == 'l' || c == 'L' {
			c = t.nextc()
		}
		t.backup(c)
		return t.makeToken(tkNumber, t.start, t.cur)
	}
	for {
		c = t.nextc()
		if !isDigit(c) {
			break
		}
	}
	if c == 'l' || c == 'L' {
		c = t.nextc()
		t.backup(c)
		return t.makeToken(tkNumber, t.start, t.cur)
	}
	switch {
	case c == '.':
		return t.scanNumberFrom(numFraction)
	case c == 'e' || c == 'E':
		return t.scanNumberFrom(numExponent)
	case c == 'j' || c == 'J':
		return t.scanNumberFrom(numImaginary)
	}
	t.backup(c)
	return t.makeToken(tkNumber, t.start, t.cur)
}

// scanNumberFrom finishes a float or imaginary literal. For numFraction the '.' has been
// read; for numExponent the 'e'; for numImaginary the 'j'.
func (t *tokenizer) scanNumberFrom(state numState) token {
	c := 0
	if state == numFraction {
		for {
			c = t.nextc()
			if !isDigit(c) {
				break
			}
		}
		if c == 'e' || c == 'E' {
			state = numExponent
		}
	}
	if state == numExponent {
		e := t.text[t.cur-1]
		c = t.nextc()
		if c == '+' || c == '-' {
			c = t.nextc()
			if !isDigit(c) {
				return t.invalidNumber(c)
			}
		} else if !isDigit(c) {
			// Not an exponent after all: the number ends before the 'e' ("1else").
			t.backup(c)
			t.backup(int(e))
			return t.makeToken(tkNumber, t.start, t.cur)
		}
		for isDigit(c) {
			c = t.nextc()
		}
	}
	if state == numImaginary || c == 'j' || c == 'J' {
		c = t.nextc()
	}
	t.backup(c)
	return t.makeToken(tkNumber, t.start, t.cur)
}

// scanString scans a string literal whose opening quote has just been read (any prefix
// was read before it).
func (t *tokenizer) scanString(quote int) token {
	quote2 := t.cur - t.start + 1 // where the third quote of a triple quote would end
	triple := false
	tripcount := 0
	for {
		c := t.nextc()
		switch {
		case c == '\n':
			if !triple {
				t.backup(c)
				return t.errorToken(eEOLS)
			}
			tripcount = 0
			t.contLine = true
		case c == eofChar:
			code := eEOLS
			if triple {
				code = eEOFS
			}
			t.cur = t.inp
			return t.errorToken(code)
		case c == quote:
			tripcount++
			if t.cur-t.start == quote2 {
				c = t.nextc()
				if c == quote {
					triple = true
					tripcount = 0
					continue
				}
				t.backup(c)
			}
			if !triple || tripcount == 3 {
				return t.makeToken(tkString, t.start, t.cur)
			}
		case c == '\\':
			tripcount = 0
			c = t.nextc()
			if c == eofChar {
				t.cur = t.inp
				return t.errorToken(eEOLS)
			}
		default:
			tripcount = 0
		}
	}
}
