// This file defines how raw source bytes become the text the tokenizer reads: the UTF-8
// byte order mark, PEP 263 coding declarations, the ASCII rule for files without one, line
// ending normalisation, and the few source encodings handson decodes (utf-8, latin-1, and
// through a codec ascii, cp1252 and iso-8859-15), all with CPython 2.7's error messages.

package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// litEncoding says how the parser turns the bytes of a string literal into a value, after
// CPython 2.7's ast.c (its c_encoding).
type litEncoding uint8

const (
	// encNone: no declaration. str literals keep their bytes; unicode literals map each
	// byte to the code point of the same value.
	encNone litEncoding = iota
	// encLatin1: declared iso-8859-1 and read as raw bytes: same as encNone.
	encLatin1
	// encUTF8: declared (or BOM-marked) utf-8, read raw. str literals keep their bytes;
	// unicode literals decode runs of non-ASCII bytes as UTF-8.
	encUTF8
	// encCodec: any other declared encoding. The tokenizer reads the source transcoded to
	// UTF-8; str literals are encoded back to the declared encoding and unicode literals
	// decode from UTF-8.
	encCodec
)

// prepared is a source ready for the tokenizer.
type prepared struct {
	text      []byte
	enc       litEncoding
	codec     *codec // for encCodec
	lineCheck func(line []byte, lineno int) string
	declLine  int // the line holding the coding declaration, 0 if none
	// tokEncoding is CPython's tok->encoding: the encoding from a BOM or a declaration,
	// into which error texts are converted back ("" when there is none).
	tokEncoding string
	// lastLineReadsEOF: reading the file's last line already notices the end of the file
	// (see tokenizer.lastLineReadsEOF).
	lastLineReadsEOF bool
}

// prepError is an error found before tokenizing: it becomes a SyntaxError with no text
// and offset 0 (CPython's E_DECODE), or with offset None for the ast.c-level check.
type prepError struct {
	msg      string
	lineno   int
	noOffset bool
}

// prepareSource turns src into tokenizer input for the given mode. appendNewline is
// CPython's exec_input: a string compiled in exec mode gets a final newline.
func prepareSource(src []byte, filename string, mode inputMode, appendNewline, sourceIsUTF8 bool) (*prepared, *prepError) {
	if mode == fileInput {
		return prepareFile(src, filename)
	}
	return prepareString(src, mode, appendNewline, sourceIsUTF8)
}

const bom = "\xef\xbb\xbf"

func prepareFile(src []byte, filename string) (*prepared, *prepError) {
	hasBOM := strings.HasPrefix(string(src), bom)
	if hasBOM {
		src = src[len(bom):]
	}
	text := fileLines(src)
	p := &prepared{text: text}
	if n := len(src); n == 0 || src[n-1] != '\n' {
		// No final newline, or a lone \r, which CPython's reader looks past.
		p.lastLineReadsEOF = true
	}
	if hasBOM {
		p.enc = encUTF8
		p.tokEncoding = "utf-8"
	}
	name, declLine := findCodingSpec(text, false)
	if name != "" && declLine == 2 && !hasBOM {
		// CPython reads (and checks) line 1 before it sees a declaration on line 2.
		if msg := asciiLineCheck(filename, 0)(text[:lineOffset(text, 1)], 1); msg != "" {
			return nil, &prepError{msg: msg, lineno: 1}
		}
	}
	if name != "" {
		p.declLine = declLine
		p.tokEncoding = name
		if hasBOM {
			if name != "utf-8" {
				return nil, &prepError{msg: "encoding problem: " + name + " with BOM", lineno: declLine}
			}
		} else {
			switch name {
			case "utf-8":
				p.enc = encUTF8
			case "iso-8859-1":
				p.enc = encLatin1
			default:
				cd := lookupCodec(name)
				if cd == nil {
					return nil, &prepError{msg: "encoding problem: " + name, lineno: declLine}
				}
				p.enc = encCodec
				p.codec = cd
				// Lines up to the declaration were read raw; the codec's reader reads the
				// rest, which ends lines only at \n (\r\n too), keeps a lone \r as a
				// character, and sees the end of the file before reading past it.
				split := lineOffset(text, declLine)
				head, errs := text[:split], map[int]string{}
				rest := src[rawLinesOffset(src, declLine):]
				body := cd.toUTF8(codecLines(rest), declLine+1, errs)
				p.text = append(head[:len(head):len(head)], body...)
				p.lastLineReadsEOF = true
				if len(errs) > 0 {
					p.lineCheck = func(_ []byte, lineno int) string { return errs[lineno] }
				}
			}
		}
	}
	if !hasBOM && p.declLine != 1 {
		// The default source encoding is ASCII. CPython checks each line as it reads it,
		// so a line before a declaration on line 2 is checked too.
		ascii := asciiLineCheck(filename, p.declLine)
		if codecCheck := p.lineCheck; codecCheck != nil {
			p.lineCheck = func(line []byte, lineno int) string {
				if msg := ascii(line, lineno); msg != "" {
					return msg
				}
				return codecCheck(line, lineno)
			}
		} else {
			p.lineCheck = ascii
		}
	}
	return p, nil
}

// asciiLineCheck returns the check CPython applies to each line of a file that has no
// coding declaration (lines before a declaration on line 2 included).
func asciiLineCheck(filename string, upTo int) func([]byte, int) string {
	return func(line []byte, lineno int) string {
		if upTo > 0 && lineno >= upTo {
			return ""
		}
		for _, b := range line {
			if b >= 0x80 {
				return "Non-ASCII character '\\x" + hex2(b) + "' in file " + filename +
					" on line " + strconv.Itoa(lineno) +
					", but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details"
			}
		}
		return ""
	}
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// fileLines normalises line endings the way CPython's file reading does (\r\n and a lone
// \r both end a line) and reproduces what its fgets-based reader makes of a NUL byte: the
// rest of that line, newline included, is lost, so the next line joins it. A missing final
// newline is left for the tokenizer to add.
func fileLines(src []byte) []byte {
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\r':
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		case 0:
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
			if i < len(src) && src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		default:
			out = append(out, c)
		}
	}
	return out
}

// rawLinesOffset returns the offset in src after its first n lines, lines ending as
// fileLines ends them.
func rawLinesOffset(src []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(src); i++ {
		switch src[i] {
		case '\n':
			n--
		case '\r':
			n--
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
	}
	return i
}

// codecLines normalises line endings as CPython does for text read through a codec:
// \r\n becomes \n, a lone \r stays.
func codecLines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			continue
		}
		out = append(out, src[i])
	}
	return out
}

func prepareString(src []byte, mode inputMode, appendNewline, sourceIsUTF8 bool) (*prepared, *prepError) {
	// The C tokenizer sees a C string: nothing after a NUL byte.
	for i, b := range src {
		if b == 0 {
			src = src[:i]
			break
		}
	}
	// CPython's translate_newlines: \r\n and \r become \n, and an exec-mode string gets a
	// final newline when its last character (after translation) is not one, which a
	// string ending in \r\n is not, by an accident of that loop.
	text := make([]byte, 0, len(src)+1)
	var last byte
	skipNextLF := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if skipNextLF {
			skipNextLF = false
			if c == '\n' {
				i++
				if i == len(src) {
					last = 0
					break
				}
				c = src[i]
			}
		}
		if c == '\r' {
			skipNextLF = true
			c = '\n'
		}
		text = append(text, c)
		last = c
	}
	if appendNewline && last != '\n' || mode == promptInput && len(text) > 0 && text[len(text)-1] != '\n' {
		text = append(text, '\n')
	}
	hasBOM := strings.HasPrefix(string(text), bom)
	if hasBOM {
		text = text[len(bom):]
	}
	p := &prepared{text: text}
	if sourceIsUTF8 {
		p.enc = encUTF8
	} else if hasBOM {
		p.enc = encUTF8
	}
	if hasBOM {
		p.tokEncoding = "utf-8"
	}
	if mode == promptInput {
		// The interactive prompt decodes what is typed with the terminal's encoding and
		// never looks for a coding declaration.
		if sourceIsUTF8 {
			p.tokEncoding = "utf-8"
		}
		return p, nil
	}
	name, declLine := findCodingSpec(text, true)
	if name == "" {
		return p, nil
	}
	p.declLine = declLine
	p.tokEncoding = name
	if hasBOM && name != "utf-8" {
		return nil, &prepError{msg: "encoding problem: " + name + " with BOM"}
	}
	if sourceIsUTF8 {
		return nil, &prepError{msg: "encoding declaration in Unicode string", noOffset: true}
	}
	switch name {
	case "utf-8":
		p.enc = encUTF8
	case "iso-8859-1":
		p.enc = encLatin1
	default:
		cd := lookupCodec(name)
		if cd == nil {
			return nil, &prepError{msg: "unknown encoding: " + name}
		}
		// CPython decodes the whole string at once: positions count from its start.
		if msg := cd.firstError(text); msg != "" {
			return nil, &prepError{msg: msg}
		}
		p.text = cd.toUTF8(text, 1, map[int]string{})
		p.enc = encCodec
		p.codec = cd
	}
	return p, nil
}

// lineOffset returns the offset where line n+1 starts (n lines skipped).
func lineOffset(text []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(text); i++ {
		if text[i] == '\n' {
			n--
		}
	}
	return i
}

// findCodingSpec looks for a PEP 263 declaration on line 1, or on line 2 when line 1 is
// blank or only a comment, and returns the encoding name normalised as CPython does
// (utf-8 and latin-1 spellings become "utf-8" and "iso-8859-1") and its line. A file's
// lines are looked at with their newline; a string's (CPython's decode_str) only when
// they end in one, and without it.
func findCodingSpec(text []byte, isString bool) (string, int) {
	line := func(n int) ([]byte, bool) {
		start, end := lineOffset(text, n-1), lineOffset(text, n)
		if start >= len(text) {
			return nil, false
		}
		l := text[start:end]
		if isString {
			if len(l) == 0 || l[len(l)-1] != '\n' {
				return nil, false
			}
			l = l[:len(l)-1]
		}
		return l, true
	}
	line1, ok := line(1)
	if !ok {
		return "", 0
	}
	if name := codingSpec(line1); name != "" {
		return name, 1
	}
	if !blankOrComment(line1) {
		return "", 0
	}
	if line2, ok := line(2); ok {
		if name := codingSpec(line2); name != "" {
			return name, 2
		}
	}
	return "", 0
}

func blankOrComment(line []byte) bool {
	for _, c := range line {
		switch c {
		case ' ', '\t', '\f':
			continue
		case '#', '\n':
			return true
		}
		return false
	}
	return true
}

// codingSpec finds "coding[:=] name" in a comment-only line, as CPython's get_coding_spec.
func codingSpec(s []byte) string {
	size := len(s)
	i := 0
	for ; i < size-6; i++ {
		if s[i] == '#' {
			break
		}
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' {
			return ""
		}
	}
	for ; i < size-6; i++ {
		if string(s[i:i+6]) != "coding" {
			continue
		}
		t := i + 6
		if t >= size || (s[t] != ':' && s[t] != '=') {
			continue
		}
		t++
		for t < size && (s[t] == ' ' || s[t] == '\t') {
			t++
		}
		begin := t
		for t < size && (isAlpha(int(s[t])) || isDigit(int(s[t])) || s[t] == '-' || s[t] == '_' || s[t] == '.') {
			t++
		}
		if begin < t {
			return normalEncodingName(string(s[begin:t]))
		}
	}
	return ""
}

// normalEncodingName maps the spellings of utf-8 and latin-1 CPython recognises itself
// (looking at the first 12 characters, case-insensitively, with _ as -) to "utf-8" and
// "iso-8859-1"; any other name is returned unchanged.
func normalEncodingName(s string) string {
	b := []byte(s)
	if len(b) > 12 {
		b = b[:12]
	}
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	n := string(b)
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") ||
		strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codec is one of the few source encodings handson can decode besides utf-8 and latin-1.
type codec struct {
	name    string // the name CPython's error messages use for it
	decode  func(b byte) (rune, bool)
	encode  func(r rune) (byte, bool)
	isUTF8  bool // an alias of utf-8 that CPython does not normalise (utf8, u8)
	errText string
}

// lookupCodec finds a codec by a declared name, normalised like Python 2.7's codec
// registry: lower case, each run of characters other than letters, digits and dots one
// '_', none at either end (so "UTF-8-" and "utf--" are both utf_8's alias "utf"); nil if
// handson does not provide it.
func lookupCodec(name string) *codec {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.')
	}) {
		words = append(words, w)
	}
	norm := strings.Join(words, "_")
	if cd := codecByName(norm); cd != nil {
		return cd
	}
	return codecByName(strings.ReplaceAll(norm, ".", "_"))
}

func codecByName(norm string) *codec {
	switch norm {
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "csascii", "ibm367",
		"iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return &codec{
			name:    "ascii",
			decode:  func(c byte) (rune, bool) { return rune(c), c < 0x80 },
			encode:  func(r rune) (byte, bool) { return byte(r), r < 0x80 },
			errText: "ordinal not in range(128)",
		}
	case "utf8", "utf_8", "u8", "utf", "utf8_ucs2", "utf8_ucs4":
		return &codec{name: "utf8", isUTF8: true}
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859",
		"cp819", "csisolatin1", "ibm819", "iso_8859_1_1987", "iso_ir_100":
		return &codec{
			name:   "latin-1",
			decode: func(c byte) (rune, bool) { return rune(c), true },
			encode: func(r rune) (byte, bool) { return byte(r), r < 0x100 },
		}
	case "cp1252", "windows_1252", "1252":
		return &codec{
			name:    "charmap",
			decode:  decodeCP1252,
			encode:  encodeCP1252,
			errText: "character maps to <undefined>",
		}
	case "iso8859_15", "iso_8859_15", "latin9", "latin_9", "l9", "iso_8859_15_1999":
		return &codec{
			name:    "charmap",
			decode:  decodeLatin9,
			encode:  encodeLatin9,
			errText: "character maps to <undefined>",
		}
	}
	return nil
}

// toUTF8 transcodes text, whose first line is line firstLine, into UTF-8. Lines that do not
// decode are recorded in errs with CPython's message and kept as they are.
func (cd *codec) toUTF8(text []byte, firstLine int, errs map[int]string) []byte {
	out := make([]byte, 0, len(text)+len(text)/8)
	line, lineStart := firstLine, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			out = append(out, c)
			line++
			lineStart = i + 1
			continue
		}
		if cd.isUTF8 {
			if c < 0x80 {
				out = append(out, c)
				continue
			}
			r, n := utf8.DecodeRune(text[i:])
			if r == utf8.RuneError && n <= 1 {
				if _, seen := errs[line]; !seen {
					errs[line] = utf8ErrorMessage("utf8", text[lineStart:])
				}
				out = append(out, c)
				continue
			}
			out = append(out, text[i:i+n]...)
			i += n - 1
			continue
		}
		r, ok := cd.decode(c)
		if !ok {
			if _, seen := errs[line]; !seen {
				errs[line] = "'" + cd.name + "' codec can't decode byte 0x" + hex2(c) +
					" in position " + strconv.Itoa(i-lineStart) + ": " + cd.errText
			}
			out = append(out, c)
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// firstError returns the message for the first byte of text the codec cannot decode,
// with its position from the start of text, or "".
func (cd *codec) firstError(text []byte) string {
	if cd.isUTF8 {
		_, msg := decodeUTF8(text, cd.name)
		return msg
	}
	for i, c := range text {
		if _, ok := cd.decode(c); !ok {
			return "'" + cd.name + "' codec can't decode byte 0x" + hex2(c) +
				" in position " + strconv.Itoa(i) + ": " + cd.errText
		}
	}
	return ""
}

// cp1252High lists the characters of bytes 0x80-0x9f in windows-1252 (0 = undefined);
// the other bytes are the latin-1 characters of the same value.
var cp1252High = [32]rune{
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
}

func decodeCP1252(c byte) (rune, bool) {
	if c >= 0x80 && c < 0xa0 {
		r := cp1252High[c-0x80]
		return r, r != 0
	}
	return rune(c), true
}

func encodeCP1252(r rune) (byte, bool) {
	if r < 0x80 || r >= 0xa0 && r < 0x100 {
		return byte(r), true
	}
	for i, h := range cp1252High {
		if h == r && h != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// latin9Diff lists the eight bytes where iso-8859-15 differs from latin-1.
var latin9Diff = [8]struct {
	b byte
	r rune
}{{0xa4, 0x20ac}, {0xa6, 0x0160}, {0xa8, 0x0161}, {0xb4, 0x017d}, {0xb8, 0x017e},
	{0xbc, 0x0152}, {0xbd, 0x0153}, {0xbe, 0x0178}}

func decodeLatin9(c byte) (rune, bool) {
	for _, d := range latin9Diff {
		if d.b == c {
			return d.r, true
		}
	}
	return rune(c), true
}

func encodeLatin9(r rune) (byte, bool) {
	for _, d := range latin9Diff {
		if d.r == r {
			return d.b, true
		}
		if rune(d.b) == r {
			return 0, false
		}
	}
	return byte(r), r < 0x100
}
