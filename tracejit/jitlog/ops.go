// This file defines the table of resoperation names the reader knows, so that a typo in
// an op name (in a hand-written log or in handson's JIT output) is flagged.

package jitlog

import "strings"

// resops lists PyPy's resoperations (rpython/jit/metainterp/resoperation.py) across the
// versions whose logs people have: each entry is a stem and the result-type suffixes it
// takes ("" for the stem alone). Older PyPys wrote untyped names (call, getfield_gc), so
// the bare stems are accepted too.
var resops = []struct {
	stem     string
	suffixes []string
}{
	// Control: a loop's end, a trace's end, a loop header.
	{"jump", nil}, {"finish", nil}, {"label", nil},
	// Guards: a trace's assumptions; a failing one leaves the trace.
	{"guard_true", nil}, {"guard_false", nil}, {"guard_value", nil}, {"guard_class", nil},
	{"guard_nonnull", nil}, {"guard_isnull", nil}, {"guard_nonnull_class", nil},
	{"guard_gc_type", nil}, {"guard_is_object", nil}, {"guard_subclass", nil},
	{"guard_no_exception", nil}, {"guard_exception", nil}, {"guard_no_overflow", nil},
	{"guard_overflow", nil}, {"guard_not_forced", nil}, {"guard_not_forced_2", nil},
	{"guard_not_invalidated", nil}, {"guard_future_condition", nil},
	{"guard_always_fails", nil}, {"guard_compatible", nil},
	// Integer arithmetic and comparisons (machine words).
	{"int_add", nil}, {"int_sub", nil}, {"int_mul", nil}, {"uint_mul_high", nil},
	{"int_floordiv", nil}, {"uint_floordiv", nil}, {"int_mod", nil},
	{"int_and", nil}, {"int_or", nil}, {"int_xor", nil}, {"int_rshift", nil},
	{"int_lshift", nil}, {"uint_rshift", nil}, {"int_signext", nil},
	{"int_lt", nil}, {"int_le", nil}, {"int_eq", nil}, {"int_ne", nil}, {"int_gt", nil},
	{"int_ge", nil}, {"uint_lt", nil}, {"uint_le", nil}, {"uint_gt", nil}, {"uint_ge", nil},
	{"int_is_zero", nil}, {"int_is_true", nil}, {"int_neg", nil}, {"int_invert", nil},
	{"int_force_ge_zero", nil},
	// Overflow-checked arithmetic, followed by guard_no_overflow.
	{"int_add_ovf", nil}, {"int_sub_ovf", nil}, {"int_mul_ovf", nil},
	// Floats and conversions.
	{"float_add", nil}, {"float_sub", nil}, {"float_mul", nil}, {"float_truediv", nil},
	{"float_neg", nil}, {"float_abs", nil}, {"float_lt", nil}, {"float_le", nil},
	{"float_eq", nil}, {"float_ne", nil}, {"float_gt", nil}, {"float_ge", nil},
	{"cast_float_to_int", nil}, {"cast_int_to_float", nil},
	{"cast_float_to_singlefloat", nil}, {"cast_singlefloat_to_float", nil},
	{"convert_float_bytes_to_longlong", nil}, {"convert_longlong_bytes_to_float", nil},
	// Copies and pointer tests.
	{"same_as", []string{"", "_i", "_r", "_f"}}, {"cast_ptr_to_int", nil},
	{"cast_int_to_ptr", nil}, {"ptr_eq", nil}, {"ptr_ne", nil}, {"instance_ptr_eq", nil},
	{"instance_ptr_ne", nil}, {"nursery_ptr_increment", nil},
	{"load_from_gc_table", nil}, {"load_effective_address", nil},
	// Strings and unicode.
	{"strlen", nil}, {"strgetitem", nil}, {"strsetitem", nil}, {"strhash", nil},
	{"unicodelen", nil}, {"unicodegetitem", nil}, {"unicodesetitem", nil},
	{"unicodehash", nil}, {"newstr", nil}, {"newunicode", nil},
	{"copystrcontent", nil}, {"copyunicodecontent", nil},
	// Memory reads: fields, array items, raw memory.
	{"arraylen_gc", nil},
	{"getfield_gc", []string{"", "_i", "_r", "_f"}}, {"getfield_gc_pure", []string{"", "_i", "_r", "_f"}},
	{"getfield_raw", []string{"", "_i", "_r", "_f"}}, {"getfield_raw_pure", []string{"", "_i", "_f"}},
	{"getarrayitem_gc", []string{"", "_i", "_r", "_f"}}, {"getarrayitem_gc_pure", []string{"", "_i", "_r", "_f"}},
	{"getarrayitem_raw", []string{"", "_i", "_f"}}, {"getarrayitem_raw_pure", []string{"", "_i", "_f"}},
	{"getinteriorfield_gc", []string{"", "_i", "_r", "_f"}}, {"raw_load", []string{"", "_i", "_f"}},
	{"gc_load", []string{"_i", "_r", "_f"}}, {"gc_load_indexed", []string{"_i", "_r", "_f"}},
	// Memory writes.
	{"setfield_gc", nil}, {"setfield_raw", nil}, {"setarrayitem_gc", nil},
	{"setarrayitem_raw", nil}, {"setinteriorfield_gc", nil}, {"setinteriorfield_raw", nil},
	{"raw_store", nil}, {"gc_store", nil}, {"gc_store_indexed", nil}, {"zero_array", nil},
	{"zero_ptr_field", nil}, {"cond_call_gc_wb", nil}, {"cond_call_gc_wb_array", nil},
	// Allocation.
	{"new", nil}, {"new_with_vtable", nil}, {"new_array", nil}, {"new_array_clear", nil},
	{"call_malloc_gc", nil}, {"call_malloc_nursery", nil},
	{"call_malloc_nursery_varsize", nil}, {"call_malloc_nursery_varsize_frame", nil},
	{"check_memory_error", nil},
	// Calls: residual, pure, into other compiled loops, releasing the GIL...
	{"call", []string{"", "_i", "_r", "_f", "_n"}}, {"call_pure", []string{"", "_i", "_r", "_f", "_n"}},
	{"call_assembler", []string{"", "_i", "_r", "_f", "_n"}},
	{"call_may_force", []string{"", "_i", "_r", "_f", "_n"}},
	{"call_loopinvariant", []string{"", "_i", "_r", "_f", "_n"}},
	{"call_release_gil", []string{"", "_i", "_r", "_f", "_n"}},
	{"cond_call", []string{"", "_n"}}, {"cond_call_value", []string{"_i", "_r"}},
	// Frames, virtual refs, exceptions and bookkeeping.
	{"force_token", nil}, {"virtual_ref", []string{"", "_r"}}, {"virtual_ref_finish", nil},
	{"enter_portal_frame", nil}, {"leave_portal_frame", nil},
	{"save_exception", nil}, {"save_exc_class", nil}, {"restore_exception", nil},
	{"quasiimmut_field", nil}, {"assert_not_none", nil}, {"record_known_class", nil},
	{"record_exact_class", nil}, {"record_exact_value", []string{"_i", "_r"}},
	{"record_known_result", nil}, {"mark_opaque_ptr", nil}, {"keepalive", nil},
	{"increment_debug_counter", nil}, {"force_spill", nil},
	{"escape", []string{"", "_i", "_r", "_f", "_n"}},
	// Debugging: locations in the Python program.
	{"debug_merge_point", nil}, {"jit_debug", nil},
}

// knownOp reports whether name is a resoperation; vector ops (vec_*) are taken as a family.
func knownOp(name string) bool {
	if strings.HasPrefix(name, "vec_") {
		return true
	}
	for _, r := range resops {
		if !strings.HasPrefix(name, r.stem) {
			continue
		}
		rest := name[len(r.stem):]
		if r.suffixes == nil {
			if rest == "" {
				return true
			}
			continue
		}
		for _, s := range r.suffixes {
			if rest == s {
				return true
			}
		}
	}
	return false
}
