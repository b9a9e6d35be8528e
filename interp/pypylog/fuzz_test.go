package pypylog

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// FuzzParse: any input is read or refused with a SyntaxError; what is read writes back
// through a Writer to a log that reads back the same.
func FuzzParse(f *testing.F) {
	f.Add("[1a] {gc-minor\nminor collect\n[1b] {gc-minor-walkroots\n[1c] gc-minor-walkroots}\n[1d] gc-minor}\n")
	f.Add("[1] {a\n[2] {b\n[3] a}\n")
	f.Add("\x1b[1m\x1b[31m[1] {jit\n\x1b[0mx\n")
	f.Fuzz(func(t *testing.T, in string) {
		log, err := Parse(strings.NewReader(in))
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) && !strings.Contains(err.Error(), "bzip2") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		w := NewWriter(&buf, Spec{Mode: Conditional, Prefixes: []string{""}, Path: "-"}, Options{})
		var write func(ss []*Section)
		write = func(ss []*Section) {
			for _, s := range ss {
				w.Start(s.Category)
				// Body lines and children interleave in the original; order is kept per kind.
				for _, l := range s.Body {
					if !startLine.MatchString(l.Text) && !stopLine.MatchString(l.Text) {
						w.Print(l.Text)
					}
				}
				write(s.Children)
				if !s.Truncated {
					w.Stop(s.Category)
				}
			}
		}
		write(log.Sections)
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(&buf)
		if err != nil {
			t.Fatalf("written log does not read back: %v\n%s", err, buf.String())
		}
		var a, b []string
		log.Walk(func(s *Section) { a = append(a, s.Category) })
		again.Walk(func(s *Section) { b = append(b, s.Category) })
		if strings.Join(a, ",") != strings.Join(b, ",") {
			t.Fatalf("sections %v became %v", a, b)
		}
	})
}
