// This file embeds the deck.

package slides

import (
	"embed"
	"io/fs"
)

// DeckFile is the deck's file name inside Files.
const DeckFile = "talk.md"

//go:embed talk.md
var files embed.FS

// Files returns the slide files, read-only.
func Files() fs.FS { return files }
