// This file defines Location and the parsing of the two location formats PyPy writes in
// debug_merge_points and loop headers.

package jitlog

import (
	"regexp"
	"strconv"
)

// LocFormat says which format a location string is in.
type LocFormat int

const (
	// LocUnknown is any other string (another RPython interpreter, a hand-written log).
	LocUnknown LocFormat = iota
	// LocGeneric is "name;file:firstline-line~#offset OPNAME" (PyPy3, handson).
	LocGeneric
	// LocPyPy2 is "<code object name, file 'f', line firstline> #offset OPNAME"; commas
	// become dots inside debug_merge_point. It has no current line.
	LocPyPy2
)

// Location is where in the Python program a piece of a trace comes from.
type Location struct {
	Format LocFormat
	// Name is the code object's name (the function), File its file as logged.
	Name string
	File string
	// FirstLine is the code object's first line (the def line).
	FirstLine int
	// Line is the source line of the bytecode; 0 when the format does not say (PyPy2).
	Line int
	// Offset is the bytecode offset ("#16"), -1 when unknown; Opcode its name.
	Offset int
	Opcode string
}

var (
	genericLoc = regexp.MustCompile(`^(.+?);(.+?):(\d+)-(\d+)~(.*)$`)
	pypy2Loc   = regexp.MustCompile(`^<code object ([<>\w]+)[.,] file '(.+?)'[.,] line (\d+)> ?(.*)$`)
	opcodeTail = regexp.MustCompile(`^#(\d+) (\w+)$`)
)

// ParseLocation reads a location string in either PyPy format; anything else is a
// LocUnknown location with no fields set.
func ParseLocation(s string) Location {
	loc := Location{Offset: -1}
	var tail string
	if m := genericLoc.FindStringSubmatch(s); m != nil {
		loc.Format, loc.Name, loc.File = LocGeneric, m[1], m[2]
		loc.FirstLine, _ = strconv.Atoi(m[3])
		loc.Line, _ = strconv.Atoi(m[4])
		tail = m[5]
	} else if m := pypy2Loc.FindStringSubmatch(s); m != nil {
		loc.Format, loc.Name, loc.File = LocPyPy2, m[1], m[2]
		loc.FirstLine, _ = strconv.Atoi(m[3])
		tail = m[4]
	} else {
		return loc
	}
	if m := opcodeTail.FindStringSubmatch(tail); m != nil {
		loc.Offset, _ = strconv.Atoi(m[1])
		loc.Opcode = m[2]
	}
	return loc
}

// Known reports whether the location names a code object.
func (l Location) Known() bool { return l.Format != LocUnknown }

// SameCode reports whether two locations are in the same code object.
func (l Location) SameCode(o Location) bool {
	return l.Known() && l.Name == o.Name && l.File == o.File && l.FirstLine == o.FirstLine
}

// SameBytecode reports whether two locations are the same bytecode of the same code.
func (l Location) SameBytecode(o Location) bool {
	return l.SameCode(o) && l.Offset == o.Offset && l.Offset >= 0
}

// Describe gives the location for people: "count_mult_of_5 in count.py:7 #16 FOR_ITER".
func (l Location) Describe() string {
	if !l.Known() {
		return ""
	}
	s := l.Name + " in " + l.File
	if l.Line > 0 {
		s += ":" + strconv.Itoa(l.Line)
	} else {
		s += " (def at line " + strconv.Itoa(l.FirstLine) + ")"
	}
	if l.Offset >= 0 {
		s += " #" + strconv.Itoa(l.Offset) + " " + l.Opcode
	}
	return s
}
