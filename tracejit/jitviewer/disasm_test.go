package jitviewer

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"handson/tracejit/jitlog"
)

func TestDisassemblyMatchesTheOps(t *testing.T) {
	if _, err := exec.LookPath("objdump"); err != nil {
		t.Skip("objdump not installed: the viewer shows machine code as bytes")
	}
	path := filepath.Join("../../../shared/pypy-logs", "count-10000-full.pypylog")
	if !fileExists(path) {
		t.Skip("real PyPy logs not present")
	}
	v := viewerOf(t, path)
	_, body, _ := get(t, v, "/trace/loop-1")
	// +280: p2 = getfield_gc_r(p0, descr=<FieldP ...PyFrame.inst_pycode 64>) loads from
	// offset 64 of the frame: the instruction right at that op reads [reg+0x40].
	op := regexp.MustCompile(`id="op-246">.*?</div></div></div>`).FindString(body)
	if !strings.Contains(op, `<span class="addr">7fceec4c4a68</span>`) || !regexp.MustCompile(`mov r\w+,QWORD PTR \[r\w+&#43;0x40\]`).MatchString(op) {
		t.Errorf("first op's disassembly:\n%s", op)
	}
	// Every op with code got instructions, and they tile its bytes.
	l := v.log
	tr := l.Loop(1)
	insns := v.disasm.trace(tr, l.Backend.Name)
	if len(insns) < 50 {
		t.Fatalf("%d instructions", len(insns))
	}
	for _, o := range tr.Ops {
		addr, data, _, ok := tr.OpCode(o)
		if !ok {
			continue
		}
		got := opInsns(insns, addr, addr+uint64(len(data)))
		n := 0
		for _, in := range got {
			n += len(strings.Fields(in.Bytes))
		}
		if n != len(data) {
			t.Errorf("line %d %s: %d bytes of code, instructions cover %d", o.Line, o.Name, len(data), n)
		}
	}
}

func TestBytesWithoutADisassembler(t *testing.T) {
	path := filepath.Join("../../../shared/pypy-logs", "count-10000-full.pypylog")
	if !fileExists(path) {
		t.Skip("real PyPy logs not present")
	}
	l, err := jitlog.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	v := New(l, Options{LogPath: path, Objdump: "-"})
	_, body, _ := get(t, v, "/trace/loop-1")
	if !strings.Contains(body, `<div class="asm"><span class="addr">0x7fceec4c4a68</span> 48 8b 8d 28 01 00 00 48 8b 59 40</div>`) {
		t.Error("first op's bytes not shown")
	}
	if strings.Contains(body, `class="insn"`) {
		t.Error("disassembled without a disassembler")
	}
}
