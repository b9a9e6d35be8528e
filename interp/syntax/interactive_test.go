// This file defines the test of interactive parsing against python2.7's own prompt:
// testdata/repl_transcript.py types sessions into a real python2.7 on a pseudo-terminal
// and records, line by line, whether it asked for more ("... "), ran the entry, printed a
// syntax error, or exited at Ctrl-D; this test replays the same lines through
// InteractiveMode.

package syntax

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// replStep is one typed line and what python2.7's prompt did after it.
type replStep struct {
	line   string
	result string // "more", "done" or "error\n" followed by what it printed
}

func readTranscript(t *testing.T, path string) [][]replStep {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var sessions [][]replStep
	var cur []replStep
	var result []string
	flush := func() {
		if len(cur) > 0 && result != nil {
			cur[len(cur)-1].result = strings.Join(result, "\n")
		}
		result = nil
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		switch {
		case line == "===":
			flush()
			sessions = append(sessions, cur)
			cur = nil
		case strings.HasPrefix(line, "> "):
			flush()
			cur = append(cur, replStep{line: strings.ReplaceAll(line[2:], `\t`, "\t")})
			result = []string{}
		default:
			result = append(result, line)
		}
	}
	return sessions
}

func TestInteractiveMatchesPrompt(t *testing.T) {
	golden := filepath.Join("testdata", "repl_transcript.golden")
	if *update {
		python := python27()
		if python == "" {
			t.Fatal("-update needs CPython 2.7")
		}
		out, err := exec.Command(python, filepath.Join("testdata", "repl_transcript.py"),
			filepath.Join("testdata", "repl_sessions.txt"), python).Output()
		if err != nil {
			t.Fatalf("repl_transcript.py: %v", err)
		}
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sessions := readTranscript(t, golden)
	if len(sessions) < 30 {
		t.Fatalf("only %d sessions in %s", len(sessions), golden)
	}
	for _, steps := range sessions {
		var buf strings.Builder
		var flags FutureFlags
		for _, step := range steps {
			eof := step.line == "^D"
			if !eof {
				buf.WriteString(step.line)
				buf.WriteByte('\n')
			}
			res, err := Parse([]byte(buf.String()), Options{Mode: InteractiveMode,
				Filename: "<stdin>", Flags: flags, SourceIsUTF8: true, AtEOF: eof})
			var got string
			switch {
			case errors.Is(err, io.EOF):
				got = "exit"
			case errors.Is(err, ErrIncomplete):
				got = "more"
			case err != nil:
				e, ok := err.(*Error)
				if !ok {
					t.Fatalf("Parse returned %v", err)
				}
				got = "error\n" + e.Render()
			default:
				got = "done"
				flags = res.Flags
			}
			if got != "more" {
				buf.Reset()
			}
			if got != step.result {
				t.Errorf("after typing %q (entry so far %q):\n got: %s\nwant: %s", step.line,
					buf.String(), got, step.result)
			}
		}
	}
}
