// This file defines the workspace (Find, Init, file paths, reset with backups) and its
// progress record.

package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"handson/cmd/handson/internal/course"
)

// Names inside a workspace.
const (
	StateDir     = ".handson"      // hidden directory of handson's own files
	ProgressFile = "progress.json" // in StateDir
	BackupDir    = "backups"       // in StateDir
	ReadmeFile   = "README.md"     // the workspace's own short guide
	DefaultDir   = "handson-course"
)

// ErrNoWorkspace is returned by Find when no directory above the start is a workspace.
var ErrNoWorkspace = errors.New("not inside a handson workspace")

// Workspace is an open workspace.
type Workspace struct {
	Dir      string // absolute
	Progress *Progress
}

// Progress is what the learner has done, as stored in the progress file.
type Progress struct {
	Course    string                       `json:"course"`
	Version   int                          `json:"version"` // the course version last seen
	Created   time.Time                    `json:"created"`
	Lessons   map[string]*LessonProgress   `json:"lessons"`
	Exercises map[string]*ExerciseProgress `json:"exercises"`
}

// LessonProgress records a lesson being read.
type LessonProgress struct {
	ReadAt time.Time `json:"read_at"`
}

// ExerciseProgress records the learner's work on one exercise.
type ExerciseProgress struct {
	// OriginalSHA256 is the hash of the exercise as the workspace received it.
	OriginalSHA256 string    `json:"original_sha256"`
	Passed         bool      `json:"passed"`
	PassedAt       time.Time `json:"passed_at,omitzero"`
	Checks         int       `json:"checks"`
	HintsShown     int       `json:"hints_shown"`
	SolutionShown  bool      `json:"solution_shown"`
	LastCheck      time.Time `json:"last_check,omitzero"`
	LastVerdict    string    `json:"last_verdict,omitempty"`
}

// Hash returns the hex SHA-256 of data, as the progress file records it.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Find returns the workspace containing dir (or dir itself), looking upwards.
func Find(dir string) (*Workspace, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, StateDir, ProgressFile)); err == nil {
			return Open(d)
		}
		if filepath.Dir(d) == d {
			return nil, ErrNoWorkspace
		}
	}
}

// Open opens the workspace at dir.
func Open(dir string) (*Workspace, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(abs, StateDir, ProgressFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var p Progress
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("%s is damaged (%v); move it away and run handson init %s to start a fresh record", path, err, abs)
	}
	if p.Lessons == nil {
		p.Lessons = map[string]*LessonProgress{}
	}
	if p.Exercises == nil {
		p.Exercises = map[string]*ExerciseProgress{}
	}
	return &Workspace{Dir: abs, Progress: &p}, nil
}

// InitResult says what Init did.
type InitResult struct {
	Workspace *Workspace
	Created   bool     // the workspace is new
	Added     []string // exercise files written
	Kept      []string // exercise files already there, left as they were
}

// Init makes a workspace at dir, or completes an existing one: exercise files that are
// missing are written, files already there are never touched. It refuses to make a
// workspace inside another one.
func Init(dir string, c *course.Course, now time.Time) (*InitResult, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	res := &InitResult{}
	ws, err := Open(abs)
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist):
		if outer, err := Find(filepath.Dir(abs)); err == nil {
			return nil, fmt.Errorf("%s is inside the workspace %s already; use that one, or choose a directory outside it", abs, outer.Dir)
		}
		if err := os.MkdirAll(filepath.Join(abs, StateDir), 0o755); err != nil {
			return nil, err
		}
		ws = &Workspace{Dir: abs, Progress: &Progress{
			Course:    c.Title,
			Version:   c.Version,
			Created:   now.UTC(),
			Lessons:   map[string]*LessonProgress{},
			Exercises: map[string]*ExerciseProgress{},
		}}
		res.Created = true
	default:
		return nil, err
	}
	res.Workspace = ws
	for _, e := range c.Exercises {
		path := ws.ExercisePath(e)
		if _, err := os.Stat(path); err == nil {
			res.Kept = append(res.Kept, e.File)
			if ws.Progress.Exercises[e.Slug] == nil {
				ws.Exercise(e) // a file the learner put there: keep it, start a record
			}
			continue
		}
		if err := writeFileAtomic(path, e.Original); err != nil {
			return nil, err
		}
		res.Added = append(res.Added, e.File)
		ep := ws.Exercise(e)
		ep.OriginalSHA256 = Hash(e.Original)
	}
	ws.Progress.Version = c.Version
	if _, err := os.Stat(filepath.Join(abs, ReadmeFile)); errors.Is(err, fs.ErrNotExist) {
		if err := writeFileAtomic(filepath.Join(abs, ReadmeFile), []byte(readme(c))); err != nil {
			return nil, err
		}
	}
	if err := ws.Save(); err != nil {
		return nil, err
	}
	return res, nil
}

// ExercisePath is where the learner's copy of an exercise lives.
func (w *Workspace) ExercisePath(e *course.Exercise) string {
	return filepath.Join(w.Dir, e.File)
}

// Exercise returns the progress record of an exercise, making an empty one if needed.
func (w *Workspace) Exercise(e *course.Exercise) *ExerciseProgress {
	ep := w.Progress.Exercises[e.Slug]
	if ep == nil {
		ep = &ExerciseProgress{OriginalSHA256: Hash(e.Original)}
		w.Progress.Exercises[e.Slug] = ep
	}
	return ep
}

// MarkRead records that a lesson was read (the first time only).
func (w *Workspace) MarkRead(l *course.Lesson, now time.Time) {
	if w.Progress.Lessons[l.Slug] == nil {
		w.Progress.Lessons[l.Slug] = &LessonProgress{ReadAt: now.UTC()}
	}
}

// Read says whether a lesson was read.
func (w *Workspace) Read(l *course.Lesson) bool { return w.Progress.Lessons[l.Slug] != nil }

// Passed says whether an exercise has passed its check.
func (w *Workspace) Passed(e *course.Exercise) bool {
	ep := w.Progress.Exercises[e.Slug]
	return ep != nil && ep.Passed
}

// RecordCheck records the outcome of a check of the learner's file.
func (w *Workspace) RecordCheck(e *course.Exercise, passed bool, verdict string, now time.Time) {
	ep := w.Exercise(e)
	ep.Checks++
	ep.LastCheck = now.UTC()
	ep.LastVerdict = verdict
	if passed && !ep.Passed {
		ep.Passed = true
		ep.PassedAt = now.UTC()
	}
}

// Save writes the progress file.
func (w *Workspace) Save() error {
	data, err := json.MarshalIndent(w.Progress, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(w.Dir, StateDir, ProgressFile), append(data, '\n'))
}

// Reset puts the exercise back as shipped. The learner's file, if any, is first copied to
// .handson/backups/; the backup's path is returned ("" when there was nothing to keep, or
// when the file was already as shipped).
func (w *Workspace) Reset(e *course.Exercise, now time.Time) (string, error) {
	path := w.ExercisePath(e)
	backup := ""
	old, err := os.ReadFile(path)
	switch {
	case err == nil && string(old) != string(e.Original):
		dir := filepath.Join(w.Dir, StateDir, BackupDir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		stamp := now.Format("20060102-150405")
		backup = filepath.Join(dir, fmt.Sprintf("%s-%s.py", e.Slug, stamp))
		for i := 2; ; i++ {
			if _, err := os.Stat(backup); errors.Is(err, fs.ErrNotExist) {
				break
			}
			backup = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.py", e.Slug, stamp, i))
		}
		if err := writeFileAtomic(backup, old); err != nil {
			return "", err
		}
	case err == nil, errors.Is(err, fs.ErrNotExist):
	default:
		return "", err
	}
	if err := writeFileAtomic(path, e.Original); err != nil {
		return "", err
	}
	ep := w.Exercise(e)
	ep.OriginalSHA256 = Hash(e.Original)
	return backup, w.Save()
}

// Changed says whether the course now ships a different version of the exercise than the
// one this workspace received.
func (w *Workspace) Changed(e *course.Exercise) bool {
	ep := w.Progress.Exercises[e.Slug]
	return ep != nil && ep.OriginalSHA256 != "" && ep.OriginalSHA256 != Hash(e.Original)
}

// writeFileAtomic writes data to a temporary file beside path and renames it over path.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
	}
	return werr
}

// readme is the workspace's README.md: what the files are and the commands to use.
func readme(c *course.Course) string {
	s := "# " + c.Title + " workspace\n\n" +
		"This directory is your copy of the course's exercises. Edit the `.py` files here; handson\n" +
		"keeps your progress in `.handson/`.\n\n" +
		"    handson            where you are, and what to do next\n" +
		"    handson lesson     read the next lesson (handson lesson NAME for another)\n" +
		"    handson check NAME run your fix in every mode and say what differs\n" +
		"    handson watch      check again each time you save\n" +
		"    handson hint NAME  one more hint\n" +
		"    handson diff NAME  your changes to an exercise\n" +
		"    handson reset NAME start an exercise again (your version is kept in .handson/backups/)\n\n" +
		"Exercises:\n\n"
	for _, e := range c.Exercises {
		s += fmt.Sprintf("- `%s`: %s\n", e.File, e.Summary)
	}
	return s
}
