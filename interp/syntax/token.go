// This file defines the token kinds the tokenizer produces and the keyword table the parser
// uses to classify NAME tokens, mirroring the token set of CPython 2.7's Include/token.h.

package syntax

// tokKind is the kind of a token. Operators each have their own kind; keywords are NAME
// tokens that the parser classifies with keywordKind (print stops being a keyword under
// `from __future__ import print_function`).
type tokKind uint8

const (
	tkEndMarker tokKind = iota
	tkName
	tkNumber
	tkString
	tkNewline
	tkIndent
	tkDedent
	tkLPar
	tkRPar
	tkLSqb
	tkRSqb
	tkColon
	tkComma
	tkSemi
	tkPlus
	tkMinus
	tkStar
	tkSlash
	tkVBar
	tkAmper
	tkLess
	tkGreater
	tkEqual
	tkDot
	tkPercent
	tkBackquote
	tkLBrace
	tkRBrace
	tkEqEqual
	tkNotEqual
	tkLessEqual
	tkGreaterEqual
	tkTilde
	tkCircumflex
	tkLeftShift
	tkRightShift
	tkDoubleStar
	tkPlusEqual
	tkMinEqual
	tkStarEqual
	tkSlashEqual
	tkPercentEqual
	tkAmperEqual
	tkVBarEqual
	tkCircumflexEqual
	tkLeftShiftEqual
	tkRightShiftEqual
	tkDoubleStarEqual
	tkDoubleSlash
	tkDoubleSlashEqual
	tkAt
	// tkOp is a character no grammar rule accepts (`$`, `?`, `!`, a non-ASCII byte); the
	// tokenizer returns it and the parser reports invalid syntax at it.
	tkOp
	// tkError means the tokenizer failed; its done field says why.
	tkError
)

// oneCharToken maps a punctuation byte to its token kind (tkOp when the byte is not a
// token on its own), as PyToken_OneChar does.
func oneCharToken(c int) tokKind {
	switch c {
	case '(':
		return tkLPar
	case ')':
		return tkRPar
	case '[':
		return tkLSqb
	case ']':
		return tkRSqb
	case ':':
		return tkColon
	case ',':
		return tkComma
	case ';':
		return tkSemi
	case '+':
		return tkPlus
	case '-':
		return tkMinus
	case '*':
		return tkStar
	case '/':
		return tkSlash
	case '|':
		return tkVBar
	case '&':
		return tkAmper
	case '<':
		return tkLess
	case '>':
		return tkGreater
	case '=':
		return tkEqual
	case '.':
		return tkDot
	case '%':
		return tkPercent
	case '`':
		return tkBackquote
	case '{':
		return tkLBrace
	case '}':
		return tkRBrace
	case '^':
		return tkCircumflex
	case '~':
		return tkTilde
	case '@':
		return tkAt
	}
	return tkOp
}

// twoCharToken returns the kind of the two-character operator c1 c2, or tkOp.
func twoCharToken(c1, c2 int) tokKind {
	switch c1 {
	case '=':
		if c2 == '=' {
			return tkEqEqual
		}
	case '!':
		if c2 == '=' {
			return tkNotEqual
		}
	case '<':
		switch c2 {
		case '>':
			return tkNotEqual
		case '=':
			return tkLessEqual
		case '<':
			return tkLeftShift
		}
	case '>':
		switch c2 {
		case '=':
			return tkGreaterEqual
		case '>':
			return tkRightShift
		}
	case '+':
		if c2 == '=' {
			return tkPlusEqual
		}
	case '-':
		if c2 == '=' {
			return tkMinEqual
		}
	case '*':
		switch c2 {
		case '*':
			return tkDoubleStar
		case '=':
			return tkStarEqual
		}
	case '/':
		switch c2 {
		case '/':
			return tkDoubleSlash
		case '=':
			return tkSlashEqual
		}
	case '|':
		if c2 == '=' {
			return tkVBarEqual
		}
	case '%':
		if c2 == '=' {
			return tkPercentEqual
		}
	case '&':
		if c2 == '=' {
			return tkAmperEqual
		}
	case '^':
		if c2 == '=' {
			return tkCircumflexEqual
		}
	}
	return tkOp
}

// threeCharToken extends a two-character operator to a three-character one, or returns tkOp.
func threeCharToken(c1, c2, c3 int) tokKind {
	if c3 != '=' || c1 != c2 {
		return tkOp
	}
	switch c1 {
	case '<':
		return tkLeftShiftEqual
	case '>':
		return tkRightShiftEqual
	case '*':
		return tkDoubleStarEqual
	case '/':
		return tkDoubleSlashEqual
	}
	return tkOp
}

// keyword identifies a reserved word of Python 2.7 (kwNone for an ordinary name).
type keyword uint8

const (
	kwNone keyword = iota
	kwAnd
	kwAs
	kwAssert
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwExec
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNot
	kwOr
	kwPass
	kwPrint
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

// keywordOf returns the keyword spelled by name, or kwNone. It is a switch rather than a
// map so that it allocates nothing and needs no package-level state.
func keywordOf(name []byte) keyword {
	switch string(name) {
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "exec":
		return kwExec
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "print":
		return kwPrint
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	}
	return kwNone
}
