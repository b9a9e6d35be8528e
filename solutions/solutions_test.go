package solutions

import (
	"io/fs"
	"strings"
	"testing"

	"handson/exercises"
)

// TestEverySolutionHasAnExercise: a solution without an exercise is dead weight, an exercise
// without a solution cannot be dev-checked.
func TestEverySolutionHasAnExercise(t *testing.T) {
	sols, err := fs.Glob(Files(), "*.py")
	if err != nil {
		t.Fatal(err)
	}
	exs, err := fs.Glob(exercises.Files(), "*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(sols) == 0 || strings.Join(sols, " ") != strings.Join(exs, " ") {
		t.Errorf("solutions %v, exercises %v: one solution per exercise", sols, exs)
	}
}
