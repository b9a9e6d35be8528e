// Package course loads the course from its embedded content: the manifest
// (exercises/course.json), the lessons (lessons/*.md, each opening with a front matter
// block), the exercise programs, their solutions and their expected results. Load checks
// that these agree with each other (every slug unique, every exercise in exactly one lesson,
// every file present, every pattern valid) and returns a Course, which the commands only
// read.
//
// The course is a path of steps: read a lesson, then pass the exercises that become ready
// once that lesson is read. An exercise is ready after its own lesson, or after a later
// one named by its "after" field (html_fibo is presented early and solved after the gc
// lesson). Course.Steps lists that path; what a learner has done lives elsewhere (package
// workspace).
//
// The package knows nothing of running programs or of terminals. It also extracts the fenced
// code blocks of a lesson (Lesson.Blocks), which the lesson tests use to run every command
// a lesson shows.
package course
