// listsort.go defines the algorithm behind list.sort and sorted: CPython 2.7's listsort,
// a timsort (natural runs extended to a minimum length by binary insertion, then merged
// with galloping). Following it step by step makes the same comparisons in the same
// order, so a program that counts or prints its comparisons, or whose comparison fails
// half way, sees what CPython shows.
package vm

import (
	op "handson/interp/compile"
)

// minGallop is MIN_GALLOP: how many wins in a row switch a merge to galloping.
const minGallop = 7

// sortRun is a run waiting to be merged: its start in the array and its length.
type sortRun struct{ base, n int }

// timsort sorts a, a permutation of indices into keys, by the keys: with keys[i] < keys[j]
// (or cmp(keys[i], keys[j]) < 0 when cmpFn is set). After an error, a is still a
// permutation, in the partly sorted order CPython's array would be left in.
type timsort struct {
	vm        *VM
	keys      []Object
	cmpFn     Object
	a         []int
	tmp       []int
	pending   []sortRun
	minGallop int
}

// less is ISLT: whether keys[x] sorts before keys[y]. A cmp function must return an int
// (islt's PyInt_Check), read as PyInt_AsLong.
func (s *timsort) less(x, y int) (bool, *PyError) {
	vm := s.vm
	if s.cmpFn == nil {
		return vm.CompareBool(s.keys[x], s.keys[y], op.CmpLT)
	}
	r, err := vm.Call(s.cmpFn, []Object{s.keys[x], s.keys[y]}, nil)
	if err != nil {
		return false, err
	}
	defer vm.Decref(r)
	i, ok := nativeIndexable(r).(*Int)
	if !ok {
		return false, vm.typeErrorf("comparison function must return int, not %s", cTypeName(typeOf(r)))
	}
	return i.V < 0, nil
}

// reverse reverses a[lo:hi].
func (s *timsort) reverse(lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		s.a[lo], s.a[hi] = s.a[hi], s.a[lo]
	}
}

// countRun is count_run: the length of the run starting at lo (a non-descending one, or
// a strictly descending one, which the caller reverses).
func (s *timsort) countRun(lo, hi int) (int, bool, *PyError) {
	if lo+1 == hi {
		return 1, false, nil
	}
	lt, err := s.less(s.a[lo+1], s.a[lo])
	if err != nil {
		return 0, false, err
	}
	n := 2
	for p := lo + 2; p < hi; p, n = p+1, n+1 {
		next, err := s.less(s.a[p], s.a[p-1])
		if err != nil {
			return 0, false, err
		}
		if next != lt {
			break
		}
	}
	return n, lt, nil
}

// binarySort is binarysort: a[lo:start] is sorted; insert each of a[start:hi] at the
// place a binary search finds (after any equal items, so the sort stays stable).
func (s *timsort) binarySort(lo, hi, start int) *PyError {
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := s.a[r]
		for l < r {
			p := l + (r-l)>>1
			lt, err := s.less(pivot, s.a[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(s.a[l+1:start+1], s.a[l:start])
		s.a[l] = pivot
	}
	return nil
}

// gallopLeft is gallop_left: where key goes in the sorted run a[base:base+n], before any
// equal items, searching out from hint by doubling steps, then by bisection.
func (s *timsort) gallopLeft(key, base, n, hint int) (int, *PyError) {
	a := s.a[base : base+n]
	lastofs, ofs := 0, 1
	lt, err := s.less(a[hint], key)
	if err != nil {
		return 0, err
	}
	if lt {
		// a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := s.less(a[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		// key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := s.less(a[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	// a[lastofs] < key <= a[ofs]: bisect between them.
	for lastofs++; lastofs < ofs; {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := s.less(a[m], key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight is gallop_right: like gallopLeft, but key goes after any equal items.
func (s *timsort) gallopRight(key, base, n, hint int) (int, *PyError) {
	a := s.a[base : base+n]
	lastofs, ofs := 0, 1
	lt, err := s.less(key, a[hint])
	if err != nil {
		return 0, err
	}
	if lt {
		// key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := s.less(key, a[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		// a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := s.less(key, a[hint+ofs])
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	for lastofs++; lastofs < ofs; {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := s.less(key, a[m])
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// mergeLo is merge_lo: merges the adjacent runs a[pa:pa+na] and a[pb:pb+nb] (na <= nb, and
// a's first item is known to go first, b's last item last), copying the first run aside.
// On an error the items not yet placed are put back, so a stays a permutation.
func (s *timsort) mergeLo(pa, na, pb, nb int) (err *PyError) {
	s.tmp = append(s.tmp[:0], s.a[pa:pa+na]...)
	tmp := s.tmp
	dest, ta := pa, 0
	defer func() {
		if err != nil && na > 0 {
			copy(s.a[dest:], tmp[ta:ta+na])
		}
	}()
	s.a[dest] = s.a[pb]
	dest, pb, nb = dest+1, pb+1, nb-1
	if nb == 0 {
		copy(s.a[dest:], tmp[ta:ta+na])
		na = 0
		return nil
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		// One item at a time until one run wins minGallop times in a row.
		for {
			lt, err := s.less(s.a[pb], tmp[ta])
			if err != nil {
				return err
			}
			if lt {
				s.a[dest] = s.a[pb]
				dest, pb, nb = dest+1, pb+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					copy(s.a[dest:], tmp[ta:ta+na])
					na = 0
					return nil
				}
				if bcount >= s.minGallop {
					break
				}
			} else {
				s.a[dest] = tmp[ta]
				dest, ta, na = dest+1, ta+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					goto copyB
				}
				if acount >= s.minGallop {
					break
				}
			}
		}
		// Galloping: find how far each run wins at once, while that pays.
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			s.tmp = tmp
			k, err := s.gallopTmpRight(s.a[pb], ta, na)
			if err != nil {
				return err
			}
			acount = k
			if k > 0 {
				copy(s.a[dest:], tmp[ta:ta+k])
				dest, ta, na = dest+k, ta+k, na-k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					return nil
				}
			}
			s.a[dest] = s.a[pb]
			dest, pb, nb = dest+1, pb+1, nb-1
			if nb == 0 {
				copy(s.a[dest:], tmp[ta:ta+na])
				na = 0
				return nil
			}
			k, err = s.gallopLeft(tmp[ta], pb, nb, 0)
			if err != nil {
				return err
			}
			bcount = k
			if k > 0 {
				copy(s.a[dest:], s.a[pb:pb+k])
				dest, pb, nb = dest+k, pb+k, nb-k
				if nb == 0 {
					copy(s.a[dest:], tmp[ta:ta+na])
					na = 0
					return nil
				}
			}
			s.a[dest] = tmp[ta]
			dest, ta, na = dest+1, ta+1, na-1
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++ // leaving galloping mode costs
	}
copyB:
	// The last item of the first run goes after the rest of the second.
	copy(s.a[dest:], s.a[pb:pb+nb])
	s.a[dest+nb] = tmp[ta]
	na = 0
	return nil
}

// gallopTmpRight is gallopRight over the first run while mergeLo holds it in tmp.
func (s *timsort) gallopTmpRight(key, base, n int) (int, *PyError) {
	saved := s.a
	s.a = s.tmp
	k, err := s.gallopRight(key, base, n, 0)
	s.a = saved
	return k, err
}

// gallopTmpLeft is gallopLeft over the second run while mergeHi holds it in tmp.
func (s *timsort) gallopTmpLeft(key, n, hint int) (int, *PyError) {
	saved := s.a
	s.a = s.tmp
	k, err := s.gallopLeft(key, 0, n, hint)
	s.a = saved
	return k, err
}

// mergeHi is merge_hi: mergeLo's mirror for na > nb, filling from the right with the
// second run copied aside.
func (s *timsort) mergeHi(pa, na, pb, nb int) (err *PyError) {
	basea := pa
	s.tmp = append(s.tmp[:0], s.a[pb:pb+nb]...)
	tmp := s.tmp
	dest := pb + nb - 1
	tb := nb - 1
	pa += na - 1
	defer func() {
		if err != nil && nb > 0 {
			copy(s.a[dest-(nb-1):], tmp[:nb])
		}
	}()
	s.a[dest] = s.a[pa]
	dest, pa, na = dest-1, pa-1, na-1
	if na == 0 {
		copy(s.a[dest-(nb-1):], tmp[:nb])
		nb = 0
		return nil
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			lt, err := s.less(tmp[tb], s.a[pa])
			if err != nil {
				return err
			}
			if lt {
				s.a[dest] = s.a[pa]
				dest, pa, na = dest-1, pa-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					copy(s.a[dest-(nb-1):], tmp[:nb])
					nb = 0
					return nil
				}
				if acount >= s.minGallop {
					break
				}
			} else {
				s.a[dest] = tmp[tb]
				dest, tb, nb = dest-1, tb-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					goto copyA
				}
				if bcount >= s.minGallop {
					break
				}
			}
		}
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			k, err := s.gallopRight(tmp[tb], basea, na, na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k > 0 {
				dest, pa = dest-k, pa-k
				copy(s.a[dest+1:dest+1+k], s.a[pa+1:pa+1+k])
				na -= k
				if na == 0 {
					copy(s.a[dest-(nb-1):], tmp[:nb])
					nb = 0
					return nil
				}
			}
			s.a[dest] = tmp[tb]
			dest, tb, nb = dest-1, tb-1, nb-1
			if nb == 1 {
				goto copyA
			}
			s.tmp = tmp
			k, err = s.gallopTmpLeft(s.a[pa], nb, nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest, tb = dest-k, tb-k
				copy(s.a[dest+1:dest+1+k], tmp[tb+1:tb+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					return nil
				}
			}
			s.a[dest] = s.a[pa]
			dest, pa, na = dest-1, pa-1, na-1
			if na == 0 {
				copy(s.a[dest-(nb-1):], tmp[:nb])
				nb = 0
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++
	}
copyA:
	// The first item of the second run goes before the rest of the first.
	dest, pa = dest-na, pa-na
	copy(s.a[dest+1:dest+1+na], s.a[pa+1:pa+1+na])
	s.a[dest] = tmp[tb]
	nb = 0
	return nil
}

// mergeAt is merge_at: merges pending runs i and i+1, skipping the items already in
// place at either end.
func (s *timsort) mergeAt(i int) *PyError {
	pa, na := s.pending[i].base, s.pending[i].n
	pb, nb := s.pending[i+1].base, s.pending[i+1].n
	s.pending[i].n = na + nb
	if i == len(s.pending)-3 {
		s.pending[i+1] = s.pending[i+2]
	}
	s.pending = s.pending[:len(s.pending)-1]
	k, err := s.gallopRight(s.a[pb], pa, na, 0)
	if err != nil {
		return err
	}
	pa, na = pa+k, na-k
	if na == 0 {
		return nil
	}
	nb, err = s.gallopLeft(s.a[pa+na-1], pb, nb, nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return s.mergeLo(pa, na, pb, nb)
	}
	return s.mergeHi(pa, na, pb, nb)
}

// mergeCollapse is merge_collapse: merges pending runs until their lengths keep the
// invariants (each more than the next two together, each more than the next).
func (s *timsort) mergeCollapse() *PyError {
	for len(s.pending) > 1 {
		p := s.pending
		n := len(p) - 2
		if (n > 0 && p[n-1].n <= p[n].n+p[n+1].n) || (n > 1 && p[n-2].n <= p[n-1].n+p[n].n) {
			if p[n-1].n < p[n+1].n {
				n--
			}
		} else if p[n].n > p[n+1].n {
			return nil
		}
		if err := s.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

// mergeForceCollapse is merge_force_collapse: merges every pending run into one.
func (s *timsort) mergeForceCollapse() *PyError {
	for len(s.pending) > 1 {
		p := s.pending
		n := len(p) - 2
		if n > 0 && p[n-1].n < p[n+1].n {
			n--
		}
		if err := s.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

// minRun is merge_compute_minrun: the run length for n items, between 32 and 64, so that
// n/minRun is a power of two or a little less.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// run sorts s.a: runs found (reversed when descending), extended to minRun by binary
// insertion, pushed and merged.
func (s *timsort) run() *PyError {
	s.minGallop = minGallop
	remaining := len(s.a)
	if remaining < 2 {
		return nil
	}
	mr := minRun(remaining)
	lo := 0
	for remaining > 0 {
		n, descending, err := s.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if descending {
			s.reverse(lo, lo+n)
		}
		if n < mr {
			force := min(remaining, mr)
			if err := s.binarySort(lo, lo+force, lo+n); err != nil {
				return err
			}
			n = force
		}
		s.pending = append(s.pending, sortRun{lo, n})
		if err := s.mergeCollapse(); err != nil {
			return err
		}
		lo += n
		remaining -= n
	}
	return s.mergeForceCollapse()
}
