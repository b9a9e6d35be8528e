// mod_errno.go defines the errno module: the Linux error numbers by name and the
// errorcode dict mapping them back.
package vm

import "golang.org/x/sys/unix"

// errnoNames are the error numbers the module exports.
var errnoNames = []struct {
	name string
	code unix.Errno
}{
	{"EPERM", unix.EPERM}, {"ENOENT", unix.ENOENT}, {"ESRCH", unix.ESRCH}, {"EINTR", unix.EINTR},
	{"EIO", unix.EIO}, {"ENXIO", unix.ENXIO}, {"E2BIG", unix.E2BIG}, {"ENOEXEC", unix.ENOEXEC},
	{"EBADF", unix.EBADF}, {"ECHILD", unix.ECHILD}, {"EAGAIN", unix.EAGAIN}, {"ENOMEM", unix.ENOMEM},
	{"EACCES", unix.EACCES}, {"EFAULT", unix.EFAULT}, {"ENOTBLK", unix.ENOTBLK}, {"EBUSY", unix.EBUSY},
	{"EEXIST", unix.EEXIST}, {"EXDEV", unix.EXDEV}, {"ENODEV", unix.ENODEV}, {"ENOTDIR", unix.ENOTDIR},
	{"EISDIR", unix.EISDIR}, {"EINVAL", unix.EINVAL}, {"ENFILE", unix.ENFILE}, {"EMFILE", unix.EMFILE},
	{"ENOTTY", unix.ENOTTY}, {"ETXTBSY", unix.ETXTBSY}, {"EFBIG", unix.EFBIG}, {"ENOSPC", unix.ENOSPC},
	{"ESPIPE", unix.ESPIPE}, {"EROFS", unix.EROFS}, {"EMLINK", unix.EMLINK}, {"EPIPE", unix.EPIPE},
	{"EDOM", unix.EDOM}, {"ERANGE", unix.ERANGE}, {"EDEADLK", unix.EDEADLK},
	{"ENAMETOOLONG", unix.ENAMETOOLONG}, {"ENOLCK", unix.ENOLCK}, {"ENOSYS", unix.ENOSYS},
	{"ENOTEMPTY", unix.ENOTEMPTY}, {"ELOOP", unix.ELOOP}, {"EWOULDBLOCK", unix.EWOULDBLOCK},
	{"ENOTSUP", unix.ENOTSUP}, {"EOPNOTSUPP", unix.EOPNOTSUPP}, {"ETIMEDOUT", unix.ETIMEDOUT},
	{"ECONNREFUSED", unix.ECONNREFUSED}, {"ECONNRESET", unix.ECONNRESET},
	{"EADDRINUSE", unix.EADDRINUSE}, {"EALREADY", unix.EALREADY}, {"EINPROGRESS", unix.EINPROGRESS},
}

// newErrnoModule makes errno.
func newErrnoModule(vm *VM) *Module {
	m := vm.newGoModule("errno", "", nil)
	codes := vm.NewDict()
	for _, e := range errnoNames {
		n := vm.NewInt(int64(e.code))
		m.Dict.SetString(vm, e.name, n)
		if old, _ := codes.GetItem(vm, n); old == nil {
			s := vm.NewStr(e.name)
			if err := codes.SetItem(vm, n, s); err != nil {
				err.release(vm)
			}
			vm.Decref(s)
		}
		vm.Decref(n)
	}
	vm.modSet(m, "errorcode", codes)
	return m
}
