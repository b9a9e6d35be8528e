// genconfig.go defines GenConfig, the generational collector's settings, and how they are
// read from PyPy's environment variables (PYPY_GC_NURSERY, PYPY_GC_MAJOR_COLLECT,
// PYPY_GC_GROWTH, PYPY_GC_MIN, PYPY_GC_MAX_DELTA) with PyPy's size syntax.
package gcsim

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// PyPy's numbers (rpython/memory/gc/incminimark.py and its translation parameters).
const (
	// DefaultNurserySize is the nursery size when none is given: PyPy's 4 MiB fallback
	// (PyPy uses half the L2 cache when that is larger than 8 MB).
	DefaultNurserySize = 4 << 20

	// DefaultMajorCollect is PYPY_GC_MAJOR_COLLECT's default: a major collection starts
	// when memory reaches 1.82 times what was alive after the previous one.
	DefaultMajorCollect = 1.82

	// DefaultGrowth is PYPY_GC_GROWTH's default: the major threshold grows at most 1.4
	// times from one major collection to the next.
	DefaultGrowth = 1.4

	// LargeObject is incminimark's large_object, (16384+512) words: objects of this size
	// or more are allocated outside the nursery.
	LargeObject = (16384 + 512) * 8

	// MinNurserySize is the smallest real nursery, twice LargeObject. A smaller
	// PYPY_GC_NURSERY keeps a nursery of this size but lets only that many bytes be
	// allocated between two minor collections (PyPy's debug_tiny_nursery).
	MinNurserySize = 2 * LargeObject

	// MinObjectSize is the smallest allocation: a header word and one more word.
	MinObjectSize = 16
)

// GenConfig configures the generational collector. Zero fields mean PyPy's defaults, so
// GenConfig{} is a valid configuration.
type GenConfig struct {
	// NurserySize is the nursery size in bytes (PYPY_GC_NURSERY); 0 means
	// DefaultNurserySize. Values below MinNurserySize make minor collections as
	// frequent as that many bytes of allocation (PYPY_GC_NURSERY=1: one per allocation).
	NurserySize int64

	// MajorCollect is the major collection factor (PYPY_GC_MAJOR_COLLECT), > 1.
	MajorCollect float64

	// Growth is the largest growth of the major threshold per major collection
	// (PYPY_GC_GROWTH), > 1.
	Growth float64

	// MinMajorThreshold is the smallest major threshold in bytes (PYPY_GC_MIN); 0 means
	// 8 times the nursery. No major collection starts below it.
	MinMajorThreshold int64

	// MaxDelta caps how far the major threshold may be above the memory alive after a
	// major collection (PYPY_GC_MAX_DELTA); 0 means no cap. PyPy's default is an
	// eighth of the machine's RAM, which a teaching program never gets near.
	MaxDelta int64

	// Stress collects at every safe point what a program can observe: the VM asks Due at
	// every instruction boundary and it always says yes. The nursery is collected at once
	// when it holds objects with a finalizer or weakref targets, and a major collection
	// runs whenever finalizers or weakrefs are registered, stopping as soon as it has
	// reached all of them (a complete one would then change nothing the program sees).
	// Finalizers and weakref callbacks thus run at the first safe point after their object
	// becomes unreachable.
	Stress bool

	// NoAutomatic never collects on its own: only FullCollect (gc.collect()) collects.
	NoAutomatic bool
}

// DefaultGenConfig returns PyPy's defaults with every field filled in.
func DefaultGenConfig() GenConfig {
	c := GenConfig{}
	return c.normalized()
}

// normalized returns c with its zero fields replaced by PyPy's defaults.
func (c GenConfig) normalized() GenConfig {
	if c.NurserySize == 0 {
		c.NurserySize = DefaultNurserySize
	}
	if c.MajorCollect == 0 {
		c.MajorCollect = DefaultMajorCollect
	}
	if c.Growth == 0 {
		c.Growth = DefaultGrowth
	}
	if c.MinMajorThreshold == 0 {
		c.MinMajorThreshold = 8 * max(c.NurserySize, MinNurserySize)
	}
	return c
}

// Validate reports what is wrong with c, if anything. NewGenerational requires a valid
// configuration.
func (c GenConfig) Validate() error {
	var errs []error
	if c.NurserySize < 0 {
		errs = append(errs, fmt.Errorf("nursery size %d is negative", c.NurserySize))
	}
	if c.MajorCollect != 0 && !(c.MajorCollect > 1) {
		errs = append(errs, fmt.Errorf("major collection factor %g must be greater than 1", c.MajorCollect))
	}
	if c.Growth != 0 && !(c.Growth > 1) {
		errs = append(errs, fmt.Errorf("growth factor %g must be greater than 1", c.Growth))
	}
	if math.IsInf(c.MajorCollect, 0) || math.IsInf(c.Growth, 0) {
		errs = append(errs, errors.New("collection factors must be finite"))
	}
	if c.MinMajorThreshold < 0 {
		errs = append(errs, fmt.Errorf("minimum major threshold %d is negative", c.MinMajorThreshold))
	}
	if c.MaxDelta < 0 {
		errs = append(errs, fmt.Errorf("maximum threshold delta %d is negative", c.MaxDelta))
	}
	if c.Stress && c.NoAutomatic {
		errs = append(errs, errors.New("stress mode (collect at every safe point) and no automatic collection exclude each other"))
	}
	return errors.Join(errs...)
}

// ParseSize reads a size the way PyPy's env.py does: a decimal number (fractions allowed),
// optionally followed by k, m or g (powers of 1024, either case), optionally followed by b
// or B: "4M", "512k", "1.5GB", "100000", "64kb". It returns the size in bytes.
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty size")
	}
	num := s
	if len(num) > 1 && (num[len(num)-1] == 'b' || num[len(num)-1] == 'B') {
		num = num[:len(num)-1]
	}
	factor := 1.0
	switch num[len(num)-1] {
	case 'k', 'K':
		factor = 1 << 10
	case 'm', 'M':
		factor = 1 << 20
	case 'g', 'G':
		factor = 1 << 30
	}
	if factor != 1 {
		num = num[:len(num)-1]
	}
	v, err := parseDecimal(num)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size: want a number with an optional k, M or G suffix (and an optional B), such as 4M or 512kB", s)
	}
	if v < 0 {
		return 0, fmt.Errorf("size %q is negative", s)
	}
	bytes := v * factor
	if bytes >= math.MaxInt64 {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	return int64(bytes), nil
}

// parseDecimal parses a plain decimal float as Python's float() would (no hex, no inf, no
// nan, no digit separators).
func parseDecimal(s string) (float64, error) {
	if s == "" {
		return 0, errors.New("no digits")
	}
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == '.' || r == 'e' || r == 'E' || r == '+' || r == '-':
		default:
			return 0, fmt.Errorf("unexpected %q", r)
		}
	}
	if !digits {
		return 0, errors.New("no digits")
	}
	return strconv.ParseFloat(s, 64)
}

// ConfigFromEnv reads PyPy's GC variables through getenv (os.Getenv, or a map in tests)
// over DefaultGenConfig. Unset or empty variables keep the default, as does
// PYPY_GC_NURSERY=0 (PyPy's "pick the default"). Where PyPy silently ignores a malformed
// value, this returns an error saying which variable is wrong and why; all errors are
// reported together.
func ConfigFromEnv(getenv func(string) string) (GenConfig, error) {
	c := GenConfig{}
	var errs []error
	size := func(name string, dst *int64) {
		v := getenv(name)
		if strings.TrimSpace(v) == "" {
			return
		}
		n, err := ParseSize(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s=%s: %v", name, v, err))
			return
		}
		*dst = n
	}
	factor := func(name string, dst *float64) {
		v := strings.TrimSpace(getenv(name))
		if v == "" {
			return
		}
		f, err := parseDecimal(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s=%s: not a number (PyPy wants a plain number here, such as 1.82; no suffix)", name, v))
			return
		}
		if !(f > 1) {
			errs = append(errs, fmt.Errorf("%s=%s: must be greater than 1.0", name, v))
			return
		}
		*dst = f
	}
	size("PYPY_GC_NURSERY", &c.NurserySize)
	factor("PYPY_GC_MAJOR_COLLECT", &c.MajorCollect)
	factor("PYPY_GC_GROWTH", &c.Growth)
	size("PYPY_GC_MIN", &c.MinMajorThreshold)
	size("PYPY_GC_MAX_DELTA", &c.MaxDelta)
	if err := errors.Join(errs...); err != nil {
		return GenConfig{}, err
	}
	return c.normalized(), nil
}
