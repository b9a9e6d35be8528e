// Package linediff compares two texts line by line and prints the differences as a unified
// diff, for `handson check` (expected output against what the program printed) and
// `handson diff` (the exercise as shipped against the learner's file).
//
// Lines computes a shortest edit script with Myers' O(ND) algorithm, keeping the furthest
// reaching point of every diagonal for each number of edits D so that the script can be
// walked back. Texts that need more than MaxEdits edits are not worth a minimal script:
// Lines then reports every line as deleted and inserted, which is still a correct diff.
//
// Unified groups the edits into hunks with a few lines of context, in the layout of
// `diff -u`, and marks a last line without a newline as diff does.
package linediff
