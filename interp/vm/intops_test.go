// This file tests the int fast paths' overflow tests against math/big.

package vm

import (
	"math"
	"math/big"
	"testing"
)

// The XOR sign tests of addOverflows and subOverflows must say overflow exactly when the
// exact result does not fit in an int64.
func TestAddSubOverflows(t *testing.T) {
	edges := []int64{math.MinInt64, math.MinInt64 + 1, -1 << 62, -2, -1, 0, 1, 2, 1 << 62, math.MaxInt64 - 1, math.MaxInt64}
	fits := func(z *big.Int) bool { return z.IsInt64() }
	for _, a := range edges {
		for _, b := range edges {
			ba, bb := big.NewInt(a), big.NewInt(b)
			sum := new(big.Int).Add(ba, bb)
			if r, of := addOverflows(a, b); of == fits(sum) || !of && r != sum.Int64() {
				t.Errorf("addOverflows(%d, %d) = %d, %v; exact sum %s", a, b, r, of, sum)
			}
			diff := new(big.Int).Sub(ba, bb)
			if r, of := subOverflows(a, b); of == fits(diff) || !of && r != diff.Int64() {
				t.Errorf("subOverflows(%d, %d) = %d, %v; exact difference %s", a, b, r, of, diff)
			}
		}
	}
}
