package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"handson/interp/compile"
	"handson/interp/syntax"
)

func newDisCommand(stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "dis FILE",
		Short: "Show the bytecode of a Python 2.7 program, as python2.7's dis module does",
		Long: "Compile a Python 2.7 program and print every code object in it, depth first, each\n" +
			"under a \"Disassembly of NAME:\" line, in dis.dis's layout: line number, offset,\n" +
			"opcode name, argument and what the argument means.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return fmt.Errorf("dis takes one program, got %d arguments: handson dis prog.py", len(args))
			}
			return needsProgram("dis", "handson dis prog.py")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("can't open file '%s': %v", args[0], unwrapPathError(err))
			}
			code, err := compileFile(src, args[0])
			if err != nil {
				var se *syntax.Error
				if errors.As(err, &se) {
					fmt.Fprint(stderr, se.Render())
					return exitError{code: 1}
				}
				return err
			}
			return compile.Disassemble(stdout, code)
		},
	}
}

// compileFile parses and compiles a program file; errors are *syntax.Error values.
func compileFile(src []byte, filename string) (*compile.Code, error) {
	res, err := syntax.Parse(src, syntax.Options{Mode: syntax.FileMode, Filename: filename})
	if err != nil {
		return nil, err
	}
	code, _, err := compile.CompileMod(res.Tree, filename, compile.Flags(res.Flags))
	if err != nil {
		return nil, compile.AttachSource(err, src)
	}
	return code, nil
}
