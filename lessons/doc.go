// Package lessons holds the course's lessons: markdown files that open with a front matter
// block (title, summary, minutes) between two "---" lines. Their order and the exercises
// each one introduces are listed in the course manifest (exercises/course.json), not here,
// so that one file says how the course is put together.
//
// Shell blocks (```sh) in a lesson hold commands a learner can type in a workspace made by
// `handson init`. A later block marked ```output shows exactly what the last of those
// commands prints; one marked ```excerpt shows lines that appear, together and in order, in
// what it prints. cmd/handson's tests run every command and compare.
//
// It is data only, embedded so that `handson lesson` works offline; cmd/handson reads it
// through Files. Nothing here imports the rest of the project.
package lessons
