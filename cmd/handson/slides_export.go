// This file defines exportSlidesHTML: the deck as one self-contained HTML file, with the
// output of every demo recorded as it is written.

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"handson/cmd/handson/internal/deck"
	"handson/cmd/handson/internal/slidehtml"
)

// exportWidth is the width demo outputs are recorded at for the HTML file.
const exportWidth = 100

func (a *courseApp) exportSlidesHTML(ctx context.Context, d *deck.Deck, path string) error {
	// Convert every slide first: a slide the HTML cannot show fails before any demo runs.
	if err := slidehtml.Write(io.Discard, d, slidehtml.Options{}); err != nil {
		return err
	}
	demos, err := newSlideDemos(a.course)
	if err != nil {
		return err
	}
	outputs := map[int]string{}
	for _, s := range d.Slides {
		if s.Demo == nil {
			continue
		}
		fmt.Fprintf(a.stderr, "slide %d: %s\n", s.Number, s.Demo.Command)
		out, err := demos.run(ctx, s.Demo.Command, exportWidth)
		if err != nil {
			return fmt.Errorf("slide %d: %w", s.Number, err)
		}
		outputs[s.Number] = out
	}
	// Written beside the target and renamed, so a failed export leaves no half file.
	tmp, err := os.CreateTemp(filepath.Dir(path), ".handson-slides-*.html")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := slidehtml.Write(tmp, d, slidehtml.Options{DemoOutputs: outputs, Generator: "handson " + version}); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Wrote %d slides to %s: one file, nothing else needed. Arrow keys move, s shows the notes.\n", len(d.Slides), path)
	return nil
}
