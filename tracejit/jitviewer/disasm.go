// This file defines the disassembly of a trace's machine code with objdump, when the
// machine has it (PyPy's jitviewer used it too). Without it the viewer shows the bytes.

package jitviewer

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"handson/tracejit/jitlog"
)

// insn is one disassembled instruction.
type insn struct {
	Addr  uint64
	Bytes string
	Text  string
}

// disassembler runs objdump over each trace's code once and keeps the result.
type disassembler struct {
	objdump string // path; "" when there is none
	mu      sync.Mutex
	done    map[*jitlog.Trace][]insn
}

// objdumpArch maps a PyPy backend name to objdump's -m machine; other backends get bytes.
var objdumpArch = map[string]string{"x86_64": "i386:x86-64", "x86-64": "i386:x86-64", "amd64": "i386:x86-64", "x86_32": "i386", "aarch64": "aarch64"}

func newDisassembler(path string) *disassembler {
	d := &disassembler{done: map[*jitlog.Trace][]insn{}}
	switch path {
	case "-":
	case "":
		if p, err := exec.LookPath("objdump"); err == nil {
			d.objdump = p
		}
	default:
		d.objdump = path
	}
	return d
}

var objdumpLine = regexp.MustCompile(`^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*(?:\t(.*))?$`)

// trace returns the instructions of t's ops, from its first op's offset to the end of the
// loop, or nil when they cannot be had (no objdump, an unknown backend, bytes the log
// never dumped, objdump failing).
func (d *disassembler) trace(t *jitlog.Trace, backend string) []insn {
	if d == nil || d.objdump == "" || t.Code == nil || t.EndOffset < 0 {
		return nil
	}
	arch, ok := objdumpArch[backend]
	if !ok {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if got, ok := d.done[t]; ok {
		return got
	}
	d.done[t] = nil
	first := -1
	for _, op := range t.Ops {
		if op.Offset >= 0 && (first < 0 || op.Offset < first) {
			first = op.Offset
		}
	}
	if first < 0 || first >= t.EndOffset || t.EndOffset > len(t.Code.Bytes) {
		return nil
	}
	for _, k := range t.Code.Known[first:t.EndOffset] {
		if !k {
			return nil
		}
	}
	f, err := os.CreateTemp("", "jitviewer-*.bin")
	if err != nil {
		return nil
	}
	defer os.Remove(f.Name())
	_, werr := f.Write(t.Code.Bytes[first:t.EndOffset])
	if cerr := f.Close(); werr != nil || cerr != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := t.Code.Start + uint64(first)
	out, err := exec.CommandContext(ctx, d.objdump, "-D", "-b", "binary", "-m", arch, "-M", "intel",
		fmt.Sprintf("--adjust-vma=0x%x", start), f.Name()).Output()
	if err != nil {
		return nil
	}
	var insns []insn
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		m := objdumpLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		addr, err := strconv.ParseUint(m[1], 16, 64)
		if err != nil || addr < start {
			continue
		}
		if m[3] == "" && len(insns) > 0 {
			// A long instruction's bytes go on over a second line.
			insns[len(insns)-1].Bytes += " " + m[2]
			continue
		}
		insns = append(insns, insn{Addr: addr, Bytes: m[2], Text: strings.Join(strings.Fields(m[3]), " ")})
	}
	d.done[t] = insns
	return insns
}

// opInsns returns the instructions in [from, to).
func opInsns(all []insn, from, to uint64) []insn {
	var out []insn
	for _, in := range all {
		if in.Addr >= from && in.Addr < to {
			out = append(out, in)
		}
	}
	return out
}
