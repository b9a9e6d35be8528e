// This file defines Viewer, the HTTP handler of the jitviewer, and Listen and Serve, which
// keep it on loopback and stop it cleanly.

package jitviewer

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"handson/tracejit/jitlog"
)

//go:embed assets
var assets embed.FS

// Options configures a Viewer.
type Options struct {
	// LogPath is the log's file: its name heads the pages, and source files the log names
	// by relative path are looked for beside it.
	LogPath string
	// Objdump is the disassembler of machine code: "" looks for objdump on PATH, "-" shows
	// the bytes only.
	Objdump string
}

// Viewer serves the pages of one parsed log. It is an http.Handler.
type Viewer struct {
	log     *jitlog.Log
	logName string
	sources *sources
	disasm  *disassembler
	pages   *template.Template
	static  http.Handler
	mux     *http.ServeMux

	exitsOnce sync.Once
	exits     map[*jitlog.Op]*jitlog.Exit
	jumpsOnce sync.Once
	jumps     map[*jitlog.Op][]*jitlog.Op
}

// New makes the viewer of l.
func New(l *jitlog.Log, opts Options) *Viewer {
	funcs := template.FuncMap{"inc": func(i int) int { return i + 1 }}
	pages, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		panic("BUG: jitviewer templates do not parse: " + err.Error())
	}
	staticFS, err := fs.Sub(assets, "assets")
	if err != nil {
		panic("BUG: jitviewer assets: " + err.Error())
	}
	v := &Viewer{log: l, logName: filepath.Base(opts.LogPath), sources: newSources(opts.LogPath), disasm: newDisassembler(opts.Objdump), pages: pages}
	v.static = http.StripPrefix("/static/", http.FileServer(http.FS(onlyAssets{staticFS})))
	v.mux = http.NewServeMux()
	v.mux.HandleFunc("GET /{$}", v.index)
	v.mux.HandleFunc("GET /trace/{id}", v.trace)
	v.mux.Handle("GET /static/", v.static)
	return v
}

// onlyAssets serves the stylesheet and the script, not the templates or a listing.
type onlyAssets struct{ fs.FS }

func (o onlyAssets) Open(name string) (fs.File, error) {
	if name != "style.css" && name != "app.js" {
		return nil, fs.ErrNotExist
	}
	return o.FS.Open(name)
}

// ServeHTTP answers requests addressed to a loopback host only (a page of another site
// that resolves its name to 127.0.0.1 must not read the log), with headers that forbid
// inline script and framing.
func (v *Viewer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !loopbackHost(r.Host) {
		http.Error(w, "jitviewer answers only on localhost", http.StatusForbidden)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	v.mux.ServeHTTP(w, r)
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (v *Viewer) render(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := v.pages.ExecuteTemplate(&buf, name, data); err != nil {
		// A template that fails on a model is a bug here, not in the log; say so on the page.
		http.Error(w, "jitviewer could not render this page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

func (v *Viewer) index(w http.ResponseWriter, r *http.Request) {
	v.render(w, "index.html", v.buildIndex())
}

func (v *Viewer) trace(w http.ResponseWriter, r *http.Request) {
	t := v.log.TraceByID(r.PathValue("id"))
	if t == nil {
		w.WriteHeader(http.StatusNotFound)
		v.render(w, "notfound.html", map[string]string{"LogName": v.logName, "ID": r.PathValue("id")})
		return
	}
	v.render(w, "trace.html", v.buildTrace(t))
}

// Listen opens the viewer's socket: addr is "HOST:PORT", "" meaning 127.0.0.1 on a free
// port. Only loopback addresses are accepted: the log and the sources it names are the
// user's, not the network's.
func Listen(addr string) (net.Listener, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--addr %q is not HOST:PORT (for example 127.0.0.1:8000)", addr)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return nil, fmt.Errorf("--addr %q: port %q is not a number from 0 to 65535", addr, port)
	}
	if host == "" || !loopbackHost(host) {
		return nil, fmt.Errorf("--addr %q: the jitviewer serves on loopback only (127.0.0.1, ::1 or localhost)", addr)
	}
	if strings.EqualFold(host, "localhost") {
		addr = net.JoinHostPort("127.0.0.1", port)
	}
	return net.Listen("tcp", addr)
}

// URL is the address to open for a listener.
func URL(ln net.Listener) string {
	return "http://" + ln.Addr().String() + "/"
}

// Serve serves h on ln until ctx is done, then shuts down, letting requests in flight end.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		// Let requests in flight finish; browsers also keep idle and speculative
		// connections open, which Shutdown would wait out, so close those after a moment.
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		err := srv.Shutdown(shutdown)
		if errors.Is(err, context.DeadlineExceeded) {
			err = srv.Close()
		}
		if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
			err = serr
		}
		return err
	}
}
