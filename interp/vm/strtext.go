// strtext.go holds the text algorithms str and unicode methods share, written once over
// bytes and code points: searching with CPython's index adjustment, counting, splitting,
// line splitting, tail matching, replacing, tab expansion and the case-based predicates.
// They follow CPython 2.7's stringlib, so that edge cases (empty separators, negative or
// out-of-range bounds, maxsplit) come out the same.
package vm

import (
	"bytes"
	"math"
	"unsafe"
)

// textChar is a character of a str (a byte) or of a unicode string (a code point).
type textChar interface{ byte | rune }

// strBytes views a Go string as bytes without copying; the result must not be modified.
func strBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// wide reports whether E is rune; the branches it guards are resolved at compile time.
func wide[E textChar]() bool {
	var c E
	return unsafe.Sizeof(c) == 4
}

// isSpaceChar, isLinebreakChar and the case tests classify a character the way its
// string type does: C locale for bytes, Unicode for runes.
func isSpaceChar[E textChar](c E) bool {
	if uint32(c) < 256 {
		return latin1Space[uint8(c)]&spaceMask[E]() != 0
	}
	i := uint32(c) - highSpaceFirst
	return i < uint32(len(highSpace))*8 && highSpace[i>>3]&(1<<(i&7)) != 0
}

// latin1Space classifies the first 256 characters as whitespace: bit 1 for str (the C
// locale), bit 2 for unicode. With highSpace, a bitmap of the other Unicode whitespace
// (all of it between U+1680 and U+3000), it keeps isSpaceChar small enough to inline.
var latin1Space = func() (t [256]uint8) {
	for c := range t {
		if byteIsSpace(byte(c)) {
			t[c] |= 1
		}
		if uniIsSpace(rune(c)) {
			t[c] |= 2
		}
	}
	return t
}()

const highSpaceFirst, highSpaceLast = 0x1680, 0x3000

var highSpace = func() (t [(highSpaceLast-highSpaceFirst)/8 + 1]uint8) {
	for k, run := range uniRuns {
		if uniRecords[run&0xff].flags&uniSpace == 0 {
			continue
		}
		end := rune(0x110000)
		if k+1 < len(uniRuns) {
			end = rune(uniRuns[k+1] >> 8)
		}
		for c := max(rune(run>>8), 256); c < end; c++ {
			if c < highSpaceFirst || c > highSpaceLast {
				panic("BUG: Unicode whitespace outside highSpace")
			}
			i := c - highSpaceFirst
			t[i>>3] |= 1 << (i & 7)
		}
	}
	return t
}()

// spaceMask selects E's bit of latin1Space.
func spaceMask[E textChar]() uint8 {
	if wide[E]() {
		return 2
	}
	return 1
}

func isLinebreakChar[E textChar](c E) bool {
	if wide[E]() {
		return uniIsLinebreak(rune(c))
	}
	return c == '\n' || c == '\r'
}

func isUpperChar[E textChar](c E) bool {
	if wide[E]() {
		return uniIsUpper(rune(c))
	}
	return byteIsUpper(byte(c))
}

func isLowerChar[E textChar](c E) bool {
	if wide[E]() {
		return uniIsLower(rune(c))
	}
	return byteIsLower(byte(c))
}

// isTitleChar is only ever true for code points (titlecase letters such as U+01C5).
func isTitleChar[E textChar](c E) bool {
	if wide[E]() {
		return uniIsTitle(rune(c))
	}
	return false
}

// adjustIndices is ADJUST_INDICES: negative bounds count from the end, end is clipped to
// the length, start is not clipped upwards.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// textIndex is the first position of sub in s, or -1.
func textIndex[E textChar](s, sub []E) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.Index(b, any(sub).([]byte))
	}
	n := len(sub)
	switch {
	case n == 0:
		return 0
	case n > len(s):
		return -1
	}
	first := sub[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && textEqual(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// textLastIndex is the last position of sub in s, or -1.
func textLastIndex[E textChar](s, sub []E) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.LastIndex(b, any(sub).([]byte))
	}
	n := len(sub)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sub[0] && textEqual(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func textEqual[E textChar](a, b []E) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// textFind is find/rfind: the position of sub in s[start:end] (bounds as given to the
// method), or -1.
func textFind[E textChar](s, sub []E, start, end int, reverse bool) int {
	start, end = adjustIndices(start, end, len(s))
	if end-start < 0 {
		return -1
	}
	if len(sub) == 0 {
		if reverse {
			return end
		}
		return start
	}
	var i int
	if reverse {
		i = textLastIndex(s[start:end], sub)
	} else {
		i = textIndex(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

// textCount is count(sub, start, end).
func textCount[E textChar](s, sub []E, start, end int) int {
	start, end = adjustIndices(start, end, len(s))
	if end-start < 0 {
		return 0
	}
	if len(sub) == 0 {
		return end - start + 1
	}
	return textCountIn(s[start:end], sub, -1)
}

// textCountIn counts non-overlapping occurrences of a non-empty sub, at most max (max < 0:
// no limit).
func textCountIn[E textChar](s, sub []E, max int) int {
	if b, ok := any(s).([]byte); ok && max < 0 {
		return bytes.Count(b, any(sub).([]byte))
	}
	n := 0
	for max < 0 || n < max {
		i := textIndex(s, sub)
		if i < 0 {
			break
		}
		n++
		s = s[i+len(sub):]
	}
	return n
}

// textTailMatch is startswith/endswith for one candidate. The two string types differ
// on an empty candidate: unicode always matches it, str checks the bounds first.
func textTailMatch[E textChar](s, sub []E, start, end int, atEnd bool) bool {
	if wide[E]() {
		if len(sub) == 0 {
			return true
		}
		start, end = adjustIndices(start, end, len(s))
		end -= len(sub)
		if end < start {
			return false
		}
		if atEnd {
			return textEqual(s[end:end+len(sub)], sub)
		}
		return textEqual(s[start:start+len(sub)], sub)
	}
	start, end = adjustIndices(start, end, len(s))
	if atEnd {
		if end-start < len(sub) || start > len(s) {
			return false
		}
		if end-len(sub) > start {
			start = end - len(sub)
		}
	} else if start+len(sub) > len(s) {
		return false
	}
	return end-start >= len(sub) && textEqual(s[start:start+len(sub)], sub)
}

// span is a piece of a string, s[i:j].
type span struct{ i, j int }

// textSplitWhitespace is split() with no separator: runs of whitespace separate fields
// and none are empty. At most maxsplit splits (maxsplit < 0: unlimited).
func textSplitWhitespace[E textChar](s []E, maxsplit int, out []span) []span {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	if need := textCountFields(s) + len(out); need > cap(out) {
		// Sized once: growing the slice field by field costs more than a counting pass.
		out = append(make([]span, 0, need), out...)
	}
	i, n := 0, len(s)
	for ; maxsplit > 0; maxsplit-- {
		for i < n && isSpaceChar(s[i]) {
			i++
		}
		if i == n {
			break
		}
		j := i
		i++
		for i < n && !isSpaceChar(s[i]) {
			i++
		}
		out = append(out, span{j, i})
	}
	if i < n {
		for i < n && isSpaceChar(s[i]) {
			i++
		}
		if i != n {
			out = append(out, span{i, n})
		}
	}
	return out
}

// textCountFields counts the runs of non-whitespace characters in s.
func textCountFields[E textChar](s []E) int {
	n := 0
	inField := false
	for _, c := range s {
		if isSpaceChar(c) {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

// textSplit is split(sep) for a non-empty sep.
func textSplit[E textChar](s, sep []E, maxsplit int, out []span) []span {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	if need := min(textCountIn(s, sep, maxsplit), maxsplit) + 1 + len(out); need > cap(out) {
		out = append(make([]span, 0, need), out...)
	}
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		pos := textIndex(s[i:], sep)
		if pos < 0 {
			break
		}
		out = append(out, span{i, i + pos})
		i += pos + len(sep)
	}
	return append(out, span{i, len(s)})
}

// textRSplitWhitespace is rsplit() with no separator; the spans come out right to left.
func textRSplitWhitespace[E textChar](s []E, maxsplit int, out []span) []span {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	i := len(s) - 1
	for ; maxsplit > 0; maxsplit-- {
		for i >= 0 && isSpaceChar(s[i]) {
			i--
		}
		if i < 0 {
			break
		}
		j := i
		i--
		for i >= 0 && !isSpaceChar(s[i]) {
			i--
		}
		out = append(out, span{i + 1, j + 1})
	}
	if i >= 0 {
		for i >= 0 && isSpaceChar(s[i]) {
			i--
		}
		if i >= 0 {
			out = append(out, span{0, i + 1})
		}
	}
	return out
}

// textRSplit is rsplit(sep) for a non-empty sep; the spans come out right to left.
func textRSplit[E textChar](s, sep []E, maxsplit int, out []span) []span {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	j := len(s)
	for ; maxsplit > 0; maxsplit-- {
		pos := textLastIndex(s[:j], sep)
		if pos < 0 {
			break
		}
		out = append(out, span{pos + len(sep), j})
		j = pos
	}
	return append(out, span{0, j})
}

// textSplitLines is splitlines(keepends): \r\n counts as one line break.
func textSplitLines[E textChar](s []E, keepends bool, out []span) []span {
	i, j, n := 0, 0, len(s)
	for i < n {
		for i < n && !isLinebreakChar(s[i]) {
			i++
		}
		eol := i
		if i < n {
			if s[i] == '\r' && i+1 < n && s[i+1] == '\n' {
				i += 2
			} else {
				i++
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, span{j, eol})
		j = i
	}
	return out
}

// textStripSpan is the part of s left by strip, lstrip (left) or rstrip (right): with
// whitespace set it strips whitespace, else the characters in chars.
func textStripSpan[E textChar](s, chars []E, left, right bool, whitespace bool) span {
	i, j := 0, len(s)
	if whitespace {
		if left {
			for i < j && isSpaceChar(s[i]) {
				i++
			}
		}
		if right {
			for j > i && isSpaceChar(s[j-1]) {
				j--
			}
		}
		return span{i, j}
	}
	in := func(c E) bool {
		for _, x := range chars {
			if x == c {
				return true
			}
		}
		return false
	}
	if left {
		for i < j && in(s[i]) {
			i++
		}
	}
	if right {
		for j > i && in(s[j-1]) {
			j--
		}
	}
	return span{i, j}
}

// textReplace is replace(old, new, count) (count < 0: all, as when it is not given). changed is false when the
// result equals s, so the caller can return the original object.
func textReplace[E textChar](s, old, new []E, count int) (out []E, changed bool) {
	if count == 0 || (count > 0 && len(s) == 0) {
		// An explicit count leaves an empty string alone, even for an empty old.
		return s, false
	}
	if count < 0 {
		count = len(s) + 1
	}
	if (len(old) == 0 && len(new) == 0) || len(s) < len(old) {
		return s, false
	}
	if len(old) == 0 {
		// Insert new before every character (and at the end), count times.
		n := len(s) + 1
		if count < n {
			n = count
		}
		out = make([]E, 0, len(s)+n*len(new))
		for i := 0; i < len(s); i++ {
			if i < n {
				out = append(out, new...)
			}
			out = append(out, s[i])
		}
		if n > len(s) {
			out = append(out, new...)
		}
		return out, true
	}
	n := textCountIn(s, old, count)
	if n == 0 {
		return s, false
	}
	out = make([]E, 0, len(s)+n*(len(new)-len(old)))
	for ; n > 0; n-- {
		i := textIndex(s, old)
		out = append(out, s[:i]...)
		out = append(out, new...)
		s = s[i+len(old):]
	}
	return append(out, s...), true
}

// checkTextSize refuses a str or unicode result of n characters that is beyond what one
// allocation may take: a width or size the program asked for, as CPython's allocation
// fails with MemoryError.
func (vm *VM) checkTextSize(n int, uni bool) *PyError {
	limit := maxStrBytes
	if uni {
		limit = maxSeqItems
	}
	if n < 0 || n > limit {
		return vm.Raise(MemoryErrorType, "")
	}
	return nil
}

// textExpandedLen is the length expandtabs(tabsize) gives s, saturating at MaxInt.
func textExpandedLen[E textChar](s []E, tabsize int) int {
	n, col := 0, 0
	for _, c := range s {
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if n > math.MaxInt-k {
					return math.MaxInt
				}
				col += k
				n += k
			}
		case '\n', '\r':
			col = 0
			n++
		default:
			col++
			n++
		}
	}
	return n
}

// textExpandTabs is expandtabs(tabsize): columns restart after \n and \r.
func textExpandTabs[E textChar](s []E, tabsize int) []E {
	out := make([]E, 0, len(s))
	col := 0
	for _, c := range s {
		switch c {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				col += n
				for ; n > 0; n-- {
					out = append(out, ' ')
				}
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return out
}

// textPad is the result of ljust/rjust/center: left and right fill counts.
func textPad[E textChar](s []E, left, right int, fill E) []E {
	out := make([]E, 0, len(s)+left+right)
	for ; left > 0; left-- {
		out = append(out, fill)
	}
	out = append(out, s...)
	for ; right > 0; right-- {
		out = append(out, fill)
	}
	return out
}

// justifyMargins is the padding center, ljust and rjust add to a string of length n.
// center splits it as CPython does (an odd margin puts the extra character on the left
// when the width is odd); like CPython, it computes this even when the string is already
// wider (subclass instances get here), and negative margins count as none.
func justifyMargins(name string, n, width int) (left, right int) {
	marg := width - n
	switch name {
	case "center":
		left = marg/2 + (marg & width & 1)
		right = marg - left
	case "ljust":
		right = marg
	default:
		left = marg
	}
	return max(left, 0), max(right, 0)
}

// textZfill is zfill(width) for a string shorter than width.
func textZfill[E textChar](s []E, width int) []E {
	fill := width - len(s)
	out := make([]E, width)
	for i := 0; i < fill; i++ {
		out[i] = '0'
	}
	copy(out[fill:], s)
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		out[0] = s[0]
		out[fill] = '0'
	}
	return out
}

// textIsTitle is istitle(): uppercase (or titlecase) characters only after uncased ones,
// lowercase only after cased ones, and at least one cased character.
func textIsTitle[E textChar](s []E) bool {
	if len(s) == 1 {
		return isUpperChar(s[0]) || isTitleChar(s[0])
	}
	cased, prevCased := false, false
	for _, c := range s {
		switch {
		case isUpperChar(c) || isTitleChar(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerChar(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// textIsUpper is isupper(): no lowercase (or titlecase) character and at least one
// uppercase one.
func textIsUpper[E textChar](s []E) bool {
	if len(s) == 1 {
		return isUpperChar(s[0])
	}
	cased := false
	for _, c := range s {
		if isLowerChar(c) || isTitleChar(c) {
			return false
		}
		if !cased && isUpperChar(c) {
			cased = true
		}
	}
	return cased
}

// textIsLower is islower().
func textIsLower[E textChar](s []E) bool {
	if len(s) == 1 {
		return isLowerChar(s[0])
	}
	cased := false
	for _, c := range s {
		if isUpperChar(c) || isTitleChar(c) {
			return false
		}
		if !cased && isLowerChar(c) {
			cased = true
		}
	}
	return cased
}

// textAll reports whether s is non-empty and every character satisfies pred.
func textAll[E textChar](s []E, pred func(E) bool) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if !pred(c) {
			return false
		}
	}
	return true
}
