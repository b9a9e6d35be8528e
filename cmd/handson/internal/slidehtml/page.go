// This file defines Options and Write: the whole HTML page of a deck.

package slidehtml

import (
	"fmt"
	"html"
	"io"
	"strings"

	"handson/cmd/handson/internal/deck"
)

// Options configure Write.
type Options struct {
	// DemoOutputs holds, by slide number, what each slide's demo printed when the file was
	// written; a slide missing here shows its demo's command only.
	DemoOutputs map[int]string
	// Generator says what wrote the file, for its footer (e.g. "handson 1.2").
	Generator string
}

// Write writes the deck as one HTML page.
func Write(w io.Writer, d *deck.Deck, o Options) error {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	sb.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	if o.Generator != "" {
		sb.WriteString("<meta name=\"generator\" content=\"" + html.EscapeString(o.Generator) + "\">\n")
	}
	sb.WriteString("<title>" + html.EscapeString(d.Title) + "</title>\n<style>\n" + pageCSS + "</style>\n</head>\n<body>\n")
	sb.WriteString("<main id=\"deck\">\n")
	for _, s := range d.Slides {
		body, err := Markdown(s.Body)
		if err != nil {
			return fmt.Errorf("slide %d (%s): %w", s.Number, s.Title, err)
		}
		fmt.Fprintf(&sb, "<section class=\"slide\" id=\"slide-%d\" data-title=\"%s\">\n<div class=\"content\">\n%s", s.Number, html.EscapeString(s.Title), body)
		if s.Demo != nil {
			sb.WriteString("<div class=\"demo\"><div class=\"demo-command\">Demo: <code>" + html.EscapeString(s.Demo.Command) + "</code></div>\n")
			if out, ok := o.DemoOutputs[s.Number]; ok {
				sb.WriteString("<details><summary>What it printed when this file was made</summary>\n<pre class=\"demo-output\">" +
					html.EscapeString(out) + "</pre></details>\n")
			}
			sb.WriteString("</div>\n")
		}
		sb.WriteString("</div>\n")
		if s.Notes != "" {
			notes, err := Markdown(s.Notes)
			if err != nil {
				return fmt.Errorf("notes of slide %d (%s): %w", s.Number, s.Title, err)
			}
			sb.WriteString("<aside class=\"notes\">\n<h2>Notes</h2>\n" + notes + "</aside>\n")
		}
		sb.WriteString("</section>\n")
	}
	sb.WriteString("</main>\n")
	fmt.Fprintf(&sb, "<nav id=\"bar\"><button id=\"prev\" type=\"button\" aria-label=\"previous slide\">&#8249;</button>"+
		"<span id=\"where\">slide 1/%d</span><button id=\"next\" type=\"button\" aria-label=\"next slide\">&#8250;</button>"+
		"<span id=\"title\"></span><span id=\"keys\">&#8592; &#8594; move &#183; Home End &#183; s notes</span></nav>\n", len(d.Slides))
	sb.WriteString("<script>\n" + pageJS + "</script>\n</body>\n</html>\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

// pageCSS styles the page: one slide on screen at a time, every slide on its own page in
// print.
const pageCSS = `:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfdfb; --dim: #6b6b70; --code: #f0efe9; --accent: #9c2f2f; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #16161a; --dim: #9a9aa2; --code: #24242b; --accent: #ef8a80; } }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; background: var(--bg); color: var(--fg); }
body { font: 22px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.slide { display: none; min-height: calc(100vh - 3em); padding: 2.5em 4em 1em; max-width: 64em; margin: 0 auto; }
.slide.current { display: block; }
h1 { font-size: 1.8em; margin: 0 0 0.8em; color: var(--accent); }
h2 { font-size: 1.2em; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 0.88em; background: var(--code); padding: 0 0.2em; border-radius: 3px; }
pre { background: var(--code); padding: 0.8em 1em; overflow-x: auto; border-radius: 6px; font-size: 0.8em; line-height: 1.35; }
pre code { background: none; padding: 0; font-size: 1em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border-bottom: 1px solid var(--dim); padding: 0.25em 0.8em; text-align: left; vertical-align: top; }
.demo { margin-top: 1.2em; border-left: 4px solid var(--accent); padding-left: 0.8em; }
.demo summary { cursor: pointer; color: var(--dim); }
.demo-output { font-size: 0.62em; white-space: pre; }
.notes { display: none; margin-top: 1.5em; border-top: 2px dashed var(--dim); color: var(--dim); font-size: 0.85em; }
body.show-notes .notes { display: block; }
#bar { position: fixed; bottom: 0; left: 0; right: 0; display: flex; gap: 1em; align-items: center; padding: 0.3em 1em;
  background: var(--code); color: var(--dim); font-size: 0.7em; }
#bar button { font: inherit; font-size: 1.4em; line-height: 1; background: none; color: inherit; border: none; cursor: pointer; padding: 0 0.3em; }
#title { flex: 1; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
@media print {
  #bar { display: none; }
  .slide { display: block; min-height: 0; page-break-after: always; }
  .demo details { display: block; }
}
`

// pageJS moves between slides: keys, the two buttons, and the #N fragment.
const pageJS = `(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  var where = document.getElementById('where');
  var title = document.getElementById('title');
  var current = 0;
  function show(i) {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (s, j) { s.classList.toggle('current', j === current); });
    where.textContent = 'slide ' + (current + 1) + '/' + slides.length;
    title.textContent = slides[current].getAttribute('data-title');
    document.title = slides[current].getAttribute('data-title');
    if (location.hash !== '#' + (current + 1)) { history.replaceState(null, '', '#' + (current + 1)); }
    window.scrollTo(0, 0);
  }
  function fromHash() {
    var n = parseInt(location.hash.slice(1), 10);
    return isNaN(n) ? 0 : n - 1;
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    switch (e.key) {
      case 'ArrowRight': case 'PageDown': case ' ': case 'n': show(current + 1); break;
      case 'ArrowLeft': case 'PageUp': case 'p': show(current - 1); break;
      case 'Home': show(0); break;
      case 'End': show(slides.length - 1); break;
      case 's': document.body.classList.toggle('show-notes'); break;
      default: return;
    }
    e.preventDefault();
  });
  document.getElementById('prev').addEventListener('click', function () { show(current - 1); });
  document.getElementById('next').addEventListener('click', function () { show(current + 1); });
  window.addEventListener('hashchange', function () { show(fromHash()); });
  show(fromHash());
})();
`
