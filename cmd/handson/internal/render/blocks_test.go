package render

import (
	"strings"
	"testing"
)

// lines renders md and returns its lines as the terminal shows them, without the
// blank lines styled output has at its ends.
func lines(t *testing.T, md, style string, width int) []string {
	t.Helper()
	return strings.Split(strings.Trim(stripANSI(render(t, md, style, width)), "\n"), "\n")
}

func TestHeadings(t *testing.T) {
	md := "# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\nSetext\n======\n\ntext\n"
	plain := lines(t, md, StylePlain, 80)
	want := []string{"  # One", "", "  ## Two", "", "  ### Three", "", "  #### Four", "", "  ##### Five", "", "  ###### Six", "", "  # Setext", "", "  text"}
	if strings.Join(plain, "\n") != strings.Join(want, "\n") {
		t.Errorf("plain headings:\n%s\nwant\n%s", strings.Join(plain, "\n"), strings.Join(want, "\n"))
	}
	dark := render(t, md, StyleDark, 80)
	for _, want := range []string{
		"  \x1b[1;38;5;228;48;5;63m One \x1b[0m\n", // a band, no # marks
		"  \x1b[1;38;5;39m## Two\x1b[0m\n",
		"  \x1b[1;38;5;39m###### Six\x1b[0m\n",
	} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark headings lack %q:\n%q", want, dark)
		}
	}
	// A long heading wraps under its own text.
	long := lines(t, "## "+strings.Repeat("word ", 20), StylePlain, 40)
	if len(long) < 2 || !strings.HasPrefix(long[1], "     word") {
		t.Errorf("long heading:\n%s", strings.Join(long, "\n"))
	}
	// Inline markup inside a heading: code keeps its backquotes in plain.
	if got := lines(t, "## `__del__` and *you*", StylePlain, 80)[0]; got != "  ## `__del__` and you" {
		t.Errorf("heading with markup: %q", got)
	}
}

func TestLists(t *testing.T) {
	md := "- one\n  continued on a second source line\n- two\n  - nested a\n  - nested b\n    - deeper\n- three\n"
	got := lines(t, md, StylePlain, 80)
	want := []string{
		"  • one continued on a second source line",
		"  • two",
		"    ◦ nested a",
		"    ◦ nested b",
		"      ▪ deeper",
		"  • three",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tight nested list:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var ordered strings.Builder
	for i := 1; i <= 11; i++ {
		ordered.WriteString("1. item\n")
	}
	got = lines(t, ordered.String(), StylePlain, 80)
	if len(got) != 11 || got[0] != "   1. item" || got[8] != "   9. item" || got[9] != "  10. item" || got[10] != "  11. item" {
		t.Errorf("ordered list past 9, numbers right-aligned:\n%s", strings.Join(got, "\n"))
	}
	if got := lines(t, "7. seven\n8. eight\n", StylePlain, 80); got[0] != "  7. seven" || got[1] != "  8. eight" {
		t.Errorf("ordered list from 7:\n%s", strings.Join(got, "\n"))
	}

	// Continuation lines of a wrapped item sit under the item's text.
	long := "- " + strings.Repeat("wrapping words ", 8) + "\n10. x\n"
	got = lines(t, long, StylePlain, 40)
	if len(got) < 3 || !strings.HasPrefix(got[1], "    wrapping") {
		t.Errorf("wrapped item:\n%s", strings.Join(got, "\n"))
	}
	for _, l := range got {
		checkLine(t, "wrapped item", l, 40)
	}

	// A loose list has blank lines between its items; a paragraph in an item after the
	// first is indented under the text.
	loose := "- first\n\n  second paragraph\n- other\n"
	got = lines(t, loose, StylePlain, 80)
	want = []string{"  • first", "", "    second paragraph", "", "  • other"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("loose list:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Code in an item is indented under the item's text, two further in.
	got = lines(t, "- run it:\n\n  ```sh\n  handson run x.py\n  ```\n", StylePlain, 80)
	if len(got) != 3 || got[2] != "      handson run x.py" {
		t.Errorf("code in an item:\n%q", got)
	}

	dark := render(t, md, StyleDark, 80)
	if !strings.Contains(dark, "\x1b[38;5;244m•\x1b[0m \x1b[38;5;252mone continued") {
		t.Errorf("dark bullets:\n%q", dark)
	}
}

// lessonTable is the widest table of the lessons, plus a column aligned right.
const lessonTable = "| when it dies | what runs | n |\n|---|:---:|---:|\n" +
	"| an object whose class defines `__del__` | `__del__` (at most once, in PyPy) | 1 |\n" +
	"| a `file` | its buffer is written out and the descriptor is closed | 22 |\n" +
	"| a generator paused inside `try` or `with` | `close()`: its `finally` and `__exit__` run | 333 |\n"

func TestTableWiderThanTheWidth(t *testing.T) {
	for _, style := range []string{StylePlain, StyleDark} {
		for _, width := range []int{40, 60, 80, 100} {
			out := render(t, lessonTable, style, width)
			for _, l := range strings.Split(out, "\n") {
				checkLine(t, style, l, width)
			}
			got := stripANSI(out)
			for _, w := range strings.Fields(strings.NewReplacer("|", " ", "│", " ", "`", " ").Replace(lessonTable)) {
				if strings.Trim(w, "-:") == "" {
					continue
				}
				if !strings.Contains(got, w) && !strings.Contains(squeeze(got), w) {
					t.Errorf("%s at %d: %q is lost:\n%s", style, width, w, got)
				}
			}
			rows := strings.Split(strings.Trim(got, "\n"), "\n")
			bar := " | "
			if style != StylePlain {
				bar = " │ "
			}
			// Every row has its bars at the same columns, and the header rule crosses
			// them there.
			cols := barColumns(rows[0], bar)
			for _, r := range rows {
				if strings.Contains(r, "-|-") || strings.Contains(r, "─┼─") {
					continue
				}
				if got := barColumns(r, bar); len(got) != 2 || got[0] != cols[0] || got[1] != cols[1] {
					t.Errorf("%s at %d: bars at %v, not %v, in %q", style, width, got, cols, r)
				}
			}
			// The last column is right-aligned: 1, 22 and 333 end at the same column.
			ends := map[int]bool{}
			for _, r := range rows {
				for _, n := range []string{" 1", " 22", " 333"} {
					if strings.HasSuffix(r, n) {
						ends[displayWidth(r)] = true
					}
				}
			}
			if len(ends) != 1 {
				t.Errorf("%s at %d: right-aligned column ends at %v", style, width, ends)
			}
		}
	}
	// A table that fits takes one line per row, its columns as wide as their widest
	// cells; the centred column's header is centred.
	small := "| a | b |\n|---|:-:|\n| one | two three |\n"
	if got := strings.Join(lines(t, small, StylePlain, 80), "\n"); got != "  a   |     b\n  ----|----------\n  one | two three" {
		t.Errorf("small table:\n%s", got)
	}
}

// barColumns is where the column bars of a table line are, in display columns.
func barColumns(line, bar string) []int {
	var cols []int
	rest, col := line+" ", 0 // the last bar's space was trimmed with the line's end
	for {
		i := strings.Index(rest, bar)
		if i < 0 {
			return cols
		}
		col += displayWidth(rest[:i])
		cols = append(cols, col)
		col += displayWidth(bar)
		rest = rest[i+len(bar):]
	}
}

func TestCodeBlocks(t *testing.T) {
	py := "```python\ndef foo():\n    f = open('bar.txt', 'w')  # a comment\n    return 0x1F, \"s\", u'x'\n```\n"
	plain := render(t, py, StylePlain, 80)
	if want := "    def foo():\n        f = open('bar.txt', 'w')  # a comment\n        return 0x1F, \"s\", u'x'\n"; plain != want {
		t.Errorf("plain python:\n%q\nwant\n%q", plain, want)
	}
	dark := render(t, py, StyleDark, 80)
	for _, want := range []string{
		"\x1b[38;5;39mdef\x1b[0m",           // keyword
		"\x1b[38;5;42mfoo\x1b[0m",           // the name def defines
		"\x1b[38;5;212mopen\x1b[0m",         // builtin
		"\x1b[38;5;173m'bar.txt'\x1b[0m",    // string
		"\x1b[38;5;242m# a comment\x1b[0m",  // comment
		"\x1b[38;5;85m0x1F\x1b[0m",          // number
		"\x1b[38;5;173mu'x'\x1b[0m",         // a string with its prefix
		"\x1b[38;5;39mreturn\x1b[0m",        // keyword
		"    \x1b[38;5;39mdef\x1b[0m",       // indented by the margin plus 2
		"\x1b[38;5;251m    f = \x1b[0m",     // the rest in the code colour
		"\x1b[38;5;173m\"s\"\x1b[0m",        // double quotes
		"\x1b[38;5;251m, \x1b[0m\x1b[38;5;", // punctuation between literals
	} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark python lacks %q:\n%q", want, dark)
		}
	}
	if stripANSI(dark) != "\n"+plain+"\n" {
		t.Errorf("dark python shows other text than plain:\n%q\n%q", stripANSI(dark), plain)
	}
	// A block the scanner cannot read falls back to the plain code colour.
	bad := render(t, "```python\nprint 'unterminated\n```\n", StyleDark, 80)
	if !strings.Contains(bad, "\x1b[38;5;251mprint 'unterminated\x1b[0m") {
		t.Errorf("unscannable python:\n%q", bad)
	}
	// The deck's fences: a program is highlighted when it parses, an excerpt of
	// command output is not, a demo is a shell command.
	if got := render(t, "```program gc0\nimport os\n```\n", StyleDark, 80); !strings.Contains(got, "\x1b[38;5;39mimport\x1b[0m") {
		t.Errorf("program block not highlighted:\n%q", got)
	}
	excerpt := "```excerpt handson dis count.py\n 17          12 SETUP_LOOP              59 (to 74)\n```\n"
	if got := render(t, excerpt, StyleDark, 80); strings.Count(got, "\x1b[38;5;") != 1 {
		t.Errorf("excerpt highlighted as python:\n%q", got)
	}
	sh := render(t, "```sh\nhandson run x.py  # runs it\nexport A='#no'\n```\n", StyleDark, 80)
	if !strings.Contains(sh, "\x1b[38;5;251mhandson run x.py  \x1b[0m\x1b[38;5;242m# runs it\x1b[0m") || !strings.Contains(sh, "\x1b[38;5;251mexport A='#no'\x1b[0m") {
		t.Errorf("shell block:\n%q", sh)
	}
	// Fence names are read without regard to case, as for python and sh.
	for _, fence := range []string{"demo", "Demo"} {
		if got := render(t, "```"+fence+"\nhandson demo gc0.py # left and right\n```\n", StyleDark, 80); !strings.Contains(got, "\x1b[38;5;242m# left and right") {
			t.Errorf("%s block not read as shell:\n%q", fence, got)
		}
	}
	other := render(t, "```go\nfunc main() {}\n```\n", StyleDark, 80)
	if !strings.Contains(other, "    \x1b[38;5;251mfunc main() {}\x1b[0m") {
		t.Errorf("other language:\n%q", other)
	}

	// A long code line is kept whole, past the width; an indented block too.
	long := "x = '" + strings.Repeat("y", 120) + "'"
	for _, style := range []string{StylePlain, StyleDark, StyleLight} {
		for _, md := range []string{"```python\n" + long + "\n```\n", "    " + long + "\n"} {
			if got := lines(t, md, style, 40); len(got) != 1 || strings.TrimSpace(got[0]) != long {
				t.Errorf("%s: long code line cut:\n%q", style, got)
			}
		}
	}
	// Tabs go to the next multiple of 8, blank lines inside a block stay.
	if got := lines(t, "```\na\tb\n\n\tc\n```\n", StylePlain, 80); strings.Join(got, "|") != "    a       b||            c" {
		t.Errorf("tabs and blank lines: %q", got)
	}
}

func TestLinksAndQuotes(t *testing.T) {
	md := "See [the docs](https://pypy.org/docs) and <https://example.org>, or [https://same.org](https://same.org).\n\n" +
		"> A quote that goes on long enough to wrap at forty columns, surely.\n>\n> Second paragraph.\n\n" +
		"Raw <b>html</b> stays.\n\n<div>\nblock\n</div>\n\n***\n\nBack\\*slash &amp; &copy; and a hard  \nbreak.\n"
	plain := render(t, md, StylePlain, 40)
	for _, want := range []string{
		"See the docs (https://pypy.org/docs) and https://example.org, or https://same.org. │", // no URL repeated when it is the text
	} {
		if !strings.Contains(flat(plain), want) {
			t.Errorf("plain lacks %q:\n%s", want, plain)
		}
	}
	for _, want := range []string{
		"  │ A quote that goes on long enough\n  │ to wrap at forty columns, surely.\n  │\n  │ Second paragraph.\n",
		"Raw <b>html</b> stays.",
		"<div>\n  block\n  </div>",
		strings.Repeat("-", 36),
		"Back*slash & © and a hard\n  break.",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain lacks %q:\n%s", want, plain)
		}
	}
	for _, l := range strings.Split(plain, "\n") {
		checkLine(t, "plain", l, 40)
	}
	dark := render(t, md, StyleDark, 80)
	for _, want := range []string{
		"\x1b[4;38;5;35mthe docs\x1b[0m\x1b[38;5;252m \x1b[0m\x1b[2;38;5;244m(https://pypy.org/docs)\x1b[0m",
		"\x1b[4;38;5;35mhttps://example.org\x1b[0m",
		"\x1b[38;5;240m│\x1b[0m \x1b[38;5;252mA quote",
		"\x1b[38;5;240m" + strings.Repeat("─", 76) + "\x1b[0m",
	} {
		if !strings.Contains(dark, want) {
			t.Errorf("dark lacks %q:\n%q", want, dark)
		}
	}
}

// TestColumnWidthsKeepWordsWhole: a table too wide for the page is narrowed in the
// column whose words allow it before any column is cut inside a word.
func TestColumnWidthsKeepWordsWhole(t *testing.T) {
	word := newCell([]run{{text: strings.Repeat("w", 20)}})                         // one word of 20
	prose := newCell([]run{{text: strings.TrimSpace(strings.Repeat("abcde ", 5))}}) // 29 wide, words of 5
	got := columnWidths([][]cell{{word, prose}}, 2, 30)
	if got[0] != 20 || got[1] != 10 {
		t.Errorf("widths %v, want [20 10]: the prose column narrows, the word stays whole", got)
	}
	// When the words cannot all stay whole, the widest column gives way first.
	if got := columnWidths([][]cell{{word, word}}, 2, 30); got[0]+got[1] != 30 || got[0]-got[1] > 1 || got[1]-got[0] > 1 {
		t.Errorf("widths %v, want two columns of 15", got)
	}
}
