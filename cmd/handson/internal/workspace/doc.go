// Package workspace manages a learner's workspace: the directory `handson init` makes,
// holding one file per exercise (which the learner edits) and a hidden .handson/ directory
// with the progress file and the backups that `handson reset` keeps.
//
// Commands find the workspace from the current directory upwards, as git finds its
// repository, so they work from any subdirectory. The progress file (.handson/progress.json)
// records which lessons were read, which exercises passed, how many hint levels were shown
// and how many checks ran, plus the SHA-256 of each exercise as it was when the workspace
// got it: when a newer handson ships a changed exercise, `handson status` can say so while
// the learner's own edits stay untouched. The file is small JSON, so that it can be copied
// to another machine or collected by an instructor.
//
// Writes are atomic (a temporary file renamed over the old one), so a check interrupted
// half-way never leaves a broken progress file.
package workspace
