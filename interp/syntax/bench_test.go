// This file defines BenchmarkParse: parsing a program of about 1500 lines made of the test
// programs that cover the grammar.

package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func largeProgram(b *testing.B) []byte {
	var src bytes.Buffer
	for src.Len() < 60000 {
		for _, name := range []string{"statements", "compound", "expressions", "numbers", "strings", "layout"} {
			data, err := os.ReadFile(filepath.Join("testdata", "ast", name+".py"))
			if err != nil {
				b.Fatal(err)
			}
			src.Write(data)
		}
	}
	return src.Bytes()
}

func BenchmarkParse(b *testing.B) {
	src := largeProgram(b)
	lines := bytes.Count(src, []byte("\n"))
	if _, err := ParseFile(src, "large.py"); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile(src, "large.py"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines)*1000, "ns/kline")
}
