// This file defines how operations are written for people: PyPy's jitviewer notation
// ("i3 = i1 + i2", "guard(i5 is true)", "((PyFrame)p0).inst_pycode"), as HTML built from
// escaped pieces, with every variable wrapped so that hovering it highlights its uses.

package jitviewer

import (
	"html"
	"html/template"
	"regexp"
	"strings"

	"handson/tracejit/jitlog"
)

// infix are the ops written as "a OP b".
var infix = map[string]string{
	"int_add": "+", "int_sub": "-", "int_mul": "*", "int_floordiv": "//", "uint_floordiv": "//",
	"int_mod": "%", "int_and": "&", "int_or": "|", "int_xor": "^", "int_rshift": ">>",
	"int_lshift": "<<", "uint_rshift": ">>>", "int_lt": "<", "int_le": "<=", "int_eq": "==",
	"int_ne": "!=", "int_gt": ">", "int_ge": ">=", "uint_lt": "<", "uint_le": "<=",
	"uint_gt": ">", "uint_ge": ">=", "float_add": "+", "float_sub": "-", "float_mul": "*",
	"float_truediv": "/", "float_lt": "<", "float_le": "<=", "float_eq": "==", "float_ne": "!=",
	"float_gt": ">", "float_ge": ">=", "ptr_eq": "==", "ptr_ne": "!=", "instance_ptr_eq": "==",
	"instance_ptr_ne": "!=", "int_add_ovf": "+", "int_sub_ovf": "-", "int_mul_ovf": "*",
}

// prefix are the one-argument ops written as a function or operator applied to the arg.
var prefix = map[string][2]string{
	"int_neg": {"-", ""}, "float_neg": {"-", ""}, "int_invert": {"~", ""},
	"int_is_true": {"bool(", ")"}, "int_is_zero": {"not ", ""}, "float_abs": {"abs(", ")"},
	"cast_int_to_float": {"float(", ")"}, "cast_float_to_int": {"int(", ")"},
	"same_as_i": {"", ""}, "same_as_r": {"", ""}, "same_as_f": {"", ""}, "same_as": {"", ""},
	"arraylen_gc": {"len(", ")"}, "strlen": {"len(", ")"}, "unicodelen": {"len(", ")"},
}

// guardText are the guards written as a condition: %s is the first argument, %c the second.
var guardText = map[string]string{
	"guard_true":            "%s is true",
	"guard_false":           "%s is false",
	"guard_value":           "%s == %c",
	"guard_class":           "type(%s) == %c",
	"guard_nonnull_class":   "%s is not null and type(%s) == %c",
	"guard_nonnull":         "%s is not null",
	"guard_isnull":          "%s is null",
	"guard_no_overflow":     "no overflow",
	"guard_overflow":        "overflow",
	"guard_no_exception":    "no exception",
	"guard_exception":       "exception is %s",
	"guard_not_invalidated": "not invalidated",
	"guard_not_forced":      "not forced",
	"guard_not_forced_2":    "not forced",
	"guard_gc_type":         "gc type of %s == %c",
	"guard_is_object":       "%s is an instance",
	"guard_subclass":        "type(%s) is a subclass of %c",
}

var (
	varArg     = regexp.MustCompile(`^[ipfv]\d+(\[[^\]]*\])?$`)
	fieldDescr = regexp.MustCompile(`^<Field[PSUF] ([\w.$]+)\.(\w+) -?\d+( pure)?>$`)
)

// writer builds escaped HTML.
type writer struct{ b strings.Builder }

func (w *writer) text(s string) { w.b.WriteString(html.EscapeString(s)) }
func (w *writer) span(class, s string) {
	w.raw(`<span class="` + class + `">`)
	w.text(s)
	w.raw(`</span>`)
}
func (w *writer) raw(s string)        { w.b.WriteString(s) }
func (w *writer) html() template.HTML { return template.HTML(w.b.String()) }
func (w *writer) titled(class, title string) {
	w.raw(`<span class="` + class + `" title="` + html.EscapeString(title) + `">`)
}

// arg writes one argument: a variable as a hoverable span, a constant as itself.
func (w *writer) arg(a string) {
	if varArg.MatchString(a) {
		v := a
		if i := strings.IndexByte(v, '['); i >= 0 {
			v = v[:i]
		}
		w.raw(`<span class="v" data-v="` + html.EscapeString(v) + `">`)
		w.text(a)
		w.raw(`</span>`)
		return
	}
	w.span("c", a)
}

func (w *writer) args(as []string) {
	for i, a := range as {
		if i > 0 {
			w.text(", ")
		}
		w.arg(a)
	}
}

// fieldOf splits a field descr into its class's short name, the field, and whether the
// descr is one ("<FieldS pypy.objspace.std.intobject.W_IntObject.inst_intval 8 pure>").
func fieldOf(descr string) (class, field string, ok bool) {
	m := fieldDescr.FindStringSubmatch(descr)
	if m == nil {
		return "", "", false
	}
	class = m[1]
	if i := strings.LastIndexByte(class, '.'); i >= 0 {
		class = class[i+1:]
	}
	return class, m[2], true
}

// fieldAccess writes obj's field as ((Class)obj).field, titled with the descr, and says
// whether the descr named a field.
func fieldAccess(w *writer, descr, obj string) bool {
	class, field, ok := fieldOf(descr)
	if !ok {
		return false
	}
	w.titled("field", descr)
	w.text("((" + class + ")")
	w.arg(obj)
	w.text(")." + field)
	w.raw(`</span>`)
	return true
}

// formatOp writes op readably. Ops with no readable form keep the log's syntax.
func formatOp(op *jitlog.Op) template.HTML {
	var w writer
	if op.Result != "" {
		w.arg(op.Result)
		w.text(" = ")
	}
	a := op.Args
	name := op.Name
	switch {
	case infix[name] != "" && len(a) == 2:
		w.arg(a[0])
		w.text(" " + infix[name] + " ")
		w.arg(a[1])
		if strings.HasSuffix(name, "_ovf") {
			w.span("note", " (overflow checked)")
		} else if strings.HasPrefix(name, "uint_") {
			w.span("note", " (unsigned)")
		}
	case prefix[name] != [2]string{} && len(a) == 1, strings.HasPrefix(name, "same_as") && len(a) == 1:
		p := prefix[name]
		w.text(p[0])
		w.arg(a[0])
		w.text(p[1])
	case op.IsGuard() && guardText[name] != "":
		w.raw(`<span class="kw">guard</span>(`)
		formatCondition(&w, guardText[name], a)
		w.text(")")
	case strings.HasPrefix(name, "getfield_") && len(a) == 1, strings.HasPrefix(name, "setfield_") && len(a) == 2:
		if !fieldAccess(&w, op.Descr, a[0]) {
			generic(&w, op)
			break
		}
		if len(a) == 2 {
			w.text(" = ")
			w.arg(a[1])
		}
	case (strings.HasPrefix(name, "getarrayitem_") || name == "strgetitem" || name == "unicodegetitem") && len(a) == 2:
		w.arg(a[0])
		w.text("[")
		w.arg(a[1])
		w.text("]")
	case (strings.HasPrefix(name, "setarrayitem_") || name == "strsetitem" || name == "unicodesetitem") && len(a) == 3:
		w.arg(a[0])
		w.text("[")
		w.arg(a[1])
		w.text("] = ")
		w.arg(a[2])
	default:
		generic(&w, op)
	}
	return w.html()
}

// formatCondition fills a guard's condition template with its arguments.
func formatCondition(w *writer, tmpl string, a []string) {
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '%' && i+1 < len(tmpl) {
			idx := 0
			if tmpl[i+1] == 'c' {
				idx = 1
			}
			if idx < len(a) {
				w.arg(a[idx])
			} else {
				w.text("?")
			}
			i++
			continue
		}
		w.text(string(tmpl[i]))
	}
}

// generic writes "name(args)" with the descr set apart.
func generic(w *writer, op *jitlog.Op) {
	cls := "name"
	switch {
	case strings.HasPrefix(op.Name, "call"), strings.HasPrefix(op.Name, "cond_call"):
		cls = "name call"
	case strings.HasPrefix(op.Name, "new"):
		cls = "name alloc"
	case op.Name == "jump" || op.Name == "label" || op.Name == "finish":
		cls = "name kw"
	}
	w.span(cls, op.Name)
	w.text("(")
	w.args(op.Args)
	// A jump's TargetToken is shown as its link; a label's names it, so it stays.
	if op.Descr != "" && (op.Name != "jump" || !strings.HasPrefix(op.Descr, "TargetToken(")) {
		if len(op.Args) > 0 {
			w.text(", ")
		}
		w.span("descr", "descr="+op.Descr)
	}
	w.text(")")
}

// plainOp is the op in the log's own syntax, for terminal output and titles.
func plainOp(op *jitlog.Op) string { return op.String() }

var tags = regexp.MustCompile(`<[^>]*>`)

// readableOp is formatOp as plain text, for alerts, titles and the terminal.
func readableOp(op *jitlog.Op) string {
	return html.UnescapeString(tags.ReplaceAllString(string(formatOp(op)), ""))
}
