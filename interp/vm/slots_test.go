package vm_test

import (
	"path/filepath"
	"testing"

	"handson/gcsim"
	"handson/interp/vm"
)

// slotsPyPyPrograms are the __slots__ programs whose output does not depend on when objects
// die (slots_lifetime.py and slots_sizeof.py do: they print from __del__ and use
// sys.getrefcount and sys.getsizeof, which PyPy mode lacks).
var slotsPyPyPrograms = []string{"slots_descr", "slots_layout", "slots_gc"}

// TestSlotsPyPy runs the __slots__ programs in PyPy mode with a collection at every safe
// point and with a nursery of 1 KiB: a slot value the generational collector did not
// reach through its instance would be freed while in use, which the collector reports as a
// BUG panic.
func TestSlotsPyPy(t *testing.T) {
	stress := gcsim.DefaultGenConfig()
	stress.Stress = true
	tiny := gcsim.DefaultGenConfig()
	tiny.NurserySize = 1 << 10
	configs := map[string]gcsim.GenConfig{"stress": stress, "nursery1k": tiny}
	for cname, cfg := range configs {
		for _, name := range slotsPyPyPrograms {
			path := filepath.Join("testdata", "programs", name+".py")
			t.Run(cname+"/"+name, func(t *testing.T) {
				checkProgram(t, path, vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: cfg})
			})
		}
	}
}
