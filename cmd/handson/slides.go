// This file defines `handson slides`: the talk, presented full screen in the terminal;
// with --notes, the speaker notes that follow the presenter; with --export html FILE, the
// deck as one HTML file.

package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"handson/cmd/handson/internal/deck"
	"handson/cmd/handson/internal/presenter"
	"handson/cmd/handson/internal/render"
)

// slidesFlags are the flags of `handson slides`.
type slidesFlags struct {
	start  int
	list   bool
	notes  bool
	export string
	sync   string
	style  string
}

func newSlidesCommand(stdout, stderr io.Writer) *cobra.Command {
	var flags slidesFlags
	cmd := &cobra.Command{
		Use:   "slides [--start N] | --notes | --list | --export html FILE",
		Short: "Present the workshop's talk in the terminal, with live demos",
		Long: "Present the talk full screen: n, space or → for the next slide, p or ← for the previous,\n" +
			"g and G for the first and last, a number then Enter to jump, d to run the slide's demo\n" +
			"(a program under both collectors, or a check), ? for every key, q to quit.\n\n" +
			"--notes, in a second terminal, shows the speaker notes of the slide the presenter is on\n" +
			"(both meet in a small position file; --sync FILE chooses it).\n" +
			"--export html FILE writes the whole deck, notes included, as one HTML file that needs\n" +
			"nothing else: arrow keys to move, s to show the notes. It runs every demo once, to\n" +
			"record what each prints. --list numbers the slides, for --start.",
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case flags.export != "" && len(args) != 1:
				return fmt.Errorf("--export html needs the file to write: handson slides --export html FILE")
			case flags.export == "" && len(args) > 0:
				return fmt.Errorf("slides takes no arguments (did you mean --export html %s?)", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := newCourseApp(stdout, stderr, flags.style)
			if err != nil {
				return err
			}
			d, err := loadDeck(app.course)
			if err != nil {
				return err
			}
			if flags.start < 0 || flags.start > len(d.Slides) {
				return fmt.Errorf("--start %d: the slides are 1 to %d", flags.start, len(d.Slides))
			}
			if flags.sync == "" {
				flags.sync = presenter.DefaultPositionFile(app.getenv)
			}
			switch {
			case flags.list:
				return listSlides(stdout, d)
			case flags.export != "":
				if flags.export != "html" {
					return fmt.Errorf("--export %q: the deck exports as html", flags.export)
				}
				return app.exportSlidesHTML(cmd.Context(), d, args[0])
			case flags.notes:
				return app.followNotes(cmd.Context(), d, flags)
			}
			return app.present(cmd.Context(), d, flags)
		},
	}
	f := cmd.Flags()
	f.IntVar(&flags.start, "start", 0, "start on slide N")
	f.BoolVar(&flags.list, "list", false, "list the slides by number, with their demos")
	f.BoolVar(&flags.notes, "notes", false, "show the speaker notes of the slide being presented (in a second terminal)")
	f.StringVar(&flags.export, "export", "", "write the deck to FILE instead of presenting it: html")
	f.StringVar(&flags.sync, "sync", "", "the file where the presenter keeps its position for --notes (default: one per user)")
	addStyleFlag(cmd, &flags.style)
	_ = cmd.RegisterFlagCompletionFunc("export", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"html\tone self-contained HTML file"}, cobra.ShellCompDirectiveNoFileComp
	})
	cmd.MarkFlagsMutuallyExclusive("list", "notes", "export")
	cmd.MarkFlagsMutuallyExclusive("start", "export")
	cmd.MarkFlagsMutuallyExclusive("start", "notes")
	return cmd
}

// fullScreen takes over the terminal for a full-screen view, and returns it with the
// renderer of slide markdown (the course's, in the style settled before raw mode).
// It also says whether the screen shows colours (not in the plain style, nor with NO_COLOR).
func (a *courseApp) fullScreen() (*presenter.Terminal, func(string, int) (string, error), bool, error) {
	out, ok := a.stdout.(*os.File)
	if !ok || !a.term.IsTerminal || a.term.Forced {
		return nil, nil, false, fmt.Errorf("the presenter needs a terminal (to share the deck, use --export html FILE)")
	}
	opts := a.renderOptions()
	style, err := render.ResolvedStyle(opts)
	if err != nil {
		return nil, nil, false, err
	}
	t, err := presenter.OpenTerminal(os.Stdin, out)
	if err != nil {
		return nil, nil, false, err
	}
	renderer := func(md string, width int) (string, error) {
		return render.Markdown(md, render.Options{Style: style, Terminal: render.Terminal{IsTerminal: true, Width: width, NoColor: opts.Terminal.NoColor}})
	}
	return t, renderer, style != render.StylePlain, nil
}

// present runs the presenter until the speaker quits.
func (a *courseApp) present(ctx context.Context, d *deck.Deck, flags slidesFlags) error {
	demos, err := newSlideDemos(a.course)
	if err != nil {
		return err
	}
	t, renderer, colour, err := a.fullScreen()
	if err != nil {
		return err
	}
	defer t.Restore() // also on a panic: the terminal must come back
	demos.colour = colour
	return presenter.Present(ctx, d, presenter.Options{
		Screen: t.Screen(),
		Start:  flags.start,
		Render: renderer,
		RunDemo: func(ctx context.Context, demo *deck.Demo, width int) (string, error) {
			return demos.run(ctx, demo.Command, width)
		},
		Position: flags.sync,
	})
}

// followNotes shows the speaker notes until the speaker quits them.
func (a *courseApp) followNotes(ctx context.Context, d *deck.Deck, flags slidesFlags) error {
	t, renderer, _, err := a.fullScreen()
	if err != nil {
		return err
	}
	defer t.Restore()
	return presenter.FollowNotes(ctx, d, presenter.NotesOptions{
		Screen:   t.Screen(),
		Position: flags.sync,
		Render:   renderer,
	})
}

// listSlides prints the slides by number, with their demos: what --start takes.
func listSlides(w io.Writer, d *deck.Deck) error {
	fmt.Fprintf(w, "%s: %d slides\n\n", d.Title, len(d.Slides))
	for _, s := range d.Slides {
		line := fmt.Sprintf("%3d  %s", s.Number, s.Title)
		if s.Demo != nil {
			line += "  (demo: " + s.Demo.Command + ")"
		}
		fmt.Fprintln(w, line)
	}
	_, err := fmt.Fprintln(w, "\nhandson slides --start N presents from slide N.")
	return err
}
