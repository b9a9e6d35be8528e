package render

import (
	"bytes"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the master side plays the terminal, the slave side
// is what a program sees as its terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		master.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		master.Close()
		t.Skipf("ptsname: %v", err)
	}
	slave, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		t.Skipf("open the pts: %v", err)
	}
	t.Cleanup(func() { slave.Close(); master.Close() })
	return master, slave
}

// TestAskBackground plays terminals that answer OSC 11 in various ways, and checks the
// answer, that the question was asked, and that the terminal's mode is put back.
func TestAskBackground(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer string // what the terminal sends back; "" sends nothing
		want   string
		ok     bool
	}{
		{"white, BEL", "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c", StyleLight, true},
		{"black, ST", "\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?1;2c", StyleDark, true},
		{"solarized light, 2 digits", "\x1b]11;rgb:fd/f6/e3\x07\x1b[?6c", StyleLight, true},
		{"dark grey", "\x1b]11;rgb:3030/3030/3030\x07\x1b[?6c", StyleDark, true},
		{"pure blue is dark", "\x1b]11;rgb:0000/0000/ffff\x07\x1b[?6c", StyleDark, true},
		{"pure green is light", "\x1b]11;rgb:0000/ffff/0000\x07\x1b[?6c", StyleLight, true},
		{"device attributes only", "\x1b[?1;2c", "", false},
		{"silence", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			master, slave := openPTY(t)
			before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}
			asked := make(chan []byte, 1)
			go func() {
				buf := make([]byte, 64)
				var got []byte
				for !bytes.Contains(got, []byte(da1Query)) {
					n, err := master.Read(buf)
					if err != nil {
						break
					}
					got = append(got, buf[:n]...)
				}
				asked <- got
				if tc.answer != "" {
					master.WriteString(tc.answer)
				}
			}()
			start := time.Now()
			style, ok := askBackground(slave, slave, 300*time.Millisecond)
			took := time.Since(start)
			if style != tc.want || ok != tc.ok {
				t.Errorf("got %q %v, want %q %v", style, ok, tc.want, tc.ok)
			}
			if q := <-asked; !bytes.HasPrefix(q, []byte(osc11Query)) {
				t.Errorf("the terminal was asked %q", q)
			}
			if tc.answer != "" && took > 200*time.Millisecond {
				t.Errorf("an answered question took %v: the wait should end at the device attributes", took)
			}
			after, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}
			if after.Lflag != before.Lflag || after.Iflag != before.Iflag || after.Oflag != before.Oflag {
				t.Errorf("terminal mode not restored: %+v, was %+v", after, before)
			}
		})
	}
	// Files that are not terminals are never asked.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if _, ok := askBackground(r, w, time.Second); ok {
		t.Error("a pipe answered")
	}
}

func TestParseBackground(t *testing.T) {
	for _, tc := range []struct {
		reply, want string
		ok          bool
	}{
		{"\x1b]11;rgb:ffff/ffff/ffff\x07", StyleLight, true},
		{"noise\x1b]11;rgb:1/1/1\x07", StyleDark, true},
		{"\x1b]11;rgb:8/8/8\x07", StyleLight, true}, // 8/15 is just above half
		{"\x1b]11;rgb:7/7/7\x07", StyleDark, true},
		{"\x1b]11;rgb:ffff/ffff\x07", "", false},
		{"\x1b]11;rgb:fffff/0/0\x07", "", false},
		{"\x1b]11;rgb:gg/00/00\x07", "", false},
		{"\x1b]11;rgb:ffff/ffff/ffff", "", false}, // unterminated
		{"\x1b]10;rgb:ffff/ffff/ffff\x07", "", false},
	} {
		got, ok := parseBackground([]byte(tc.reply))
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseBackground(%q) = %q %v, want %q %v", tc.reply, got, ok, tc.want, tc.ok)
		}
	}
}
