// This file embeds the exercise content.

package exercises

import (
	"embed"
	"io/fs"
)

//go:embed course.json *.py expected
var files embed.FS

// Files returns the manifest, the exercise programs and the expected results, read-only.
func Files() fs.FS { return files }
