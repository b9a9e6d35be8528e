// This file defines display width (the terminal columns a rune or a string takes) and
// word wrapping of styled text: runs of text with their attrs are cut into words, laid
// out on lines of a given width, and each line is written with one escape sequence per
// stretch of equally styled text.

package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// RuneWidth is how many columns a terminal gives r: 0 for combining marks, format
// characters and controls, 2 for East Asian wide and fullwidth characters and emoji, 1
// for the rest. The presenter measures the lines it fits to the screen with it too.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f:
		return 0
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case isWide(r):
		return 2
	}
	return 1
}

// isWide says whether r is East Asian Wide (W) or Fullwidth (F) in Unicode's
// EastAsianWidth.txt, or an emoji that terminals draw two columns wide.
func isWide(r rune) bool {
	wideRanges := [...][2]rune{ // in order, for the binary search below
		{0x1100, 0x115f},   // Hangul Jamo initial consonants
		{0x231a, 0x231b},   // watch, hourglass
		{0x2329, 0x232a},   // angle brackets
		{0x23e9, 0x23ec},   // media controls
		{0x23f0, 0x23f0},   // alarm clock
		{0x23f3, 0x23f3},   // hourglass with flowing sand
		{0x25fd, 0x25fe},   // small squares
		{0x2614, 0x2615},   // umbrella, hot beverage
		{0x2648, 0x2653},   // zodiac
		{0x267f, 0x267f},   // wheelchair
		{0x2693, 0x2693},   // anchor
		{0x26a1, 0x26a1},   // high voltage
		{0x26aa, 0x26ab},   // circles
		{0x26bd, 0x26be},   // balls
		{0x26c4, 0x26c5},   // snowman, sun behind cloud
		{0x26ce, 0x26ce},   // Ophiuchus
		{0x26d4, 0x26d4},   // no entry
		{0x26ea, 0x26ea},   // church
		{0x26f2, 0x26f3},   // fountain, golf
		{0x26f5, 0x26f5},   // sailboat
		{0x26fa, 0x26fa},   // tent
		{0x26fd, 0x26fd},   // fuel pump
		{0x2705, 0x2705},   // check mark button
		{0x270a, 0x270b},   // fists
		{0x2728, 0x2728},   // sparkles
		{0x274c, 0x274c},   // cross mark
		{0x274e, 0x274e},   // cross mark button
		{0x2753, 0x2755},   // question and exclamation marks
		{0x2757, 0x2757},   // exclamation mark
		{0x2795, 0x2797},   // plus, minus, divide
		{0x27b0, 0x27b0},   // curly loop
		{0x27bf, 0x27bf},   // double curly loop
		{0x2b1b, 0x2b1c},   // large squares
		{0x2b50, 0x2b50},   // star
		{0x2b55, 0x2b55},   // circle
		{0x2e80, 0x303e},   // CJK radicals, Kangxi, ideographic description, CJK symbols
		{0x3041, 0x33ff},   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
		{0x3400, 0x4dbf},   // CJK extension A
		{0x4e00, 0x9fff},   // CJK unified ideographs
		{0xa000, 0xa4cf},   // Yi
		{0xa960, 0xa97f},   // Hangul Jamo extended A
		{0xac00, 0xd7a3},   // Hangul syllables
		{0xf900, 0xfaff},   // CJK compatibility ideographs
		{0xfe10, 0xfe19},   // vertical forms
		{0xfe30, 0xfe6f},   // CJK compatibility forms, small form variants
		{0xff00, 0xff60},   // fullwidth forms
		{0xffe0, 0xffe6},   // fullwidth signs
		{0x16fe0, 0x18cff}, // Tangut and friends
		{0x1b000, 0x1b2ff}, // Kana supplement and extensions, Nushu
		{0x1f004, 0x1f004}, // mahjong tile
		{0x1f0cf, 0x1f0cf}, // joker
		{0x1f18e, 0x1f18e}, // AB button
		{0x1f191, 0x1f19a}, // squared words
		{0x1f200, 0x1f2ff}, // enclosed ideographic supplement
		{0x1f300, 0x1f64f}, // pictographs, emoticons
		{0x1f680, 0x1f6ff}, // transport and map symbols
		{0x1f7e0, 0x1f7eb}, // coloured circles and squares
		{0x1f90c, 0x1f9ff}, // supplemental symbols and pictographs
		{0x1fa70, 0x1faff}, // symbols and pictographs extended A
		{0x20000, 0x2fffd}, // CJK extensions B to F
		{0x30000, 0x3fffd}, // CJK extension G and after
	}
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case r < wideRanges[mid][0]:
			hi = mid
		case r > wideRanges[mid][1]:
			lo = mid + 1
		default:
			return true
		}
	}
	return false
}

// displayWidth is how many columns s takes on a terminal. Escape sequences (CSI, such as
// colours, and OSC) take none.
func displayWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i += escapeLen(s[i:])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		w += RuneWidth(r)
		i += size
	}
	return w
}

// escapeLen is the length of the escape sequence at the start of s (which starts with
// ESC): a CSI sequence up to its final byte, an OSC sequence up to BEL or ESC \, or ESC
// and one more byte.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	return 2
}

// run is a stretch of inline text drawn with the same attrs, as the inline walk makes
// them.
type run struct {
	text string
	at   attrs
	// whole says text is laid out as one unit with the word it touches (a code span,
	// its padding or backquotes included, and the punctuation written against it): its
	// spaces neither break the line nor collapse. Only a word wider than a line is cut,
	// at the spaces inside such text (not at its ends), else anywhere.
	whole bool
	// brk is a hard line break (text is empty).
	brk bool
}

// piece is text of one line drawn with the same attrs.
type piece struct {
	text string
	at   attrs
	// soft marks the spaces inside whole text, where a word wider than a line may be
	// cut; such a piece never merges with its neighbours, so that the word can be cut
	// there.
	soft bool
}

// word is what wrapping never cuts unless it is wider than the line: text without
// breaking spaces, perhaps in several attrs ("**bold**," is one word, and so is
// "`a = b`),").
type word struct {
	pieces []piece
	width  int
	gap    *piece // the space before the word; nil at the start of a paragraph or line
	brk    bool   // a hard line break instead of a word
}

// words cuts runs into words. Runs of breaking spaces collapse into one gap, drawn in
// the attrs of the first; spaces at the start and after a hard break are dropped.
func words(runs []run) []word {
	var out []word
	var cur *word
	var gap *piece
	start := func() {
		if cur == nil {
			cur = &word{gap: gap}
			gap = nil
		}
	}
	for _, r := range runs {
		switch {
		case r.brk:
			if cur != nil {
				out = append(out, *cur)
			}
			out = append(out, word{brk: true})
			cur, gap = nil, nil
		case r.whole:
			if r.text != "" {
				start()
				cur.addWhole(r.text, r.at)
			}
		default:
			for _, c := range r.text {
				if c == ' ' || c == '\t' || c == '\n' {
					if cur != nil {
						out = append(out, *cur)
						cur = nil
						gap = &piece{text: " ", at: r.at}
					}
					continue
				}
				start()
				cur.add(string(c), r.at)
			}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// add appends text drawn with at to the word.
func (w *word) add(text string, at attrs) {
	if text == "" {
		return
	}
	w.width += displayWidth(text)
	if n := len(w.pieces); n > 0 && w.pieces[n-1].at == at && !w.pieces[n-1].soft {
		w.pieces[n-1].text += text
		return
	}
	w.pieces = append(w.pieces, piece{text: text, at: at})
}

// addWhole appends whole text to the word: each stretch of spaces with text on both
// sides of it becomes a soft piece of its own.
func (w *word) addWhole(text string, at attrs) {
	body := strings.TrimLeft(text, " ")
	lead := text[:len(text)-len(body)]
	body = strings.TrimRight(body, " ")
	trail := text[len(lead)+len(body):]
	w.add(lead, at)
	for {
		i := strings.IndexByte(body, ' ')
		if i < 0 {
			w.add(body, at)
			break
		}
		w.add(body[:i], at)
		rest := strings.TrimLeft(body[i:], " ")
		spaces := body[i : len(body)-len(rest)]
		w.width += len(spaces)
		w.pieces = append(w.pieces, piece{text: spaces, at: at, soft: true})
		body = rest
	}
	w.add(trail, at)
}

// parts cuts the word at its soft pieces: each soft piece becomes the gap before the
// part after it, which keeps the spaces when the parts share a line.
func (w word) parts() []word {
	out := []word{{gap: w.gap}}
	for _, p := range w.pieces {
		if p.soft {
			out = append(out, word{gap: &piece{text: p.text, at: p.at}})
			continue
		}
		out[len(out)-1].add(p.text, p.at)
	}
	return out
}

// soft says whether the word has a soft piece, a place to cut it at.
func (w word) soft() bool {
	for _, p := range w.pieces {
		if p.soft {
			return true
		}
	}
	return false
}

// wrap lays words out on lines: the first line is first columns wide, the others rest
// columns. A word that does not fit at the end of a line goes whole to the next one; a
// word wider than a line is cut at its soft pieces, its parts laid out as words, and a
// part still wider than a line is cut between runes. No line passes its width unless a
// single rune is wider than it.
func wrap(ws []word, first, rest int) [][]piece {
	l := &lineBreaker{first: first, rest: rest}
	for _, w := range ws {
		l.place(w)
	}
	if l.cur != nil || len(l.lines) == 0 {
		l.lines = append(l.lines, l.cur)
	}
	return l.lines
}

// lineBreaker is the state of wrap: the lines done, and the line being filled.
type lineBreaker struct {
	first, rest int
	lines       [][]piece
	cur         []piece
	cw          int // the width of cur
}

// limit is the width of the line being filled.
func (l *lineBreaker) limit() int {
	if len(l.lines) == 0 {
		return l.first
	}
	return l.rest
}

// newLine ends the line being filled.
func (l *lineBreaker) newLine() {
	l.lines = append(l.lines, l.cur)
	l.cur, l.cw = nil, 0
}

// place lays one word out: after the line's last word when it fits there, else at the
// start of a line of its own, cut when it is wider than that line.
func (l *lineBreaker) place(w word) {
	if w.brk {
		l.newLine()
		return
	}
	if l.cw > 0 && w.gap != nil {
		if gw := displayWidth(w.gap.text); l.cw+gw+w.width <= l.limit() {
			l.cur = append(l.cur, *w.gap)
			l.cur = append(l.cur, w.pieces...)
			l.cw += gw + w.width
			return
		}
	}
	own := l.limit() // the width of the line the word would start
	if l.cw > 0 {
		own = l.rest
	}
	if w.width > own && w.soft() {
		for _, p := range w.parts() {
			l.place(p)
		}
		return
	}
	if l.cw > 0 {
		l.newLine()
	}
	pieces := w.pieces
	for displayWidthOf(pieces) > l.limit() {
		head, tail := cutPieces(pieces, l.limit())
		l.cur = head
		l.newLine()
		pieces = tail
		if strings.TrimSpace(plainPieces(tail)) == "" {
			pieces = nil // only the padding of a code span was left over
		}
	}
	if pieces == nil {
		return
	}
	l.cur = append(l.cur, pieces...)
	l.cw = displayWidthOf(pieces)
}

// plainPieces is the text of pieces without their attrs.
func plainPieces(ps []piece) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString(p.text)
	}
	return sb.String()
}

// displayWidthOf is the width of a line of pieces.
func displayWidthOf(ps []piece) int {
	w := 0
	for _, p := range ps {
		w += displayWidth(p.text)
	}
	return w
}

// cutPieces splits ps after at most width columns; the head holds at least one rune, so
// that cutting always moves on, and keeps the combining marks after its last rune.
func cutPieces(ps []piece, width int) (head, tail []piece) {
	w := 0
	for i, p := range ps {
		for j, r := range p.text {
			rw := RuneWidth(r)
			if rw > 0 && w > 0 && w+rw > width {
				if j > 0 {
					head = append(head, piece{text: p.text[:j], at: p.at})
				}
				tail = append([]piece{{text: p.text[j:], at: p.at}}, ps[i+1:]...)
				return head, tail
			}
			w += rw
		}
		head = append(head, p)
	}
	return head, nil
}

// emit writes a line of pieces: pieces with equal attrs merge, and each styled stretch
// is one escape sequence, its text and a reset.
func emit(ps []piece) string {
	var sb strings.Builder
	for i := 0; i < len(ps); {
		at, text := ps[i].at, ps[i].text
		j := i + 1
		for ; j < len(ps) && ps[j].at == at; j++ {
			text += ps[j].text
		}
		sb.WriteString(paint(at, text))
		i = j
	}
	return sb.String()
}

// emitPadded writes a line of pieces padded with plain spaces to width columns, the
// padding placed by align: 'l' (after), 'r' (before) or 'c' (both sides).
func emitPadded(ps []piece, width int, align byte) string {
	pad := max(0, width-displayWidthOf(ps))
	text := emit(ps)
	switch align {
	case 'r':
		return strings.Repeat(" ", pad) + text
	case 'c':
		return strings.Repeat(" ", pad/2) + text + strings.Repeat(" ", pad-pad/2)
	}
	return text + strings.Repeat(" ", pad)
}
