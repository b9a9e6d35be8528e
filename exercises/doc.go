// Package exercises holds the course's exercise programs as a learner first sees them, the
// manifest of the whole course (course.json: the lessons and exercises in order, how each
// exercise is run and checked, where its expected results are, and its hints in levels),
// and the expected results themselves (expected/NAME/stdout and expected/NAME/files/),
// which are what CPython 2.7 prints and writes when it runs the exercise's solution.
//
// It is data only, embedded so that the handson binary works offline from any directory;
// cmd/handson reads it through Files. Nothing here imports the rest of the project.
package exercises
