package render

import (
	"fmt"
	"strings"
	"testing"
)

func TestDisplayWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"café", 4},
		{"cafe\u0301", 4},                 // e and a combining acute accent
		{"日本語", 6},                        // CJK ideographs are wide
		{"ｈｉ", 4},                         // fullwidth forms
		{"한국", 4},                         // Hangul syllables
		{"🐍 snake", 8},                    // an emoji is wide
		{"a\u200bb", 2},                   // a zero-width space is a format character
		{"\x1b[1;38;5;39mbold\x1b[0m", 4}, // escapes take no columns
		{"\x1b]11;?\x07x", 1},             // nor do OSC sequences
		{"• ◦ ▪ │ ─", 9},                  // the renderer's own marks are narrow
	} {
		if got := displayWidth(tc.s); got != tc.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		r    rune
		want int
	}{{'a', 1}, {'\u0301', 0}, {0xac00, 2}, {0x2600, 1}, {0x2614, 2}, {0xff61, 1}, {'\u20dd', 0}, {'中', 2}, {'\u3000', 2}, {'\t', 0}, {'é', 1}, {0x1f600, 2}, {0x20000, 2}} {
		if got := RuneWidth(tc.r); got != tc.want {
			t.Errorf("RuneWidth(%U) = %d, want %d", tc.r, got, tc.want)
		}
	}
}

// checkLine fails when a line is wider than width, or when its escape sequences are
// broken: each must be a whole SGR sequence, and the last must be a reset, so that
// nothing leaks into the next line.
func checkLine(t *testing.T, what, line string, width int) {
	t.Helper()
	if w := displayWidth(line); w > width {
		t.Errorf("%s: %d columns, more than %d: %q", what, w, width, line)
	}
	for i := 0; i < len(line); i++ {
		if line[i] != 0x1b {
			continue
		}
		j := i + 1
		if j >= len(line) || line[j] != '[' {
			t.Errorf("%s: an escape that is no CSI sequence at %d: %q", what, i, line)
			return
		}
		for j++; j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ';'); j++ {
		}
		if j >= len(line) || line[j] != 'm' {
			t.Errorf("%s: a split escape sequence at %d: %q", what, i, line)
			return
		}
		i = j
	}
	if last := strings.LastIndex(line, "\x1b["); last >= 0 && !strings.HasPrefix(line[last:], sgrReset) {
		t.Errorf("%s: a line whose attributes are not reset at its end: %q", what, line)
	}
}

func TestWrapNeverPassesTheWidth(t *testing.T) {
	bold := attrs{bold: true, fg: c256(39)}
	code := attrs{fg: c256(203), bg: c256(236)}
	inputs := map[string][]run{
		"words":      {{text: "the quick brown fox jumps over the lazy dog and keeps on running far away"}},
		"long word":  {{text: "see https://example.org/a/very/long/path/that/cannot/break/at/spaces/at/all ok"}},
		"styled":     {{text: "plain then "}, {text: "bold words that run on and on", at: bold}, {text: ", then plain again until the end"}},
		"code span":  {{text: "call "}, {text: " contextlib.closing(gen) ", at: code, whole: true}, {text: " in a with block"}},
		"long code":  {{text: "run "}, {text: " python -m handson  --style dark lesson gc ", at: code, whole: true}, {text: "), then stop"}},
		"wide":       {{text: "日本語のテキストは空白なしで続きます。日本語のテキストは空白なしで続きます。"}},
		"combining":  {{text: strings.Repeat("cafe\u0301 ", 20)}},
		"styled cut": {{text: strings.Repeat("x", 50), at: bold}},
		"hard break": {{text: "first line"}, {brk: true}, {text: "second line, which is long enough to wrap somewhere"}},
	}
	for name, runs := range inputs {
		for _, width := range []int{2, 5, 9, 20, 36} { // 2: a wide rune fits
			lines := wrap(words(runs), width, width)
			var got []string
			for _, l := range lines {
				line := emit(l)
				checkLine(t, fmt.Sprintf("%s at %d", name, width), line, width)
				got = append(got, stripANSI(line))
			}
			// Nothing is lost: the text is all there, in order, whatever the breaks.
			if squeeze(strings.Join(got, "")) != squeeze(plainText(runs)) {
				t.Errorf("%s at %d: text changed:\n%q\n%q", name, width, strings.Join(got, "|"), plainText(runs))
			}
		}
	}
	// Words stay whole when they fit, and a hard break is kept.
	lines := wrap(words(inputs["hard break"]), 20, 20)
	if len(lines) < 3 || stripANSI(emit(lines[0])) != "first line" {
		t.Errorf("hard break: %v", lines)
	}
	for _, l := range wrap(words(inputs["words"]), 12, 12) {
		for _, w := range strings.Fields(stripANSI(emit(l))) {
			if !strings.Contains(plainText(inputs["words"]), " "+w+" ") && !strings.HasPrefix(plainText(inputs["words"]), w+" ") && !strings.HasSuffix(plainText(inputs["words"]), " "+w) {
				t.Errorf("a word was cut: %q", w)
			}
		}
	}
	// The padding of a code span stays with it: no line starts or ends inside it
	// with a bare space.
	for _, l := range wrap(words(inputs["code span"]), 24, 24) {
		s := stripANSI(emit(l))
		if strings.HasPrefix(s, "  ") {
			t.Errorf("code span padding became a break: %q", s)
		}
	}
}

// squeeze drops whitespace, which wrapping may add (line ends) or remove (gaps).
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

func TestEmitMergesRuns(t *testing.T) {
	a := attrs{fg: c256(252)}
	b := attrs{bold: true, fg: c256(252)}
	got := emit([]piece{{text: "one ", at: a}, {text: "two", at: a}, {text: " three", at: b}, {text: " four"}})
	want := "\x1b[38;5;252mone two\x1b[0m\x1b[1;38;5;252m three\x1b[0m four"
	if got != want {
		t.Errorf("emit = %q, want %q", got, want)
	}
	if got := emitPadded([]piece{{text: "ab"}}, 6, 'r'); got != "    ab" {
		t.Errorf("right-aligned %q", got)
	}
	if got := emitPadded([]piece{{text: "ab"}}, 7, 'c'); got != "  ab   " {
		t.Errorf("centred %q", got)
	}
}

// TestWrapWholeText: whole text (a code span) goes to the next line whole, with what is
// written against it; only when the word it is part of is wider than a line is it cut,
// at the spaces inside it, which stay as written when its parts share a line and never
// end a line.
func TestWrapWholeText(t *testing.T) {
	code := func(s string) run { return run{text: s, whole: true} }
	for _, tc := range []struct {
		name  string
		runs  []run
		width int
		want  string // the lines, joined with |
	}{
		{"moves whole", []run{{text: "ab "}, code("`c d`"), {text: " e"}}, 6, "ab|`c d`|e"},
		{"fits after text", []run{{text: "ab "}, code("`c d`"), {text: " e"}}, 8, "ab `c d`|e"},
		{"glued on both sides", []run{{text: "see x("}, code("`a b`"), {text: "), y"}}, 10, "see|x(`a b`),|y"},
		{"padding glued", []run{{text: "ab "}, code(" c d "), {text: "."}}, 7, "ab| c d ."},
		{"cut at its spaces", []run{{text: "x("}, code("`a b`"), {text: "),"}}, 6, "x(`a|b`),"},
		{"double spaces end no line", []run{code("`aaa  bbb`")}, 6, "`aaa|bbb`"},
		{"parts keep their spaces", []run{code("`a  b ccccccc`")}, 8, "`a  b|ccccccc`"},
		{"parts flow after text", []run{{text: "see "}, code("`one two three`")}, 10, "see `one|two three`"},
		{"a part wider than a line", []run{code("`a bcdefgh`")}, 4, "`a|bcde|fgh`"},
		{"no spaces, cut anywhere", []run{{text: "a "}, code("`bcdefgh`")}, 4, "a|`bcd|efgh|`"},
		{"only spaces", []run{code("`  `")}, 3, "`|`"},
		{"a heading's marks", []run{code("## "), {text: "Title words"}}, 9, "## Title|words"},
	} {
		var got []string
		for _, l := range wrap(words(tc.runs), tc.width, tc.width) {
			got = append(got, emit(l))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s at %d: %q, want %q", tc.name, tc.width, strings.Join(got, "|"), tc.want)
		}
	}

	// A table column may be narrowed down to the widest part of a code span, not the
	// whole span, since the span can be cut at its spaces.
	c := newCell([]run{{text: "a "}, code("`aaa bb`"), {text: ","}})
	if c.natural != 11 || c.longest != 4 {
		t.Errorf("cell with a code span: natural %d, longest %d; want 11 and 4", c.natural, c.longest)
	}
}
