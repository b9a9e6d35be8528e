// This file defines loadDeck: the embedded talk, checked against the embedded course.

package main

import (
	"fmt"
	"io/fs"

	"handson/cmd/handson/internal/course"
	"handson/cmd/handson/internal/deck"
	"handson/slides"
)

// loadDeck loads the talk built into handson.
func loadDeck(c *course.Course) (*deck.Deck, error) {
	src, err := fs.ReadFile(slides.Files(), slides.DeckFile)
	if err != nil {
		return nil, fmt.Errorf("BUG: no slide deck built into handson: %w", err)
	}
	d, err := deck.Load(string(src), "slides/"+slides.DeckFile, c)
	if err != nil {
		return nil, fmt.Errorf("BUG: the slide deck built into handson is inconsistent: %w", err)
	}
	return d, nil
}
