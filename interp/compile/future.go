// This file defines the recognition of `from __future__ import ...` statements at the top
// of a module (CPython's Python/future.c): the features they enable and the errors for
// unknown features and late future imports.

package compile

import "handson/interp/syntax"

// parseFuture returns the future features a module's leading future imports enable and
// the line of the last of them (-1 without any). Only a docstring and other future
// imports may come before one.
func parseFuture(mod syntax.ModNode, filename string) (Flags, int, error) {
	var body []syntax.Stmt
	switch m := mod.(type) {
	case *syntax.Module:
		body = m.Body
	case *syntax.Interactive:
		body = m.Body
	default:
		return 0, -1, nil
	}
	var flags Flags
	futureLine := -1
	done, foundDocstring := false, false
	prevLine := 0
	for _, s := range body {
		line := s.Position().Lineno
		// Statements sharing a line (joined by semicolons) are still examined.
		if done && line > prevLine {
			break
		}
		prevLine = line
		switch s := s.(type) {
		case *syntax.ImportFrom:
			if s.Module != "__future__" {
				done = true
				continue
			}
			if done {
				return 0, -1, newSyntaxError(filename, "from __future__ imports must occur at the beginning of the file", line)
			}
			for _, a := range s.Names {
				f, err := futureFeature(a.Name, filename, line)
				if err != nil {
					return 0, -1, err
				}
				flags |= f
			}
			futureLine = line
		case *syntax.ExprStmt:
			if _, isStr := s.Value.(*syntax.Str); isStr && !foundDocstring {
				foundDocstring = true
			} else {
				done = true
			}
		default:
			done = true
		}
	}
	return flags, futureLine, nil
}

// futureFeature maps a feature name to its flag; nested_scopes and generators are
// accepted and already always on.
func futureFeature(name, filename string, line int) (Flags, error) {
	switch name {
	case "nested_scopes", "generators":
		return 0, nil
	case "division":
		return FutureDivision, nil
	case "absolute_import":
		return FutureAbsoluteImport, nil
	case "with_statement":
		return FutureWithStatement, nil
	case "print_function":
		return FuturePrintFunction, nil
	case "unicode_literals":
		return FutureUnicodeLiterals, nil
	case "braces":
		return 0, newSyntaxError(filename, "not a chance", line)
	}
	return 0, newSyntaxError(filename, "future feature "+name+" is not defined", line)
}
