// This file defines Key and DecodeKeys: the keys a terminal in raw mode sends as bytes.

package presenter

import (
	"io"
	"unicode/utf8"
)

// Key is one key press: a printable rune, or one of the named keys below.
type Key struct {
	Rune rune    // for a printable key; 0 for a named key
	Name KeyName // for a named key; "" for a printable key
}

// KeyName names a key that is not a printable character.
type KeyName string

// Named keys.
const (
	KeyUp        KeyName = "up"
	KeyDown      KeyName = "down"
	KeyLeft      KeyName = "left"
	KeyRight     KeyName = "right"
	KeyHome      KeyName = "home"
	KeyEnd       KeyName = "end"
	KeyPageUp    KeyName = "pgup"
	KeyPageDown  KeyName = "pgdn"
	KeyEnter     KeyName = "enter"
	KeyEscape    KeyName = "esc"
	KeyBackspace KeyName = "backspace"
	KeyTab       KeyName = "tab"
	KeyCtrlC     KeyName = "ctrl-c"
	KeyCtrlD     KeyName = "ctrl-d"
	KeyCtrlL     KeyName = "ctrl-l"
	KeyUnknown   KeyName = "unknown" // an escape sequence or control key with no meaning here
)

// escapeKey names the key a sequence after ESC stands for, in both the normal and the
// application cursor modes, with the common Home/End/Page variants of xterm, tmux and the
// Linux console.
func escapeKey(seq string) (KeyName, bool) {
	switch seq {
	case "[A", "OA":
		return KeyUp, true
	case "[B", "OB":
		return KeyDown, true
	case "[C", "OC":
		return KeyRight, true
	case "[D", "OD":
		return KeyLeft, true
	case "[H", "OH", "[1~", "[7~":
		return KeyHome, true
	case "[F", "OF", "[4~", "[8~":
		return KeyEnd, true
	case "[5~":
		return KeyPageUp, true
	case "[6~":
		return KeyPageDown, true
	}
	return "", false
}

// DecodeKeys reads keys from r until it ends, sending each on keys, and closes keys.
//
// Raw terminal input arrives in chunks as the terminal sends them; an escape sequence
// comes in one chunk, so ESC followed by nothing else in its chunk is the Escape key.
func DecodeKeys(r io.Reader, keys chan<- Key) {
	defer close(keys)
	buf := make([]byte, 256)
	var pending []byte // an incomplete UTF-8 character from the previous chunk
	for {
		n, err := r.Read(buf)
		if n > 0 {
			chunk := append(pending, buf[:n]...)
			pending = nil
			for len(chunk) > 0 {
				k, used, complete := decodeOne(chunk)
				if !complete {
					pending = append([]byte(nil), chunk...)
					break
				}
				keys <- k
				chunk = chunk[used:]
			}
		}
		if err != nil {
			return
		}
	}
}

// decodeOne decodes the key at the start of b: the key, how many bytes it took, and false
// when b holds only the start of a UTF-8 character.
func decodeOne(b []byte) (Key, int, bool) {
	switch c := b[0]; {
	case c == 0x1b:
		if len(b) == 1 {
			return Key{Name: KeyEscape}, 1, true
		}
		if b[1] != '[' && b[1] != 'O' {
			// Alt+key: treat as Escape, then the key on its own.
			return Key{Name: KeyEscape}, 1, true
		}
		// A CSI or SS3 sequence runs to its final byte, 0x40..0x7e.
		end := 2
		for end < len(b) && (b[end] < 0x40 || b[end] > 0x7e) {
			end++
		}
		if end == len(b) {
			return Key{Name: KeyUnknown}, len(b), true
		}
		if name, ok := escapeKey(string(b[1 : end+1])); ok {
			return Key{Name: name}, end + 1, true
		}
		return Key{Name: KeyUnknown}, end + 1, true
	case c == '\r' || c == '\n':
		return Key{Name: KeyEnter}, 1, true
	case c == '\t':
		return Key{Name: KeyTab}, 1, true
	case c == 0x7f || c == 0x08:
		return Key{Name: KeyBackspace}, 1, true
	case c == 0x03:
		return Key{Name: KeyCtrlC}, 1, true
	case c == 0x04:
		return Key{Name: KeyCtrlD}, 1, true
	case c == 0x0c:
		return Key{Name: KeyCtrlL}, 1, true
	case c < 0x20:
		return Key{Name: KeyUnknown}, 1, true
	case c < utf8.RuneSelf:
		return Key{Rune: rune(c)}, 1, true
	}
	if !utf8.FullRune(b) {
		return Key{}, 0, false
	}
	r, size := utf8.DecodeRune(b)
	return Key{Rune: r}, size, true
}

// keyReader adapts a reader that may block forever (a terminal) to a channel of keys.
func keyReader(r io.Reader) <-chan Key {
	keys := make(chan Key, 64)
	go DecodeKeys(r, keys)
	return keys
}
