// This file embeds the lessons.

package lessons

import (
	"embed"
	"io/fs"
)

//go:embed *.md
var files embed.FS

// Files returns the lesson files, read-only.
func Files() fs.FS { return files }
