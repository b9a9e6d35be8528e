// file.go defines Python 2's file objects over real file descriptors, with a user-space
// write buffer of 8 KiB as C stdio gives CPython 2.7: written data reaches the file only on
// flush(), close(), a full buffer, or at exit, so a learner can see what a leaked file
// leaves on disk under each collector. Descriptors can be capped to make leaks fail fast.
package vm

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sys/unix"

	"handson/gcsim"
)

// fileBufSize is BUFSIZ of glibc's stdio, the buffer CPython 2.7's files write through.
const fileBufSize = 8192

// File is a Python 2 file object.
type File struct {
	gcsim.Header
	fd       int // -1 once closed
	name     Object
	mode     string
	readable bool
	writable bool
	append   bool
	wbuf     []byte
	rbuf     []byte // read-ahead
	rpos     int
	closed   bool
	// softspace is the print statement's flag: a space is due before the next item.
	softspace bool
	// std marks sys.stdin/stdout/stderr: never closed by a collector.
	std bool
	// lineBuffered flushes after each newline (stdout on a terminal).
	lineBuffered bool
	// unbuffered writes at once (stderr).
	unbuffered bool
	// bufSize is the write buffer's size when open() was given one; 0 means fileBufSize.
	bufSize int
	// openedAt is where the program opened the file (file:line), for reports; createdAt
	// is the whole stack then, kept only under --track-resources.
	openedAt  string
	createdAt string
	weakrefs  *weakList
}

func (*File) Type() *Type { return FileType }

// fileTable is the set of files the program has open.
type fileTable struct {
	open map[*File]struct{}
}

func (vm *VM) openFiles() []*File {
	out := make([]*File, 0, len(vm.files.open))
	for f := range vm.files.open {
		out = append(out, f)
	}
	return out
}

// fileSize is the simulated size of a file object in PyPy.
const fileSize = 96

// newStdFile wraps one of the process's standard descriptors.
func (vm *VM) newStdFile(fd int, name, mode string) *File {
	f := &File{Header: gcsim.ImmortalHeader(immortalRC), fd: fd, name: NewStrConst(name), mode: mode, std: true}
	f.readable = mode == "r"
	f.writable = mode == "w"
	return f
}

// openFile is open(name, mode, buffering): buffering 0 writes at once, 1 flushes at each
// newline, a larger number is the buffer's size and a negative one the default size, as
// CPython's setvbuf calls make them (without glibc's habit of writing a request straight
// through when the buffer is smaller than 128 bytes).
func (vm *VM) openFile(nameObj Object, mode string, buffering int) (Object, *PyError) {
	name, ok := nameObj.(*Str)
	if !ok {
		if u, isU := nameObj.(*Unicode); isU {
			s, err := vm.encodeASCII(u.R)
			if err != nil {
				return nil, err
			}
			name = vm.NewStr(s).(*Str)
			defer vm.Decref(name)
		} else {
			return nil, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", nameObj.Type().Name)
		}
	}
	if strings.IndexByte(name.S, 0) >= 0 {
		return nil, vm.typeErrorf("file() argument 1 must be encoded string without NULL bytes, not str")
	}
	m := strings.ReplaceAll(mode, "U", "")
	if mode == "" || !strings.ContainsAny(mode[:1], "rwaU") {
		return nil, vm.Raisef(ValueErrorType, "mode string must begin with one of 'r', 'w', 'a' or 'U', not '%s'", mode)
	}
	if m == "" || m[0] == 'b' {
		m = "r" + m
	}
	plus := strings.Contains(m, "+")
	var flags int
	f := &File{Header: gcsim.Header{RC: 1}, name: name, mode: mode}
	switch {
	case buffering == 0:
		f.unbuffered = true
	case buffering == 1:
		f.lineBuffered = true
	case buffering > 1:
		f.bufSize = buffering
	}
	switch m[0] {
	case 'r':
		f.readable = true
		flags = unix.O_RDONLY
		if plus {
			flags = unix.O_RDWR
			f.writable = true
		}
	case 'w':
		f.writable = true
		flags = unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
		if plus {
			flags = unix.O_RDWR | unix.O_CREAT | unix.O_TRUNC
			f.readable = true
		}
	case 'a':
		f.writable = true
		f.append = true
		flags = unix.O_WRONLY | unix.O_CREAT | unix.O_APPEND
		if plus {
			flags = unix.O_RDWR | unix.O_CREAT | unix.O_APPEND
			f.readable = true
		}
	}
	// The cap counts the three standard streams too, as a ulimit -n does.
	if vm.opts.MaxOpenFiles > 0 && len(vm.files.open)+3 >= vm.opts.MaxOpenFiles {
		return nil, vm.ioError(unix.EMFILE, name)
	}
	fd, err := unix.Open(name.S, flags|unix.O_CLOEXEC, 0o666)
	if err != nil {
		return nil, vm.ioError(err, name)
	}
	if !f.readable || true {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR {
			unix.Close(fd)
			return nil, vm.ioError(unix.EISDIR, name)
		}
	}
	f.fd = fd
	incref(name)
	if vm.frame != nil {
		f.openedAt = fmt.Sprintf("%s:%d", vm.frame.Code.Filename, vm.frame.Lineno())
		if vm.opts.TrackResources {
			f.createdAt = vm.stackText()
		}
	}
	vm.files.open[f] = struct{}{}
	vm.track(f, fileSize, allocFinalizer)
	return f, nil
}

// ioError makes IOError(errno, strerror, filename) from a system error.
func (vm *VM) ioError(err error, name Object) *PyError {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return vm.Raise(IOErrorType, err.Error())
	}
	args := []Object{vm.NewInt(int64(errno)), vm.NewStr(strerror(errno))}
	if name != nil {
		incref(name)
		args = append(args, name)
	}
	e := vm.RaiseArgs(IOErrorType, args...)
	for _, a := range args {
		vm.Decref(a)
	}
	// EnvironmentError.__init__ semantics: errno, strerror, filename attributes.
	inst := e.Value.(*Instance)
	if _, perr := envErrorInit(vm, inst, inst.Args.Items, nil); perr != nil {
		perr.release(vm)
	}
	return e
}

// strerror is the C library's message for an errno, capitalised as glibc's.
func strerror(e unix.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// checkOpen raises the ValueError of an operation on a closed file.
func (vm *VM) checkOpen(f *File) *PyError {
	if f.closed {
		return vm.Raise(ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

// writeString writes s to the file through its buffer.
func (vm *VM) fileWrite(f *File, s string) *PyError {
	if err := vm.checkOpen(f); err != nil {
		return err
	}
	if !f.writable {
		return vm.ioError(unix.EBADF, nil)
	}
	if len(f.rbuf) > f.rpos {
		// Switching from reading to writing: position the descriptor where the reader is.
		unix.Seek(f.fd, int64(f.rpos-len(f.rbuf)), 1)
	}
	f.rbuf, f.rpos = nil, 0
	f.wbuf = append(f.wbuf, s...)
	if f.unbuffered || len(f.wbuf) >= f.writeBufferSize() || (f.lineBuffered && strings.IndexByte(s, '\n') >= 0) {
		return vm.fileFlush(f)
	}
	return nil
}

// writeBufferSize is how many bytes of writes the file holds before writing them out.
func (f *File) writeBufferSize() int {
	if f.bufSize > 0 {
		return f.bufSize
	}
	return fileBufSize
}

// fileFlush writes the buffer out.
func (vm *VM) fileFlush(f *File) *PyError {
	for len(f.wbuf) > 0 {
		n, err := unix.Write(f.fd, f.wbuf)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			f.wbuf = f.wbuf[:0]
			return vm.ioError(err, nil)
		}
		f.wbuf = f.wbuf[n:]
	}
	f.wbuf = nil
	return nil
}

// fileClose flushes and closes the descriptor. Closing twice is fine.
func (vm *VM) fileClose(f *File) *PyError {
	if f.closed {
		return nil
	}
	err := vm.fileFlush(f)
	f.closed = true
	delete(vm.files.open, f)
	if !f.std {
		unix.Close(f.fd)
	}
	f.fd = -1
	return err
}

// closeFileByCollector is a file's finalizer: the collector, not the program, closes it.
func (vm *VM) closeFileByCollector(f *File) {
	if f.closed || f.std {
		return
	}
	vm.collectorClosed = append(vm.collectorClosed, describeFile(f))
	if vm.opts.TrackResources {
		msg := "WARNING: unclosed file: " + f.repr(objectID(f)) + "\n"
		if f.createdAt != "" {
			msg += "Created at (most recent call last):\n" + f.createdAt
		}
		vm.writeStderr(msg)
	}
	if err := vm.fileClose(f); err != nil {
		err.release(vm)
		vm.writeStderr("close failed in file object destructor:\n")
	}
}

// fillRead reads more of the file into the read-ahead buffer; false at end of file.
func (vm *VM) fillRead(f *File) (bool, *PyError) {
	if f.rpos > 0 {
		f.rbuf = f.rbuf[f.rpos:]
		f.rpos = 0
	}
	buf := make([]byte, fileBufSize)
	for {
		n, err := unix.Read(f.fd, buf)
		if err == unix.EINTR {
			if perr := vm.checkSignals(); perr != nil {
				return false, perr
			}
			continue
		}
		if err != nil {
			return false, vm.ioError(err, nil)
		}
		if n == 0 {
			return false, nil
		}
		f.rbuf = append(f.rbuf, buf[:n]...)
		return true, nil
	}
}

// prepareRead checks a read is allowed and flushes pending writes first.
func (vm *VM) prepareRead(f *File) *PyError {
	if err := vm.checkOpen(f); err != nil {
		return err
	}
	if !f.readable {
		return vm.ioError(unix.EBADF, nil)
	}
	if len(f.wbuf) > 0 {
		return vm.fileFlush(f)
	}
	if f.std && f.fd == 0 && vm.stdout != nil {
		// Reading the terminal flushes what the program printed, as stdio does.
		if err := vm.fileFlush(vm.stdout); err != nil {
			err.release(vm)
		}
	}
	return nil
}

// fileRead reads up to n bytes (all of it when n < 0).
func (vm *VM) fileRead(f *File, n int) (string, *PyError) {
	if err := vm.prepareRead(f); err != nil {
		return "", err
	}
	for n < 0 || len(f.rbuf)-f.rpos < n {
		more, err := vm.fillRead(f)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	avail := f.rbuf[f.rpos:]
	if n >= 0 && len(avail) > n {
		avail = avail[:n]
	}
	f.rpos += len(avail)
	return string(avail), nil
}

// fileReadline reads one line (with its newline), at most limit bytes when limit >= 0.
func (vm *VM) fileReadline(f *File, limit int) (string, *PyError) {
	if err := vm.prepareRead(f); err != nil {
		return "", err
	}
	for {
		avail := f.rbuf[f.rpos:]
		if i := strings.IndexByte(string(avail), '\n'); i >= 0 && (limit < 0 || i < limit) {
			line := string(avail[:i+1])
			f.rpos += i + 1
			return line, nil
		}
		if limit >= 0 && len(avail) >= limit {
			line := string(avail[:limit])
			f.rpos += limit
			return line, nil
		}
		more, err := vm.fillRead(f)
		if err != nil {
			return "", err
		}
		if !more {
			line := string(f.rbuf[f.rpos:])
			f.rpos = len(f.rbuf)
			return line, nil
		}
	}
}

// repr is <open file 'NAME', mode 'M' at 0x...> (or closed).
func (f *File) repr(id uintptr) string {
	state := "open"
	if f.closed {
		state = "closed"
	}
	name := "?"
	if s, ok := f.name.(*Str); ok {
		name = strRepr(s.S)
	}
	return fmt.Sprintf("<%s file %s, mode '%s' at %#x>", state, name, f.mode, id)
}

// flushAll flushes every open file and the standard streams (at exit).
func (vm *VM) flushAll() {
	for f := range vm.files.open {
		if err := vm.fileFlush(f); err != nil {
			err.release(vm)
		}
	}
	for _, f := range []*File{vm.stdout, vm.stderr} {
		if f != nil {
			if err := vm.fileFlush(f); err != nil {
				err.release(vm)
			}
		}
	}
}

// writeStderr writes VM diagnostics to sys.stderr (flushing stdout first so the two
// streams interleave as a terminal user expects).
func (vm *VM) writeStderr(s string) {
	if vm.stderr == nil {
		return
	}
	if err := vm.fileWrite(vm.stderr, s); err != nil {
		err.release(vm)
	}
}

// stackText renders the current Python stack as a traceback does (outermost first).
func (vm *VM) stackText() string {
	var frames []*Frame
	for f := vm.frame; f != nil; f = f.Back {
		frames = append(frames, f)
	}
	var b strings.Builder
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		line := f.Lineno()
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.Code.Filename, line, f.Code.Name)
		if src := vm.sourceLine(f.Code.Filename, line); src != "" {
			fmt.Fprintf(&b, "    %s\n", src)
		}
	}
	return b.String()
}
