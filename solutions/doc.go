// Package solutions holds one solution per exercise, under the exercise's file name. A
// solution is a program that passes `handson check` in every mode: its output and the files
// it leaves behind match the expected results, and it closes every file it opens. For a
// reference exercise (a program shown as it should be) the solution is the exercise itself.
//
// It is data only, embedded so that `handson solution NAME` works offline; cmd/handson reads
// it through Files. Nothing here imports the rest of the project.
package solutions
