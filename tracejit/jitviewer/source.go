// This file defines the source files the viewer shows: found at the path the log names or
// beside the log, read once, and cut into the lines of a function.

package jitviewer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"
)

// maxSourceSize bounds what the viewer reads for one file: a Python source, not a dump.
const maxSourceSize = 4 << 20

// sources finds and caches the files a log names.
type sources struct {
	logDir string
	mu     sync.Mutex
	files  map[string]*sourceFile // by the name as logged
}

// sourceFile is a file's lines, or why it could not be shown.
type sourceFile struct {
	Name  string   // as the log names it
	Path  string   // where it was found; "" when not found
	Lines []string // Lines[0] is line 1
	Why   string   // why it is missing
}

func newSources(logPath string) *sources {
	return &sources{logDir: filepath.Dir(logPath), files: map[string]*sourceFile{}}
}

// get returns the file named name, looking at the logged path, then at the same path
// under the log's folder, then at its base name in the log's folder.
func (s *sources) get(name string) *sourceFile {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.files[name]; ok {
		return f
	}
	f := &sourceFile{Name: name}
	s.files[name] = f
	if name == "" || strings.ContainsRune(name, 0) {
		f.Why = "the log names no file"
		return f
	}
	candidates := []string{name}
	if !filepath.IsAbs(name) {
		candidates = append(candidates, filepath.Join(s.logDir, name))
	}
	candidates = append(candidates, filepath.Join(s.logDir, filepath.Base(name)))
	for _, c := range candidates {
		info, err := os.Stat(c)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if info.Size() > maxSourceSize {
			f.Why = c + " is too large to be a source file"
			return f
		}
		data, err := os.ReadFile(c)
		if err != nil {
			continue
		}
		if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
			f.Why = c + " is not a text file"
			return f
		}
		f.Path = c
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		f.Lines = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		return f
	}
	f.Why = "not found at " + name + " nor in " + s.logDir
	return f
}

// line returns line n (1-based), or "" when out of range.
func (f *sourceFile) line(n int) string {
	if f == nil || n < 1 || n > len(f.Lines) {
		return ""
	}
	return strings.ReplaceAll(f.Lines[n-1], "\t", "    ")
}

// block returns the line numbers of the function that starts at line first: the def
// line, then every line indented deeper or blank, trailing blank lines dropped. For a
// module (first line 1 with no def there) it returns nil: a whole module is too much.
func (f *sourceFile) block(first int) []int {
	head := f.line(first)
	if head == "" {
		return nil
	}
	trimmed := strings.TrimSpace(head)
	if !strings.HasPrefix(trimmed, "def ") && !strings.HasPrefix(trimmed, "class ") && !strings.HasPrefix(trimmed, "async def ") && !strings.HasPrefix(trimmed, "@") {
		return nil
	}
	indent := len(head) - len(strings.TrimLeft(head, " "))
	out := []int{first}
	for n := first + 1; n <= len(f.Lines); n++ {
		l := f.line(n)
		if strings.TrimSpace(l) == "" {
			out = append(out, n)
			continue
		}
		if len(l)-len(strings.TrimLeft(l, " ")) <= indent {
			// A decorator's def line continues the block; anything else ends it.
			if strings.HasPrefix(trimmed, "@") && n == first+1 {
				out = append(out, n)
				continue
			}
			break
		}
		out = append(out, n)
	}
	for len(out) > 1 && strings.TrimSpace(f.line(out[len(out)-1])) == "" {
		out = out[:len(out)-1]
	}
	return out
}
