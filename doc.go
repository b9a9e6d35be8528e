// Package handson holds repository-wide checks only: the test that keeps the imports between
// the project's packages pointing the one way the architecture allows (see ARCHITECTURE.md).
// The program itself is cmd/handson.
package handson
