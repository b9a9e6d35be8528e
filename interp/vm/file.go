// file.go defines Python 2's file objects over real file descriptors, in the three layers
// CPython 2.7's fileobject.c stands on:
//
//   - a stdio stream like glibc's FILE: one buffer the size glibc gives it (the file
//     system's block size, at most 8 KiB) that reads refill and writes fill as glibc's
//     libio does (written data reaches the file only on flush(), close(), a full buffer,
//     or at exit, so a learner can see what a leaked file leaves on disk under each
//     collector), seeks that read up to the target from a block boundary, the end of
//     the file that stays seen, reads right after writes that lose them as glibc's do,
//     and fopen's reading of the mode ("rw" opens for reading only; "a" starts at the
//     end);
//   - universal newlines (mode 'U'): \r and \r\n read as \n, with the kinds seen kept for
//     the newlines attribute;
//   - the read-ahead buffer of iteration: next() reads 8 KiB chunks of its own, so tell()
//     after `for line in f` reports the end of the chunk and read methods refuse to run
//     while the chunk holds unread data, as CPython 2.7 does.
//
// Descriptors can be capped to make leaks fail fast.
package vm

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sys/unix"

	"handson/gcsim"
)

// fileBufSize is BUFSIZ of glibc's stdio: the largest buffer it gives a file.
const fileBufSize = 8192

// readaheadSize is the chunk iteration reads (READAHEAD_BUFSIZE).
const readaheadSize = 8192

// The kinds of newline a universal-newlines file has seen (f_newlinetypes).
const (
	newlineCR   = 1
	newlineLF   = 2
	newlineCRLF = 4
)

// File is a Python 2 file object.
type File struct {
	gcsim.Header
	fd   int // -1 once closed
	name Object
	mode string // as the program gave it
	// readable and writable are what the mode promises (CPython's checks before an
	// operation: "File not open for reading"); canRead and canWrite are what the
	// descriptor was opened for (a failing operation is EBADF), which differ for modes
	// such as "rw" that fopen reads as "r".
	readable, writable bool
	canRead, canWrite  bool
	append             bool
	binary             bool // 'b' in the mode: write takes buffers, writelines raw bytes
	// Universal newlines: univNewline for mode 'U', the kinds seen, and whether a \n just
	// read must be dropped because it ends a \r\n.
	univNewline  bool
	newlineTypes uint8
	skipNextLF   bool
	wbuf         []byte
	rbuf         []byte // the stream's read buffer
	rpos         int
	// iterBuf is iteration's read-ahead chunk (nil when there is none; empty after a
	// read at the end of the file), iterPos the next unread byte in it.
	iterBuf []byte
	iterPos int
	closed  bool
	// softspace is the print statement's flag: a space is due before the next item.
	softspace bool
	// std marks sys.stdin/stdout/stderr: never closed by a collector.
	std bool
	// lineBuffered flushes after each newline (stdout on a terminal).
	lineBuffered bool
	// unbuffered writes at once (stderr).
	unbuffered bool
	// bufSize is the stream buffer's size: open()'s buffering argument when it gave one,
	// else what glibc allocates (the file system's block size, at most BUFSIZ).
	bufSize int
	// putting is glibc's _IO_CURRENTLY_PUTTING: the stream has set up its buffer for
	// writing (cleared by a seek or a read), which decides how a write fills it.
	putting bool
	// writeOff is where in the buffer the pending writes start (where reading had got
	// to when the stream turned to writing), which leaves less room before it is full.
	writeOff int
	// noRoom is a writing stream whose buffer glibc has reset under it (a long read in
	// the middle of writing): the next write first writes out what is pending, unless
	// the stream is line-buffered.
	noRoom bool
	// fdAhead is how far the descriptor is past the stream's position because the
	// stream turned from reading to writing with read-ahead unread: glibc moves the
	// descriptor back only when it writes the buffer out.
	fdAhead int64
	// offsetKnown is glibc's _offset != _IO_pos_BAD: the stream knows where the
	// descriptor is (after a seek, say, not after opening or a flush), which decides
	// how a seek from the current position goes.
	offsetKnown bool
	// eof is the end of the file seen: the buffered reads find nothing more until
	// CPython clears it or a seek does.
	eof bool
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
	f.canRead, f.canWrite = f.readable, f.writable
	var st unix.Stat_t
	if unix.Fstat(fd, &st) == nil {
		f.bufSize = stdioBufSize(&st)
	} else {
		f.bufSize = fileBufSize
	}
	return f
}

// stdioBufSize is the buffer glibc gives a stream: the file's block size when smaller
// than BUFSIZ, else BUFSIZ.
func stdioBufSize(st *unix.Stat_t) int {
	if st.Blksize > 0 && st.Blksize < fileBufSize {
		return int(st.Blksize)
	}
	return fileBufSize
}

// fileMode is what a mode string asks for, read as CPython's _PyFile_SanitizeMode and
// glibc's fopen read it.
type fileMode struct {
	flags              int // open(2) flags
	readable, writable bool
	canRead, canWrite  bool
	append             bool // 'a': every write goes to the end
	seekEnd            bool // 'a' without '+': fopen starts at the end
	binary             bool
	univNewline        bool
}

// parseFileMode checks a mode (ValueError for what CPython refuses) and works out the
// descriptor's flags and the file's permissions.
func (vm *VM) parseFileMode(mode string) (fileMode, *PyError) {
	if mode == "" {
		return fileMode{}, vm.Raise(ValueErrorType, "empty mode string")
	}
	// CPython removes the first 'U' and makes what is left a binary read mode.
	stdio := mode
	if i := strings.IndexByte(mode, 'U'); i >= 0 {
		stdio = mode[:i] + mode[i+1:]
		if stdio != "" && (stdio[0] == 'w' || stdio[0] == 'a') {
			return fileMode{}, vm.Raise(ValueErrorType, "universal newline mode can only be used with modes starting with 'r'")
		}
		if stdio == "" || stdio[0] != 'r' {
			stdio = "r" + stdio
		}
	} else if mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a' {
		return fileMode{}, vm.Raisef(ValueErrorType, "mode string must begin with one of 'r', 'w', 'a' or 'U', not '%.200s'", mode)
	}
	var m fileMode
	// The permissions CPython checks come from the mode as given.
	m.univNewline = strings.IndexByte(mode, 'U') >= 0
	m.binary = strings.IndexByte(mode, 'b') >= 0
	m.readable = strings.IndexByte(mode, 'r') >= 0 || m.univNewline
	m.writable = strings.ContainsAny(mode, "wa")
	if strings.IndexByte(mode, '+') >= 0 {
		m.readable, m.writable = true, true
	}
	// fopen looks at the first letter and at most six more, ignoring what it does not
	// know.
	plus, excl := false, false
	for i := 1; i < len(stdio) && i < 7; i++ {
		switch stdio[i] {
		case '+':
			plus = true
		case 'x':
			excl = true
		}
	}
	switch stdio[0] {
	case 'r':
		m.flags = unix.O_RDONLY
		m.canRead = true
	case 'w':
		m.flags = unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
		m.canWrite = true
	case 'a':
		m.flags = unix.O_WRONLY | unix.O_CREAT | unix.O_APPEND
		m.canWrite, m.append, m.seekEnd = true, true, !plus
	}
	if plus {
		m.flags = m.flags&^(unix.O_RDONLY|unix.O_WRONLY) | unix.O_RDWR
		m.canRead, m.canWrite = true, true
	}
	if excl {
		m.flags |= unix.O_EXCL
	}
	return m, nil
}

// openFile is open(name, mode, buffering): a new file object, opened.
func (vm *VM) openFile(nameObj Object, mode string, buffering int) (Object, *PyError) {
	f := &File{Header: gcsim.Header{RC: 1}, fd: -1, closed: true}
	if err := vm.openInto(f, nameObj, mode, buffering); err != nil {
		return nil, err
	}
	vm.track(f, fileSize, allocFinalizer)
	return f, nil
}

// uninitializedName is the name and mode of a file object made by file.__new__ alone.
const uninitializedName = "<uninitialized file>"

// newUnopenedFile is file.__new__: a closed file object that __init__ opens.
func (vm *VM) newUnopenedFile() *File {
	f := &File{Header: gcsim.Header{RC: 1}, fd: -1, closed: true,
		name: vm.NewStr(uninitializedName), mode: uninitializedName}
	vm.track(f, fileSize, allocFinalizer)
	return f
}

// openInto opens a file into f, which is closed, as file.__init__ does: buffering 0
// writes at once, 1 flushes at each newline, a larger number is the buffer's size and a
// negative one the default size, as CPython's setvbuf calls make them. The name may be
// unicode: it is opened encoded as UTF-8, the file system encoding, and kept as given.
func (vm *VM) openInto(f *File, nameObj Object, mode string, buffering int) *PyError {
	var path string
	if s := asStr(nameObj); s != nil {
		path = s.S
	} else if u := asUnicode(nameObj); u != nil {
		path = encodeUTF8Runes(u.R)
	} else {
		return vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", nameObj.Type().Name)
	}
	if strings.IndexByte(path, 0) >= 0 {
		return vm.typeErrorf("file() argument 1 must be encoded string without null bytes, not str")
	}
	m, err := vm.parseFileMode(mode)
	if err != nil {
		return err
	}
	// Like fill_file_fields, name and mode are set before the opening can fail.
	incref(nameObj)
	if f.name != nil {
		vm.Decref(f.name)
	}
	*f = File{Header: f.Header, fd: -1, closed: true, name: nameObj, mode: mode,
		readable: m.readable, writable: m.writable, canRead: m.canRead, canWrite: m.canWrite,
		append: m.append, binary: m.binary, univNewline: m.univNewline, weakrefs: f.weakrefs}
	switch {
	case buffering == 0:
		f.unbuffered = true
	case buffering == 1:
		f.lineBuffered = true
		f.bufSize = fileBufSize
	case buffering > 1:
		f.bufSize = buffering
	}
	// The cap counts the three standard streams too, as a ulimit -n does.
	if vm.opts.MaxOpenFiles > 0 && len(vm.files.open)+3 >= vm.opts.MaxOpenFiles {
		return vm.ioError(unix.EMFILE, nameObj)
	}
	fd, oerr := unix.Open(path, m.flags|unix.O_CLOEXEC, 0o666)
	if oerr != nil {
		return vm.ioError(oerr, nameObj)
	}
	// fopen opens a directory for reading; CPython refuses it after.
	var st unix.Stat_t
	if unix.Fstat(fd, &st) == nil {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			unix.Close(fd)
			return vm.ioError(unix.EISDIR, nameObj)
		}
		if f.bufSize == 0 {
			f.bufSize = stdioBufSize(&st)
		}
	}
	if f.bufSize == 0 {
		f.bufSize = fileBufSize
	}
	if m.seekEnd {
		unix.Seek(fd, 0, 2)
	}
	f.fd, f.closed = fd, false
	if vm.frame != nil {
		f.openedAt = fmt.Sprintf("%s:%d", vm.frame.Code.Filename, vm.frame.Lineno())
		if vm.opts.TrackResources {
			f.createdAt = vm.stackText()
		}
	}
	vm.files.open[f] = struct{}{}
	return nil
}

// asFile is the file object behind o: o itself, or the file an instance of a file
// subclass extends; nil for anything else.
func asFile(o Object) *File {
	switch x := o.(type) {
	case *File:
		return x
	case *Instance:
		if f, ok := x.Native.(*File); ok {
			return f
		}
	}
	return nil
}

// ioError makes IOError(errno, strerror, filename) from a system error.
func (vm *VM) ioError(err error, name Object) *PyError {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return vm.ioErrorArgs(vm.NewStr(err.Error()))
	}
	args := []Object{vm.NewInt(int64(errno)), vm.NewStr(strerror(errno))}
	if name != nil {
		incref(name)
		args = append(args, name)
	}
	return vm.ioErrorArgs(args...)
}

// ioErrorArgs raises IOError(*args) with its errno, strerror and filename attributes set
// as EnvironmentError.__init__ sets them, taking the references to args.
func (vm *VM) ioErrorArgs(args ...Object) *PyError {
	e := vm.RaiseArgs(IOErrorType, args...)
	vm.decrefAll(args)
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

// notOpenFor is the IOError of an operation the mode does not allow (err_mode).
func (vm *VM) notOpenFor(action string) *PyError {
	return vm.ioErrorArgs(vm.NewStr("File not open for " + action))
}

// checkReadable does the checks of CPython's read methods: the file is open, open for
// reading, and iteration's read-ahead holds no data they would skip. (A chunk that
// begins with a NUL byte does not count, as in CPython, which tests its first byte.)
func (vm *VM) checkReadable(f *File) *PyError {
	if err := vm.checkOpen(f); err != nil {
		return err
	}
	if !f.readable {
		return vm.notOpenFor("reading")
	}
	if f.iterBuf != nil && f.iterPos < len(f.iterBuf) && f.iterBuf[0] != 0 {
		return vm.Raise(ValueErrorType, "Mixing iteration and read methods would lose data")
	}
	return nil
}

// The stdio layer below follows glibc's libio (fileops.c), which CPython 2.7's files are
// made of, closely enough that what reaches the disk, and when, is the same: rbuf is the
// buffer while reading (its content and the read position in it), wbuf what waits to be
// written while writing, writeOff where in the buffer the writing started.

// fileWrite writes s through the stream's buffer (_IO_new_file_xsputn): what print and
// the write methods do once the file is known to be open.
func (vm *VM) fileWrite(f *File, s string) *PyError {
	if err := vm.checkOpen(f); err != nil {
		return err
	}
	if s == "" {
		// fwrite of nothing returns at once: no error, and the stream does not turn
		// to writing.
		return nil
	}
	if !f.canWrite {
		return vm.ioError(unix.EBADF, nil)
	}
	size := f.bufSize
	room, mustFlush := 0, false
	if !f.putting {
		f.startPutting()
	} else if !f.unbuffered && (!f.noRoom || f.lineBuffered) {
		// Fill the room the buffer has (a line-buffered stream measures it to the end of
		// the buffer, so even with noRoom); a line-buffered stream takes up to the last
		// newline when all of s fits, and must then write it out.
		room = size - f.writeOff - len(f.wbuf)
		if f.lineBuffered && room >= len(s) {
			if i := strings.LastIndexByte(s, '\n'); i >= 0 {
				room, mustFlush = i+1, true
			}
		}
	}
	room = max(0, min(room, len(s)))
	f.wbuf = append(f.wbuf, s[:room]...)
	s = s[room:]
	if s == "" && !mustFlush {
		return nil
	}
	// Write the buffer out, write whole blocks of the rest straight through (all of it
	// when the buffer is under 128 bytes, as for an unbuffered stream), and buffer what
	// is left.
	if err := vm.fileFlush(f); err != nil {
		return err
	}
	direct := len(s)
	if size >= 128 && !f.unbuffered {
		direct -= len(s) % size
	}
	if direct > 0 {
		if err := vm.writeOut(f, []byte(s[:direct])); err != nil {
			return err
		}
		s = s[direct:]
	}
	for i := 0; i < len(s); {
		// _IO_default_xsputn: a line-buffered stream takes a byte at a time, writing at
		// each newline; any stream writes its buffer out when it is full.
		if f.writeOff+len(f.wbuf) >= size {
			if err := vm.fileFlush(f); err != nil {
				return err
			}
		}
		if !f.lineBuffered {
			n := min(len(s)-i, size-f.writeOff-len(f.wbuf))
			f.wbuf = append(f.wbuf, s[i:i+n]...)
			i += n
			continue
		}
		f.wbuf = append(f.wbuf, s[i])
		i++
		if s[i-1] == '\n' {
			if err := vm.fileFlush(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// startPutting turns the stream from reading to writing (_IO_new_file_overflow's set-up):
// writing starts in the buffer where reading was, and the unread read-ahead is dropped,
// the descriptor staying past it until the writes go out.
func (f *File) startPutting() {
	f.writeOff = f.rpos
	if f.rpos >= f.bufSize {
		f.writeOff = 0
	}
	f.fdAhead += int64(len(f.rbuf) - f.rpos)
	f.rbuf, f.rpos = nil, 0
	f.putting = true
}

// writeOut is new_do_write: the descriptor is moved back to the stream's position first
// (an appending descriptor writes at the end anyway), then data is written; the buffer
// starts over empty.
func (vm *VM) writeOut(f *File, data []byte) *PyError {
	if f.append {
		f.offsetKnown = false
	} else if f.fdAhead != 0 {
		if _, err := unix.Seek(f.fd, -f.fdAhead, 1); err != nil {
			return vm.ioError(err, nil)
		}
		f.offsetKnown = true
	}
	f.fdAhead = 0
	f.writeOff = 0
	f.noRoom = false
	f.rbuf, f.rpos = nil, 0
	for len(data) > 0 {
		n, err := unix.Write(f.fd, data)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return vm.ioError(err, nil)
		}
		data = data[n:]
	}
	return nil
}

// fileFlush writes the pending writes out (_IO_do_flush).
func (vm *VM) fileFlush(f *File) *PyError {
	if len(f.wbuf) == 0 {
		return nil
	}
	data := f.wbuf
	f.wbuf = nil
	return vm.writeOut(f, data)
}

// fileSync is fflush (_IO_new_file_sync): pending writes go out, and a reading stream
// gives back its read-ahead, the descriptor moving back to the stream's position.
func (vm *VM) fileSync(f *File) *PyError {
	if err := vm.fileFlush(f); err != nil {
		return err
	}
	if unread := len(f.rbuf) - f.rpos; unread > 0 {
		if _, err := unix.Seek(f.fd, -int64(unread), 1); err != nil {
			if err != unix.ESPIPE {
				return vm.ioError(err, nil)
			}
		} else {
			f.rbuf = f.rbuf[:f.rpos]
		}
	}
	f.offsetKnown = false
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

// stopPutting turns the stream from writing to reading (_IO_switch_to_get_mode): the
// pending writes go out first.
func (vm *VM) stopPutting(f *File) *PyError {
	if !f.putting {
		return nil
	}
	if err := vm.fileFlush(f); err != nil {
		return err
	}
	f.putting, f.noRoom = false, false
	return nil
}

// underflow refills the read buffer with one buffer's worth when it is used up (glibc's
// __underflow); false at the end of the file, which stays seen (reads then find nothing
// more) until clearerr or a seek. Pending writes go out first, even on a stream that
// cannot read.
func (vm *VM) underflow(f *File) (bool, *PyError) {
	if err := vm.stopPutting(f); err != nil {
		return false, err
	}
	if f.rpos < len(f.rbuf) {
		return true, nil
	}
	if f.eof {
		return false, nil
	}
	if !f.canRead {
		return false, vm.ioError(unix.EBADF, nil)
	}
	if f.std && f.fd == 0 && vm.stdout != nil {
		// Reading the terminal flushes what the program printed, as stdio does.
		if err := vm.fileFlush(vm.stdout); err != nil {
			err.release(vm)
		}
	}
	buf := make([]byte, max(f.bufSize, 1))
	n, err := vm.sysRead(f, buf)
	if err != nil {
		return false, err
	}
	f.rbuf, f.rpos = buf[:n], 0
	if n == 0 {
		f.eof = true
		f.offsetKnown = false
		return false, nil
	}
	return true, nil
}

// sysRead is one read(2) into buf, retried when a signal interrupts it.
func (vm *VM) sysRead(f *File, buf []byte) (int, *PyError) {
	for {
		n, err := unix.Read(f.fd, buf)
		if err == unix.EINTR {
			if perr := vm.checkSignals(); perr != nil {
				return 0, perr
			}
			continue
		}
		if err != nil {
			return 0, vm.ioError(err, nil)
		}
		return n, nil
	}
}

// streamRead is fread (_IO_file_xsgetn): n bytes, fewer only at the end of the file (all
// of it when n < 0). What the buffer holds comes first; then less than a buffer's worth
// is read through the buffer, and more is read straight into the result in whole
// blocks, which resets the buffer: writes still in it are lost, as in glibc (C leaves
// reading right after writing, without a seek or flush between, undefined).
func (vm *VM) streamRead(f *File, n int) ([]byte, *PyError) {
	var out []byte
	for n != 0 {
		have := len(f.rbuf) - f.rpos
		if n > 0 && n <= have {
			out = append(out, f.rbuf[f.rpos:f.rpos+n]...)
			f.rpos += n
			break
		}
		out = append(out, f.rbuf[f.rpos:]...)
		f.rpos = len(f.rbuf)
		if n > 0 {
			n -= have
		}
		if n < 0 || n < f.bufSize {
			more, err := vm.underflow(f)
			if err != nil {
				return out, err
			}
			if !more {
				break
			}
			continue
		}
		// glibc leaves the stream writing, but with no room in its buffer.
		f.wbuf, f.writeOff, f.fdAhead = nil, 0, 0
		f.noRoom = f.putting
		f.rbuf, f.rpos = nil, 0
		count := n
		if f.bufSize >= 128 && !f.unbuffered {
			count -= n % f.bufSize
		}
		buf := make([]byte, count)
		got, err := vm.sysRead(f, buf)
		if err != nil {
			return out, err
		}
		if got == 0 {
			f.eof = true
			break
		}
		out = append(out, buf[:got]...)
		n -= got
	}
	return out, nil
}

// streamGetc is getc: the next byte, or false at the end of the file.
func (vm *VM) streamGetc(f *File) (byte, bool, *PyError) {
	if f.rpos >= len(f.rbuf) || f.putting {
		more, err := vm.underflow(f)
		if err != nil || !more {
			return 0, false, err
		}
	}
	c := f.rbuf[f.rpos]
	f.rpos++
	return c, true, nil
}

// streamTell is ftell as glibc computes it: the descriptor's offset, less what is read
// ahead, plus what waits to be written; in append mode pending writes land at the end.
func (vm *VM) streamTell(f *File) (int64, *PyError) {
	if f.append && len(f.wbuf) > 0 {
		end, err := unix.Seek(f.fd, 0, 2)
		if err != nil {
			return 0, vm.ioError(err, nil)
		}
		f.offsetKnown = true
		return end + int64(len(f.wbuf)), nil
	}
	pos, err := unix.Seek(f.fd, 0, 1)
	if err != nil {
		return 0, vm.ioError(err, nil)
	}
	return pos - f.fdAhead + int64(len(f.wbuf)) - int64(len(f.rbuf)-f.rpos), nil
}

// streamSeek is fseek (_IO_new_file_seekoff). Pending writes go out; a target inside
// the buffer only moves the read position; otherwise a stream that can read seeks to the
// block boundary below the target and reads up to it (a whole buffer unless the stream
// held nothing), which later writes fill the rest of; a stream that cannot, or a seek
// from the current position whose offset glibc does not know, just moves the
// descriptor. A seek that fails leaves the buffer as it was.
func (vm *VM) streamSeek(f *File, off int64, whence int) *PyError {
	if whence < 0 || whence > 2 {
		return vm.ioError(unix.EINVAL, nil)
	}
	exact := len(f.rbuf) == 0 && len(f.wbuf) == 0
	if err := vm.stopPutting(f); err != nil {
		return err
	}
	fdPos, serr := unix.Seek(f.fd, 0, 1)
	if serr != nil {
		return vm.ioError(serr, nil)
	}
	unread := int64(len(f.rbuf) - f.rpos)
	// Each case ends with an absolute target, or with a plain lseek to make (dumb).
	dumb := false
	target, dir := off, whence
	switch whence {
	case 1:
		if !f.offsetKnown {
			dumb = true
			target = off - unread - f.fdAhead
			break
		}
		target, dir = fdPos-f.fdAhead-unread+off, 0
		if target < 0 {
			return vm.ioError(unix.EINVAL, nil)
		}
	case 2:
		var st unix.Stat_t
		if unix.Fstat(f.fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
			target, dir = st.Size+off, 0
		} else {
			dumb = true
		}
	}
	if dumb || !f.canRead {
		if _, err := unix.Seek(f.fd, target, dir); err != nil {
			return vm.ioError(err, nil)
		}
		f.afterSeek(nil, 0)
		return nil
	}
	if f.offsetKnown && len(f.rbuf) > 0 && f.fdAhead == 0 {
		start := fdPos - int64(len(f.rbuf))
		if target >= start && target < fdPos {
			f.afterSeek(f.rbuf, int(target-start))
			return nil
		}
	}
	size := int64(max(f.bufSize, 1))
	newOff := target &^ (size - 1)
	delta := target - newOff
	if delta > size {
		newOff, delta = target, 0
	}
	if _, err := unix.Seek(f.fd, newOff, 0); err != nil {
		return vm.ioError(err, nil)
	}
	var buf []byte
	if delta > 0 {
		want := size
		if exact {
			want = delta
		}
		buf = make([]byte, want)
		n, err := unix.Read(f.fd, buf)
		if err != nil {
			n = 0
		}
		if int64(n) < delta {
			// Short of the target: move the rest of the way without the buffer.
			if _, err := unix.Seek(f.fd, delta-int64(n), 1); err != nil {
				return vm.ioError(err, nil)
			}
			f.afterSeek(nil, 0)
			return nil
		}
		buf = buf[:n]
	}
	f.afterSeek(buf, int(delta))
	return nil
}

// afterSeek sets the stream after a successful seek: the buffer holds rbuf with the
// position at rpos, nothing waits to be written, the end of the file is no longer seen
// and the offset is known.
func (f *File) afterSeek(rbuf []byte, rpos int) {
	f.rbuf, f.rpos = rbuf, rpos
	f.wbuf, f.writeOff, f.fdAhead, f.putting, f.noRoom = nil, 0, 0, false, false
	f.eof = false
	f.offsetKnown = true
}

// univRead is Py_UniversalNewlineFread: like streamRead, but in a universal-newlines
// file each \r and \r\n comes out as \n, and the kinds seen are recorded. A \r at the end
// of one read leaves skipNextLF set so a \n starting the next is dropped.
func (vm *VM) univRead(f *File, n int) ([]byte, *PyError) {
	if !f.univNewline {
		return vm.streamRead(f, n)
	}
	var out []byte
	for n != 0 {
		raw, err := vm.streamRead(f, n)
		if err != nil {
			return out, err
		}
		if len(raw) == 0 {
			break
		}
		short := n < 0 || len(raw) < n
		if n > 0 {
			n -= len(raw)
		}
		for _, c := range raw {
			switch {
			case c == '\r':
				out = append(out, '\n')
				f.skipNextLF = true
			case f.skipNextLF && c == '\n':
				// The \n of a \r\n: dropped, so one more byte is due.
				f.skipNextLF = false
				f.newlineTypes |= newlineCRLF
				if n >= 0 {
					n++
				}
			default:
				if c == '\n' {
					f.newlineTypes |= newlineLF
				} else if f.skipNextLF {
					f.newlineTypes |= newlineCR
				}
				out = append(out, c)
				f.skipNextLF = false
			}
		}
		if short {
			// The end of the file: a \r last was a newline of its own.
			if f.skipNextLF && f.eof {
				f.newlineTypes |= newlineCR
			}
			break
		}
	}
	return out, nil
}

// getLine is get_line: one line with its newline, at most limit bytes when limit > 0;
// "" at the end of the file.
func (vm *VM) getLine(f *File, limit int) (string, *PyError) {
	if f.univNewline {
		return vm.getLineUniv(f, limit)
	}
	var out []byte
	for {
		if f.rpos >= len(f.rbuf) || f.putting {
			more, err := vm.underflow(f)
			if err != nil {
				return "", err
			}
			if !more {
				// get_line clears the end of the file it met.
				f.eof = false
				return string(out), nil
			}
		}
		avail := f.rbuf[f.rpos:]
		if limit > 0 && len(out)+len(avail) > limit {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			avail = avail[:i+1]
		}
		out = append(out, avail...)
		f.rpos += len(avail)
		if out[len(out)-1] == '\n' || (limit > 0 && len(out) >= limit) {
			return string(out), nil
		}
	}
}

// getLineUniv is get_line's universal-newlines loop, a byte at a time.
func (vm *VM) getLineUniv(f *File, limit int) (string, *PyError) {
	var out []byte
	for limit <= 0 || len(out) < limit {
		c, ok, err := vm.streamGetc(f)
		if err != nil {
			return "", err
		}
		if ok && f.skipNextLF {
			f.skipNextLF = false
			if c == '\n' {
				f.newlineTypes |= newlineCRLF
				c, ok, err = vm.streamGetc(f)
				if err != nil {
					return "", err
				}
			} else {
				f.newlineTypes |= newlineCR
			}
		}
		if !ok {
			if f.skipNextLF {
				f.newlineTypes |= newlineCR
			}
			f.eof = false
			break
		}
		if c == '\r' {
			f.skipNextLF = true
			c = '\n'
		} else if c == '\n' {
			f.newlineTypes |= newlineLF
		}
		out = append(out, c)
		if c == '\n' {
			break
		}
	}
	return string(out), nil
}

// fileRead is file.read(n) after its argument is read: up to n bytes, all when n < 0.
// Like CPython's file_read it reads everything in chunks sized to what the file has left
// past the position (new_buffersize); a short read forgets the end of the file, one that
// found nothing leaves it seen.
func (vm *VM) fileRead(f *File, n int) (string, *PyError) {
	if err := vm.checkReadable(f); err != nil {
		return "", err
	}
	if n >= 0 {
		b, err := vm.univRead(f, n)
		if err != nil {
			return "", err
		}
		if len(b) > 0 && len(b) < n {
			f.eof = false
		}
		return string(b), nil
	}
	size := vm.newBufferSize(f, 0)
	var out []byte
	for {
		chunk, err := vm.univRead(f, size-len(out))
		if err != nil {
			return "", err
		}
		if len(chunk) == 0 {
			break
		}
		out = append(out, chunk...)
		if len(out) < size {
			f.eof = false
			break
		}
		size = vm.newBufferSize(f, size)
	}
	return string(out), nil
}

// newBufferSize is new_buffersize: the buffer read() grows to, from the file's size and
// the stream's position (ftell, pending writes counted).
func (vm *VM) newBufferSize(f *File, current int) int {
	var st unix.Stat_t
	if unix.Fstat(f.fd, &st) == nil {
		if pos, err := vm.streamTell(f); err != nil {
			err.release(vm)
		} else if st.Size > pos && pos >= 0 {
			return current + int(st.Size-pos) + 1
		}
	}
	return current + current>>3 + 6
}

// fileReadline is file.readline(limit) (PyFile_GetLine for a file): one line, at most
// limit bytes when limit >= 0.
func (vm *VM) fileReadline(f *File, limit int) (string, *PyError) {
	if err := vm.checkReadable(f); err != nil {
		return "", err
	}
	if limit == 0 {
		return "", nil
	}
	return vm.getLine(f, limit)
}

// fileReadlines is file.readlines(sizehint): CPython reads chunks of 8 KiB (doubled while
// no newline is found) and splits them, stopping once sizehint bytes are read (never when
// it is 0 or less) after completing the last line.
func (vm *VM) fileReadlines(f *File, sizehint int64) ([]Object, *PyError) {
	if err := vm.checkReadable(f); err != nil {
		return nil, err
	}
	var lines []Object
	fail := func(err *PyError) ([]Object, *PyError) {
		for _, l := range lines {
			vm.Decref(l)
		}
		return nil, err
	}
	bufSize := fileBufSize
	var pending []byte // a line read only in part
	short := false
	var total int64
	for {
		var chunk []byte
		if !short {
			want := bufSize - len(pending)
			c, err := vm.univRead(f, want)
			if err != nil {
				return fail(err)
			}
			chunk = c
			short = len(c) < want
		}
		if len(chunk) == 0 {
			sizehint = 0
			break
		}
		total += int64(len(chunk))
		if bytes.IndexByte(chunk, '\n') < 0 {
			pending = append(pending, chunk...)
			bufSize *= 2
			continue
		}
		buf := append(pending, chunk...)
		q := 0
		for {
			i := bytes.IndexByte(buf[q:], '\n')
			if i < 0 {
				break
			}
			lines = append(lines, vm.NewStr(string(buf[q:q+i+1])))
			q += i + 1
		}
		pending = append([]byte(nil), buf[q:]...)
		if sizehint > 0 && total >= sizehint {
			break
		}
	}
	if len(pending) > 0 {
		line := string(pending)
		if sizehint > 0 {
			rest, err := vm.getLine(f, 0)
			if err != nil {
				return fail(err)
			}
			line += rest
		}
		lines = append(lines, vm.NewStr(line))
	}
	return lines, nil
}

// fileIterNext is the file's next(): a line from the read-ahead chunk, reading a new chunk
// when it is used up (one a quarter larger each time a line runs past the end of one);
// "" at the end of the file.
func (vm *VM) fileIterNext(f *File) (string, *PyError) {
	if err := vm.checkOpen(f); err != nil {
		return "", err
	}
	if !f.readable {
		return "", vm.notOpenFor("reading")
	}
	var head []byte // the part of the line in chunks already used up
	size := readaheadSize
	for {
		// A chunk is dropped when its last line is taken, so only a read that found
		// the end of the file leaves an empty one; like CPython's, it stays, and
		// iteration ends at once from then on (until a seek), even if the file grows.
		if f.iterBuf == nil {
			chunk, err := vm.univRead(f, size)
			if err != nil {
				return "", err
			}
			if chunk == nil {
				chunk = []byte{}
			}
			f.iterBuf, f.iterPos = chunk, 0
		}
		rest := f.iterBuf[f.iterPos:]
		if len(rest) == 0 {
			return string(head), nil
		}
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line := string(head) + string(rest[:i+1])
			f.iterPos += i + 1
			if f.iterPos == len(f.iterBuf) {
				f.iterBuf, f.iterPos = nil, 0
			}
			return line, nil
		}
		head = append(head, rest...)
		f.iterBuf, f.iterPos = nil, 0
		size += size >> 2
	}
}

// fileTell is file.tell(): the stream's position, counting a \n that ends a \r\n whose
// \r was the last byte read.
func (vm *VM) fileTell(f *File) (int64, *PyError) {
	if err := vm.checkOpen(f); err != nil {
		return 0, err
	}
	pos, err := vm.streamTell(f)
	if err != nil {
		return 0, err
	}
	if f.skipNextLF {
		c, ok, gerr := vm.streamGetc(f)
		if gerr != nil {
			gerr.release(vm)
		} else if ok {
			if c == '\n' {
				f.newlineTypes |= newlineCRLF
				pos++
				f.skipNextLF = false
			} else {
				f.rpos--
			}
		}
	}
	return pos, nil
}

// newlinesValue is the newlines attribute: None, one kind, or a tuple of the kinds seen.
func (vm *VM) newlinesValue(f *File) Object {
	var kinds []Object
	for _, k := range []struct {
		bit  uint8
		text string
	}{{newlineCR, "\r"}, {newlineLF, "\n"}, {newlineCRLF, "\r\n"}} {
		if f.newlineTypes&k.bit != 0 {
			kinds = append(kinds, vm.NewStr(k.text))
		}
	}
	switch len(kinds) {
	case 0:
		return noneRef()
	case 1:
		return kinds[0]
	}
	return vm.NewTuple(kinds)
}

// repr is <open file 'NAME', mode 'M' at 0x...> (or closed; u'NAME' for a unicode name).
func (f *File) repr(id uintptr) string {
	state := "open"
	if f.closed {
		state = "closed"
	}
	name := "?"
	switch n := f.name.(type) {
	case *Str:
		name = strRepr(n.S)
	case *Unicode:
		name = "u'" + unicodeEscape(n.R) + "'"
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
