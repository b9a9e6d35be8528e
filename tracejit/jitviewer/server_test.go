package jitviewer

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"handson/tracejit/jitlog"
)

// viewerOf parses the log at path and returns its viewer.
func viewerOf(t *testing.T, path string) *Viewer {
	t.Helper()
	l, err := jitlog.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	v := New(l, Options{LogPath: path})
	return v
}

// get requests a page from the viewer as a browser on this machine would.
func get(t *testing.T, h http.Handler, path string) (int, string, http.Header) {
	t.Helper()
	r := httptest.NewRequest("GET", "http://127.0.0.1:8000"+path, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	body, _ := io.ReadAll(w.Result().Body)
	return w.Code, string(body), w.Result().Header
}

var (
	hrefs = regexp.MustCompile(`href="([^"]*)"`)
	ids   = regexp.MustCompile(`id="([^"]*)"`)
)

// checkSite opens the index and every page it leads to, and checks that every link
// resolves: pages answer 200, anchors exist on their page.
func checkSite(t *testing.T, v *Viewer) map[string]string {
	t.Helper()
	pages := map[string]string{}
	queue := []string{"/"}
	var anchors []string
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if _, ok := pages[p]; ok {
			continue
		}
		code, body, _ := get(t, v, p)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d", p, code)
			continue
		}
		if strings.Contains(body, "ZgotmplZ") {
			t.Errorf("GET %s: html/template rejected a value (ZgotmplZ)", p)
		}
		pages[p] = body
		for _, m := range hrefs.FindAllStringSubmatch(body, -1) {
			href := strings.ReplaceAll(m[1], "&#43;", "+")
			if strings.HasPrefix(href, "/static/") {
				continue
			}
			page, frag, _ := strings.Cut(href, "#")
			if page == "" {
				page = p
			}
			queue = append(queue, page)
			if frag != "" {
				anchors = append(anchors, page+"#"+frag)
			}
		}
	}
	for _, a := range anchors {
		page, frag, _ := strings.Cut(a, "#")
		found := false
		for _, m := range ids.FindAllStringSubmatch(pages[page], -1) {
			if m[1] == frag {
				found = true
			}
		}
		if !found {
			t.Errorf("link to %s: no such anchor", a)
		}
	}
	return pages
}

func TestEveryPageAndLinkOfRealLogs(t *testing.T) {
	logs := []string{"../jitlog/testdata/calls.pypylog", "../jitlog/testdata/objects.pypylog", "../jitlog/testdata/calls-pypy2.pypylog", "../jitlog/testdata/misc-jit.pypylog", "../jitlog/testdata/stdlib.pypylog"}
	for _, name := range []string{"count-2000.pypylog", "count-10000.pypylog", "count-10000-full.pypylog"} {
		if p := filepath.Join("../../../shared/pypy-logs", name); fileExists(p) {
			logs = append(logs, p)
		}
	}
	for _, path := range logs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			v := viewerOf(t, path)
			pages := checkSite(t, v)
			if len(pages) != len(v.log.Traces)+1 {
				t.Errorf("%d pages reachable from the index, want %d", len(pages), len(v.log.Traces)+1)
			}
		})
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func TestCallsLogPages(t *testing.T) {
	v := viewerOf(t, "../jitlog/testdata/calls.pypylog")
	_, body, _ := get(t, v, "/trace/loop-1")
	// The inlined call to add is folded into its own block.
	if !strings.Contains(body, `<details class="inlined"><summary>inlined call to add in calls.py:7`) {
		t.Error("Loop 1 does not fold its inlined call to add")
	}
	// Source lines come from calls.py beside the log; ops are readable.
	for _, want := range []string{"<code>        total = add(total, i)</code>", "def sum_with_add(n):", `<span class="v" data-v="i`, `class="asm"`} {
		if !strings.Contains(body, want) {
			t.Errorf("Loop 1 page lacks %q", want)
		}
	}
	// The loop body's label of Loop 2 lists who jumps to it: its own end and its bridges.
	_, body2, _ := get(t, v, "/trace/loop-2")
	from := regexp.MustCompile(`<span class="from">← jumped to from (.*?)</span>`).FindAllStringSubmatch(body2, -1)
	if len(from) != 1 || !strings.Contains(from[0][1], ">the end of this loop</a>") || strings.Count(from[0][1], "Bridge out of guard") != 2 {
		t.Errorf("arrivals at Loop 2's labels: %q", from)
	}
	// call_assembler links to the loop it calls.
	_, body, _ = get(t, v, "/trace/loop-6")
	if !strings.Contains(body, `<a class="link" href="/trace/loop-2">→ calls the compiled Loop 2</a>`) {
		t.Error("Loop 6's call_assembler does not link to Loop 2")
	}
}

func TestSourceFoundBesideTheLog(t *testing.T) {
	// objects.pypylog names /home/learner/course/objects.py, which does not exist here.
	v := viewerOf(t, "../jitlog/testdata/objects.pypylog")
	_, body, _ := get(t, v, "/trace/loop-1")
	if !strings.Contains(body, "<code>def walk(n):</code>") || !strings.Contains(body, "<code>        total &#43;= p.norm1()</code>") {
		t.Error("objects.py not found beside the log")
	}
	if !strings.Contains(body, "/home/learner/course/objects.py") {
		t.Error("the logged path is not named on the page")
	}
}

func TestPyPy2LogGroupsByFunction(t *testing.T) {
	v := viewerOf(t, "../jitlog/testdata/calls-pypy2.pypylog")
	_, body, _ := get(t, v, "/trace/loop-8")
	if !strings.Contains(body, "PyPy2 locations") || !strings.Contains(body, "bytecodes of thirds (the log does not say their lines)") {
		t.Error("PyPy2 page does not say why bytecodes are not under their lines")
	}
	if !strings.Contains(body, `<div class="bcname">#28 COMPARE_OP</div>`) {
		t.Error("bytecodes missing")
	}
	if strings.Contains(body, `id="line-`) {
		t.Error("PyPy2 page places bytecodes on lines it cannot know")
	}
}

// scriptLog is a real-looking log whose locations, descrs and file names carry markup.
const scriptLog = `[1] {jit-log-opt-loop
# Loop 1 (<script>window.pwned=1</script>;<img src=x onerror=alert(1)>.py:1-2~#0 LOAD_FAST) : loop with 5 ops
[i0]
debug_merge_point(0, 0, '<script>window.pwned=1</script>;<img src=x onerror=alert(1)>.py:1-2~#0 LOAD_FAST')
+10: label(i0, descr=TargetToken(1))
+12: i1 = int_add(i0, 1)
+15: guard_true(i1, descr=<Guard0x10>) [i0]
+20: jump(i1, descr=TargetToken(1))
+30: --end of the loop--
[2] jit-log-opt-loop}
[3] {jit-backend-counts
entry 1:5
TargetToken(1):500
[4] jit-backend-counts}
`

func TestMarkupFromTheLogIsEscaped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "evil.pypylog")
	if err := os.WriteFile(path, []byte(scriptLog), 0o644); err != nil {
		t.Fatal(err)
	}
	v := viewerOf(t, path)
	for _, p := range []string{"/", "/trace/loop-1"} {
		_, body, _ := get(t, v, p)
		if strings.Contains(body, "<script>window") || strings.Contains(body, "<img") {
			t.Errorf("%s: markup from the log reached the page", p)
		}
		if !strings.Contains(body, "&lt;script&gt;window.pwned=1&lt;/script&gt;") {
			t.Errorf("%s: the location is not shown as text", p)
		}
	}
}

func TestSecurityHeadersAndHosts(t *testing.T) {
	v := viewerOf(t, "../jitlog/testdata/calls.pypylog")
	code, _, h := get(t, v, "/")
	if code != 200 || !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") || h.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("headers %v", h)
	}
	for _, host := range []string{"evil.example", "evil.example:8000", "10.0.0.1:8000"} {
		r := httptest.NewRequest("GET", "http://"+host+"/", nil)
		w := httptest.NewRecorder()
		v.ServeHTTP(w, r)
		if w.Code != http.StatusForbidden {
			t.Errorf("Host %s: %d, want 403", host, w.Code)
		}
	}
	for _, host := range []string{"localhost:1234", "127.0.0.1", "[::1]:80", "127.1.2.3:9"} {
		r := httptest.NewRequest("GET", "http://"+host+"/", nil)
		w := httptest.NewRecorder()
		v.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Errorf("Host %s: %d, want 200", host, w.Code)
		}
	}
}

func TestOnlyTheAssetsAreServed(t *testing.T) {
	v := viewerOf(t, "../jitlog/testdata/calls.pypylog")
	for path, want := range map[string]int{
		"/static/style.css":      200,
		"/static/app.js":         200,
		"/static/":               404,
		"/static/index.html":     404,
		"/static/../calls.py":    404,
		"/calls.py":              404,
		"/trace/loop-99":         404,
		"/trace/../../calls.py":  404,
		"/trace/loop-1/calls.py": 404,
	} {
		code, body, _ := get(t, v, path)
		if code != want && !(want == 404 && code >= 300 && code < 400) {
			t.Errorf("GET %s: %d, want %d", path, code, want)
		}
		if strings.Contains(body, "def sum_with_add") && path != "/static/style.css" {
			t.Errorf("GET %s served the source file", path)
		}
	}
	r := httptest.NewRequest("POST", "http://127.0.0.1/", nil)
	w := httptest.NewRecorder()
	v.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", w.Code)
	}
}

func TestListenLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.168.1.10:8000", "example.com:80", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:99999"} {
		if ln, err := Listen(addr); err == nil {
			ln.Close()
			t.Errorf("Listen(%q) accepted", addr)
		}
	}
	for _, addr := range []string{"", "127.0.0.1:0", "localhost:0"} {
		ln, err := Listen(addr)
		if err != nil {
			t.Errorf("Listen(%q): %v", addr, err)
			continue
		}
		if !strings.HasPrefix(URL(ln), "http://127.0.0.1:") {
			t.Errorf("Listen(%q) serves at %s", addr, URL(ln))
		}
		ln.Close()
	}
}

func TestFormatOp(t *testing.T) {
	tests := []struct{ line, want string }{
		{"i3 = int_add(i1, i2)", "i3 = i1 + i2"},
		{"i48 = int_add_ovf(i46, 1)", "i48 = i46 + 1 (overflow checked)"},
		{"guard_true(i5, descr=<Guard0x1>) [i5]", "guard(i5 is true)"},
		{"guard_false(i5, descr=<Guard0x1>) [i5]", "guard(i5 is false)"},
		{"guard_value(i5, 5, descr=<Guard0x1>) [i5]", "guard(i5 == 5)"},
		{"guard_class(p17, 140450234134432, descr=<Guard0x1>) [p17]", "guard(type(p17) == 140450234134432)"},
		{"guard_nonnull_class(p11, ConstClass(W_IntObject), descr=<Guard0x1>) [p11]", "guard(p11 is not null and type(p11) == ConstClass(W_IntObject))"},
		{"guard_no_overflow(descr=<Guard0x1>) [i5]", "guard(no overflow)"},
		{"p2 = getfield_gc_r(p0, descr=<FieldP pypy.interpreter.pyframe.PyFrame.inst_pycode 64>)", "p2 = ((PyFrame)p0).inst_pycode"},
		{"setfield_gc(p17, i28, descr=<FieldS pypy.module.__builtin__.functional.W_IntRangeIterator.inst_current 8>)", "((W_IntRangeIterator)p17).inst_current = i28"},
		{"p9 = getarrayitem_gc_r(p7, 0, descr=<ArrayP 8>)", "p9 = p7[0]"},
		{"setarrayitem_gc(p59, 1, p62, descr=<ArrayP 8>)", "p59[1] = p62"},
		{"i53 = same_as_i(i28)", "i53 = i28"},
		{"i27 = int_is_true(i26)", "i27 = bool(i26)"},
		{"p34 = new_with_vtable(descr=<SizeDescr 16>)", "p34 = new_with_vtable(descr=<SizeDescr 16>)"},
		{"jump(p0, i1, descr=TargetToken(5))", "jump(p0, i1)"},
		{"label(p0, descr=TargetToken(5))", "label(p0, descr=TargetToken(5))"},
		{"i30 = call_pure_i(ConstClass(f), i16, 5, descr=<Calli 8 ii EF=0 OS=14>)", "i30 = call_pure_i(ConstClass(f), i16, 5, descr=<Calli 8 ii EF=0 OS=14>)"},
	}
	for _, tt := range tests {
		l, err := jitlog.Parse(strings.NewReader("[1] {jit-log-noopt\n# Traced loop or bridge with 1 ops\n[p0, p1, p7, p11, p17, p59, p62, i1, i2, i5, i16, i26, i28, i46]\n" + tt.line + "\n[2] jit-log-noopt}\n"))
		if err != nil {
			t.Fatalf("%s: %v", tt.line, err)
		}
		op := l.Traces[0].Ops[0]
		if got := readableOp(op); got != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.line, got, tt.want)
		}
	}
}
