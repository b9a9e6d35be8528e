// This file defines Spec, the parsed form of a PYPYLOG value, and the prefix matching that
// decides which sections a log contains.

package pypylog

import (
	"fmt"
	"strconv"
	"strings"
)

// Mode says which sections a log gets and whether their bodies are written.
type Mode int

const (
	// Off: PYPYLOG unset or empty. No section is written; debug_print lines outside every
	// section still go to stderr, as in PyPy.
	Off Mode = iota
	// Profiling: PYPYLOG=fname or +fname. Every section's framing lines, no bodies.
	Profiling
	// Conditional: PYPYLOG=prefix,prefix:fname (":fname" for everything). Sections whose
	// name starts with one of the prefixes, with their bodies.
	Conditional
)

// String names the mode for messages.
func (m Mode) String() string {
	switch m {
	case Off:
		return "off"
	case Profiling:
		return "profiling"
	case Conditional:
		return "conditional"
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// Spec is a parsed PYPYLOG value.
type Spec struct {
	Mode Mode
	// Prefixes are the comma-separated items before the colon (Conditional mode only). An
	// empty item, as in ":fname", matches every section.
	Prefixes []string
	// Path is the file to write, with any "%d" already replaced by the pid. "" (Off mode)
	// and "-" mean stderr.
	Path string
	// PerProcess reports that the value contained "%d": PyPy then leaves PYPYLOG set so that
	// subprocesses log to their own files; otherwise it removes it from the environment.
	PerProcess bool
}

// ParseSpec parses a PYPYLOG value the way PyPy's pypy_debug_open does. pid replaces "%d"
// in the file name. A value with a colon is conditional logging, split at the first colon;
// a leading "+" forces profiling mode (for file names that contain a colon).
func ParseSpec(value string, pid int) (Spec, error) {
	if value == "" {
		return Spec{Mode: Off}, nil
	}
	var s Spec
	name := value
	if strings.HasPrefix(name, "+") {
		s.Mode = Profiling
		name = name[1:]
	} else if i := strings.IndexByte(name, ':'); i >= 0 {
		s.Mode = Conditional
		s.Prefixes = strings.Split(name[:i], ",")
		name = name[i+1:]
	} else {
		s.Mode = Profiling
	}
	if name == "" {
		return Spec{}, fmt.Errorf("PYPYLOG=%q names no log file (use - for stderr)", value)
	}
	if strings.Contains(name, "%d") {
		s.PerProcess = true
		name = strings.Replace(name, "%d", strconv.Itoa(pid), 1)
	}
	s.Path = name
	return s, nil
}

// ToStderr reports whether the log goes to stderr rather than a file.
func (s Spec) ToStderr() bool { return s.Path == "" || s.Path == "-" }

// Enabled reports whether a section named category would be written with its body: only
// in Conditional mode, when category starts with one of the prefixes.
func (s Spec) Enabled(category string) bool {
	if s.Mode != Conditional {
		return false
	}
	return startsWithOneOf(category, s.Prefixes)
}

// framed reports whether the framing lines of a section named category are written.
func (s Spec) framed(category string) bool {
	return s.Mode == Profiling || s.Enabled(category)
}

func startsWithOneOf(category string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(category, p) {
			return true
		}
	}
	return false
}
