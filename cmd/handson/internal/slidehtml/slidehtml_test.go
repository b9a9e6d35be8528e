package slidehtml

import (
	"regexp"
	"strings"
	"testing"

	"handson/cmd/handson/internal/deck"
)

func TestMarkdownSubset(t *testing.T) {
	md := "# Title *with* `code`\n\nA paragraph\nover two lines with **bold** and a < sign & `<li>` code.\n\n" +
		"1. first\n2. second item\n   continued\n\n- a\n- b\n\n" +
		"| a | b |\n|---|:-:|\n| `x|y` | 2 |\n\n```python\nif a < b:\n    print 'x'\n```\n"
	got, err := Markdown(md)
	if err != nil {
		t.Fatal(err)
	}
	want := "<h1>Title <em>with</em> <code>code</code></h1>\n" +
		"<p>A paragraph over two lines with <strong>bold</strong> and a &lt; sign &amp; <code>&lt;li&gt;</code> code.</p>\n" +
		"<ol>\n<li>first</li>\n<li>second item continued</li>\n</ol>\n" +
		"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n" +
		"<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n<tr><td><code>x|y</code></td><td>2</td></tr>\n</tbody>\n</table>\n" +
		"<pre><code class=\"language-python\">if a &lt; b:\n    print &#39;x&#39;</code></pre>\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestMarkdownRefusesWhatItCannotShow(t *testing.T) {
	for _, md := range []string{
		"see [the docs](https://example.org)",
		"![a picture](x.png)",
		"> a quote",
		"- item\n  - nested",
		"raw <b>html</b>",
		"an `open code span",
		"```\nnever closed\n",
		"| a | b |\n|---|---|\n| 1 |\n",
		"1. one\n- two",
	} {
		if _, err := Markdown(md); err == nil {
			t.Errorf("%q accepted", md)
		}
	}
}

func TestPageIsSelfContained(t *testing.T) {
	d := &deck.Deck{Title: "T <&>", Slides: []*deck.Slide{
		{Number: 1, Title: "One", Body: "# One\n\ntext\n", Notes: "say `this`"},
		{Number: 2, Title: "Two", Body: "# Two\n", Demo: &deck.Demo{Command: "handson demo gc0.py"}},
	}}
	var sb strings.Builder
	if err := Write(&sb, d, Options{DemoOutputs: map[int]string{2: "1 hello world ≠ 1\n<end>"}, Generator: "handson test"}); err != nil {
		t.Fatal(err)
	}
	page := sb.String()
	for _, want := range []string{
		"<title>T &lt;&amp;&gt;</title>",
		`<section class="slide" id="slide-1" data-title="One">`,
		`<aside class="notes">`, "say <code>this</code>",
		"Demo: <code>handson demo gc0.py</code>",
		"<pre class=\"demo-output\">1 hello world ≠ 1\n&lt;end&gt;</pre>",
		"slide 1/2",
		"ArrowRight", "ArrowLeft",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Nothing outside the file: no URLs, no src= or href= attributes, no @import.
	if m := regexp.MustCompile(`https?:|\ssrc=|\shref=|@import|url\(`).FindString(page); m != "" {
		t.Errorf("the page refers to something outside it: %q", m)
	}
	d.Slides[0].Body = "# One\n\n[link](x)\n"
	if err := Write(&sb, d, Options{}); err == nil || !strings.Contains(err.Error(), "slide 1 (One)") {
		t.Errorf("a bad slide: %v", err)
	}
}
