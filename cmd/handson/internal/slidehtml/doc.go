// Package slidehtml writes a slide deck as one self-contained HTML file: every slide, its
// speaker notes and its demo (with the output recorded when the file was written), styles
// and script inline, nothing fetched from anywhere. Arrow keys (and Page Up/Down, Space,
// Home, End) move between slides, s shows the notes, the address's #N fragment keeps the
// place on reload, and printing gives one slide per page.
//
// The slides' markdown goes through Markdown, a converter for the subset the deck is
// written in: headings, paragraphs, bullet and numbered lists (one level), fenced code
// blocks, tables, inline code, strong and emphasis. Anything else (links, images, block
// quotes, nested lists, raw HTML) is an error rather than a silent approximation, so the
// exported deck shows exactly what the terminal shows. All text is escaped.
package slidehtml
