// mod_time.go defines _time, the Go half of the time module: the clock, sleeping, and the
// conversions between seconds and broken-down time (as 9-tuples) with the C library's
// strftime directives in the C locale. pylib/time.py wraps the tuples in struct_time.
package vm

import (
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// newTimeModule makes _time.
func newTimeModule(vm *VM) *Module {
	m := vm.newGoModule("_time", "", []methodDef{
		{name: "time", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("time", args, 0); err != nil {
				return nil, err
			}
			return vm.NewFloat(float64(time.Now().UnixNano()) / 1e9), nil
		}},
		{name: "clock", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("clock", args, 0); err != nil {
				return nil, err
			}
			var ts unix.Timespec
			if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
				return nil, vm.ioError(err, nil)
			}
			return vm.NewFloat(float64(ts.Sec) + float64(ts.Nsec)/1e9), nil
		}},
		{name: "sleep", fn: timeSleep},
		{name: "_broken_down", fn: timeBrokenDown},
		{name: "_mktime", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			f, err := vm.timeFields(args)
			if err != nil {
				return nil, err
			}
			t := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
			return vm.NewFloat(float64(t.Unix())), nil
		}},
		{name: "_strftime", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("_strftime expected 2 arguments, got %d", len(args))
			}
			format, ok := args[0].(*Str)
			if !ok {
				return nil, vm.typeErrorf("strftime() argument 1 must be string, not %s", args[0].Type().Name)
			}
			f, err := vm.timeFields(args[1:])
			if err != nil {
				return nil, err
			}
			return vm.NewStr(strftime(format.S, f)), nil
		}},
	})
	_, off := time.Unix(0, 0).In(time.Local).Zone()
	name, _ := time.Now().Zone()
	vm.modSet(m, "timezone", vm.NewInt(int64(-off)))
	vm.modSet(m, "altzone", vm.NewInt(int64(-off)))
	vm.modSet(m, "daylight", vm.NewInt(0))
	vm.modSet(m, "tzname", vm.NewTuple([]Object{vm.NewStr(name), vm.NewStr(name)}))
	return m
}

// timeSleep is time.sleep(secs), interrupted by SIGINT (KeyboardInterrupt) as in CPython.
func timeSleep(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("sleep", args, 1); err != nil {
		return nil, err
	}
	secs, err := vm.mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	if secs < 0 || math.IsNaN(secs) {
		return nil, vm.ioError(unix.EINVAL, nil)
	}
	deadline := time.Now().Add(time.Duration(secs * 1e9))
	for {
		if err := vm.checkSignals(); err != nil {
			return nil, err
		}
		left := time.Until(deadline)
		if left <= 0 {
			return noneRef(), nil
		}
		time.Sleep(min(left, 20*time.Millisecond))
	}
}

// timeBrokenDown is _broken_down(secs, utc): the 9 fields of localtime or gmtime.
func timeBrokenDown(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 2 {
		return nil, vm.typeErrorf("_broken_down expected 2 arguments, got %d", len(args))
	}
	var t time.Time
	if args[0] == Object(None) {
		t = time.Now()
	} else {
		secs, err := vm.mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		if math.IsNaN(secs) || math.IsInf(secs, 0) || math.Abs(secs) > 1e17 {
			return nil, vm.Raise(ValueErrorType, "timestamp out of range for platform time_t")
		}
		t = time.Unix(int64(math.Floor(secs)), 0)
	}
	utc, _ := vm.IsTrue(args[1])
	if utc {
		t = t.UTC()
	} else {
		t = t.In(time.Local)
	}
	isdst := int64(0)
	if t.IsDST() {
		isdst = 1
	}
	fields := []int64{int64(t.Year()), int64(t.Month()), int64(t.Day()), int64(t.Hour()), int64(t.Minute()),
		int64(t.Second()), int64((t.Weekday() + 6) % 7), int64(t.YearDay()), isdst}
	items := make([]Object, len(fields))
	for i, f := range fields {
		items[i] = vm.NewInt(f)
	}
	return vm.NewTuple(items), nil
}

// timeFields reads a 9-tuple of ints (the caller validated its length).
func (vm *VM) timeFields(args []Object) ([9]int64, *PyError) {
	var f [9]int64
	if len(args) != 1 {
		return f, vm.typeErrorf("expected one argument")
	}
	items, err := vm.iterateAll(args[0])
	if err != nil {
		return f, err
	}
	defer func() {
		for _, it := range items {
			vm.Decref(it)
		}
	}()
	if len(items) != 9 {
		return f, vm.typeErrorf("argument must be sequence of length 9, not %d", len(items))
	}
	for i, it := range items {
		n, err := vm.intArg(it)
		if err != nil {
			return f, err
		}
		f[i] = n
	}
	return f, nil
}

var (
	weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

// strftime formats the fields (year, month, mday, hour, min, sec, wday Monday=0, yday,
// isdst) with the C library's directives in the C locale.
func strftime(format string, f [9]int64) string {
	var b strings.Builder
	pad := func(n int64, width int, fill byte) {
		s := strconv.FormatInt(n, 10)
		for i := len(s); i < width; i++ {
			b.WriteByte(fill)
		}
		b.WriteString(s)
	}
	year, mon, mday, hour, minute, sec, wday, yday := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]
	wdayName := func() string { return weekdayNames[((wday%7)+7)%7] }
	monName := func() string {
		if mon < 1 || mon > 12 {
			return "?"
		}
		return monthNames[mon-1]
	}
	sundayWday := (wday + 1) % 7
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(wdayName()[:3])
		case 'A':
			b.WriteString(wdayName())
		case 'b', 'h':
			b.WriteString(monName()[:min(3, len(monName()))])
		case 'B':
			b.WriteString(monName())
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", f))
		case 'd':
			pad(mday, 2, '0')
		case 'e':
			pad(mday, 2, ' ')
		case 'D':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f))
		case 'H':
			pad(hour, 2, '0')
		case 'I':
			h := hour % 12
			if h == 0 {
				h = 12
			}
			pad(h, 2, '0')
		case 'j':
			pad(yday, 3, '0')
		case 'm':
			pad(mon, 2, '0')
		case 'M':
			pad(minute, 2, '0')
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'p':
			if hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", f))
		case 'R':
			b.WriteString(strftime("%H:%M", f))
		case 'S':
			pad(sec, 2, '0')
		case 'T':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'u':
			pad(wday+1, 1, '0')
		case 'U':
			pad((yday-1+7-sundayWday)/7, 2, '0')
		case 'w':
			pad(sundayWday, 1, '0')
		case 'W':
			pad((yday-1+7-wday)/7, 2, '0')
		case 'x':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'y':
			pad(((year%100)+100)%100, 2, '0')
		case 'Y':
			pad(year, 1, '0')
		case 'Z':
			name, _ := time.Now().Zone()
			b.WriteString(name)
		case 'z':
			_, off := time.Now().Zone()
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteByte(sign)
			pad(int64(off/3600), 2, '0')
			pad(int64(off%3600/60), 2, '0')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}
