package vm

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// TestFormatDoubleRoundTrip checks on random floats that repr gives digits that read back
// as the same float, and that %.17g does too.
func TestFormatDoubleRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		x := math.Float64frombits(rng.Uint64())
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		for _, s := range []string{floatRepr(x), formatDouble(x, 'g', 17, 0)} {
			y, err := strconv.ParseFloat(s, 64)
			if err != nil || y != x {
				t.Fatalf("%v formats as %q, which reads back as %v (%v)", x, s, y, err)
			}
		}
	}
}

// TestFormatDouble checks PyOS_double_to_string's cases against results of python2.7.
func TestFormatDouble(t *testing.T) {
	for _, c := range []struct {
		x     float64
		code  byte
		prec  int
		flags floatFlags
		want  string
	}{
		{0.1, 'r', 0, floatAddDot0, "0.1"},
		{1e16, 'r', 0, floatAddDot0, "1e+16"},
		{1e15, 'r', 0, floatAddDot0, "1000000000000000.0"},
		{1e-5, 'r', 0, floatAddDot0, "1e-05"},
		{0.0001, 'r', 0, floatAddDot0, "0.0001"},
		{math.Copysign(0, -1), 'r', 0, floatAddDot0, "-0.0"},
		{123456789012.0, 'g', 12, floatAddDot0, "1.23456789012e+11"},
		{12345678901.0, 'g', 12, floatAddDot0, "12345678901.0"},
		{100.0, 'g', 3, floatAddDot0, "1e+02"},
		{100.0, 'g', 3, 0, "100"},
		{1.0, 'g', 6, floatAlt, "1.00000"},
		{1.0, 'f', 0, floatAlt, "1."},
		{1.0, 'e', 0, floatAlt, "1.e+00"},
		{12345.0, 'e', 0, 0, "1e+04"},
		{1e-10, 'G', 6, 0, "1E-10"},
		{math.Inf(1), 'F', 6, 0, "INF"},
		{math.NaN(), 'f', 6, floatSign, "+nan"},
		{math.Copysign(0, -1), 'e', 2, floatSign, "-0.00e+00"},
		{0.1, 'e', 20, 0, "1.00000000000000005551e-01"},
		{1e60, 'f', 0, 0, "999999999999999949387135297074018866963645011013410073083904"},
		{2.5, 'f', 0, 0, "2"},
		{1.5, 'g', 0, floatAddDot0, "2e+00"},
	} {
		if got := formatDouble(c.x, c.code, c.prec, c.flags); got != c.want {
			t.Errorf("formatDouble(%v, %c, %d, %d) = %q, want %q", c.x, c.code, c.prec, c.flags, got, c.want)
		}
	}
}

// TestGroupDigits checks the thousands grouping with zero padding against format() in
// python2.7.
func TestGroupDigits(t *testing.T) {
	for _, c := range []struct {
		digits   string
		minWidth int
		group    bool
		want     string
	}{
		{"1234", 0, true, "1,234"},
		{"1234", 10, true, "00,001,234"},
		{"1234", 9, true, "0,001,234"},
		{"1234", 8, true, "0,001,234"},
		{"0", 4, true, "0,000"},
		{"1", 0, true, "1"},
		{"1234567", 0, true, "1,234,567"},
		{"1234", 10, false, "0000001234"},
		{"1234", 2, false, "1234"},
	} {
		if got := string(groupDigits(c.digits, c.minWidth, c.group)); got != c.want {
			t.Errorf("groupDigits(%q, %d, %v) = %q, want %q", c.digits, c.minWidth, c.group, got, c.want)
		}
	}
}

// TestLookupCodec checks the encoding names CPython's encodings package accepts.
func TestLookupCodec(t *testing.T) {
	for name, want := range map[string]codecID{
		"utf-8": codecUTF8, "UTF8": codecUTF8, "utf_8": codecUTF8, "U8": codecUTF8,
		"latin-1": codecLatin1, "ISO-8859-1": codecLatin1, "iso8859_1": codecLatin1, "l1": codecLatin1,
		"ascii": codecASCII, "US-ASCII": codecASCII, "646": codecASCII,
		"utf-16-le": codecUTF16LE, "UTF-16": codecUTF16, "utf_32_be": codecUTF32BE,
		"rot13": codecRot13, "windows-1252": codecCP1252, "hex": codecHex,
		"utf-7": codecUnknown, "": codecUnknown, "foo": codecUnknown,
	} {
		if got := lookupCodec(name); got != want {
			t.Errorf("lookupCodec(%q) = %d, want %d", name, got, want)
		}
	}
}

// TestUTF8RoundTrip checks on random text that the UTF-8 encoder and decoder are inverse
// (the decoder keeps lone surrogates, as CPython 2.7's does).
func TestUTF8RoundTrip(t *testing.T) {
	vm, err := New(Options{GC: GCRefcount, Stdin: -1, Stdout: -1, Stderr: -1})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 2000; i++ {
		r := make([]rune, rng.Intn(20))
		for k := range r {
			switch rng.Intn(4) {
			case 0:
				r[k] = rune(rng.Intn(0x80))
			case 1:
				r[k] = rune(rng.Intn(0x800))
			case 2:
				r[k] = rune(rng.Intn(0x10000))
			default:
				r[k] = rune(rng.Intn(0x110000))
			}
			// A high surrogate followed by a low one is encoded as one pair.
			if k > 0 && r[k] >= 0xdc00 && r[k] <= 0xdfff && r[k-1] >= 0xd800 && r[k-1] <= 0xdbff {
				r[k] = 'x'
			}
		}
		s := encodeUTF8Runes(r)
		u, perr := vm.decodeBytes(s, codecUTF8, "strict", nil)
		if perr != nil {
			t.Fatalf("%q does not decode: %s", s, perr)
		}
		got := u.(*Unicode).R
		if string(got) != string(r) || len(got) != len(r) {
			t.Fatalf("%U encodes as %q, which decodes as %U", r, s, got)
		}
		for k := range got {
			if got[k] != r[k] {
				t.Fatalf("%U encodes as %q, which decodes as %U", r, s, got)
			}
		}
		vm.Decref(u)
	}
}

// TestFormatStringSubclass checks format() and str.format of str and unicode subclasses:
// an empty spec gives str() or unicode() (so __str__ and __unicode__ count), another spec
// formats the text behind the object, and errors name the subclass. The expected lines
// are python2.7's output.
func TestFormatStringSubclass(t *testing.T) {
	const src = `class S(str):
    def __str__(self): return 'S!'
class U(unicode):
    def __unicode__(self): return u'U!'
class S2(str):
    def __repr__(self): return 'S2repr'
class O(object):
    def __str__(self): return 'O!'
for t in ["format(S('a'))", "format(S('a'), u'')", "'{0}'.format(S('a'))", "u'{0}'.format(S('a'))", "format(S('a'), '<3')",
          "format(U(u'a'))", "'{0}'.format(U(u'a'))", "format(U(u'a'), '>3')", "format(S2('a'))", "format(S2('a'), 'x')",
          "format(U(u'a'), 'x')", "format(O(), 'x')", "format(O(), '>3')", "format('a', u'')", "format(u'a', '')"]:
    try:
        print t, repr(eval(t))
    except ValueError as e:
        print t, e
`
	const want = `format(S('a')) 'S!'
format(S('a'), u'') u'S!'
'{0}'.format(S('a')) 'S!'
u'{0}'.format(S('a')) u'S!'
format(S('a'), '<3') 'a  '
format(U(u'a')) u'U!'
'{0}'.format(U(u'a')) 'U!'
format(U(u'a'), '>3') u'  a'
format(S2('a')) 'a'
format(S2('a'), 'x') format(S2('a'), 'x') Unknown format code 'x' for object of type 'S2'
format(U(u'a'), 'x') format(U(u'a'), 'x') Unknown format code 'x' for object of type 'U'
format(O(), 'x') format(O(), 'x') Unknown format code 'x' for object of type 'str'
format(O(), '>3') ' O!'
format('a', u'') u'a'
format(u'a', '') u'a'
`
	if got := runSourceOutput(t, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestArgumentTypeNames checks that a wrong string argument is named as PyArg_ParseTuple
// names it: None as "None", anything else by its type. The expected lines are
// python2.7's output.
func TestArgumentTypeNames(t *testing.T) {
	const src = `for e in ["'x'.decode(None)", "'x'.encode('ascii', None)", "u'x'.encode(None)", "'x'.center(3, None)", "'x'.rjust(3, 1)", "'x'.decode(1)"]:
    try:
        eval(e)
    except TypeError as ex:
        print ex
`
	const want = `decode() argument 1 must be string, not None
encode() argument 2 must be string, not None
encode() argument 1 must be string, not None
center() argument 2 must be char, not None
rjust() argument 2 must be char, not int
decode() argument 1 must be string, not int
`
	if got := runSourceOutput(t, src); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
