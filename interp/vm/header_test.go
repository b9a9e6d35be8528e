package vm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeaderFirst checks the layout headerOf relies on: every struct type of the package
// that is a Python object (it has a Type() *Type method) embeds gcsim.Header as its first
// field.
func TestHeaderFirst(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	structs := map[string]*ast.StructType{}
	objects := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch x := d.(type) {
			case *ast.GenDecl:
				for _, s := range x.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						if st, ok := ts.Type.(*ast.StructType); ok {
							structs[ts.Name.Name] = st
						}
					}
				}
			case *ast.FuncDecl:
				if x.Recv == nil || x.Name.Name != "Type" || len(x.Recv.List) != 1 {
					continue
				}
				if res := x.Type.Results; res == nil || len(res.List) != 1 {
					continue
				}
				recv := x.Recv.List[0].Type
				if star, ok := recv.(*ast.StarExpr); ok {
					recv = star.X
				}
				if id, ok := recv.(*ast.Ident); ok {
					objects[id.Name] = true
				}
			}
		}
	}
	if len(objects) < 30 {
		t.Fatalf("found only %d object types; the scan is broken", len(objects))
	}
	for name := range objects {
		st, ok := structs[name]
		if !ok {
			t.Errorf("object type %s is not a struct", name)
			continue
		}
		if len(st.Fields.List) == 0 || len(st.Fields.List[0].Names) != 0 {
			t.Errorf("%s: first field must be the embedded gcsim.Header", name)
			continue
		}
		sel, ok := st.Fields.List[0].Type.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" {
			t.Errorf("%s: first field must be the embedded gcsim.Header", name)
		}
	}
}
