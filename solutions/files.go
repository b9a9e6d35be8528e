// This file embeds the solutions.

package solutions

import (
	"embed"
	"io/fs"
)

//go:embed *.py
var files embed.FS

// Files returns the solution programs, read-only.
func Files() fs.FS { return files }
