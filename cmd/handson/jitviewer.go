// This file defines `handson jitviewer LOG`: the web viewer of a PyPy-format JIT log,
// served on loopback until Ctrl-C.

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/spf13/cobra"

	"handson/tracejit/jitviewer"
)

func newJitviewerCommand(stdout, stderr io.Writer) *cobra.Command {
	var addr string
	var noBrowser bool
	cmd := &cobra.Command{
		Use:   "jitviewer [--addr HOST:PORT] [--no-browser] LOG",
		Short: "Browse a PyPy JIT log in the web browser",
		Long: "jitviewer serves a page per loop and bridge of a log written with\n" +
			"PYPYLOG=jit-log-opt,jit-backend-counts,jit-backend:LOG (by PyPy or by handson's JIT):\n" +
			"the Python source lines, their bytecodes and the operations the JIT compiled, each\n" +
			"guard with its bridge or marked as having none. It serves on 127.0.0.1 only and\n" +
			"stops on Ctrl-C.",
		Args: exactlyOneLog("jitviewer"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ln, err := jitviewer.Listen(addr) // first: a bad --addr is the quicker thing to fix
			if err != nil {
				return err
			}
			defer ln.Close()
			l, err := readLog(args[0])
			if err != nil {
				return err
			}
			v := jitviewer.New(l, jitviewer.Options{LogPath: args[0]})
			url := jitviewer.URL(ln)
			fmt.Fprintf(stdout, "jitviewer: serving %s at %s (Ctrl-C to stop)\n", args[0], url)
			if !noBrowser {
				openBrowser(url, stderr)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			err = jitviewer.Serve(ctx, ln, v)
			fmt.Fprintln(stdout, "jitviewer: stopped")
			return err
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "", "HOST:PORT to serve on, loopback only (default 127.0.0.1 on a free port)")
	cmd.Flags().BoolVar(&noBrowser, "no-browser", false, "print the URL without opening a browser")
	return cmd
}

// openBrowser starts the desktop's browser on url when there is a way to, and otherwise
// leaves the printed URL to the user: not having a browser is never an error.
func openBrowser(url string, stderr io.Writer) {
	opener := "xdg-open"
	if runtime.GOOS == "darwin" {
		opener = "open"
	}
	path, err := exec.LookPath(opener)
	if err != nil {
		return
	}
	c := exec.Command(path, url)
	if err := c.Start(); err != nil {
		fmt.Fprintf(stderr, "jitviewer: could not start %s (%v); open the URL yourself\n", opener, err)
		return
	}
	go c.Wait() // reap it; its exit status says nothing about the viewer
}
