package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/spf13/cobra"

	"handson/gcsim"
	"handson/interp/pypylog"
	"handson/interp/vm"
)

// runOptions are the flags of `handson run`.
type runOptions struct {
	cpython        bool
	pypy           bool
	gc             string
	gcStress       bool
	gcNoAuto       bool
	maxOpenFiles   int
	trackResources bool
	log            string
	report         string
}

// newRunCommand builds the run command. It takes no stdout: the program writes to file
// descriptors 1 and 2 itself, as python2.7 does; stderr gets handson's own messages.
func newRunCommand(stderr io.Writer) *cobra.Command {
	var opts runOptions
	cmd := &cobra.Command{
		Use:   "run [--pypy|--cpython] [flags] FILE [ARGS...]",
		Short: "Run a Python 2.7 program under PyPy's or CPython's collector",
		Long: "Run a Python 2.7 program. FILE - reads the program from standard input.\n\n" +
			"--pypy (the default) behaves as PyPy does: a generational collector decides when\n" +
			"objects die, nothing is finalized at exit, open files are only flushed.\n" +
			"--cpython behaves as CPython 2.7 does: reference counting, objects die at once,\n" +
			"and at exit a cycle collection and module teardown run the remaining finalizers.\n\n" +
			"Environment: PYPYLOG=categories:file as PyPy reads it (gc-minor, gc-major, ...);\n" +
			"PYPY_GC_NURSERY, PYPY_GC_MAJOR_COLLECT, PYPY_GC_GROWTH, PYPY_GC_MIN as PyPy's GC does.",
		Args: needsProgram("run", "handson run prog.py [ARGS...], or handson run - to read it from standard input"),
		RunE: func(cmd *cobra.Command, args []string) error {
			status, err := runProgram(opts, args, stderr)
			if err != nil {
				return err
			}
			if status != 0 {
				return exitError{code: status}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.SetInterspersed(false)
	f.BoolVar(&opts.cpython, "cpython", false, "run as CPython 2.7: reference counting, no JIT")
	f.BoolVar(&opts.pypy, "pypy", false, "run as PyPy: generational collector (the default)")
	f.StringVar(&opts.gc, "gc", "", "collector: refcount or generational (overrides the mode's)")
	f.BoolVar(&opts.gcStress, "gc-stress", false, "generational: collect at every safe point")
	f.BoolVar(&opts.gcNoAuto, "gc-no-auto", false, "generational: never collect before exit unless gc.collect() asks")
	f.IntVar(&opts.maxOpenFiles, "max-open-files", 0, "cap the files the program may hold open (0: no cap)")
	f.BoolVar(&opts.trackResources, "track-resources", false, "warn when a collector, not the program, closes a file")
	f.StringVar(&opts.log, "log", "", "PYPYLOG specification, e.g. gc-minor,gc-major:log.txt (overrides $PYPYLOG)")
	f.StringVar(&opts.report, "report", "", "write a JSON report of the run (exit status, files left open) to this file")
	return cmd
}

// vmOptions turns the command line and environment into VM options.
func vmOptions(opts runOptions, getenv func(string) string) (vm.Options, error) {
	var o vm.Options
	if opts.cpython && opts.pypy {
		return o, fmt.Errorf("--cpython and --pypy exclude each other; choose one")
	}
	o.PyPy = !opts.cpython
	o.GC = vm.GCGenerational
	if opts.cpython {
		o.GC = vm.GCRefcount
	}
	switch opts.gc {
	case "":
	case "refcount":
		o.GC = vm.GCRefcount
	case "generational":
		o.GC = vm.GCGenerational
	default:
		return o, fmt.Errorf("--gc %q: use refcount or generational", opts.gc)
	}
	if o.GC == vm.GCGenerational {
		cfg, err := gcsim.ConfigFromEnv(getenv)
		if err != nil {
			return o, err
		}
		cfg.Stress = opts.gcStress
		cfg.NoAutomatic = opts.gcNoAuto
		o.Gen = cfg
	} else if opts.gcStress || opts.gcNoAuto {
		return o, fmt.Errorf("--gc-stress and --gc-no-auto apply to the generational collector; drop --cpython or add --gc generational")
	}
	if opts.maxOpenFiles < 0 {
		return o, fmt.Errorf("--max-open-files %d: give a positive number, or 0 for no cap", opts.maxOpenFiles)
	}
	o.MaxOpenFiles = opts.maxOpenFiles
	o.TrackResources = opts.trackResources
	o.Environ = os.Environ()
	// PYTHONUNBUFFERED makes stdout unbuffered, as it does for python2.7 and pypy.
	o.Unbuffered = getenv("PYTHONUNBUFFERED") != ""
	o.InterruptIgnored = signal.Ignored(os.Interrupt)
	return o, nil
}

// runProgram runs a file (or stdin for "-") and returns its exit status.
func runProgram(opts runOptions, args []string, stderr io.Writer) (int, error) {
	file := args[0]
	var src []byte
	var err error
	if file == "-" {
		src, err = io.ReadAll(os.Stdin)
		file = "<stdin>"
	} else {
		src, err = os.ReadFile(file)
	}
	if err != nil {
		return 0, fmt.Errorf("can't open file '%s': %v", args[0], unwrapPathError(err))
	}
	o, err := vmOptions(opts, os.Getenv)
	if err != nil {
		return 0, err
	}
	o.Argv = append([]string{args[0]}, args[1:]...)
	o.Stdin, o.Stdout, o.Stderr = 0, 1, 2
	logSpec := os.Getenv("PYPYLOG")
	if opts.log != "" {
		logSpec = opts.log
	}
	spec, err := pypylog.ParseSpec(logSpec, os.Getpid())
	if err != nil {
		return 0, err
	}
	if !spec.PerProcess {
		os.Unsetenv("PYPYLOG")
	}
	var logw *pypylog.Writer
	if spec.Mode != pypylog.Off {
		logw, err = pypylog.Open(spec, pypylog.Options{Stderr: stderr})
		if err != nil {
			return 0, err
		}
		o.Log = logw
	}
	machine, err := vm.New(o)
	if err != nil {
		return 0, err
	}
	// Python programs make many small short-lived objects; Go's collector runs less often
	// with a larger heap goal, which the VM's speed depends on more than its memory.
	debug.SetGCPercent(400)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			machine.Interrupt()
		}
	}()
	status := machine.RunMain(src, file)
	if logw != nil {
		if err := logw.Close(); err != nil {
			fmt.Fprintf(stderr, "handson: %v\n", err)
		}
	}
	if opts.report != "" {
		if err := writeReport(opts.report, status, machine); err != nil {
			return status, err
		}
	}
	return status, nil
}

// runReport is what --report writes: what a checker needs to know about a run beyond its
// output.
type runReport struct {
	Status            int            `json:"status"`
	OpenFiles         []vm.OpenFile  `json:"open_files"`
	ClosedByCollector []vm.OpenFile  `json:"closed_by_collector"`
	GC                map[string]int `json:"gc"`
}

func writeReport(path string, status int, machine *vm.VM) error {
	r := runReport{Status: status, OpenFiles: machine.OpenFilesAtExit(),
		ClosedByCollector: machine.ClosedByCollector(), GC: machine.GCCounts()}
	if r.OpenFiles == nil {
		r.OpenFiles = []vm.OpenFile{}
	}
	if r.ClosedByCollector == nil {
		r.ClosedByCollector = []vm.OpenFile{}
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// unwrapPathError gives the reason of a file error without repeating the path.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// needsProgram is the argument check of the commands that run or read a Python program:
// without one, it says how to give it (usage is the example to show).
func needsProgram(command, usage string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return fmt.Errorf("%s needs a Python program: %s", command, usage)
		}
		return nil
	}
}
