// report.go gives the facts about a finished run that a checker needs beyond the output:
// the files the program left open, and how often the collectors ran.
package vm

import (
	"sort"
)

// OpenFile describes a file the program left open.
type OpenFile struct {
	Name     string `json:"name"`
	Mode     string `json:"mode"`
	OpenedAt string `json:"opened_at"` // FILE:LINE of the open() call
}

// OpenFilesAtExit lists the files still open when the run ended (the VM flushes them but,
// like PyPy, does not close them), sorted by where they were opened.
func (vm *VM) OpenFilesAtExit() []OpenFile {
	var out []OpenFile
	for f := range vm.files.open {
		out = append(out, describeFile(f))
	}
	sortFiles(out)
	return out
}

// ClosedByCollector lists the files a collector closed (the program had dropped them
// without closing them), in the order it closed them.
func (vm *VM) ClosedByCollector() []OpenFile {
	return append([]OpenFile(nil), vm.collectorClosed...)
}

func describeFile(f *File) OpenFile {
	name := ""
	if s, ok := f.name.(*Str); ok {
		name = s.S
	}
	return OpenFile{Name: name, Mode: f.mode, OpenedAt: f.openedAt}
}

func sortFiles(out []OpenFile) {
	sort.Slice(out, func(i, j int) bool {
		if out[i].OpenedAt != out[j].OpenedAt {
			return out[i].OpenedAt < out[j].OpenedAt
		}
		return out[i].Name < out[j].Name
	})
}

// GCCounts reports the collections that ran: minor and major collections in PyPy mode,
// cycle collections per generation in CPython mode.
func (vm *VM) GCCounts() map[string]int {
	if vm.heap != nil {
		st := vm.heap.Stats()
		return map[string]int{"minor": st.MinorCollections, "major": st.MajorCollections}
	}
	return map[string]int{"cycle_collections": vm.cycleCollections}
}

// BytesAllocated is the simulated bytes the program allocated (PyPy mode; 0 otherwise).
func (vm *VM) BytesAllocated() int64 {
	if vm.heap == nil {
		return 0
	}
	return vm.heap.Stats().BytesAllocated
}
