// This file defines how the auto style becomes dark or light: from COLORFGBG when the
// environment has it, else from the terminal's answer to OSC 11 ("what is your
// background colour?"), asked in raw mode with a short timeout.

package render

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// backgroundTimeout is how long the terminal has to answer. Terminals answer within a
// few milliseconds; one that does not know the question ignores it, and then only the
// device attributes answer (below) comes, or nothing.
const backgroundTimeout = 100 * time.Millisecond

const (
	// osc11Query asks for the background colour; the answer is OSC 11 ; rgb:R/G/B
	// ended by BEL or ST.
	osc11Query = "\x1b]11;?\x07"
	// da1Query asks for the primary device attributes, which every terminal answers
	// (ESC [ ? ... c). It goes after the colour question: its answer comes after the
	// colour's, if any, so the wait ends as soon as the terminal has said all it will.
	da1Query = "\x1b[c"
)

// resolveAuto is the style "auto" stands for on t: dark for forced output (nothing to
// ask), else what COLORFGBG said, else what the terminal answers, else dark.
func resolveAuto(t Terminal) string {
	switch {
	case t.Forced:
		return StyleDark
	case t.background != "":
		return t.background
	case t.out != nil:
		if style, ok := askBackground(os.Stdin, t.out, backgroundTimeout); ok {
			return style
		}
	}
	return StyleDark
}

// colorFGBGStyle reads COLORFGBG ("15;0", "0;default;15"), which rxvt, Konsole and
// others set to the foreground and background colour numbers: its last field is the
// background, dark for 0-6 and 8, light for 7 and 9-15. Anything else says nothing ("").
func colorFGBGStyle(v string) string {
	if v == "" {
		return ""
	}
	fields := strings.Split(v, ";")
	n, err := strconv.Atoi(strings.TrimSpace(fields[len(fields)-1]))
	switch {
	case err != nil || n < 0 || n > 15:
		return ""
	case n <= 6 || n == 8:
		return StyleDark
	}
	return StyleLight
}

// askBackground asks the terminal whose input is in and output is out for its
// background colour, in raw mode (so that the answer is neither echoed nor waits for a
// newline), and puts the mode back. It says dark or light, or false when either file is
// no terminal or no answer came within timeout.
func askBackground(in, out *os.File, timeout time.Duration) (string, bool) {
	inFd := int(in.Fd())
	if !term.IsTerminal(inFd) || !term.IsTerminal(int(out.Fd())) {
		return "", false
	}
	state, err := term.MakeRaw(inFd)
	if err != nil {
		return "", false
	}
	defer term.Restore(inFd, state)
	if _, err := out.WriteString(osc11Query + da1Query); err != nil {
		return "", false
	}
	return parseBackground(readReply(inFd, timeout))
}

// readReply reads what the terminal sends until it has answered the device attributes
// question or timeout has passed.
func readReply(fd int, timeout time.Duration) []byte {
	deadline := time.Now().Add(timeout)
	var reply []byte
	chunk := make([]byte, 256)
	for !answeredDA1(reply) {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			break
		}
		k, err := unix.Read(fd, chunk)
		if err != nil || k <= 0 {
			break
		}
		reply = append(reply, chunk[:k]...)
	}
	return reply
}

// answeredDA1 says whether reply holds a device attributes answer: ESC [ ? then digits
// and semicolons, then c.
func answeredDA1(reply []byte) bool {
	i := bytes.Index(reply, []byte("\x1b[?"))
	if i < 0 {
		return false
	}
	for _, c := range reply[i+3:] {
		switch {
		case c == 'c':
			return true
		case c != ';' && (c < '0' || c > '9'):
			return false
		}
	}
	return false
}

// parseBackground reads the OSC 11 answer in reply, ESC ] 11 ; rgb:RRRR/GGGG/BBBB ended
// by BEL or ESC \ (each component 1 to 4 hex digits), and says dark when the colour's
// luma (Rec. 709 weights) is below one half.
func parseBackground(reply []byte) (string, bool) {
	i := bytes.Index(reply, []byte("\x1b]11;rgb:"))
	if i < 0 {
		return "", false
	}
	body := reply[i+len("\x1b]11;rgb:"):]
	end := bytes.IndexAny(body, "\x07\x1b")
	if end < 0 {
		return "", false
	}
	parts := strings.Split(string(body[:end]), "/")
	if len(parts) != 3 {
		return "", false
	}
	var rgb [3]float64
	for k, p := range parts {
		if len(p) < 1 || len(p) > 4 {
			return "", false
		}
		v, err := strconv.ParseUint(p, 16, 16)
		if err != nil {
			return "", false
		}
		rgb[k] = float64(v) / float64(uint64(1)<<(4*len(p))-1)
	}
	if 0.2126*rgb[0]+0.7152*rgb[1]+0.0722*rgb[2] < 0.5 {
		return StyleDark, true
	}
	return StyleLight, true
}
